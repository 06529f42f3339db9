// The words naming each relationship, over or beside its line. Each group is placed near its own
// line (within `reach`, core's place_near_lines), at its size, then smaller, then on two lines;
// where none of those finds room it becomes a numbered marker on the line, its words in a key in a
// corner of the diagram. Never far from its line: a reader could not tell which line it names.
#include <algorithm>

#include "core/layout/genogram_words.hpp"
#include "scenes/lineage/lineage_view.hpp"

namespace lineage {
namespace {

// A dark pill behind small type laid over lines, so labels stay readable on a projector.
void pill(ImDrawList* dl, ImVec2 centre, ImVec2 extent, ImU32 fill, float pad) {
  dl->AddRectFilled(ImVec2(centre.x - extent.x * 0.5f - pad, centre.y - pad * 0.6f),
                    ImVec2(centre.x + extent.x * 0.5f + pad, centre.y + extent.y + pad * 0.6f), fill, extent.y * 0.5f);
}

struct BondWords {
  int bond;
  std::string words;
  ImVec2 extent, sub;
  std::vector<std::string> lines;  // the words as drawn: one line, or two where one found no place
  float type = 1;                  // times the bond words' size
};

// The words split at the space nearest their middle; one line where there is no space.
std::vector<std::string> two_lines(const std::string& words) {
  const std::size_t middle = words.size() / 2;
  std::size_t before = words.rfind(' ', middle), after = words.find(' ', middle);
  std::size_t cut = before == std::string::npos  ? after
                    : after == std::string::npos ? before
                                                 : (middle - before <= after - middle ? before : after);
  if (cut == std::string::npos) return {words};
  return {words.substr(0, cut), words.substr(cut + 1)};
}

}  // namespace

void draw_bond_words(Canvas& canvas, AppState& state, LineageView& view, const std::vector<GRect>& people, float small,
                     float dim) {
  const Story& story = *state.story;
  const GenogramCamera& cam = view.camera;
  const GenogramStyle& style = view.style;
  const float z = cam.scale, pad = 5 * z;
  ImDrawList* dl = canvas.list();
  Colour muted = canvas.colour("muted"), background = canvas.colour("background");
  view.bond_words.clear();

  std::vector<BondWords> labels;
  std::vector<GRect> boxes;
  std::vector<std::vector<GPoint>> places, paths;  // places: along each bond's line, its middle first, then either way
  // The box of `w` as measured, centred on `at`, the words' middle line on it.
  auto box_at = [&](const BondWords& w, GPoint at) {
    float half = std::max(w.extent.x, w.sub.x) * 0.5f + pad, top = at.y - w.extent.y * 0.5f;
    return GRect{at.x - half, top - pad * 0.6f, at.x + half, top + w.extent.y + w.sub.y + pad * 0.6f};
  };
  auto measure = [&](BondWords& w, float k, bool split) {
    const float size = small * 1.12f * k;
    w.type = k;
    w.lines = split ? two_lines(w.words) : std::vector<std::string>{w.words};
    w.extent = ImVec2(0, 0);
    for (const std::string& line : w.lines) {
      ImVec2 e = canvas.measure("serif-italic", size, line);
      w.extent = ImVec2(std::max(w.extent.x, e.x), w.extent.y + e.y);
    }
    const Bond& bond = story.bonds[w.bond];
    w.sub = bond.perspective.empty() ? ImVec2(0, 0) : canvas.measure("sans", small * 0.82f * k, bond.perspective);
  };
  for (const BondRoute& route : view.routes) {
    if (!view.family.bond_shown[route.bond]) continue;
    const Bond& bond = story.bonds[route.bond];
    BondWords w{route.bond, bond.label.empty() ? style.bond(bond.kind).name : bond.label, {}, {}, {}, 1};
    measure(w, 1, false);
    GPoint at = cam.to_screen(route.label_at);
    boxes.push_back(box_at(w, at));
    labels.push_back(std::move(w));
    std::vector<GPoint> path;
    for (const GPoint& p : route.path) path.push_back(cam.to_screen(p));
    // On the line, then just above or below it, from its middle outwards.
    std::vector<GPoint> along = {at};
    const float length = path_length(path), lift = boxes.back().height() + 2 * pad;
    for (float f : {0.5f, 0.4f, 0.6f, 0.3f, 0.7f, 0.2f, 0.8f, 0.12f, 0.88f}) {
      if (length <= 0) break;
      GPoint p = point_along(path, length * f);
      along.push_back(p);
      along.push_back({p.x, p.y - lift * 0.6f});
      along.push_back({p.x, p.y + lift * 0.6f});
    }
    // Beside it, left or right, where the line runs up and down.
    const float aside = boxes.back().width() * 0.5f + 8 * z;
    for (float f : {0.5f, 0.35f, 0.65f, 0.2f, 0.8f}) {
      if (length <= 0) break;
      GPoint p = point_along(path, length * f);
      along.push_back({p.x - aside, p.y});
      along.push_back({p.x + aside, p.y});
    }
    places.push_back(std::move(along));
    paths.push_back(std::move(path));
  }
  // How far from its line a word group may stand: under a line of its own type. Further off, on a
  // crowded family, a reader cannot tell which line it names ("seeming to prefer her father" stood
  // beside Cecilia, a generation above its line from Violet to Fox).
  auto reach = [&](float k) { return 0.6f * canvas.line_height("serif-italic", small * 1.12f * k); };
  const GRect bounds{view.diagram.x0, state.content_top, view.diagram.x1, view.diagram.y1};
  // A marker is a disc as tall as its digit's line (the box the digit is drawn in).
  const float key_size = bond_key_type(canvas, view), row = bond_key_row(canvas, view);
  const float mark_size = std::min(key_size, small) * 0.8f, badge = canvas.line_height("sans", mark_size);
  // Words with no clear place at their size try again smaller (and then on two lines, half as
  // wide), around the words already placed; `clear` says which found a place.
  std::vector<bool> clear, marked(labels.size(), false);
  std::vector<GRect> markers(labels.size());
  auto place_words = [&](const std::vector<GRect>& fixed) {
    for (std::size_t i = 0; i < labels.size(); ++i) measure(labels[i], 1, false), boxes[i] = box_at(labels[i], places[i].front());
    auto place = [&](float k, bool split, bool first) {
      std::vector<GRect> taken = fixed, again_boxes;
      std::vector<std::size_t> again;
      std::vector<std::vector<GPoint>> again_places, again_paths;
      for (std::size_t i = 0; i < labels.size(); ++i) {
        if (marked[i]) continue;
        if (!first && clear[i]) {
          taken.push_back(boxes[i]);
          continue;
        }
        if (!first) measure(labels[i], k, split);
        if (split && labels[i].lines.size() < 2) continue;
        again.push_back(i);
        again_boxes.push_back(box_at(labels[i], places[i].front()));
        again_places.push_back(places[i]);
        again_paths.push_back(paths[i]);
      }
      if (again.empty()) return false;
      std::vector<bool> placed = place_near_lines(again_boxes, again_places, again_paths, reach(k), 2 * z, taken, bounds);
      for (std::size_t j = 0; j < again.size(); ++j) boxes[again[j]] = again_boxes[j], clear[again[j]] = placed[j];
      return true;
    };
    clear.assign(labels.size(), false);
    place(1, false, true);
    // Never below 0.7 of their size (the diagram's small type at 100%): smaller, a phrase no longer
    // reads across a room, and its marker and the key serve a reader better.
    for (float k : {0.84f, 0.7f, 0.58f}) {
      // 0.58 only on a diagram too small to spare a strip for the key.
      if (k < 0.6f && view.key_max_rows > 0) break;
      if (!place(k, false, false) || !place(k, true, false)) break;
    }
  };
  // Those still without a place become markers on their lines. A marker with no clear spot on its
  // line (words of other bonds lie all along it) takes its middle, and the words it would cover
  // are placed again around it (a round or two).
  for (int round = 0; round < 3; ++round) {
    std::vector<GRect> fixed = people;
    for (std::size_t i = 0; i < labels.size(); ++i)
      if (marked[i]) fixed.push_back(markers[i]);
    place_words(fixed);
    bool covered = false;
    for (std::size_t i = 0; i < labels.size(); ++i) {
      if (clear[i] || marked[i]) continue;
      std::vector<GRect> taken = fixed;
      for (std::size_t k = 0; k < labels.size(); ++k)
        if (clear[k]) taken.push_back(boxes[k]);
      bool spot = true;
      markers[i] = marker_on_line(paths[i], badge, 2 * z, taken, bounds, &spot);
      if (!spot) markers[i] = marker_on_line(paths[i], badge, 2 * z, fixed, bounds), covered = true;
      marked[i] = true;
      fixed.push_back(markers[i]);
    }
    if (!covered) break;
  }

  auto alpha_of = [&](const Bond& bond) {
    return dim * (view.selected < 0 || bond.from == view.selected || bond.to == view.selected ? 1.0f : 0.6f);
  };
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (!clear[i]) continue;
    const BondWords& w = labels[i];
    const Bond& bond = story.bonds[w.bond];
    float bond_alpha = alpha_of(bond);
    float x = (boxes[i].x0 + boxes[i].x1) * 0.5f, y = boxes[i].y0 + pad * 0.6f;
    pill(dl, ImVec2(x, y), ImVec2(std::max(w.extent.x, w.sub.x), w.extent.y + w.sub.y), colour_u32(background, 0.82f * bond_alpha),
         pad);
    float line_y = y;
    for (const std::string& words : w.lines)
      line_y += canvas.text("serif-italic", small * 1.12f * w.type, words, ImVec2(x, line_y), style.bond(bond.kind).colour,
                            Align::Centre, bond_alpha).y;
    if (!bond.perspective.empty())
      canvas.text("sans", small * 0.82f * w.type, bond.perspective, ImVec2(x, y + w.extent.y), muted, Align::Centre, bond_alpha);
    view.bond_words.push_back({w.bond, paths[i], boxes[i], 0});
  }

