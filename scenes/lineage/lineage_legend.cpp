// The left column (the heading, and a legend that explains in plain words each symbol and line
// that is on screen) and the caption that walks the pattern one link at a time.
#include <algorithm>
#include <cmath>
#include <optional>

#include "scenes/lineage/lineage_view.hpp"

namespace lineage {
namespace {

void draw_line_sample(ImDrawList* dl, const std::vector<Stroke>& strokes, ImU32 colour) {
  for (const Stroke& s : strokes) {
    std::vector<ImVec2> pts;
    for (const GPoint& p : s.points) pts.emplace_back(p.x, p.y);
    if (s.filled) dl->AddConvexPolyFilled(pts.data(), static_cast<int>(pts.size()), colour);
    else dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), colour, ImDrawFlags_None, s.width);
  }
}

}  // namespace

namespace {
// A step of the type scale (assets/theme.conf), in points: the legend's sizes are those steps
// times the view's unit (and the legend's fit), like every other scene's.
float type_step(const Canvas& canvas, Type t) { return canvas.theme().type(t); }

// The heading's two parts: whose family, and when (the slider's moment).
std::pair<std::string, std::string> header_words(const Story& story, const LineageView& view) {
  std::string heading = story.book.title.empty() ? "The family" : "The family in " + story.book.title;
  std::string when;
  if (view.stop >= 0 && view.stop < static_cast<int>(view.stops.size())) {
    const Moment& m = story.moments[view.stops[view.stop]];
    bool latest = view.stop + 1 == static_cast<int>(view.stops.size());
    when = (latest ? "As far as you have read: " : "As it stands at: ") + m.title + " (" + when_short(m.when) + ")";
  }
  return {heading, when};
}
}  // namespace

float header_height(Canvas& canvas, const AppState& state, const LineageView& view, float width) {
  const float u = view.unit;
  float inner = width > 0 ? width - 40 * u : canvas.size().x * 0.5f;
  auto [heading, when] = header_words(*state.story, view);
  float k = view.header_scale;
  float h = 18 * u + canvas.wrapped_height("serif", type_step(canvas, Type::Subtitle) * u * k, heading, inner) + 2 * u;
  if (!when.empty()) h += canvas.wrapped_height("serif-italic", type_step(canvas, Type::Label) * u * k, when, inner);
  return h;
}

float header_width(Canvas& canvas, const AppState& state, const LineageView& view) {
  const float u = view.unit, inner = canvas.size().x * 0.5f, k = view.header_scale;
  auto [heading, when] = header_words(*state.story, view);
  float widest = 0;
  for (const std::string& line : canvas.wrapped_lines("serif", type_step(canvas, Type::Subtitle) * u * k, heading, inner))
    widest = std::max(widest, canvas.measure("serif", type_step(canvas, Type::Subtitle) * u * k, line).x);
  if (!when.empty())
    for (const std::string& line : canvas.wrapped_lines("serif-italic", type_step(canvas, Type::Label) * u * k, when, inner))
      widest = std::max(widest, canvas.measure("serif-italic", type_step(canvas, Type::Label) * u * k, line).x);
  return widest;
}

