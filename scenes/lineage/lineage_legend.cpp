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
// The legend's entries, each its words and how its sample is drawn.
enum class Sample { Woman, Man, Dead, Couple, Separated, Divorced, Remarriage, Child, Bond, None };
struct Entry {
  std::string words;
  Sample sample;
  int kind = -1;
  bool gap_before = false;
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
  auto add = [&](const std::string& words, Sample sample, int kind = -1) {
    if (!words.empty()) entries.push_back({words, sample, kind, false});
  };
  add(style.symbol_words("woman"), Sample::Woman);
  add(style.symbol_words("man"), Sample::Man);
  if (any_dead) add(style.symbol_words("deceased"), Sample::Dead);
  if (any_couple) add(style.symbol_words("couple"), Sample::Couple);
  if (separated) add(style.symbol_words("separated"), Sample::Separated);
  if (divorced) add(style.symbol_words("divorced"), Sample::Divorced);
  if (any_remarriage) add(style.symbol_words("remarriage"), Sample::Remarriage);
  if (!view.layout.children.empty()) add(style.symbol_words("child"), Sample::Child);
  std::size_t first_bond = entries.size();
  for (int k = 0; k < 5; ++k)
    if (kinds[k]) add(style.bonds[k].words, Sample::Bond, k);
  if (entries.size() > first_bond) entries[first_bond].gap_before = true;
  if (any_perspective) add(style.symbol_words("perspective"), Sample::None);

  return entries;
}

// The heading and the whole legend at type `k` in a column `inner` wide: its height.
float column_height(Canvas& canvas, const AppState& state, const LineageView& view, const std::vector<Entry>& entries,
                    float inner, float k) {
  const float u = view.unit;
  auto [heading, when] = header_words(*state.story, view);
  float total = canvas.wrapped_height("serif", type_step(canvas, Type::Subtitle) * u * k, heading, inner) + 2 * u + 16 * u;
  if (!when.empty()) total += canvas.wrapped_height("serif-italic", type_step(canvas, Type::Label) * u * k, when, inner);
  float body = type_step(canvas, Type::Small) * u * k, sample = 44 * u * k, words_w = inner - sample - 12 * u * k;
  total += 24 * u * k;
  for (const Entry& e : entries) {
    float used = canvas.wrapped_height("sans", body, e.words, words_w, 1.1f);
    total += (e.gap_before ? 8 * u * k : 0) + std::max(used, 22 * u * k) + 9 * u * k;
  }
  return total;
}
}  // namespace

float legend_type(Canvas& canvas, const AppState& state, const LineageView& view, float width, float bottom) {
  const float u = view.unit;
  const float room = bottom - 20 * u - (state.content_top + 18 * u);
  const std::vector<Entry> entries = legend_entries(*state.story, view);
  float k = 1;
  while (k > 0.52f && column_height(canvas, state, view, entries, width - 40 * u, k) > room) k -= 0.05f;
  return k;
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
  if (width <= 0) {
    draw_heading(view.header_scale);
    return;
  }

  // The column reaches down to the diagram's bottom before the bonds' key took a strip under it.
  const float column_bottom = view.diagram.y1 + view.key_height;
  float bottom = column_bottom - 20 * u;
  const GenogramStyle& style = view.style;
  const std::vector<Entry> entries = legend_entries(story, view);
  // The whole legend is shown: its type (and the heading's) steps down, to half, until every
  // entry fits the column (the scene widens the column first); only past that are the last
  // entries left out, never half of one. In OpenDyslexic at 150% the heading alone filled half of it.
  float k = legend_type(canvas, state, view, width, column_bottom);
  draw_heading(k);
  y += 16 * u;
  float body = type_step(canvas, Type::Small) * u * k, sample = 44 * u * k, words_x = x + sample + 12 * u * k, words_w = inner - sample - 12 * u * k;
  if (y + 24 * u * k + body * 2.4f > bottom) return;  // no room for one entry: no heading for none
  canvas.text("sans", type_step(canvas, Type::Caption) * u * k, "HOW TO READ IT", ImVec2(x, y), muted);
  y += 24 * u * k;
  ImU32 ink = to_imgui(style.couple);
  const float s = 9 * u * k, w = u * k;
  auto couple_sample = [&](ImVec2 c, int slashes) {
    dl->AddLine(ImVec2(c.x, c.y), ImVec2(c.x + sample, c.y), ink, 2.5f * w);
    for (int n = 0; n < slashes; ++n) {
      float sx = c.x + sample * 0.5f + (static_cast<float>(n) - (slashes - 1) * 0.5f) * 7 * w;
      dl->AddLine(ImVec2(sx - 5 * w, c.y + 9 * w), ImVec2(sx + 5 * w, c.y - 9 * w), ink, 2.5f * w);
    }
  };
  for (const Entry& e : entries) {
    if (e.gap_before) y += 8 * w;
    float used = canvas.wrapped_height("sans", body, e.words, words_w, 1.1f);
    if (y + used > bottom) break;  // never half an entry
    used = canvas.text_wrapped("sans", body, e.words, ImVec2(words_x, y), words_w, text, Align::Left, 0.9f, 1.1f);
    ImVec2 c(x, y + std::min(used, body * 1.3f) * 0.5f + 2 * w);
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
    y += std::max(used, 22 * w) + 9 * w;
  }
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
