// Markers and labels at one zoom: moments too close to tell apart collapse into a cluster
// (drawn as a count, expanding as you zoom in); every other moment gets a label in one of the
// lane's rows, full or shortened, or none, so that no two labels ever overlap.
// Computed when the zoom, selection, story or milestone changes, never per frame. Panning and
// align-mode shifts move whole lanes sideways, which cannot create overlaps, so they need no
// recomputation. No SDL, no ImGui: text widths are measured by the caller, once per story.
#pragma once

#include <cstddef>
#include <vector>

#include "core/layout/timeline_model.hpp"

namespace lineage {

struct LabelMetrics {
  float marker_radius = 6;   // a single moment's marker half-width
  float badge_padding = 18;  // a cluster's badge: padding + digits * digit_width
  float digit_width = 8;
  float merge_gap = 4;       // markers closer than this (edge to edge) collapse into a cluster
  float label_gap = 16;      // least space between two labels in one row
  float label_lead = 8;      // a label starts this far left of its marker
  float label_offset = 16;   // the first row's top, below the marker line
  float row_height = 44;
  int rows = 3;              // rows available under each lane's marker line
};

// Widths (pixels) of a moment's label: full title, and shortened title (both with the date).
struct LabelText {
  float full = 0, shortened = 0;
};

// A run of consecutive moments of one lane (TimelineModel::lanes[row].moments), chronological.
// It points into the model, which must outlive the labels placed from it (the timeline rebuilds
// both together): placing labels then allocates nothing per moment, which matters at every
// frame of a zoom through a story of 100,000 moments.
struct MomentRun {
  const int* first = nullptr;
  std::size_t count = 0;
  const int* begin() const { return first; }
  const int* end() const { return first + count; }
  std::size_t size() const { return count; }
  bool empty() const { return count == 0; }
  int operator[](std::size_t i) const { return first[i]; }
};

struct TimelineItem {
  int row = -1;              // lane row (index into TimelineModel::lanes)
  double time = 0;           // unshifted story time of the marker (a cluster's mean)
  MomentRun moments;         // one moment, or a cluster's members chronologically
  float half_width = 0;      // the marker's (or badge's) half extent on the line
  int label_row = -1;        // -1: no label
  bool shortened = false;
  float label_width = 0;
  bool cluster() const { return moments.size() > 1; }
};

struct TimelineLabels {
  double scale = 0;  // px per year these were placed at
  int selected = -1;
  std::vector<TimelineItem> items;  // lane by lane, each lane by time
  std::vector<int> lane_begin;      // lane r's items: [lane_begin[r], lane_begin[r + 1])
  std::vector<int> item_of_moment;  // -1 for moments not in a lane
};

float badge_width(int count, const LabelMetrics& metrics);

// `text` has one entry per moment. `selected`, unless in a cluster, gets a full label in row 0.
// `recycled`: labels no longer needed, whose storage is reused (no fresh megabytes to allocate
// and fault in at every frame of a zoom through a large story).
TimelineLabels place_labels(const Story& story, const TimelineModel& model, const std::vector<LabelText>& text,
                            double scale, const LabelMetrics& metrics, int selected = -1,
                            TimelineLabels recycled = {});

// The least scale >= `scale` (growing by half each step) at which `moment` stands alone rather
// than in a cluster: where the camera zooms to when a clustered moment is selected.
double scale_separating(const Story& story, const TimelineModel& model, int moment, double scale,
                        const LabelMetrics& metrics);

}  // namespace lineage
