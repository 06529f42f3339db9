// The genogram's geometry: generations as rows, partners side by side (a remarried person
// between or beside both partners), children hanging from their parents' couple line in birth
// order. Computed from the Story when the story or the spoiler limit changes, never per frame.
// World units are points at scale 1; the scene's camera maps them to the screen. No SDL, no ImGui.
#pragma once

#include <vector>

#include "core/model/story.hpp"

namespace lineage {

struct GPoint {
  float x = 0, y = 0;
};

struct GRect {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  float width() const { return x1 - x0; }
  float height() const { return y1 - y0; }
};

struct GenogramMetrics {
  float node = 64;            // symbol size: circle diameter, square side
  float partner_gap = 250;    // centre to centre, partners
  float sibling_gap = 210;    // least centre to centre between people on a row who are not partners
  float row_gap = 225;        // centre to centre between generations
  float label_below = 78;     // room under a symbol for the name and years
  float label_half_width = 105;  // half the width kept for a name
  float radius() const { return node * 0.5f; }
};

struct GenogramNode {
  int person = -1;
  int row = 0;
  GPoint at;                // centre of the symbol
  bool lane_head = false;   // heads a timeline lane (the matriline in The Push)
};

struct CoupleLine {
  int partnership = -1;     // index into Story::partnerships
  int left = -1, right = -1;  // node indices, left.x < right.x
  GPoint from, to;          // the line, edge to edge, at the symbols' centre height
  GPoint mid() const { return {(from.x + to.x) * 0.5f, from.y}; }
};

// Children of one couple (or of one parent shown alone), hanging from `anchor`.
struct ChildGroup {
  int couple = -1;          // index into GenogramLayout::couples, or -1
  std::vector<int> parents; // node indices (one or two)
  GPoint anchor;            // where the descent starts (couple midpoint, or below a lone parent)
  float bar_y = 0;          // the horizontal sibling line
  std::vector<int> children;  // node indices, in birth order (left to right)
  std::vector<int> links;     // for each child, the Story::parents index from the first parent
};

struct GenogramRow {
  int generation = 0;
  float y = 0;
  std::vector<int> nodes;   // left to right
};

struct GenogramLayout {
  std::vector<GenogramNode> nodes;
  std::vector<int> node_of_person;  // per Story person: node index, or -1 when not laid out
  std::vector<CoupleLine> couples;
  std::vector<ChildGroup> children;
  std::vector<GenogramRow> rows;    // oldest first
  GRect bounds;                     // every symbol with its label room
  GenogramMetrics metrics;

  int node_of(int person) const {
    return person >= 0 && person < static_cast<int>(node_of_person.size()) ? node_of_person[person] : -1;
  }
};

// When a person enters the story: the birth estimate, else the earliest moment she is in, else
// +infinity. Orders siblings and decides who exists at a time.
double first_seen(const Story& story, int person);

// Lays out the people marked in `include` (one flag per Story person; empty = everyone).
GenogramLayout layout_genogram(const Story& story, const std::vector<bool>& include = {},
                               const GenogramMetrics& metrics = {});

}  // namespace lineage
