// Relationship lines of the genogram: where each emotional bond runs (a curve between free sides
// of the two symbols, chosen to keep clear of names, symbols, the family's own lines and other
// bonds, so it never lies on a parent-child line), and how a line is
// stroked in its standard pattern (double, dashed, zig-zag, broken, ...). No SDL, no ImGui.
#pragma once

#include <vector>

#include "core/layout/genogram_layout.hpp"
#include "core/layout/genogram_style.hpp"

namespace lineage {

struct BondRoute {
  int bond = -1;               // index into Story::bonds
  std::vector<GPoint> path;    // world units, trimmed at both symbols' edges
  GPoint label_at;             // where its words go: the curve's middle, over the line
  bool arrow = false;          // one-way: an arrow at the `to` end
};

// Routes every bond whose people are both laid out (bonds beyond the spoiler limit are simply
// not passed in: `shown` flags per Story bond, empty = all).
std::vector<BondRoute> route_bonds(const Story& story, const GenogramLayout& layout,
                                   const std::vector<bool>& shown = {});

// One stroke to draw: an open polyline, or a filled polygon (arrowheads).
struct Stroke {
  std::vector<GPoint> points;
  float width = 1;
  bool filled = false;
};

// The strokes of `path` (already in screen units) in `pattern`; `scale` sizes dashes, zig-zags
// and gaps so they read the same at every zoom. Arrowhead at the end when `arrow`.
std::vector<Stroke> pattern_strokes(const std::vector<GPoint>& path, LinePattern pattern, float width,
                                    float scale, bool arrow = false);

// The structural route from a parent's symbol to a child's, along the couple line, the descent
// and the sibling bar: what the pattern view lights up for one mother-daughter link. Empty when
// either is not laid out or the child does not hang from that parent.
std::vector<GPoint> descent_path(const GenogramLayout& layout, int parent_person, int child_person);

// Helpers shared with the scene (couple slashes, pattern highlights).
std::vector<GPoint> offset_path(const std::vector<GPoint>& path, float distance);
float path_length(const std::vector<GPoint>& path);
GPoint point_along(const std::vector<GPoint>& path, float distance, GPoint* direction = nullptr);

// Does segment ab cross segment cd (touching at an end point does not count)?
bool segments_cross(GPoint a, GPoint b, GPoint c, GPoint d);

// Moves label boxes (screen space, in drawing order) vertically until none overlaps another by
// more than touching, keeping each as near its place as it can: labels of bonds that meet near
// one person (three between Blythe and Violet) must stay readable. `gap` is kept between boxes.
// `fixed` are boxes that do not move (the people's symbols, names and years): no label is left
// over one of them either. A place outside `bounds` (when it is not empty) is not taken.
// Returns, for each box, whether it is clear of the others: false where no free place was found
// (a crowded diagram at a large scale), so the caller can leave those words out.
std::vector<bool> separate_labels(std::vector<GRect>& boxes, float gap, const std::vector<GRect>& fixed = {},
                                  GRect bounds = {});

// Each label first tries its own places, best first (points along its line: its middle, then
// further out either way), each given as where the box's first place should move to; it takes the
// first where it is clear of the labels placed before it, of `fixed` and inside `bounds`. Those
// with no clear place along their line are then moved up or down by separate_labels (whose result
// this returns). Words stay beside their own line instead of drifting to the nearest free row.
std::vector<bool> place_labels(std::vector<GRect>& boxes, const std::vector<std::vector<GPoint>>& places, float gap,
                               const std::vector<GRect>& fixed = {}, GRect bounds = {});

}  // namespace lineage
