// The evidence tally: rows from the moments' prompt beats, sums weighted by how sure the
// reader was. No SDL here.
#include "core/runtime/evidence.hpp"

#include <algorithm>

#include "core/model/visibility.hpp"

namespace lineage {
namespace {

std::optional<double> balance(int a, int b) {
  if (a + b == 0) return std::nullopt;
  return static_cast<double>(a - b) / static_cast<double>(a + b);
}

}  // namespace

EvidenceTally tally_evidence(const Story& story, const RuntimeState& state, const std::vector<int>& order,
                             int reading_limit) {
  EvidenceTally t;
  t.weight.assign(story.readings.size(), 0);
  t.count.assign(story.readings.size(), 0);
  std::vector<int> seen;
  for (int m : order) {
    for (const Beat& beat : story.moments[m].beats) {
      if (beat.kind != BeatKind::Prompt || beat.prompt < 0) continue;
      const Prompt& prompt = story.prompts[beat.prompt];
      if (prompt.kind != PromptKind::Evidence || !prompt_visible(story, beat.prompt, reading_limit)) continue;
      if (std::find(seen.begin(), seen.end(), beat.prompt) != seen.end()) continue;
      seen.push_back(beat.prompt);
      EvidenceRow row{m, beat.prompt, std::nullopt};
      if (auto it = state.evidence.find(prompt.id); it != state.evidence.end()) {
        row.choice = it->second;
        for (std::size_t r = 0; r < story.readings.size(); ++r)
          if (story.readings[r].id == it->second.reading) {
            t.weight[r] += it->second.confidence;
            t.count[r] += 1;
          }
        ++t.answered;
      }
      t.rows.push_back(row);
    }
  }
  auto sum = [&](const std::vector<int>& readings) {
    int total = 0;
    for (int r : readings) total += t.weight[static_cast<std::size_t>(r)];
    return total;
  };
  for (const Balance& b : story.balances) t.balances.push_back(balance(sum(b.left), sum(b.right)));
  return t;
}

}  // namespace lineage
