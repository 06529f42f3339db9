// Cluster collapse and label placement (see timeline_labels.hpp). Greedy and linear per lane:
// items left to right, each label in the first row where it fits, full before shortened.
#include "core/layout/timeline_labels.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace lineage {
namespace {

float half_width_of(std::size_t count, const LabelMetrics& m) {
  return count > 1 ? badge_width(static_cast<int>(count), m) * 0.5f : m.marker_radius;
}

// Collapses a lane's moments into items whose markers keep `merge_gap` apart, appended to
// `items`. Each item is a run of consecutive moments of the lane (merging only ever joins
// neighbours). Reads the lane's compact `times`, not the moments: at every frame of a zoom
// through 100,000 moments this is the whole cost of a new layout.
void collapse(const TimelineLane& lane, int row, double scale, const LabelMetrics& m,
              std::vector<TimelineItem>& items) {
  const std::size_t base = items.size();
  const std::vector<int>& moments = lane.moments;
  const double* times = lane.times.data();
  auto right = [&](const TimelineItem& it) { return it.time * scale + it.half_width; };
  auto left = [&](const TimelineItem& it) { return it.time * scale - it.half_width; };
  auto sum_of = [&](const TimelineItem& it) {
    const double* t = times + (it.moments.first - moments.data());
    double sum = 0;
    for (std::size_t k = 0; k < it.moments.size(); ++k) sum += t[k];
    return sum;
  };
  // The first pass goes straight from the lane's moments: each joins the item before it when
  // their markers crowd each other, so only the items that survive are ever written. A cluster's
  // time is the mean of its members' times, summed in member order: the running sum goes on
  // member by member (adding them all up again after each merge was quadratic in its size).
  bool merged = false;
  double last_sum = 0;
  for (std::size_t i = 0; i < moments.size(); ++i) {
    TimelineItem item;
    item.row = row;
    item.moments = {&moments[i], 1};
    item.time = times[i];
    item.half_width = m.marker_radius;
    if (items.size() > base) {
      TimelineItem& last = items.back();
      if (left(item) - right(last) < m.merge_gap) {
        last_sum += item.time;
        last.moments.count += 1;  // the runs are adjacent
        last.time = last_sum / static_cast<double>(last.moments.size());
        last.half_width = half_width_of(last.moments.size(), m);
        merged = true;
        continue;
      }
    }
    items.push_back(item);
    last_sum = item.time;
  }
  // A merged badge is wider and may reach the item before it: merge again until no two markers
  // crowd each other. Each pass is linear and in place; items only ever shrink in number.
  for (bool changed = merged; changed;) {
    changed = false;
    std::size_t kept = base;
    last_sum = 0;
    for (std::size_t i = base; i < items.size(); ++i) {
      const TimelineItem item = items[i];
      if (kept > base) {
        TimelineItem& last = items[kept - 1];
        bool crowded = left(item) - right(last) < m.merge_gap;
        if (crowded) {
          last_sum += sum_of(item);
          last.moments.count += item.moments.count;  // the runs are adjacent
          last.time = last_sum / static_cast<double>(last.moments.size());
          last.half_width = half_width_of(last.moments.size(), m);
          changed = true;
          continue;
        }
      }
      items[kept++] = item;
      last_sum = sum_of(item);
    }
    items.resize(kept);
  }
}

struct Span {
  double left, right;
};

}  // namespace

float badge_width(int count, const LabelMetrics& m) {
  int digits = 1;  // of the count as drawn (called at every merge: no string made)
  for (int rest = std::max(count, 0); rest >= 10; rest /= 10) ++digits;
  return m.badge_padding + m.digit_width * static_cast<float>(digits);
}

TimelineLabels place_labels(const Story& story, const TimelineModel& model, const std::vector<LabelText>& text,
                            double scale, const LabelMetrics& m, int selected, TimelineLabels recycled) {
  TimelineLabels out = std::move(recycled);
  out.scale = scale;
  out.selected = selected;
  out.items.clear();
  out.lane_begin.clear();
  out.item_of_moment.assign(story.moments.size(), -1);
  const int rows = std::max(0, m.rows);
  std::size_t in_lanes = 0;
  for (const TimelineLane& lane : model.lanes) in_lanes += lane.moments.size();
  out.items.reserve(in_lanes);
  std::vector<double> row_right;
  for (int r = 0; r < static_cast<int>(model.lanes.size()); ++r) {
    out.lane_begin.push_back(static_cast<int>(out.items.size()));
    collapse(model.lanes[r], r, scale, m, out.items);
    auto items = std::begin(out.items) + out.lane_begin.back();  // this lane's items, to the end
    auto items_end = std::end(out.items);

    // Each row's occupied right edge, and the selected label reserved in row 0 beforehand.
    row_right.assign(rows, -1e300);
    std::optional<Span> reserved;
    auto fits = [&](int row, Span s) {
      if (s.left < row_right[row] + m.label_gap) return false;
      if (row == 0 && reserved && s.left < reserved->right + m.label_gap && reserved->left < s.right + m.label_gap)
        return false;
      return true;
    };
    auto span_of = [&](const TimelineItem& it, float width) {
      double x = it.time * scale - m.label_lead;
      return Span{x, x + width};
    };
    if (rows > 0)
      for (auto at = items; at != items_end; ++at)
        if (TimelineItem& it = *at; !it.cluster() && it.moments[0] == selected && !model.veiled[selected]) {
          it.label_row = 0;
          it.label_width = text[selected].full;
          reserved = span_of(it, it.label_width);
        }
    for (auto at = items; at != items_end; ++at) {
      TimelineItem& it = *at;
      if (it.cluster() || it.label_row >= 0 || model.veiled[it.moments[0]]) continue;
      const LabelText& t = text[it.moments[0]];
      for (int variant = 0; variant < 2 && it.label_row < 0; ++variant) {
        float width = variant == 0 ? t.full : t.shortened;
        if (variant == 1 && width >= t.full) break;  // nothing shorter to try
        for (int row = 0; row < rows; ++row)
          if (fits(row, span_of(it, width))) {
            it.label_row = row;
            it.label_width = width;
            it.shortened = variant == 1;
            row_right[row] = span_of(it, width).right;
            break;
          }
      }
    }
    for (auto at = items; at != items_end; ++at)
      for (int moment : at->moments) out.item_of_moment[moment] = static_cast<int>(at - std::begin(out.items));
  }
  out.lane_begin.push_back(static_cast<int>(out.items.size()));
  return out;
}

double scale_separating(const Story& /*story*/, const TimelineModel& model, int moment, double scale,
                        const LabelMetrics& m) {
  if (moment < 0 || moment >= static_cast<int>(model.row_of_moment.size()) || model.row_of_moment[moment] < 0)
    return scale;
  const TimelineLane& lane = model.lanes[model.row_of_moment[moment]];
  std::vector<TimelineItem> items;
  for (int i = 0; i < 60 && scale < 4000; ++i, scale *= 1.5) {
    items.clear();
    collapse(lane, 0, scale, m, items);
    for (const auto& it : items)
      if (it.moments.size() == 1 && it.moments[0] == moment) return scale;
  }
  return scale;
}

}  // namespace lineage