namespace {
// The legend's entries, each its words (and a short form: a line's name, a symbol's `.short`
// words) and how its sample is drawn.
enum class Sample { Woman, Man, Dead, Couple, Separated, Divorced, Remarriage, Child, Bond, None };
struct Entry {
  std::string words;
  std::string short_words;  // the compact form's words (a line's name), or empty: the words
  Sample sample;
  int kind = -1;
  bool gap_before = false;
  const std::string& shown(bool compact) const { return compact && !short_words.empty() ? short_words : words; }
};

// Only what this family shows, each in plain words.
std::vector<Entry> legend_entries(const Story& story, const LineageView& view) {
  const GenogramStyle& style = view.style;
  // Each entry follows what the diagram draws now, at the reader's place and the slider's time:
  // a divorce's two slashes must not be explained before the marriage ends.
  const FamilyAt& family = view.family;
  bool any_dead = false, any_couple = false, any_remarriage = false, any_perspective = false;
  int separated = 0, divorced = 0;
  std::vector<int> partner_count(story.people.size(), 0);
  for (std::size_t p = 0; p < story.people.size(); ++p)
    if (view.layout.node_of(static_cast<int>(p)) >= 0 && p < family.deceased.size() && family.deceased[p]) any_dead = true;
  for (const CoupleLine& c : view.layout.couples) {
    if (c.partnership >= static_cast<int>(family.partnership_shown.size()) || !family.partnership_shown[c.partnership])
      continue;
    any_couple = true;
    const Partnership& pt = story.partnerships[c.partnership];
    if (++partner_count[pt.a] > 1 || ++partner_count[pt.b] > 1) any_remarriage = true;
    separated += family.slashes[c.partnership] == 1;
    divorced += family.slashes[c.partnership] == 2;
  }
  std::vector<bool> kinds(5, false);
  for (const BondRoute& route : view.routes) {
    if (route.bond >= static_cast<int>(family.bond_shown.size()) || !family.bond_shown[route.bond]) continue;
    kinds[static_cast<int>(story.bonds[route.bond].kind)] = true;
    if (!story.bonds[route.bond].perspective.empty()) any_perspective = true;
  }
  std::vector<Entry> entries;
  auto add = [&](const std::string& words, Sample sample, int kind = -1, const std::string& short_words = "") {
    if (!words.empty()) entries.push_back({words, short_words, sample, kind, false});
  };
  auto symbol = [&](const char* id, Sample sample) { add(style.symbol_words(id), sample, -1, style.symbol_short(id)); };
  symbol("woman", Sample::Woman);
  symbol("man", Sample::Man);
  if (any_dead) symbol("deceased", Sample::Dead);
  if (any_couple) symbol("couple", Sample::Couple);
  if (separated) symbol("separated", Sample::Separated);
  if (divorced) symbol("divorced", Sample::Divorced);
  if (any_remarriage) symbol("remarriage", Sample::Remarriage);
  if (!view.layout.children.empty()) symbol("child", Sample::Child);
  std::size_t first_bond = entries.size();
  for (int k = 0; k < 5; ++k)
    if (kinds[k]) add(style.bonds[k].words, Sample::Bond, k, style.bonds[k].name);
  if (entries.size() > first_bond) entries[first_bond].gap_before = true;
  if (any_perspective) symbol("perspective", Sample::None);

  return entries;
}

// The legend's words are never set below this share of their designed size, nor below
// kLeastLegendPx (they once reached half, 7 px at 100%): past that the legend flows into two
// columns, then names each line by its name alone, and only then says how many it could not show.
constexpr float kLeastLegendType = 0.7f;
constexpr float kLeastHeadingType = 0.6f;  // the heading's subtitle step at 0.6 is still larger than the entries
float least_legend_type(const Canvas& canvas, const LineageView& view) {
  return std::min(1.0f, std::max(kLeastLegendType, kLeastLegendPx / (type_step(canvas, Type::Small) * view.unit)));
}

// The heading and its moment at type `kh`, and "HOW TO READ IT" at type `k`: their height.
float top_height(Canvas& canvas, const AppState& state, const LineageView& view, float inner, float kh, float k) {
  const float u = view.unit;
  auto [heading, when] = header_words(*state.story, view);
  float total = canvas.wrapped_height("serif", type_step(canvas, Type::Subtitle) * u * kh, heading, inner) + 2 * u + 16 * u;
  if (!when.empty()) total += canvas.wrapped_height("serif-italic", type_step(canvas, Type::Label) * u * kh, when, inner);
  return total + 24 * u * k;
}

// The space under an entry, and before the first line's entry: less in the compact form.
float row_gap(bool compact) { return compact ? 4.0f : 9.0f; }
float group_gap(bool compact) { return compact ? 4.0f : 8.0f; }

float column_width(const LineageView& view, float inner, float k, int columns) {
  return columns == 1 ? inner : (inner - 16 * view.unit * k) * 0.5f;
}

// One entry's height in a column `col` wide at type `k` (the gap before it when `gap`).
float entry_height(Canvas& canvas, const LineageView& view, const Entry& e, float col, float k, bool compact, bool gap) {
  const float u = view.unit, body = type_step(canvas, Type::Small) * u * k;
  const float words_w = col - 44 * u * k - 12 * u * k;
  float used = canvas.wrapped_height("sans", body, e.shown(compact), words_w, 1.1f);
  return (gap ? group_gap(compact) * u * k : 0) + std::max(used, 22 * u * k) + row_gap(compact) * u * k;
}

// The entries [from, to) stacked in one column: their height.
float stack_height(Canvas& canvas, const LineageView& view, const std::vector<Entry>& entries, int from, int to, float col,
                   float k, bool compact) {
  float h = 0;
  for (int i = from; i < to; ++i) h += entry_height(canvas, view, entries[i], col, k, compact, entries[i].gap_before && i > from);
  return h;
}

// The entries [0, n) in `columns` columns: the height of the taller, and where the second starts
// (split so the two are as even as they can be).
float entries_height(Canvas& canvas, const LineageView& view, const std::vector<Entry>& entries, int n, float inner, float k,
                     int columns, bool compact, int* split) {
  const float col = column_width(view, inner, k, columns);
  if (columns == 1) {
    *split = n;
    return stack_height(canvas, view, entries, 0, n, col, k, compact);
  }
  float best = 1e9f;
  for (int s = (n + 1) / 2 - 1; s <= (n + 1) / 2 + 1; ++s) {
    if (s < 0 || s > n) continue;
    float h = std::max(stack_height(canvas, view, entries, 0, s, col, k, compact),
                       stack_height(canvas, view, entries, s, n, col, k, compact));
    if (h < best) best = h, *split = s;
  }
  return best;
}

// The legend's plan in a column `width` wide whose bottom is `bottom`: the first of these that
// fits whole, at the largest type it can (down to kLeastLegendType): one column of full words,
// two columns of them, one column naming each line by its name, two such columns. Past all that,
// two compact columns at the least type, as many entries as fit and a line counting the rest.
LegendPlan make_plan(Canvas& canvas, const AppState& state, const LineageView& view, const std::vector<Entry>& entries,
                     float width, float bottom) {
  const float u = view.unit, inner = width - 40 * u;
  const float room = bottom - 20 * u - (state.content_top + 18 * u);
  const int n = static_cast<int>(entries.size());
  struct Form {
    int columns;
    bool compact;
  };
  const float least = least_legend_type(canvas, view);
  for (Form f : {Form{1, false}, Form{2, false}, Form{1, true}, Form{2, true}})
    for (float k = 1; k > least - 0.01f; k = k - 0.05f > least ? k - 0.05f : (k > least ? least : k - 1)) {
      LegendPlan plan{k, k, f.columns, f.compact, n, n};
      if (top_height(canvas, state, view, inner, k, k) + entries_height(canvas, view, entries, n, inner, k, f.columns, f.compact, &plan.split) <= room)
        return plan;
    }
  // The heading gives way before any entry does.
  LegendPlan plan{least, std::min(least, kLeastHeadingType), 2, true, n, n};
  const float top = top_height(canvas, state, view, inner, plan.heading, plan.k);
  if (top + entries_height(canvas, view, entries, n, inner, plan.k, 2, true, &plan.split) <= room) return plan;
  const float more = canvas.line_height("sans", type_step(canvas, Type::Small) * u * plan.k) + 6 * u;
  const float left = room - top - more;
  for (int shown = n - 1; shown > 0; --shown)
    if (entries_height(canvas, view, entries, shown, inner, plan.k, 2, true, &plan.split) <= left) {
      plan.shown = shown;
      return plan;
    }
  plan.shown = plan.split = 0;
  return plan;
}

// The plan, made once for each column, time and type (the scene asks for several widths a frame).
LegendPlan plan_legend(Canvas& canvas, const AppState& state, LineageView& view, const std::vector<Entry>& entries,
                       float width, float bottom) {
  std::vector<float> made_for = {width, bottom, view.unit, canvas.scale(), static_cast<float>(view.stop),
                                 static_cast<float>(view.limit), static_cast<float>(state.story_version),
                                 canvas.measure("sans", 20, "Mm").x};  // the font
  for (const auto& [key, plan] : view.legend_plans)
    if (key == made_for) return plan;
  if (view.legend_plans.size() > 16) view.legend_plans.clear();
  LegendPlan plan = make_plan(canvas, state, view, entries, width, bottom);
  view.legend_plans.emplace_back(made_for, plan);
  return plan;
}
}  // namespace

