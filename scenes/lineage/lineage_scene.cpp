// The lineage scene: an interactive genogram of the story's family. This file maps commands to
// view changes and rebuilds the layout when the story or the spoiler limit changes; the drawing
// lives in the other lineage_*.cpp files. No story content here: everything comes from the Story.
#include "scenes/lineage/lineage_scene.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "scenes/lineage/lineage_view.hpp"
#include "scenes/widgets/fade.hpp"

namespace lineage {

std::string person_years(const Person& person, bool deceased) {
  if (deceased && person.died)
    return (person.born ? when_short(*person.born) : std::string("?")) + " \u2013 " + when_short(*person.died);
  return person.born ? "born " + when_short(*person.born) : std::string();
}

ImU32 colour_u32(Colour c, float alpha) { return to_imgui(c, alpha); }

void set_stop(AppState& state, LineageView& view, int stop) {
  if (view.stops.empty()) {
    view.stop = -1;
    view.family = family_at(*state.story, view.limit, -1);
    return;
  }
  view.stop = std::clamp(stop, 0, static_cast<int>(view.stops.size()) - 1);
  view.family = family_at(*state.story, view.limit, view.stops[view.stop]);
  if (view.selected >= 0 && !view.family.present[view.selected]) view.card_open = false;
  auto links = view.visible_chain();
  view.cycle_step = std::clamp(view.cycle_step, 0, std::max(0, static_cast<int>(links.size()) - 1));
}

namespace {

class LineageScene : public Scene {
 public:
  std::vector<KeyBinding> bindings() const override {
    return {{'p', kPattern, "Pattern"}, {'c', kCycle, "Step through the cycle"}, {'l', kLegend, "Legend"},
            {'t', kTimeMode, "Story time"}};
  }

  void enter(AppState& state) override {
    if (!view_.style_loaded) {
      view_.style = load_genogram_style(state.assets_dir / "genogram.conf").style;
      view_.style_loaded = true;
      auto flag = [&](const char* key, bool fallback) {
        auto it = state.settings.extra.find(key);
        return it == state.settings.extra.end() ? fallback : it->second == "on";
      };
      view_.pattern = flag("lineage.pattern", false);
      view_.legend = flag("lineage.legend", true);
      view_.pattern_glow = view_.pattern ? 1 : 0;
    }
    view_.care = load_care(state.journal, state.profile);
    rebuild(state, true);
    // Arriving from the timeline: show the family as it stood at the moment selected there.
    if (!state.selected_moment.empty()) {
      int m = state.story->moment(state.selected_moment);
      auto it = std::find(view_.stops.begin(), view_.stops.end(), m);
      if (it != view_.stops.end()) set_stop(state, view_, static_cast<int>(it - view_.stops.begin()));
    }
    if (!state.selected_person.empty()) {
      int p = state.story->person(state.selected_person);
      if (p >= 0 && view_.layout.node_of(p) >= 0) view_.selected = p;
    }
  }

  void story_changed(AppState& state) override { rebuild(state, false); }
  const std::vector<BondWordsPlaced>& bond_words() const { return view_.bond_words; }
  float legend_words_px() const { return view_.legend_words_px; }

  std::string voiced_summary(const AppState& state) const override {
    const Story& story = *state.story;
    std::string words = view_.selected >= 0 && view_.selected < static_cast<int>(story.people.size())
                            ? story.people[static_cast<std::size_t>(view_.selected)].name + ", selected."
                            : "The family tree; no one selected.";
    return words + " Arrows move between the family; Return opens her card; T steps through story time.";
  }

