// Timeline geometry (see timeline_geometry.hpp).
#include "core/layout/timeline_geometry.hpp"

#include <algorithm>
#include <cmath>

namespace lineage {

std::vector<LaneBand> lane_bands(int count, float top, float bottom, float marker_offset) {
  std::vector<LaneBand> bands;
  if (count <= 0) return bands;
  float h = (bottom - top) / static_cast<float>(count);
  for (int i = 0; i < count; ++i) {
    LaneBand b;
    b.top = top + h * static_cast<float>(i);
    b.bottom = b.top + h;
    b.marker_y = b.top + std::min(marker_offset, h * 0.4f);
    bands.push_back(b);
  }
  return bands;
}

int label_rows_fitting(const std::vector<LaneBand>& bands, const LabelMetrics& m) {
  float room = 1e9f;
  for (const LaneBand& b : bands) room = std::min(room, b.bottom - b.marker_y - m.label_offset);
  if (bands.empty()) return 1;
  // Lanes too short for even one row of labels show markers alone (a label there would be cut).
  return std::max(0, static_cast<int>(std::floor(room / m.row_height)));
}

Box marker_box(const TimelineItem& item, float x, const LaneBand& band) {
  float h = std::max(item.half_width, 7.0f);
  return {x - item.half_width - 3, band.marker_y - h - 3, x + item.half_width + 3, band.marker_y + h + 3};
}

Box label_box(const TimelineItem& item, float x, const LaneBand& band, const LabelMetrics& m) {
  if (item.label_row < 0) return {};
  float top = band.marker_y + m.label_offset + m.row_height * static_cast<float>(item.label_row);
  return {x - m.label_lead, top, x - m.label_lead + item.label_width, top + m.row_height - 6};
}

std::pair<int, int> visible_items(const TimelineLabels& labels, int row, const TimelineCamera& camera, double shift,
                                  float x0, float x1, float max_label_width) {
  if (row < 0 || row + 1 >= static_cast<int>(labels.lane_begin.size())) return {0, 0};
  auto first = labels.items.begin() + labels.lane_begin[row];
  auto last = labels.items.begin() + labels.lane_begin[row + 1];
  // Items are sorted by time; allow for a label reaching in from the left and wide badges.
  double t0 = camera.to_time(x0 - max_label_width - 64) - shift;
  double t1 = camera.to_time(x1 + 64) - shift;
  auto lo = std::lower_bound(first, last, t0, [](const TimelineItem& it, double t) { return it.time < t; });
  auto hi = std::upper_bound(lo, last, t1, [](double t, const TimelineItem& it) { return t < it.time; });
  return {static_cast<int>(lo - labels.items.begin()), static_cast<int>(hi - labels.items.begin())};
}

int hit_item(const TimelineLabels& labels, const std::vector<LaneBand>& bands, const std::vector<double>& shifts,
             const TimelineCamera& camera, const LabelMetrics& m, float x, float y, float max_label_width) {
  for (int r = 0; r < static_cast<int>(bands.size()); ++r) {
    if (y < bands[r].top || y >= bands[r].bottom) continue;
    double shift = r < static_cast<int>(shifts.size()) ? shifts[r] : 0.0;
    auto [lo, hi] = visible_items(labels, r, camera, shift, x, x, max_label_width);
    int best = -1;
    float best_d = 1e9f;
    for (int i = lo; i < hi; ++i) {
      const TimelineItem& it = labels.items[i];
      float ix = static_cast<float>(item_x(camera, it, shift));
      if (marker_box(it, ix, bands[r]).contains(x, y)) {
        float d = std::fabs(ix - x);
        if (d < best_d) best = i, best_d = d;
      } else if (best < 0 && label_box(it, ix, bands[r], m).contains(x, y)) {
        best = i;  // labels never overlap, so at most one contains the point
      }
    }
    return best;
  }
  return -1;
}

Arc echo_arc(float x0, float y0, float x1, float y1) {
  float dx = x1 - x0, dy = y1 - y0;
  float dist = std::sqrt(dx * dx + dy * dy);
  float lift = std::clamp(dist * 0.28f, 24.0f, 220.0f);
  return {x0, y0, (x0 + x1) * 0.5f, std::min(y0, y1) - lift, x1, y1};
}

Minimap minimap(double from, double to, const TimelineCamera& camera, float left, float width, double pad_fraction) {
  Minimap mm;
  mm.left = left;
  mm.width = std::max(1.0f, width);
  // The strip covers the whole story plus what the camera shows, so the window is always on it.
  if (to - from < 1e-6) to = from + 1;
  double pad = (to - from) * pad_fraction;
  mm.from = from - pad;
  mm.to = to + pad;
  mm.window_x0 = std::clamp(mm.to_x(camera.visible_from()), left, left + mm.width);
  mm.window_x1 = std::clamp(mm.to_x(camera.visible_to()), left, left + mm.width);
  if (mm.window_x1 - mm.window_x0 < 4) {
    float c = (mm.window_x0 + mm.window_x1) * 0.5f;
    mm.window_x0 = c - 2;
    mm.window_x1 = c + 2;
  }
  return mm;
}

Box uncertainty_box(const When& when, double shift, const TimelineCamera& camera, float y, float half_height) {
  if (when.uncertainty <= 0) return {};
  float a = static_cast<float>(camera.to_x(when.earliest() + shift));
  float b = static_cast<float>(camera.to_x(when.latest() + shift));
  float lo = camera.plot_left() - 4, hi = camera.plot_left() + camera.plot_width() + 4;
  return {std::clamp(a, lo, hi), y - half_height, std::clamp(b, lo, hi), y + half_height};
}

}  // namespace lineage
