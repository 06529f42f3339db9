// The timeline scene: input -> selection and camera, and the rebuilds that follow a change of
// story, milestone, zoom or selection. Layout itself is engine/core/layout's; drawing is in
// timeline_draw.cpp and timeline_panels.cpp.
#include "scenes/timeline/timeline_scene.hpp"

#include <algorithm>
#include <cmath>

#include "core/model/when_words.hpp"

namespace lineage {
namespace {

constexpr double kZoomStep = 1.5;
constexpr double kAlignSeconds = 0.6;

// A title cut at a word boundary to about `limit` characters, with an ellipsis.
std::string shorten(const std::string& title, std::size_t limit) {
  if (title.size() <= limit) return title;
  std::size_t cut = title.rfind(' ', limit);
  if (cut == std::string::npos || cut < limit / 2) cut = limit;
  while (cut > 0 && (title[cut - 1] == ' ' || title[cut - 1] == ',' || title[cut - 1] == '"')) --cut;
  // Never cut inside a UTF-8 sequence.
  while (cut > 0 && (static_cast<unsigned char>(title[cut]) & 0xC0) == 0x80) --cut;
  return title.substr(0, cut) + "\u2026";
}

bool flag(const AppState& state, const std::string& key) {
  auto it = state.settings.extra.find(key);
  return it != state.settings.extra.end() && it->second == "on";
}

}  // namespace

void TimelineScene::enter(AppState& state) {
  view_.align = flag(state, "timeline.align");
  view_.strands = flag(state, "timeline.strands");
  view_.telling = flag(state, "timeline.telling");
  view_.align_progress = view_.align_amount = view_.align ? 1.0 : 0.0;
  view_.need_fit = true;
  view_.story.reset();  // rebuild at the next draw (the milestone may have changed)
  view_.care = load_care(state.journal, state.profile);  // story mode may have changed them
  int m = state.story->moment(state.selected_moment);
  view_.selected = m;
  // A deep link (--select) opens its card; otherwise start on the first moment, so the clicker's
  // first press moves to the second.
  view_.card_open = m >= 0;
  view_.need_reveal = m >= 0;
}

void TimelineScene::story_changed(AppState& state) {
  view_.story.reset();
  view_.selected = state.story->moment(state.selected_moment);  // kept by id across reloads
}

std::string TimelineScene::selected_title(const AppState& state) const {
  int m = state.story->moment(state.selected_moment);
  if (m < 0 || !state.can_see(m)) return "";
  return state.story->moments[m].title;
}

std::vector<double> TimelineScene::shifts() const {
  std::vector<double> out;
  for (int r = 0; r < static_cast<int>(view_.model.lanes.size()); ++r)
    out.push_back(lane_shift(view_.model, r, view_.align_amount));
  return out;
}

void TimelineScene::rebuild(Canvas& canvas, AppState& state) {
  const Story& story = *state.story;
  TimelineView& v = view_;
  float text_size = canvas.theme().size("label") * v.s;
  bool model_stale = v.story != state.story || v.built_version != state.story_version ||
                     v.built_milestone != state.settings.milestone;
  if (model_stale || v.text_size != text_size) {
    if (model_stale) v.model = build_timeline(story, state.reading_limit());
    v.story = state.story;
    v.built_version = state.story_version;
    v.built_milestone = state.settings.milestone;
    v.text_size = text_size;
    // Label widths: measured once per story and size (no rasterising), never per frame.
    float date_size = canvas.theme().size("small") * v.s;
    v.text.assign(story.moments.size(), {});
    v.short_titles.assign(story.moments.size(), "");
    v.dates.assign(story.moments.size(), "");
    v.max_label_width = 0;
    float space = 10 * v.s;
    for (std::size_t i = 0; i < story.moments.size(); ++i) {
      const Moment& m = story.moments[i];
      v.dates[i] = when_short(m.when);
      v.short_titles[i] = shorten(m.title, 18);
      float date = canvas.measure("sans", date_size, v.dates[i]).x + space;
      v.text[i].full = canvas.measure("serif", text_size, m.title).x + date;
      v.text[i].shortened = v.short_titles[i] == m.title ? v.text[i].full
                                                         : canvas.measure("serif", text_size, v.short_titles[i]).x + date;
      v.max_label_width = std::max(v.max_label_width, v.text[i].full + 16 * v.s);
    }
    v.labels.scale = -1;
    v.minimap_density.clear();
    if (v.selected >= static_cast<int>(story.moments.size())) v.selected = -1;
  }
  // Labels follow the zoom and the selection (panning and align shifts need no new layout).
  int rows = label_rows_fitting(v.bands, v.metrics);
  if (v.labels.scale != v.camera.scale() || v.labels.selected != v.selected || rows != v.metrics.rows) {
    v.metrics.rows = rows;
    v.labels = place_labels(story, v.model, v.text, v.camera.scale(), v.metrics, v.selected, std::move(v.labels));
  }
}

TimeView TimelineScene::home_view() const {
  const TimelineCamera& cam = view_.camera;
  HomeCache& c = home_cache_;
  if (c.plot_width == cam.plot_width() && c.align == view_.align && c.version == view_.built_version &&
      c.milestone == view_.built_milestone && c.text_size == view_.text_size)
    return c.view;
  double from = view_.align ? view_.model.aligned_from : view_.model.from;
  double to = view_.align ? view_.model.aligned_to : view_.model.to;
  const double usable = cam.plot_width() * 0.96, span = std::max(to - from, 1e-3);
  // The markers fill the width; it shrinks only as far as a label near the right end needs
  // (labels run rightwards from their markers), so the axis ends about where the story does.
  double scale = usable / span;
  const float gap = 16 * view_.s;
  for (std::size_t m = 0; view_.story && m < view_.text.size() && m < view_.model.row_of_moment.size(); ++m) {
    if (view_.model.row_of_moment[m] < 0) continue;  // veiled, or in no lane
    double t = placed_time(*view_.story, view_.model, static_cast<int>(m), view_.align ? 1.0 : 0.0) - from;
    if (t > 0) scale = std::min(scale, (usable - view_.text[m].shortened - gap) / t);
  }
  // One very long title must not crush the rest: labels get at most 40% of the width.
  scale = std::max({scale, usable * 0.6 / span, 1e-3});
  TimeView target;
  target.scale = scale;
  target.start = from - cam.plot_width() * 0.02 / target.scale;
  c = {cam.plot_width(), view_.align, view_.built_version, view_.built_milestone, view_.text_size, target};
  return target;
}

Minimap TimelineScene::minimap_strip() const {
  TimeView home = home_view();
  float width = view_.camera.plot_width();
  return minimap(home.start, home.start + width / home.scale, view_.camera, view_.camera.plot_left(), width, 0.0);
}

void TimelineScene::fit(AppState& state, bool animate_it) { view_.camera.move(home_view(), animate_it && animate(state)); }

void TimelineScene::reveal(int moment, AppState& state, bool animate_it) {
  // A veiled moment is never placed: moving the camera to it would show where it falls.
  if (moment < 0 || view_.model.row_of_moment.empty() || view_.model.row_of_moment[moment] < 0) return;
  TimelineCamera& cam = view_.camera;
  TimeView target = cam.target();
  double scale = scale_separating(*state.story, view_.model, moment, target.scale, view_.metrics);
  double t = story_time_placed(moment);
  double x = cam.plot_left() + (t - target.start) * target.scale;
  bool inside = x > cam.plot_left() + cam.plot_width() * 0.12 && x < cam.plot_left() + cam.plot_width() * 0.7;
  if (scale != target.scale || !inside)
    cam.move(cam.centred_on(t + (cam.plot_width() * 0.1) / scale, scale), animate_it && animate(state));
}

void TimelineScene::select(int moment, AppState& state, bool reveal_it) {
  if (moment < 0) return;
  view_.selected = moment;
  state.selected_moment = state.story->moments[moment].id;
  if (reveal_it) reveal(moment, state, true);
}

void TimelineScene::zoom(double factor, float x, AppState& state) {
  view_.camera.move(view_.camera.zoomed_about(x, factor), animate(state));
}

void TimelineScene::set_align(bool on, AppState& state) {
  view_.align = on;
  state.settings.extra["timeline.align"] = on ? "on" : "off";
  if (!animate(state)) view_.align_progress = view_.align_amount = on ? 1.0 : 0.0;
  fit(state, true);
  if (view_.selected >= 0 && !view_.need_fit) {
    // Keep the selection in view after the lanes slide.
    double t = story_time_placed(view_.selected, on ? 1.0 : 0.0);
    TimeView target = view_.camera.target();
    double x = (t - target.start) * target.scale;
    if (x < 0 || x > view_.camera.plot_width()) view_.camera.move(view_.camera.centred_on(t, target.scale), animate(state));
  }
}

std::optional<CareChoice> TimelineScene::card_care(const AppState& state) const {
  const Story& story = *state.story;
  int m = view_.selected;
  if (m < 0 || m >= static_cast<int>(story.moments.size())) return CareChoice::Show;
  auto chosen = view_.chosen.find(story.moments[m].id);
  if (chosen != view_.chosen.end()) return chosen->second;
  return settled_care(story, m, view_.care);
}

void TimelineScene::choose_care(CareChoice choice, AppState& state) {
  const Story& story = *state.story;
  if (view_.selected < 0 || view_.model.veiled[view_.selected]) return;
  const Moment& m = story.moments[view_.selected];
  if (choice == CareChoice::Gentle && m.gentle_summary.empty()) return;  // nothing gentle to show
  view_.chosen[m.id] = choice;
  if (view_.care_remember) {
    view_.care = load_care(state.journal, state.profile);
    view_.care.remembered[m.id] = choice;
    save_care(state.journal, state.profile, view_.care);
  }
  view_.care_remember = false;
}

void TimelineScene::click(float x, float y, int clicks, AppState& state) {
  TimelineView& v = view_;
  int item = hit_item(v.labels, v.bands, shifts(), v.camera, v.metrics, x, y, v.max_label_width);
  if (item < 0) return;
  const TimelineItem& it = v.labels.items[item];
  if (it.cluster()) {
    // A count expands: zoom until its moments stand apart.
    double lo = 1e300, hi = -1e300;
    for (int m : it.moments) lo = std::min(lo, state.story->moments[m].when.estimate), hi = std::max(hi, state.story->moments[m].when.estimate);
    double shift = lane_shift(v.model, it.row, v.align_amount);
    TimeView target = v.camera.fitted(lo + shift, hi + shift, 0.15);
    target.scale = std::max(target.scale, v.camera.scale() * 2.5);
    v.camera.move(v.camera.centred_on((lo + hi) * 0.5 + shift, target.scale), animate(state));
    return;
  }
  int m = it.moments[0];
  select(m, state, false);
  v.card_open = !v.model.veiled[m];
  if (clicks >= 2) {
    double scale = std::max(v.camera.scale() * 3.0, scale_separating(*state.story, v.model, m, v.camera.scale(), v.metrics));
    v.camera.move(v.camera.centred_on(story_time_placed(m), scale), animate(state));
  }
}

void TimelineScene::handle(const Command& command, AppState& state) {
  using K = Command::Kind;
  TimelineView& v = view_;
  const Story& story = *state.story;
  if (v.story != state.story) return;  // not built yet (the next frame builds it)
  const auto& order = story_order(story, v.telling);
  float centre_x = v.camera.plot_left() + v.camera.plot_width() * 0.5f;
  switch (command.kind) {
    case K::Next:
    case K::Prev:
      select(step_in_order(order, v.model, v.selected, command.kind == K::Next ? +1 : -1), state, true);
      break;
    case K::Up:
    case K::Down:
      select(nearest_in_next_lane(story, v.model, v.selected, command.kind == K::Up ? -1 : +1, v.align ? 1.0 : 0.0),
             state, true);
      break;
    case K::Open:
      if (v.selected < 0) {
        select(step_in_order(order, v.model, -1, +1), state, true);
      } else if (v.card_open && !v.model.veiled[v.selected]) {
        state.outbox.post(Command::play(story.moments[v.selected].id));  // a second Return plays it
      }
      v.card_open = v.selected >= 0;
      break;
    case K::Back:
      v.card_open = false;
      break;
    case K::FocusPanel:  // Tab: the keyboard goes into the card (its answer field), not the shortcuts
      if (v.selected >= 0 && !v.model.veiled[v.selected]) v.card_open = v.focus_card = true;
      break;
    case K::Home:
      fit(state, true);
      break;
    case K::ZoomIn:
    case K::ZoomOut: {
      float x = centre_x;
      if (v.selected >= 0) {
        float sx = static_cast<float>(v.camera.to_x(story_time_placed(v.selected)));
        if (sx >= v.camera.plot_left() && sx <= v.camera.plot_left() + v.camera.plot_width()) x = sx;
      }
      zoom(command.kind == K::ZoomIn ? kZoomStep : 1.0 / kZoomStep, x, state);
      break;
    }
    case K::Action:
      if (command.is_action(kAlign)) set_align(!v.align, state);
      if (command.is_action(kStrands)) {
        v.strands = !v.strands;
        state.settings.extra["timeline.strands"] = v.strands ? "on" : "off";
      }
      if (command.is_action(kCareShow)) choose_care(CareChoice::Show, state);
      if (command.is_action(kCareGentle)) choose_care(CareChoice::Gentle, state);
      if (command.is_action(kCareSkip)) choose_care(CareChoice::Skip, state);
      if (command.is_action(kCareRemember)) v.care_remember = !v.care_remember;
      if (command.is_action(kCareAgain) && v.selected >= 0) {
        // Choose again: forget this session's choice and any kept one for this moment.
        const std::string& id = story.moments[v.selected].id;
        v.chosen.erase(id);
        v.care = load_care(state.journal, state.profile);
        if (v.care.remembered.erase(id)) save_care(state.journal, state.profile, v.care);
      }
      if (command.is_action(kTellingOrder) && !story.telling_order.empty()) {
        v.telling = !v.telling;
        state.settings.extra["timeline.telling"] = v.telling ? "on" : "off";
      }
      break;
    case K::PointerDown:
      v.pressed = true;
      v.moved = false;
      v.press_x = command.x;
      v.press_y = command.y;
      v.press_in_minimap = command.y >= v.minimap_top && command.y <= v.minimap_bottom &&
                           command.x >= v.camera.plot_left() && command.x <= v.plot_right;
      v.press_in_plot = command.y >= v.lanes_top - 30 * v.s && command.y < v.lanes_bottom;
      if (v.press_in_minimap) {
        Minimap mm = minimap_strip();
        v.camera.move(v.camera.centred_on(mm.to_time(command.x), v.camera.scale()), false);
      } else if (command.clicks >= 2 && v.press_in_plot) {
        click(command.x, command.y, 2, state);
        v.pressed = false;
      }
      break;
    case K::PointerMove:
      if (v.pressed && command.dragging) {
        if (std::fabs(command.x - v.press_x) + std::fabs(command.y - v.press_y) > 4) v.moved = true;
        if (v.press_in_minimap) {
          Minimap mm = minimap_strip();
          v.camera.move(v.camera.centred_on(mm.to_time(command.x), v.camera.scale()), false);
        } else if (v.press_in_plot && v.moved) {
          v.camera.move(v.camera.panned(command.dx), false);
        }
      } else {
        v.hovered = hit_item(v.labels, v.bands, shifts(), v.camera, v.metrics, command.x, command.y, v.max_label_width);
      }
      break;
    case K::PointerUp:
      if (v.pressed && !v.moved && v.press_in_plot) click(command.x, command.y, 1, state);
      v.pressed = false;
      break;
    case K::Wheel:
      if (command.y >= v.lanes_top - 30 * v.s && command.y < v.minimap_bottom)
        zoom(std::pow(1.2, static_cast<double>(command.delta)), command.x, state);
      break;
    default:
      break;
  }
}

bool TimelineScene::update(double dt, AppState& state) {
  bool moving = view_.camera.update(dt);
  double target = view_.align ? 1.0 : 0.0;
  double& p = view_.align_progress;
  if (p != target) {
    if (state.settings.reduced_motion) p = target;
    else p = target > p ? std::min(target, p + dt / kAlignSeconds) : std::max(target, p - dt / kAlignSeconds);
    view_.align_amount = p * p * (3 - 2 * p);  // smoothstep: the lanes ease in and out
    moving = moving || p != target;
  }
  // The first frames size the plot; fitting waits for them.
  return moving || view_.need_fit || view_.need_reveal;
}

std::string TimelineScene::voiced_summary(const AppState& state) const {
  const Story& story = *state.story;
  const std::string keys = " Left and Right: moments; Up and Down: generations; Return opens the card, Tab moves into it.";
  int m = view_.selected;
  if (m < 0 || m >= static_cast<int>(story.moments.size()) || !state.can_see(m))
    return "No moment selected." + keys;
  const Moment& moment = story.moments[static_cast<std::size_t>(m)];
  // As the app says a newly selected moment: a content-noted one by its gentle summary only.
  std::string words = moment.title + ", selected. ";
  if (moment.content_notes.empty()) words += moment.summary;
  else if (!moment.gentle_summary.empty()) words += "A gentle summary: " + moment.gentle_summary;
  return words + keys;
}

std::unique_ptr<Scene> make_timeline_scene() { return std::make_unique<TimelineScene>(); }

}  // namespace lineage
