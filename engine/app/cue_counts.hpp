// How many memory cues the reader has due today, for screens other than the drill (the title).
// Replays her review log only when the journal, the reader, the story, her milestone or the
// day changed, never per frame.
#pragma once

#include <chrono>
#include <string>

#include "app/app_state.hpp"
#include "core/study/cue_schedule.hpp"

namespace lineage {

// What a reader's cue schedule depends on: her journal and its writes, the story, her
// milestone, the day and gentle summaries. The drill and the counts replay only when it changes.
struct CueScheduleKey {
  const Journal* journal = nullptr;
  std::uint64_t changes = 0;
  std::int64_t profile = -1;
  int story_version = -1;
  std::string milestone;
  int today = 0;
  bool gentle = false;
  static CueScheduleKey of(const AppState& state, int today) {
    return {state.journal, state.journal ? state.journal->changes() : 0, state.profile, state.story_version,
            state.settings.milestone, today, state.settings.gentle_summaries};
  }
  bool operator==(const CueScheduleKey& o) const {
    return journal == o.journal && changes == o.changes && profile == o.profile && story_version == o.story_version &&
           milestone == o.milestone && today == o.today && gentle == o.gentle;
  }
};

class CueCountsCache {
 public:
  const CueCounts& get(const AppState& state) {
    int today = state.today ? *state.today : local_day(now_ms());
    CueScheduleKey key = CueScheduleKey::of(state, today);
    if (!(key == key_)) {
      key_ = key;
      fsrs::Parameters parameters;
      parameters.desired_retention = desired_retention(state.journal, state.profile);
      CueSchedule schedule(parameters);
      if (state.journal) schedule.replay(state.journal->reviews(state.profile));
      counts_ = count_cues(*state.story, Visibility(*state.story, state.reading_limit()), schedule, today,
                           state.settings.gentle_summaries);
    }
    return counts_;
  }

 private:
  static std::int64_t now_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
  }
  CueScheduleKey key_;
  CueCounts counts_;
};

}  // namespace lineage
