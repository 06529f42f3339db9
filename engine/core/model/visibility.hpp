// Spoiler care: what a reader who has read up to a milestone may see. Pure functions.
#pragma once

#include <climits>
#include <string_view>

#include "core/model/story.hpp"

namespace lineage {

// The reading order of `milestone_id`, or INT_MAX (everything) when empty or unknown.
inline int reading_limit(const Story& story, std::string_view milestone_id) {
  int m = story.milestone(milestone_id);
  return m < 0 ? INT_MAX : story.milestones[m].order;
}

inline bool milestone_visible(const Story& story, int milestone, int limit) {
  return milestone < 0 || story.milestones[milestone].order <= limit;
}

inline bool moment_visible(const Story& story, int moment, int limit) {
  return moment >= 0 && milestone_visible(story, story.moments[moment].milestone, limit);
}

}  // namespace lineage
