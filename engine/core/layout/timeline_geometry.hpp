// Where the timeline's pieces go on screen, given the camera: lane bands, label and marker
// boxes, culling to the visible window, hit testing, echo arcs and the minimap strip.
// Pure functions over plain structs; the scene only draws what these return. No SDL, no ImGui.
#pragma once

#include <utility>
#include <vector>

#include "core/layout/timeline_camera.hpp"
#include "core/layout/timeline_labels.hpp"
#include "core/layout/timeline_model.hpp"

namespace lineage {

struct Box {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool contains(float x, float y) const { return x >= x0 && x <= x1 && y >= y0 && y <= y1; }
  bool overlaps(const Box& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

struct LaneBand {
  float top = 0, bottom = 0;
  float marker_y = 0;  // the line the lane's markers sit on
};

// `count` equal bands between top and bottom; markers sit `marker_offset` px below each top.
std::vector<LaneBand> lane_bands(int count, float top, float bottom, float marker_offset);
// How many label rows fit under the marker line of the smallest band (0 when not even one does).
int label_rows_fitting(const std::vector<LaneBand>& bands, const LabelMetrics& metrics);

// Screen x of an item, given the lane's current align shift (years).
inline double item_x(const TimelineCamera& camera, const TimelineItem& item, double shift) {
  return camera.to_x(item.time + shift);
}
Box marker_box(const TimelineItem& item, float x, const LaneBand& band);
Box label_box(const TimelineItem& item, float x, const LaneBand& band, const LabelMetrics& metrics);

// Items of lane `row` that may show between screen x0 and x1 (markers or labels), as an index
// range into labels.items: a binary search, so the cost follows what is visible.
std::pair<int, int> visible_items(const TimelineLabels& labels, int row, const TimelineCamera& camera, double shift,
                                  float x0, float x1, float max_label_width);

// The item under (x, y): its marker or its label. -1 for none. `shifts` per lane row.
int hit_item(const TimelineLabels& labels, const std::vector<LaneBand>& bands, const std::vector<double>& shifts,
             const TimelineCamera& camera, const LabelMetrics& metrics, float x, float y, float max_label_width);

// A quadratic arc from p0 to p1 bowing upwards by an amount that grows with the distance.
struct Arc {
  float x0, y0, cx, cy, x1, y1;
};
Arc echo_arc(float x0, float y0, float x1, float y1);

// The overview strip: the whole span mapped onto [left, left + width], and the camera's window.
struct Minimap {
  float left = 0, width = 1;
  double from = 0, to = 1;
  float window_x0 = 0, window_x1 = 0;
  float to_x(double t) const { return left + static_cast<float>((t - from) / (to - from)) * width; }
  double to_time(float x) const { return from + (x - left) / width * (to - from); }
};
// `pad_fraction` of the span is added on each side (0 when [from, to] already has margins).
Minimap minimap(double from, double to, const TimelineCamera& camera, float left, float width,
                double pad_fraction = 0.03);

// The soft bar of an uncertain date, [earliest, latest] clipped to the plot; empty box if exact.
Box uncertainty_box(const When& when, double shift, const TimelineCamera& camera, float y, float half_height);

}  // namespace lineage