  void handle(const Command& command, AppState& state) override {
    using K = Command::Kind;
    rebuild(state, false);
    switch (command.kind) {
      case K::Next:
      case K::Prev: {
        int dir = command.kind == K::Next ? 1 : -1;
        if (view_.cycle) step_cycle(state, dir);
        else if (view_.time_mode) set_stop(state, view_, view_.stop + dir);
        else select(state, step_person(view_.layout, view_.selected, dir > 0 ? Step::Right : Step::Left, view_.family.present));
        break;
      }
      case K::Up:
      case K::Down:
        select(state, step_person(view_.layout, view_.selected, command.kind == K::Up ? Step::Up : Step::Down,
                                  view_.family.present));
        break;
      case K::Open:
        if (view_.selected < 0) select(state, step_person(view_.layout, -1, Step::Down, view_.family.present));
        view_.card_open = view_.selected >= 0;
        break;
      case K::Back:
        if (view_.cycle) view_.cycle = false;
        else if (view_.card_open) view_.card_open = false;
        else if (view_.time_mode) view_.time_mode = false;
        else select(state, -1);
        break;
      case K::Home:
        view_.auto_fit = true;
        break;
      case K::ZoomIn:
      case K::ZoomOut:
        zoom({(view_.diagram.x0 + view_.diagram.x1) * 0.5f, (view_.diagram.y0 + view_.diagram.y1) * 0.5f},
             command.kind == K::ZoomIn ? 1.2f : 1 / 1.2f);
        break;
      case K::Wheel:
        zoom({command.x, command.y}, std::pow(1.15f, command.delta));
        break;
      case K::Action:
        act(state, command.text);
        break;
      case K::PointerDown:
        view_.pressed = true;
        view_.drag = 0;
        view_.press_at = {command.x, command.y};
        break;
      case K::PointerMove:
        if (view_.pressed && command.dragging) {
          view_.drag += std::abs(command.dx) + std::abs(command.dy);
          if (view_.drag > 4) {
            view_.camera.pan(command.dx, command.dy);
            view_.auto_fit = false;
          }
        } else {
          view_.hover = hit_person(view_.layout, view_.camera.to_world({command.x, command.y}), 6, view_.family.present);
        }
        break;
      case K::PointerUp:
        if (view_.pressed && view_.drag <= 4) {
          int hit = hit_person(view_.layout, view_.camera.to_world({command.x, command.y}), 6, view_.family.present);
          if (hit >= 0) {
            select(state, hit);
            view_.card_open = true;
          }
        }
        view_.pressed = false;
        break;
      default:
        break;
    }
  }

  bool update(double dt, AppState& state) override {
    bool key_grew = std::exchange(view_.key_grew, false);
    float target = view_.pattern ? 1.0f : 0.0f;
    if (state.settings.reduced_motion) {
      view_.pattern_glow = target;
      return key_grew;
    }
    // The pattern's numbers and the dimming of the rest never wait on the fade: the first frame
    // goes most of the way (kFadeFirst), the rest settles.
    if (view_.pattern_glow == 1.0f - target) view_.pattern_glow = target > 0 ? kFadeFirst : 1.0f - kFadeFirst;
    float step = static_cast<float>(dt) / 0.35f;
    view_.pattern_glow = view_.pattern_glow < target ? std::min(target, view_.pattern_glow + step)
                                                     : std::max(target, view_.pattern_glow - step);
    return view_.pattern_glow != target || key_grew;
  }

