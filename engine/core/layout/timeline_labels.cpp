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

double mean_time(const Story& story, const std::vector<int>& moments) {
  double sum = 0;
  for (int m : moments) sum += story.moments[m].when.estimate;
  return sum / static_cast<double>(moments.size());
}

// Collapses a lane's moments into items whose markers keep `merge_gap` apart.
std::vector<TimelineItem> collapse(const Story& story, int row, const std::vector<int>& moments, double scale,
                                   const LabelMetrics& m) {
  std::vector<TimelineItem> items;
  for (int moment : moments) {
    TimelineItem item;
    item.row = row;
    item.moments = {moment};
    item.time = story.moments[moment].when.estimate;
    item.half_width = m.marker_radius;
    items.push_back(std::move(item));
  }
  auto right = [&](const TimelineItem& it) { return it.time * scale + it.half_width; };
  auto left = [&](const TimelineItem& it) { return it.time * scale - it.half_width; };
  // Merge neighbours until no two markers crowd each other; a merged badge is wider and may
  // reach the next one, hence the repeat. Each pass is linear; items only ever shrink in number.
  for (bool changed = true; changed;) {
    changed = false;
    std::vector<TimelineItem> merged;
    for (auto& item : items) {
      if (!merged.empty()) {
        TimelineItem& last = merged.back();
        bool crowded = left(item) - right(last) < m.merge_gap;
        if (crowded) {
          last.moments.insert(last.moments.end(), item.moments.begin(), item.moments.end());
          last.time = mean_time(story, last.moments);
          last.half_width = half_width_of(last.moments.size(), m);
          changed = true;
          continue;
        }
      }
      merged.push_back(std::move(item));
    }
    items = std::move(merged);
  }
  return items;
}

struct Span {
  double left, right;
};

}  // namespace

float badge_width(int count, const LabelMetrics& m) {
  int digits = static_cast<int>(std::to_string(std::max(count, 0)).size());
  return m.badge_padding + m.digit_width * static_cast<float>(digits);
}

TimelineLabels place_labels(const Story& story, const TimelineModel& model, const std::vector<LabelText>& text,
                            double scale, const LabelMetrics& m, int selected) {
  TimelineLabels out;
  out.scale = scale;
  out.selected = selected;
  out.item_of_moment.assign(story.moments.size(), -1);
  const int rows = std::max(0, m.rows);
  for (int r = 0; r < static_cast<int>(model.lanes.size()); ++r) {
    out.lane_begin.push_back(static_cast<int>(out.items.size()));
    std::vector<TimelineItem> items = collapse(story, r, model.lanes[r].moments, scale, m);

    // Each row's occupied right edge, and the selected label reserved in row 0 beforehand.
    std::vector<double> row_right(rows, -1e300);
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
      for (auto& it : items)
        if (!it.cluster() && it.moments[0] == selected && !model.veiled[selected]) {
          it.label_row = 0;
          it.label_width = text[selected].full;
          reserved = span_of(it, it.label_width);
        }
    for (auto& it : items) {
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
    for (auto& it : items) {
      for (int moment : it.moments) out.item_of_moment[moment] = static_cast<int>(out.items.size());
      out.items.push_back(std::move(it));
    }
  }
  out.lane_begin.push_back(static_cast<int>(out.items.size()));
  return out;
}

double scale_separating(const Story& story, const TimelineModel& model, int moment, double scale,
                        const LabelMetrics& m) {
  if (moment < 0 || moment >= static_cast<int>(model.row_of_moment.size()) || model.row_of_moment[moment] < 0)
    return scale;
  const std::vector<int>& lane = model.lanes[model.row_of_moment[moment]].moments;
  for (int i = 0; i < 60 && scale < 4000; ++i, scale *= 1.5) {
    auto items = collapse(story, 0, lane, scale, m);
    for (const auto& it : items)
      if (it.moments.size() == 1 && it.moments[0] == moment) return scale;
  }
  return scale;
}

}  // namespace lineage