bool legend_fits_plainly(Canvas& canvas, const AppState& state, LineageView& view, float width, float bottom) {
  LegendPlan plan = plan_legend(canvas, state, view, legend_entries(*state.story, view), width, bottom);
  return plan.columns == 1 && !plan.compact && plan.k >= 0.95f;
}

void draw_header_and_legend(Canvas& canvas, AppState& state, LineageView& view, float width) {
  const Story& story = *state.story;
  const float u = view.unit;
  ImDrawList* dl = canvas.list();
  Colour text = canvas.colour("text"), muted = canvas.colour("muted"), accent = canvas.colour("accent");
  float x = 26 * u, y = state.content_top + 18 * u;
  float inner = width > 0 ? width - 40 * u : canvas.size().x * 0.5f;

  // The heading: whose family, and when.
  auto [heading, when] = header_words(story, view);
  auto draw_heading = [&, heading = heading, when = when](float type) {
    float h = canvas.text_wrapped("serif", type_step(canvas, Type::Subtitle) * u * type, heading, ImVec2(x, y), inner, text);
    y += h + 2 * u;
    if (!when.empty()) y += canvas.text_wrapped("serif-italic", type_step(canvas, Type::Label) * u * type, when, ImVec2(x, y), inner, accent);
  };
  view.legend_words_px = 0;
  if (width <= 0) {
    draw_heading(view.header_scale);
    return;
  }

  // The column reaches down to the diagram's bottom before the bonds' key took a strip under it.
  const float column_bottom = view.diagram.y1 + view.key_height;
  float bottom = column_bottom - 20 * u;
  const GenogramStyle& style = view.style;
  const std::vector<Entry> entries = legend_entries(story, view);
  // Every entry is shown at a legible size (the scene widens the column first; see plan_legend).
  const LegendPlan plan = plan_legend(canvas, state, view, entries, width, column_bottom);
  const float k = plan.k;
  view.legend_words_px = type_step(canvas, Type::Small) * u * k;
  draw_heading(plan.heading);
  y += 16 * u;
  const float body = type_step(canvas, Type::Small) * u * k, sample = 44 * u * k;
  const float col = column_width(view, inner, k, plan.columns);
  if (y + 24 * u * k + body * 2.4f > bottom) return;  // no room for one entry: no heading for none
  canvas.text("sans", type_step(canvas, Type::Caption) * u * k, "HOW TO READ IT", ImVec2(x, y), muted);
  y += 24 * u * k;
  const float top = y;
  ImU32 ink = to_imgui(style.couple);
  const float s = 9 * u * k, w = u * k;
  auto couple_sample = [&](ImVec2 c, int slashes) {
    dl->AddLine(ImVec2(c.x, c.y), ImVec2(c.x + sample, c.y), ink, 2.5f * w);
    for (int n = 0; n < slashes; ++n) {
      float sx = c.x + sample * 0.5f + (static_cast<float>(n) - (slashes - 1) * 0.5f) * 7 * w;
      dl->AddLine(ImVec2(sx - 5 * w, c.y + 9 * w), ImVec2(sx + 5 * w, c.y - 9 * w), ink, 2.5f * w);
    }
  };
  float column_x = x, lowest = y;
  for (int i = 0; i < plan.shown; ++i) {
    const Entry& e = entries[i];
    if (plan.columns == 2 && i == plan.split) column_x = x + col + 16 * u * k, y = top;
    else if (e.gap_before) y += group_gap(plan.compact) * w;
    const float words_x = column_x + sample + 12 * w, words_w = col - sample - 12 * w;
    float used = canvas.text_wrapped("sans", body, e.shown(plan.compact), ImVec2(words_x, y), words_w, text, Align::Left, 0.9f, 1.1f);
    ImVec2 c(column_x, y + std::min(used, body * 1.3f) * 0.5f + 2 * w);
    switch (e.sample) {
      case Sample::Woman: dl->AddCircle(ImVec2(c.x + s + 2 * w, c.y), s, ink, 24, 2 * w); break;
      case Sample::Man:
        dl->AddRect(ImVec2(c.x + 2 * w, c.y - s), ImVec2(c.x + 2 * w + 2 * s, c.y + s), ink, 2 * w, 0, 2 * w);
        break;
      case Sample::Dead: {
        ImVec2 lo(c.x + 2 * w, c.y - s), hi(c.x + 2 * w + 2 * s, c.y + s);
        dl->AddRect(lo, hi, ink, 2 * w, 0, 2 * w);
        dl->AddLine(lo, hi, ink, 2 * w);
        dl->AddLine(ImVec2(lo.x, hi.y), ImVec2(hi.x, lo.y), ink, 2 * w);
        break;
      }
      case Sample::Couple: couple_sample(c, 0); break;
      case Sample::Separated: couple_sample(c, 1); break;
      case Sample::Divorced: couple_sample(c, 2); break;
      case Sample::Remarriage:
        dl->AddLine(ImVec2(c.x, c.y), ImVec2(c.x + sample, c.y), ink, 2.5f * w);
        dl->AddRectFilled(ImVec2(c.x + sample * 0.5f - 5 * w, c.y - 5 * w), ImVec2(c.x + sample * 0.5f + 5 * w, c.y + 5 * w), ink);
        break;
      case Sample::Child:
        dl->AddLine(ImVec2(c.x, c.y - 9 * w), ImVec2(c.x + sample, c.y - 9 * w), ink, 2 * w);
        dl->AddLine(ImVec2(c.x + sample * 0.5f, c.y - 9 * w), ImVec2(c.x + sample * 0.5f, c.y - 2 * w), ink, 2 * w);
        dl->AddLine(ImVec2(c.x + 6 * w, c.y - 2 * w), ImVec2(c.x + sample - 6 * w, c.y - 2 * w), ink, 2 * w);
        for (float kx : {c.x + 6 * w, c.x + sample - 6 * w}) dl->AddLine(ImVec2(kx, c.y - 2 * w), ImVec2(kx, c.y + 8 * w), ink, 2 * w);
        break;
      case Sample::Bond: {
        const LineStyle& line = style.bonds[e.kind];
        std::vector<GPoint> path{{c.x, c.y}, {c.x + sample * 0.5f, c.y}, {c.x + sample, c.y}};
        draw_line_sample(dl, pattern_strokes(path, line.pattern, line.width * w * 0.85f, w * 0.85f, false),
                         to_imgui(line.colour));
        break;
      }
      case Sample::None: break;
    }
    y += std::max(used, 22 * w) + row_gap(plan.compact) * w;
    lowest = std::max(lowest, y);
  }
  // What could not be shown is counted, never left out silently.
  const int hidden = static_cast<int>(entries.size()) - plan.shown;
  if (hidden > 0)
    canvas.text_fit("sans", body, "+" + std::to_string(hidden) + " more: a larger window shows them",
                    ImVec2(x, lowest + 6 * u), inner, muted);
}

