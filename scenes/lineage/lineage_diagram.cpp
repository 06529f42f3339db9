// Draws the genogram itself: generation names, couple lines with their slashes, children's
// lines, relationship lines in their standard patterns, the symbols with names and years, and
// the pattern's highlighted mother-daughter links. Geometry comes from core; this only paints.
#include <algorithm>
#include <cmath>

#include "scenes/lineage/lineage_view.hpp"

namespace lineage {
namespace {

ImVec2 iv(GPoint p) { return ImVec2(p.x, p.y); }

// Below this radius on screen a symbol is a dot among many: its name would only smear.
constexpr float kSmallestLabelledRadius = 4.0f;

void stroke(ImDrawList* dl, const std::vector<GPoint>& points, ImU32 colour, float width) {
  if (points.size() < 2) return;
  std::vector<ImVec2> pts;
  pts.reserve(points.size());
  for (const GPoint& p : points) pts.push_back(iv(p));
  dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), colour, ImDrawFlags_None, width);
}

void draw_strokes(ImDrawList* dl, const std::vector<Stroke>& strokes, ImU32 colour) {
  for (const Stroke& s : strokes) {
    if (s.filled) {
      std::vector<ImVec2> pts;
      for (const GPoint& p : s.points) pts.push_back(iv(p));
      dl->AddConvexPolyFilled(pts.data(), static_cast<int>(pts.size()), colour);
    } else {
      stroke(dl, s.points, colour, s.width);
    }
  }
}

}  // namespace

