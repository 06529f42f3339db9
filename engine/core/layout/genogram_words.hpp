// Where the words naming a relationship go: beside their own line, or nowhere. A word group that
// finds no clear place within reach of its line is not pushed further off (up the diagram, over
// another family's lines, where no reader can tell which line it names): the caller shows it
// another way (smaller, on two lines, or as a numbered marker on the line with the words in a key).
// Screen units. No SDL, no ImGui.
#pragma once

#include <vector>

#include "core/layout/genogram_layout.hpp"

namespace lineage {

// Where one bond's words went this frame (the lineage scene keeps them; the layout test reads them).
struct BondWordsPlaced {
  int bond = -1;              // index into Story::bonds
  std::vector<GPoint> path;   // its line, on screen
  GRect box;                  // its words' box (pill and all), or its marker's
  int marker = 0;             // its number on the line, its words in the diagram's key; 0: the words are on the line
};

// The shortest distance from the box to the polyline: 0 where the line runs through the box.
float distance_to_path(const GRect& box, const std::vector<GPoint>& path);

// Each box (in drawing order) tries its own places, best first (each given as where the box's
// first place should move to), and takes the first that is clear of the boxes placed before it, of
// `fixed`, inside `bounds` (when not empty) and no further than `reach` from its line `paths[i]`.
// Where none of them is clear it slides up or down from each place in turn, past what is in the
// way, while it stays within `reach`. Returns whether each box found a place; a box that did not
// is left at its first place, for the caller to show another way (never drawn there).
std::vector<bool> place_near_lines(std::vector<GRect>& boxes, const std::vector<std::vector<GPoint>>& places,
                                   const std::vector<std::vector<GPoint>>& paths, float reach, float gap,
                                   const std::vector<GRect>& fixed = {}, GRect bounds = {});

// A clear spot for a small marker (a square `size` wide) on the line or touching it (never more than
// its own width off): the first point along `path` (its middle first, then either way, nearly to
// its ends; on the line first, then to either side) where it is clear of `taken` and inside `bounds`
// (when not empty); the middle when there is none (and `clear`, when given, says so). Returns the
// marker's box.
GRect marker_on_line(const std::vector<GPoint>& path, float size, float gap, const std::vector<GRect>& taken,
                     GRect bounds = {}, bool* clear = nullptr);

}  // namespace lineage