void draw_cycle_caption(Canvas& canvas, AppState& state, LineageView& view) {
  const Story& story = *state.story;
  const float u = view.unit;
  auto links = view.visible_chain();
  Colour text = canvas.colour("text"), muted = canvas.colour("muted");
  const GRect& d = view.diagram;
  float y0 = d.y1 + view.key_height + 4 * u, x0 = d.x0, x1 = d.x1;
  canvas.list()->AddRectFilled(ImVec2(x0, y0), ImVec2(x1, y0 + 120 * u), to_imgui(canvas.colour("panel")), 10 * u);
  float x = x0 + 20 * u, y = y0 + 10 * u, w = x1 - x0 - 40 * u;
  if (links.empty()) {
    canvas.text_wrapped("sans", type_step(canvas, Type::Ui) * u, "No mother-daughter link has been reached yet at this point in the story.",
                        ImVec2(x, y), w, muted);
    return;
  }
  int step = std::clamp(view.cycle_step, 0, static_cast<int>(links.size()) - 1);
  const ParentLink& link = story.parents[links[step]];
  std::string where = "LINK " + std::to_string(step + 1) + " OF " + std::to_string(links.size()) + "   " +
                      story.people[link.parent].name + "  \u2192  " + story.people[link.child].name;
  canvas.text("sans", type_step(canvas, Type::Small) * u, where, ImVec2(x, y), view.style.pattern);
  canvas.text("sans", type_step(canvas, Type::Small) * u, "\u2190 \u2192 step    Esc leave", ImVec2(x1 - 20 * u, y), muted, Align::Right);
  y += 22 * u;
  ImVec2 label = canvas.text("serif-italic", type_step(canvas, Type::Body) * u, link.label, ImVec2(x, y), text);
  if (link.moment >= 0 && state.can_see(link.moment)) {
    const Moment& m = story.moments[link.moment];
    canvas.text("serif", type_step(canvas, Type::Label) * u, m.title + "  \u00b7  " + when_short(m.when), ImVec2(x + label.x + 20 * u, y + 6 * u), muted);
    y += label.y + 2 * u;
    // Content care as on the timeline and in story mode: a moment the reader asked to be warned
    // about shows no summary until she has chosen; a gentle choice shows the gentle one.
    std::optional<CareChoice> care = settled_care(story, link.moment, view.care);
    bool gentle = care == CareChoice::Gentle || state.settings.gentle_summaries;
    std::string summary;
    if (!care)
      summary = "This moment has a content note you asked to be warned about. Open it on the timeline or in "
                "story mode to choose how to see it.";
    else if (care != CareChoice::Skip)
      summary = gentle && !m.gentle_summary.empty() ? m.gentle_summary
                : care == CareChoice::Gentle     ? std::string()
                                                 : m.summary;
    canvas.text_wrapped("serif", type_step(canvas, Type::Label) * u, summary, ImVec2(x, y), w, care ? text : muted, Align::Left, 1.0f, 1.1f);
  }
}

}  // namespace lineage