void draw_diagram(Canvas& canvas, AppState& state, LineageView& view) {
  const Story& story = *state.story;
  const GenogramLayout& layout = view.layout;
  const GenogramCamera& cam = view.camera;
  const GenogramStyle& style = view.style;
  const FamilyAt& family = view.family;
  ImDrawList* dl = canvas.list();
  const float z = cam.scale;  // world -> screen
  const float r = layout.metrics.radius() * z;
  const float glow = view.pattern_glow;
  const float dim = 1.0f - 0.55f * glow;  // everything but the pattern fades back when it is on
  Colour text = canvas.colour("text"), muted = canvas.colour("muted"), accent = canvas.colour("accent");
  Colour background = canvas.colour("background");
  dl->PushClipRect(ImVec2(0, state.content_top), canvas.size(), true);

  // --- Generation names, at the left of each row.
  // The diagram's type follows the camera, and the interface scale on top (at 150% the names
  // were as small as at 100% beside a legend half as large again).
  // As far as the gaps between people allow: the widest name or years must keep clear of the next.
  float t = std::max(1.0f, canvas.scale());
  if (t > 1) {
    float widest = 0;
    for (const GenogramNode& node : layout.nodes) {
      if (!family.present[node.person]) continue;
      const Person& person = story.people[node.person];
      widest = std::max({widest, canvas.measure("serif", std::max(15.0f, 26 * z), person.name).x,
                         canvas.measure("sans", std::max(11.0f, 16 * z), person_years(person, family.deceased[node.person])).x});
    }
    float gap = std::min(layout.metrics.sibling_gap, layout.metrics.partner_gap) * z - 30 * z;
    if (widest > 0) t = std::clamp(gap / widest, 1.0f, t);
  }
  float name_size = std::max(15.0f, 26 * z) * t, years_size = std::max(11.0f, 16 * z) * t,
        small = std::max(11.5f, 15.5f * z) * t;
  float row_label_x = cam.to_screen({layout.bounds.x0, 0}).x - 28 * z;
  // Left of the widest name or years in the leftmost column too, as measured ("Etta's husband"
  // reaches further left than its symbol).
  if (r >= kSmallestLabelledRadius)
    for (const GenogramNode& node : layout.nodes) {
      if (!family.present[node.person]) continue;
      const Person& person = story.people[node.person];
      float half = std::max(canvas.measure("serif", name_size, person.name).x,
                            canvas.measure("sans", years_size, person_years(person, family.deceased[node.person])).x) * 0.5f;
      row_label_x = std::min(row_label_x, cam.to_screen(node.at).x - half - 12 * z);
    }
  std::vector<GRect> row_labels;  // where the generations' names went: the bonds' words keep off them
  for (const GenogramRow& row : layout.rows) {
    bool anyone = std::any_of(row.nodes.begin(), row.nodes.end(),
                              [&](int n) { return family.present[layout.nodes[n].person]; });
    float y = cam.to_screen({0, row.y}).y;
    ImVec2 used = canvas.text("sans", std::max(11.0f, 15 * z) * t, "generation " + std::to_string(row.generation),
                              ImVec2(row_label_x, y - 9 * z), muted, Align::Right, anyone ? 0.75f : 0.3f);
    row_labels.push_back({row_label_x - used.x, y - 9 * z, row_label_x, y - 9 * z + used.y});
  }

  // --- Couple lines: one slash separated, two divorced; a remarriage is a second line.
  for (const CoupleLine& c : layout.couples) {
    if (!family.partnership_shown[c.partnership]) continue;
    GPoint from = cam.to_screen(c.from), to = cam.to_screen(c.to);
    dl->AddLine(iv(from), iv(to), colour_u32(style.couple, dim), style.couple_width * z);
    int slashes = family.slashes[c.partnership];
    float sx = from.x + (to.x - from.x) * 0.28f;
    for (int k = 0; k < slashes; ++k) {
      float x = sx + (static_cast<float>(k) - (slashes - 1) * 0.5f) * 9 * z;
      dl->AddLine(ImVec2(x - 7 * z, from.y + 13 * z), ImVec2(x + 7 * z, from.y - 13 * z), colour_u32(style.couple, dim),
                  style.couple_width * z);
    }
  }

  // --- Children hanging from their parents' line.
  for (const ChildGroup& g : layout.children) {
    std::vector<int> kids;
    for (int c : g.children)
      if (family.present[layout.nodes[c].person]) kids.push_back(c);
    if (kids.empty()) continue;
    ImU32 col = colour_u32(style.child, dim);
    float w = style.child_width * z;
    GPoint anchor = cam.to_screen(g.anchor);
    float bar = cam.to_screen({0, g.bar_y}).y;
    if (g.parents.size() == 1) {  // a lone parent: a short stem from her symbol, past her name
      GPoint top = cam.to_screen(layout.nodes[g.parents[0]].at);
      dl->AddLine(ImVec2(top.x, top.y + r), ImVec2(top.x, top.y + r + 6 * z), col, w);
    }
    dl->AddLine(iv(anchor), ImVec2(anchor.x, bar), col, w);
    float lo = anchor.x, hi = anchor.x;
    for (int c : kids) {
      GPoint at = cam.to_screen(layout.nodes[c].at);
      lo = std::min(lo, at.x), hi = std::max(hi, at.x);
      dl->AddLine(ImVec2(at.x, bar), ImVec2(at.x, at.y - r), col, w);
    }
    if (hi - lo > 0.5f) dl->AddLine(ImVec2(lo, bar), ImVec2(hi, bar), col, w);
  }

  // --- Emotional relationships, in their standard patterns and colours.
  for (const BondRoute& route : view.routes) {
    if (!family.bond_shown[route.bond]) continue;
    const Bond& bond = story.bonds[route.bond];
    const LineStyle& line = style.bond(bond.kind);
    std::vector<GPoint> path;
    for (const GPoint& p : route.path) path.push_back(cam.to_screen(p));
    float bond_alpha = dim * (view.selected < 0 || bond.from == view.selected || bond.to == view.selected ? 1.0f : 0.55f);
    draw_strokes(dl, pattern_strokes(path, line.pattern, line.width * std::max(0.7f, z), std::max(0.7f, z), route.arrow),
                 colour_u32(line.colour, bond_alpha));
  }
  // Their words, over the lines, after all lines are down, clear of each other and of the people.
  // The people's symbols, names and years stay where they are; the bonds' words move off them.
  std::vector<GRect> people = row_labels;
  if (r >= kSmallestLabelledRadius)
    for (const GenogramNode& node : layout.nodes) {
      if (!family.present[node.person]) continue;
      const Person& person = story.people[node.person];
      GPoint c = cam.to_screen(node.at);
      people.push_back({c.x - r, c.y - r, c.x + r, c.y + r});
      ImVec2 name = canvas.measure("serif", name_size, person.name);
      ImVec2 years = canvas.measure("sans", years_size, person_years(person, family.deceased[node.person]));
      float half = std::max(name.x, years.x) * 0.5f, top = c.y + r + 6 * z;
      people.push_back({c.x - half, top, c.x + half, top + name.y + years.y});
    }
  // Nor over a couple's slashes (a separation or divorce), drawn at 28% along the couple line.
  for (const CoupleLine& c : layout.couples) {
    if (!family.partnership_shown[c.partnership] || family.slashes[c.partnership] == 0) continue;
    GPoint from = cam.to_screen(c.from), to = cam.to_screen(c.to);
    float sx = from.x + (to.x - from.x) * 0.28f, reach = (7 + 9 * family.slashes[c.partnership]) * z;
    people.push_back({sx - reach, from.y - 14 * z, sx + reach, from.y + 14 * z});
  }
  // Nor over the heading, which stands above the diagram while the legend column is hidden (it
  // wraps within half the window: as wide as its widest line); beside the legend that strip is
  // only the diagram's margin.
  people.push_back({0, state.content_top, 26 * view.unit + header_width(canvas, state, view) + 8 * view.unit, view.diagram.y0});
  draw_bond_words(canvas, state, view, people, small, dim);

  // --- The pattern: each mother-daughter link lit along the family's own lines, with its words.
  if (glow > 0.01f) {
    auto links = view.visible_chain();
    for (std::size_t i = 0; i < links.size(); ++i) {
      const ParentLink& link = story.parents[links[i]];
      std::vector<GPoint> path;
      for (const GPoint& p : descent_path(layout, link.parent, link.child)) path.push_back(cam.to_screen(p));
      if (path.size() < 2) continue;
      bool current = !view.cycle || static_cast<int>(i) == view.cycle_step;
      float a = glow * (current ? 1.0f : 0.3f);
      stroke(dl, path, colour_u32(style.pattern, 0.22f * a), style.pattern_width * 2.6f * z);
      stroke(dl, path, colour_u32(style.pattern, a), style.pattern_width * z);
      // The label sits in the gap between the two generations, just left of the link.
      GPoint parent_at = cam.to_screen(layout.nodes[layout.node_of(link.parent)].at);
      GPoint child_at = cam.to_screen(layout.nodes[layout.node_of(link.child)].at);
      float lx = std::min(parent_at.x, child_at.x) - r - 14 * z;
      for (const GPoint& p : path) lx = std::min(lx, p.x - 14 * z);
      float ly = (parent_at.y + r + layout.metrics.label_below * z + child_at.y - r) * 0.5f;
      float size = std::max(12.0f, 21 * z);
      std::string number = std::to_string(i + 1);
      ImVec2 extent = canvas.measure("serif-italic", size, link.label);
      float badge = size * 0.62f;
      dl->AddCircleFilled(ImVec2(lx - extent.x - badge - 10 * z, ly), badge, colour_u32(style.pattern, a), 24);
      canvas.text("sans", size * 0.72f, number, ImVec2(lx - extent.x - badge - 10 * z, ly - size * 0.45f), background,
                  Align::Centre, a);
      canvas.text("serif-italic", size, link.label, ImVec2(lx, ly - extent.y * 0.55f), style.pattern, Align::Right, a);
    }
  }

  // --- The people: circle a woman, square a man; a cross for the dead; names and years below.
  // A large family is mostly off screen or tiny: what lies outside the diagram is skipped, and
  // symbols too small to hold a name are drawn as plain shapes with few segments, no labels.
  // (A thousand people drawn in full took 0.4 s a frame in the software renderer.)
  const ImVec2 clip_lo(0, state.content_top), clip_hi = canvas.size();
  const bool labelled = r >= kSmallestLabelledRadius;
  const int segments = r >= 12.0f ? 48 : 0;  // 0: ImGui picks a count for the radius
  std::vector<int> pattern_people;
  for (int link : view.visible_chain()) {
    pattern_people.push_back(story.parents[link].parent);
    pattern_people.push_back(story.parents[link].child);
  }
  for (const GenogramNode& node : layout.nodes) {
    if (!family.present[node.person]) continue;
    const Person& person = story.people[node.person];
    GPoint c = cam.to_screen(node.at);
    // Half the widest a label can be (about 0.6 em a character), and the height of two lines.
    float reach_x = std::max(r + 8 * z, labelled ? name_size * 0.3f * static_cast<float>(person.name.size()) : 0.0f);
    float reach_below = r + (labelled ? 6 * z + name_size + years_size * 1.2f : 8 * z);
    if (c.x + reach_x < clip_lo.x || c.x - reach_x > clip_hi.x || c.y + reach_below < clip_lo.y ||
        c.y - r - 8 * z > clip_hi.y)
      continue;
    bool selected = node.person == view.selected, hovered = node.person == view.hover;
    bool in_pattern = std::find(pattern_people.begin(), pattern_people.end(), node.person) != pattern_people.end();
    float a = in_pattern ? 1.0f : dim + (1 - dim) * 0.25f;
    bool dead = family.deceased[node.person];
    ImVec2 lo(c.x - r, c.y - r), hi(c.x + r, c.y + r);
    if (selected) {
      dl->AddCircleFilled(iv(c), r * 1.75f, colour_u32(accent, 0.10f), 48);
      if (person.sex == Sex::Male)
        dl->AddRect(ImVec2(lo.x - 7 * z, lo.y - 7 * z), ImVec2(hi.x + 7 * z, hi.y + 7 * z), colour_u32(accent), 4 * z, 0, 3 * z);
      else
        dl->AddCircle(iv(c), r + 7 * z, colour_u32(accent), 48, 3 * z);
    }
    Colour fill = person.colour;
    float fill_alpha = dead ? 0.35f : 0.92f;
    Colour ring = hovered ? accent : text;
    if (person.sex == Sex::Male) {
      dl->AddRectFilled(lo, hi, colour_u32(background, a), 3 * z);
      dl->AddRectFilled(lo, hi, colour_u32(fill, fill_alpha * a), 3 * z);
      dl->AddRect(lo, hi, colour_u32(ring, 0.9f * a), 3 * z, 0, 2.5f * z);
    } else {
      dl->AddCircleFilled(iv(c), r, colour_u32(background, a), segments);
      dl->AddCircleFilled(iv(c), r, colour_u32(fill, fill_alpha * a), segments);
      dl->AddCircle(iv(c), r, colour_u32(ring, 0.9f * a), segments, 2.5f * z);
    }
    if (in_pattern && glow > 0.01f) dl->AddCircle(iv(c), r + 3.5f * z, colour_u32(style.pattern, glow), segments, 3 * z);
    if (dead) {
      float k = r * 0.72f;
      dl->AddLine(ImVec2(c.x - k, c.y - k), ImVec2(c.x + k, c.y + k), colour_u32(text, a), 2.5f * z);
      dl->AddLine(ImVec2(c.x - k, c.y + k), ImVec2(c.x + k, c.y - k), colour_u32(text, a), 2.5f * z);
    }
    if (!labelled) continue;
    float y = c.y + r + 6 * z;
    ImVec2 name = canvas.text("serif", name_size, person.name, ImVec2(c.x, y), selected ? accent : text, Align::Centre, a);
    std::string years = person_years(person, dead);
    if (!years.empty() && years_size >= 11.0f)
      canvas.text("sans", years_size, years, ImVec2(c.x, y + name.y), muted, Align::Centre, a);
  }
  dl->PopClipRect();
}

}  // namespace lineage