  void draw(Canvas& canvas, AppState& state) override {
    rebuild(state, false);
    ImVec2 size = canvas.size();
    view_.unit = canvas.layout_scale(canvas.theme().lineage.min_scale);
    const float u = view_.unit;
    canvas.backdrop();
    const LineageMetrics& metrics = canvas.theme().lineage;
    float card = view_.card_open ? std::clamp(size.x * metrics.card_share,
                                              std::min(metrics.card_min * u, size.x * 0.42f), metrics.card_max * u)
                                 : 0.0f;
    // With a card open the legend steps aside unless the window is wide enough for all three.
    bool legend = view_.legend && (card == 0 || size.x - card > 1100 * u);
    // Two rows of panel type, never less; more when its buttons wrapped at a large scale.
    float bar = std::max({92 * u, 86.0f * canvas.scale(), view_.time_bar_needed});
    float margin = 24 * u;
    float caption = view_.cycle ? 124 * u : 0.0f;
    float left = legend ? std::clamp(size.x * metrics.legend_share, metrics.legend_min * u, metrics.legend_max * u) : 0.0f;
    // A legend that would have to shrink its type or fold into two columns takes a wider column
    // first (to 40% of the window).
    const float legend_bottom = size.y - bar - caption - margin * 0.5f;
    for (int i = 0; legend && i < 6 && left < size.x * 0.4f && !legend_fits_plainly(canvas, state, view_, left, legend_bottom); ++i)
      left = std::min(left * 1.15f, size.x * 0.4f);
    // Without the legend column the heading sits above the diagram, so the diagram starts below it.
    // At 200% the heading alone could fill the space above the time bar: above a quarter of
    // it, its type shrinks (the same sizes every frame; the wrap cache keeps the lines).
    view_.header_scale = 1;
    float room = size.y - state.content_top - bar - caption;
    for (int i = 0; i < 3 && !legend && header_height(canvas, state, view_, 0) > room * 0.25f; ++i)
      view_.header_scale *= std::max(0.6f, room * 0.25f / header_height(canvas, state, view_, 0));
    float heading = legend ? 0.0f : std::max(78 * u, header_height(canvas, state, view_, 0) + 6 * u);
    view_.diagram = {left + margin, state.content_top + margin + heading, size.x - card - margin,
                     size.y - bar - caption - margin * 0.5f};
    // The bonds' key (words shown by a marker on their line) takes a strip under the diagram.
    const float key_row = bond_key_row(canvas, view_);
    std::vector<float> key_for = {view_.diagram.x0, view_.diagram.y0, view_.diagram.x1, view_.diagram.y1,
                                  static_cast<float>(view_.stop), key_row, canvas.scale()};
    if (key_for != view_.key_for) view_.key_for = key_for, view_.key_rows = 0, view_.key_growths = 0;
    view_.key_max_rows = static_cast<int>(view_.diagram.height() * 0.12f / key_row);
    view_.key_height = view_.key_rows > 0 ? static_cast<float>(view_.key_rows) * key_row + 12 * u : 0.0f;
    view_.diagram.y1 -= view_.key_height;
    if (view_.auto_fit) {
      spread_to(state, view_.diagram);
      const float most = 1.9f * canvas.scale() * std::max(1.0f, u);
      GRect world = fit_world();
      view_.camera = GenogramCamera::fit(world, view_.diagram, most);
      // The lowest row's names and years reach as far below it as they measure, which in a
      // reading font with tall lines is more than the layout's room for them: the fit makes room.
      const float z = view_.camera.scale, t = std::max(1.0f, canvas.scale());
      const float below = 6 * z + canvas.line_height("serif", std::max(15.0f, 26 * z) * t) +
                          canvas.line_height("sans", std::max(11.0f, 16 * z) * t);
      if (z > 0 && below / z > view_.layout.metrics.label_below) {
        world.y1 += below / z - view_.layout.metrics.label_below;
        view_.camera = GenogramCamera::fit(world, view_.diagram, most);
      }
    }
    draw_diagram(canvas, state, view_);
    draw_header_and_legend(canvas, state, view_, left);
    if (view_.cycle) draw_cycle_caption(canvas, state, view_);
    draw_time_bar(state, view_, 0, size.x - card, bar);
    if (view_.card_open && view_.selected >= 0) draw_person_card(state, view_, size.x - card, card);
  }

 private:
  void rebuild(AppState& state, bool entering) {
    int limit = state.reading_limit();
    if (!entering && view_.story_version == state.story_version && view_.limit == limit) return;
    bool first = view_.story_version < 0;
    view_.story_version = state.story_version;
    view_.limit = limit;
    const Story& story = *state.story;
    lay_out(state);
    view_.chain = pattern_chain(story);
    int at_moment = view_.stop >= 0 && view_.stop < static_cast<int>(view_.stops.size()) ? view_.stops[view_.stop] : -1;
    view_.stops = time_stops(story, limit);
    auto it = std::find(view_.stops.begin(), view_.stops.end(), at_moment);
    set_stop(state, view_, first || it == view_.stops.end() ? static_cast<int>(view_.stops.size()) - 1
                                                             : static_cast<int>(it - view_.stops.begin()));
    // Selections are kept by id: a reloaded story may number its people differently.
    view_.selected = state.selected_person.empty() ? -1 : story.person(state.selected_person);
    if (view_.layout.node_of(view_.selected) < 0) view_.selected = -1;
  }

