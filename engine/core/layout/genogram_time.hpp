// The family as it stands at a moment, within the reader's spoiler limit: who exists, who has
// died, which couples and emotional bonds hold, and the mother-to-daughter pattern chain.
// Pure functions of the Story; no SDL, no ImGui.
#pragma once

#include <vector>

#include "core/model/story.hpp"

namespace lineage {

// People a reader at `limit` may see: anyone in a visible moment, or in no moment at all.
std::vector<bool> people_in_reach(const Story& story, int limit);

// Visible moments in story-time order: the stops of the time slider.
std::vector<int> time_stops(const Story& story, int limit);

struct FamilyAt {
  int moment = -1;             // the slider's moment (-1: everything the reader has reached)
  double time = 0;             // its estimate, in years
  std::vector<bool> present;   // per person: born (or first seen) by then, and within reach
  std::vector<bool> deceased;  // per person: present and died by then
  std::vector<bool> partnership_shown;
  std::vector<int> slashes;    // per partnership: 0 together (or widowed), 1 separated, 2 divorced
  std::vector<bool> bond_shown;
  std::vector<bool> link_shown;   // per parent link: both people present
  std::vector<bool> link_labelled;  // and its moment reached (so its label is no spoiler)
};

// The family at `moment` (an index into Story::moments), seen by a reader at `limit`.
// moment = -1 means the latest visible moment.
FamilyAt family_at(const Story& story, int limit, int moment);

// The pattern: the lane heads in lane order (Etta, Cecilia, Blythe, Violet in The Push), joined
// by the parent links between each head and the next. Each entry is a Story::parents index.
std::vector<int> pattern_chain(const Story& story);

// The people a person is linked with, for the card: moments she is in (visible, story-time
// order) and the themes of those moments (each once, in first-seen order).
std::vector<int> moments_of(const Story& story, int person, int limit);
std::vector<int> themes_of(const Story& story, int person, int limit);

}  // namespace lineage
