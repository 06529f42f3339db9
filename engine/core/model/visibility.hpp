// Spoiler care: what a reader who has read up to a milestone may see. Pure functions.
#pragma once

#include <climits>
#include <string>
#include <string_view>
#include <vector>

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

// What a reader within `limit` may read as the title of `milestone`: its `reached-title:` once
// she has reached it (and the script gives one), else its neutral `title:`.
inline const std::string& milestone_title(const Story& story, int milestone, int limit) {
  const Milestone& m = story.milestones[static_cast<std::size_t>(milestone)];
  return !m.reached_title.empty() && m.order <= limit ? m.reached_title : m.title;
}

// A fact that moments cite belongs to them: a reader sees it once one of them is visible (a
// person card must not tell what a later moment shows). A fact no moment cites is background.
inline bool fact_visible(const Story& story, int fact, int limit) {
  bool cited = false;
  for (int m = 0; m < static_cast<int>(story.moments.size()); ++m)
    for (int f : story.moments[m].facts)
      if (f == fact) {
        if (moment_visible(story, m, limit)) return true;
        cited = true;
      }
  return !cited;
}

// The prompts attached to one subject (a moment, person or theme) that a reader within `limit`
// may see, in script order.
inline std::vector<int> prompts_about(const Story& story, Subject::Kind kind, int index, int limit) {
  std::vector<int> found;
  for (int p = 0; p < static_cast<int>(story.prompts.size()); ++p) {
    const Prompt& prompt = story.prompts[p];
    if (prompt.about.kind == kind && prompt.about.index == index && milestone_visible(story, prompt.milestone, limit))
      found.push_back(p);
  }
  return found;
}

}  // namespace lineage
