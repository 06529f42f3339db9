// The "What happened?" game's sums: the reader's evidence choices moment by moment, and what
// they add up to. The sums are a mirror of her reading, never a verdict: the novel leaves the
// question open, and the scene says so. No SDL here.
#pragma once

#include <array>
#include <optional>
#include <vector>

#include "core/model/story.hpp"
#include "core/runtime/runtime_state.hpp"

namespace lineage {

struct EvidenceRow {
  int moment = -1;  // index into Story::moments
  int prompt = -1;  // index into Story::prompts (kind Evidence)
  std::optional<EvidenceChoice> choice;  // empty: not answered yet
};

struct EvidenceTally {
  std::vector<EvidenceRow> rows;  // every evidence prompt the reader may meet, in play order
  std::array<int, 4> weight{};    // per Reading: the confidences summed
  std::array<int, 4> count{};     // per Reading: how many moments chose it
  int answered = 0;
  // Nature versus nurture, -1 .. +1: "something in Violet" (nature) against the inherited
  // pattern and circumstance (nurture), each weighted by confidence. Empty if none of these.
  std::optional<double> nature;
  // Trust in Blythe's account, -1 .. +1: "something in Violet" (Blythe saw truly) against
  // "Blythe's perception" (what she saw was shaped by her), weighted. Empty if neither.
  std::optional<double> trust;
};

// `order`: the moments in play order (StoryRuntime::order()); prompts past `reading_limit`
// are left out.
EvidenceTally tally_evidence(const Story& story, const RuntimeState& state, const std::vector<int>& order,
                             int reading_limit);

}  // namespace lineage