  // The rest: a numbered marker on the line, and the words in the key under the diagram (a number,
  // the words, whose view), in the legend's type.
  std::vector<std::size_t> keyed;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (!marked[i]) continue;
    keyed.push_back(i);
    int number = static_cast<int>(keyed.size());
    const GRect& marker = markers[i];
    view.bond_words.push_back({labels[i].bond, paths[i], marker, number});
    const Bond& bond = story.bonds[labels[i].bond];
    ImVec2 c((marker.x0 + marker.x1) * 0.5f, (marker.y0 + marker.y1) * 0.5f);
    float a = alpha_of(bond);
    dl->AddCircleFilled(c, badge * 0.5f, colour_u32(style.bond(bond.kind).colour, a), 24);
    canvas.text("sans", mark_size, std::to_string(number), ImVec2(c.x, c.y - badge * 0.5f), background, Align::Centre, a);
  }
  // The key's entries flow along its rows, as many to a row as fit. The strip it takes is the
  // diagram's: made once for what the first frame needed (and once more at most), then its type
  // steps down to fit; a key that grew with every frame would shrink the family until every bond
  // needed a marker.
  if (keyed.empty()) return;
  const float u = view.unit, x0 = view.diagram.x0, x1 = view.diagram.x1, space = 10 * u;
  float key_width = 0;
  struct Entry {
    ImVec2 at, sub_at;  // the number's and the words' row; whose view, after them or on the next row
    float words, sub;
  };
  std::vector<Entry> entries;
  int rows = 0;
  float type = key_size;
  // Lays the entries out from (left, top) within `width` at type `size`; returns the block's height.
  auto flow = [&](float size, float left, float top, float width) {
    entries.clear();
    float line = bond_key_row(canvas, view) * size / key_size, x = left, y = top, right = left;
    rows = 1;
    for (std::size_t n = 0; n < keyed.size(); ++n) {
      const Bond& bond = story.bonds[labels[keyed[n]].bond];
      float words = canvas.measure("serif-italic", size, labels[keyed[n]].words).x;
      float sub = bond.perspective.empty() ? 0.0f : canvas.measure("sans", size * 0.85f, "(" + bond.perspective + ")").x;
      const float badge_w = canvas.line_height("sans", size * 0.8f) + space;
      float w = badge_w + words + (sub > 0 ? space + sub : 0);
      // Too wide for a row: whose view goes on the next, under the words.
      const bool two_rows = sub > 0 && w > width;
      if (two_rows) w = badge_w + std::max(words, sub);
      if (x > left && x + w > left + width) x = left, y += line, ++rows;
      ImVec2 sub_at = two_rows ? ImVec2(x + badge_w, y + line) : ImVec2(x + badge_w + words + space, y);
      entries.push_back({ImVec2(x, y), sub_at, words, sub});
      right = std::max(right, x + w);
      x += w + 2.5f * space;
      if (two_rows) x = left + width + 1, y += line, ++rows;  // the next entry starts a row of its own
    }
    key_width = right - left;
    return static_cast<float>(rows) * line;
  };
  bool fits = false;
  if (view.key_max_rows > 0) {  // in the strip under the diagram
    for (float k : {1.0f, 0.9f, 0.8f, 0.7f})
      if ((fits = flow(type = key_size * k, x0, view.diagram.y1 + 6 * u, x1 - x0) <= view.key_rows * row + 0.5f)) break;
    if (!fits && view.key_growths < 2 && view.key_rows < view.key_max_rows) {  // no room yet: the next frame makes it
      flow(type = key_size, x0, view.diagram.y1 + 6 * u, x1 - x0);
      view.key_rows = std::min(std::max(view.key_rows + 1, rows), view.key_max_rows);
      ++view.key_growths;
      view.key_grew = true;
      return;
    }
  }
  if (!fits) {
    // No strip to spare (a small diagram): over the diagram, in its first clear corner, on a
    // backing as dark as the words' pills.
    std::vector<GRect> taken = people;
    for (std::size_t i = 0; i < labels.size(); ++i)
      if (clear[i] || marked[i]) taken.push_back(marked[i] ? markers[i] : boxes[i]);
    const float inset = 8 * u;
    bool found = false;
    for (float k : {1.0f, 0.85f, 0.7f}) {
      for (float share : {0.3f, 0.4f, 0.5f, 0.75f, 1.0f}) {
        const float width = (x1 - x0) * share - 2 * inset;
        float h = flow(key_size * k, 0, 0, width), w = key_width;
        for (GPoint at : {GPoint{x0 + inset, view.diagram.y1 - inset - h}, GPoint{x1 - inset - w, view.diagram.y1 - inset - h},
                          GPoint{x1 - inset - w, bounds.y0 + inset}, GPoint{x0 + inset, bounds.y0 + inset}}) {
          GRect r{at.x - inset, at.y - inset, at.x + w + inset, at.y + h + inset};
          if (r.y0 < bounds.y0 || std::any_of(taken.begin(), taken.end(), [&](const GRect& t) {
                return r.x0 < t.x1 && t.x0 < r.x1 && r.y0 < t.y1 && t.y0 < r.y1;
              }))
            continue;
          flow(type = key_size * k, at.x, at.y, width);
          dl->AddRectFilled(ImVec2(r.x0, r.y0), ImVec2(r.x1, r.y1), colour_u32(background, 0.85f), inset);
          found = true;
          break;
        }
        if (found) break;
      }
      if (found) break;
    }
    if (!found) flow(type = key_size * 0.7f, x0 + inset, bounds.y0 + inset, x1 - x0 - 2 * inset);  // the layout test says so
  }
  const float digit = canvas.line_height("sans", type * 0.8f), words_h = canvas.line_height("serif-italic", type),
              sub_h = canvas.line_height("sans", type * 0.85f), line = bond_key_row(canvas, view) * type / key_size;
  for (std::size_t n = 0; n < keyed.size(); ++n) {
    const Bond& bond = story.bonds[labels[keyed[n]].bond];
    const Entry& e = entries[n];
    Colour colour = style.bond(bond.kind).colour;
    const float mid = e.at.y + line * 0.5f;
    dl->AddCircleFilled(ImVec2(e.at.x + digit * 0.5f, mid), digit * 0.5f, colour_u32(colour), 24);
    canvas.text("sans", type * 0.8f, std::to_string(n + 1), ImVec2(e.at.x + digit * 0.5f, mid - digit * 0.5f), background,
                Align::Centre);
    float wx = e.at.x + digit + space;
    // One entry wider than the whole row (a long phrase in a narrow window) is shortened with "…".
    canvas.text_fit("serif-italic", type, labels[keyed[n]].words, ImVec2(wx, mid - words_h * 0.5f), x1 - wx, colour);
    const float sub_mid = e.sub_at.y + line * 0.5f;
    if (e.sub > 0 && x1 - e.sub_at.x > 4 * type)
      canvas.text_fit("sans", type * 0.85f, "(" + bond.perspective + ")", ImVec2(e.sub_at.x, sub_mid - sub_h * 0.5f),
                      x1 - e.sub_at.x, muted);
  }
}

float bond_key_type(const Canvas& canvas, const LineageView& view) { return canvas.theme().type(Type::Small) * view.unit; }

float bond_key_row(Canvas& canvas, const LineageView& view) {
  const float size = bond_key_type(canvas, view);
  return std::max({canvas.line_height("serif-italic", size), canvas.line_height("sans", size * 0.85f),
                   canvas.line_height("sans", size * 0.8f)}) * 1.1f;
}

}  // namespace lineage