  void lay_out(AppState& state) {
    const Story& story = *state.story;
    GenogramMetrics metrics;
    metrics.partner_gap *= view_.spread;
    metrics.sibling_gap *= view_.spread;
    view_.layout = layout_genogram(story, people_in_reach(story, view_.limit), metrics);
    std::vector<bool> routed(story.bonds.size(), false);
    for (std::size_t b = 0; b < story.bonds.size(); ++b)
      routed[b] = bond_visible(story, static_cast<int>(b), view_.limit);
    view_.routes = route_bonds(story, view_.layout, routed);
  }

  // What the camera fits: the family with room at its left for the generation names.
  GRect fit_world() const {
    GRect world = view_.layout.bounds;
    world.x0 -= GenogramMetrics{}.partner_gap;
    return world;
  }

  // A family taller than the diagram is wide would sit small in the middle of a wide screen:
  // the gaps between people widen (up to twice) until it has the diagram's shape. Laid out
  // again only when the shape changes (a resize, the card or legend opening), never per frame.
  void spread_to(AppState& state, const GRect& diagram) {
    GRect world = fit_world();
    if (world.width() <= 0 || world.height() <= 0 || diagram.height() <= 0) return;
    const GenogramMetrics base;
    const float fixed = 2 * base.label_half_width + base.partner_gap;  // what the gaps do not widen
    float wanted = diagram.width() * world.height() / diagram.height();
    float spread = view_.spread * (wanted - fixed) / std::max(1.0f, world.width() - fixed);
    spread = std::clamp(spread, 1.0f, 2.0f);
    if (std::fabs(spread - view_.spread) < 0.04f * view_.spread) return;
    view_.spread = spread;
    lay_out(state);
  }

  void select(AppState& state, int person) {
    // Self-voicing: a person reached by the arrows is named (her open card then reads her whole).
    if (state.voices.self_voicing && person >= 0 && person != view_.selected && !view_.card_open)
      state.outbox.post(Command::speak(state.story->people[person].name + ". Return opens the card."));
    view_.selected = person;
    state.selected_person = person >= 0 ? state.story->people[person].id : std::string();
    if (person < 0) view_.card_open = false;
  }

  void zoom(GPoint at, float factor) {
    view_.camera.zoom_at(at, factor, 0.15f * view_.unit, 6.0f * view_.unit);
    view_.auto_fit = false;
  }

  void step_cycle(AppState& state, int dir) {
    auto links = view_.visible_chain();
    if (links.empty()) return;
    view_.cycle_step = std::clamp(view_.cycle_step + dir, 0, static_cast<int>(links.size()) - 1);
    select(state, state.story->parents[links[view_.cycle_step]].child);
  }

  void act(AppState& state, const std::string& action) {
    if (action == kPattern) {
        view_.pattern = !view_.pattern;
        if (!view_.pattern) view_.cycle = false;
        state.settings.extra["lineage.pattern"] = view_.pattern ? "on" : "off";
    } else if (action == kCycle) {
        view_.cycle = !view_.cycle;
        if (view_.cycle) {
          view_.pattern = true;
          view_.cycle_step = 0;
          view_.card_open = false;
          auto links = view_.visible_chain();
          if (!links.empty()) select(state, state.story->parents[links[0]].child);
        }
    } else if (action == kLegend) {
        view_.legend = !view_.legend;
        state.settings.extra["lineage.legend"] = view_.legend ? "on" : "off";
    } else if (action == kTimeMode) {
        view_.time_mode = !view_.time_mode;
    }
  }

  LineageView view_;
};

}  // namespace

std::unique_ptr<Scene> make_lineage_scene() { return std::make_unique<LineageScene>(); }

const std::vector<BondWordsPlaced>* lineage_bond_words(const Scene* scene) {
  const auto* lineage = dynamic_cast<const LineageScene*>(scene);
  return lineage ? &lineage->bond_words() : nullptr;
}

float lineage_legend_words_px(const Scene* scene) {
  const auto* lineage = dynamic_cast<const LineageScene*>(scene);
  return lineage ? lineage->legend_words_px() : -1.0f;
}

}  // namespace lineage
