// What the timeline shows, derived once from the Story whenever the story or the reading
// milestone changes: its lanes (oldest generation on top), which moments sit in each, which are
// veiled (beyond the milestone), the "align by motherhood" shifts, the theme strands and the
// whole span. Navigation in story order and between lanes lives here too. No SDL, no ImGui.
#pragma once

#include <climits>
#include <optional>
#include <string>
#include <vector>

#include "core/model/story.hpp"

namespace lineage {

struct TimelineLane {
  int lane = -1;    // into Story::lanes
  int person = -1;  // whose name and life span head the lane (-1: none)
  std::vector<int> others;   // other people the script places in this lane
  std::vector<int> moments;  // visible ones only, by estimate, then declaration
  std::vector<double> times;  // their estimates, side by side (what label placement reads)
  // Align by motherhood: the birth of this lane-woman's daughter, when the story knows one.
  std::optional<double> daughter_birth;
  int daughter = -1;
  double shift = 0;  // years added to this lane's times in align mode
};

struct ThemeStrand {
  int theme = -1;
  std::vector<int> moments;  // visible moments carrying the theme, chronologically
};

struct TimelineModel {
  std::vector<TimelineLane> lanes;  // top to bottom
  std::vector<int> row_of_moment;   // per moment: index into `lanes`, or -1 (also when veiled)
  std::vector<char> veiled;         // per moment: beyond the reader's milestone
  // Eras and people known only from veiled moments are veiled too (their names would tell).
  std::vector<char> era_veiled, person_veiled;
  std::vector<char> death_shown;  // per person: her `died:` date may show (see death_visible)
  std::vector<ThemeStrand> strands;
  double from = 0, to = 0;             // span of everything, in story time
  double aligned_from = 0, aligned_to = 0;  // the same with align-mode shifts applied
  double align_reference = 0;          // where every daughter's birth lands in align mode
  // Who declares an echo of whom, read backwards: moment m is echoed by
  // echoed_by[echoed_by_begin[m] .. echoed_by_begin[m + 1]), in story order. Built once, so
  // the card and the arcs need not scan every moment at every frame.
  std::vector<int> echoed_by_begin, echoed_by;
};

TimelineModel build_timeline(const Story& story, int reading_limit = INT_MAX);

// The birth of `person`'s daughter: the daughter's `born` date, else the moment the parent link
// names, else the earliest moment she takes part in. Prefers a daughter who heads a lane.
std::optional<double> daughter_birth(const Story& story, int person, int* daughter = nullptr);

// Story time of a moment as placed: its estimate plus its lane's shift times `align` (0..1).
double placed_time(const Story& story, const TimelineModel& model, int moment, double align);
double lane_shift(const TimelineModel& model, int row, double align);

// The order Next/Prev walk: chronological, or the novel's telling order when asked and given.
const std::vector<int>& story_order(const Story& story, bool telling);

// The next (step > 0) or previous moment after `current` in `order`, skipping veiled ones.
// With no current moment, the first (or last). -1 when there is none.
int step_in_order(const std::vector<int>& order, const TimelineModel& model, int current, int step);

// The visible moment nearest in placed time to `current`, in the nearest lane above
// (direction < 0) or below (> 0) that has one. -1 when there is none.
int nearest_in_next_lane(const Story& story, const TimelineModel& model, int current, int direction,
                         double align);

// Moments echoing `moment` in either direction (declared on it, or declaring it), visible only.
std::vector<int> echoes_of(const Story& story, const TimelineModel& model, int moment);

}  // namespace lineage
