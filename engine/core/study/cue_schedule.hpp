// The memory-cue schedule of one reader, recomputed from her review log (the journal's
// cue_reviews): each card's FSRS memory state and the day it is next due. Only (card, day,
// rating) of each review are read, so the same log replays to the same schedule, and a future
// algorithm can replay it its own way. Days are calendar days (days since 1970-01-01 in the
// reader's local time); the caller says what "today" is, so tests never read the wall clock.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/journal/journal.hpp"
#include "core/model/visibility.hpp"
#include "core/study/fsrs.hpp"

namespace lineage {

struct CueMemory {
  fsrs::MemoryState state;
  int last_day = 0;  // of the latest review
  int due_day = 0;   // last_day + interval
  int reviews = 0, lapses = 0;
};

class CueSchedule {
 public:
  explicit CueSchedule(fsrs::Parameters parameters = {}) : scheduler_(parameters) {}

  // Forgets everything, then applies `log` oldest first.
  void replay(const std::vector<CueReview>& log);
  // Rates `card` on `day`: applies it and returns the review to keep in the journal. A review
  // dated before the card's last one counts as the same day (a clock set back).
  CueReview rate(std::string_view card, int day, fsrs::Rating rating, std::int64_t at_ms = 0);

  const CueMemory* memory(std::string_view card) const;
  // Never reviewed, or its due day has come.
  bool due(std::string_view card, int today) const;
  const fsrs::Scheduler& scheduler() const { return scheduler_; }

 private:
  fsrs::Scheduler scheduler_;
  std::unordered_map<std::string, CueMemory> cards_;
};

struct CueCounts {
  int due = 0;       // reviews whose day has come
  int fresh = 0;     // never drilled
  int later = 0;     // drilled and not yet due
  int visible = 0;   // every card the reader may see
  int ready() const { return due + fresh; }
};

// Content care: with gentle summaries on, a content-noted moment is told by its gentle summary
// alone, so its memory cues, takeaways and prompts stay out (as in the gentle study guide).
bool noted_subject(const Story& story, const Subject& about);

// The cards a reader may drill today, by the one visibility rule: reviews that are due first
// (most overdue first), then cards never drilled, in the story's order. `gentle`: see above.
std::vector<int> cues_to_drill(const Story& story, const Visibility& visibility, const CueSchedule& schedule,
                               int today, bool gentle = false);
CueCounts count_cues(const Story& story, const Visibility& visibility, const CueSchedule& schedule, int today,
                     bool gentle = false);

// "7 cues due", "1 cue due", "3 cues due, 41 new", "44 new cues", "No cues due": what the title
// screen and the menu say.
std::string cues_due_words(const CueCounts& counts);

// The desired retention a reader chose (journal setting "cues.retention", e.g. "0.9"), within
// [kMinRetention, kMaxRetention]; FSRS's default 0.9 when unset or unreadable.
inline constexpr const char* kRetentionSetting = "cues.retention";
inline constexpr double kMinRetention = 0.80, kMaxRetention = 0.97;
double desired_retention(const Journal* journal, std::int64_t profile);
// The setting's text for a retention (clamped, two decimals): "0.91".
std::string retention_text(double retention);

// Calendar days since 1970-01-01 of a civil date, and back; the local day of a unix time.
int day_number(int year, int month, int day);
std::string day_text(int day);  // "2026-05-14"
std::optional<int> parse_day(std::string_view text);  // "YYYY-MM-DD", else nullopt
int local_day(std::int64_t unix_ms);

}  // namespace lineage
