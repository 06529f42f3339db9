// The "What happened?" game's sums: the reader's evidence choices moment by moment, and what
// they add up to. The sums are a mirror of her reading, never a verdict: the novel leaves the
// question open, and the scene says so. No SDL here.
#pragma once

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
  std::vector<int> weight;  // per story reading (Story::readings): the confidences summed
  std::vector<int> count;   // per story reading: how many moments chose it
  int answered = 0;
  // Per Story::balances, -1 .. +1: its left readings against its right ones, each weighted by
  // confidence (+1: all left). Empty where no answer chose either side. In the bundled story:
  // "something in Violet" against the pattern and circumstance (nature or nurture), and against
  // "Blythe's perception" (how far the reader trusted Blythe's account).
  std::vector<std::optional<double>> balances;
};

// `order`: the moments in play order (StoryRuntime::order()); prompts past `reading_limit`
// are left out.
EvidenceTally tally_evidence(const Story& story, const RuntimeState& state, const std::vector<int>& order,
                             int reading_limit);

}  // namespace lineage
