// Answers being edited, between the keystroke and the journal. A draft is saved one second
// after its last change, at once when its field loses focus, and whenever the app flushes
// (scene change, profile switch, quit). The app owns one, shared by every place a prompt can
// be answered (AppState::drafts). No ImGui here: tests drive it with a fake clock.
// Once saved, a draft is the journal's problem: save_answer either made it durable or keeps it
// pending in memory and retries, so nothing typed is dropped either way.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <tuple>

#include "core/journal/journal.hpp"

namespace lineage {

constexpr double kAnswerSaveDelay = 1.0;  // seconds after the last keystroke

class AnswerDrafts {
 public:
  // The answer as being edited: the draft if there is one, else a new draft from the journal.
  Answer& edit(Journal& journal, std::int64_t profile, const std::string& prompt);
  // The answer changed at `now` (seconds, any monotonic clock).
  void changed(Journal& journal, std::int64_t profile, const std::string& prompt, double now);
  // Saves at once (a choice clicked, a field left). True if the journal made it durable.
  bool save_now(Journal& journal, std::int64_t profile, const std::string& prompt);
  // Saves every draft of `journal` whose last change is kAnswerSaveDelay or more before `now`.
  int save_due(Journal& journal, double now);
  // Saves every changed draft of `journal` and forgets all its drafts. Returns how many saved.
  int flush(Journal& journal);
  // Forgets a draft without saving (after a restore, the journal holds the new answer).
  void forget(Journal& journal, std::int64_t profile, const std::string& prompt);

  bool unsaved(const Journal& journal, std::int64_t profile, const std::string& prompt) const;
  int unsaved_count(const Journal& journal) const;

 private:
  struct Draft {
    Answer answer;
    bool dirty = false;
    double changed_at = 0;
  };
  using Key = std::tuple<const Journal*, std::int64_t, std::string>;
  bool save(Journal& journal, const Key& key, Draft& draft);
  std::map<Key, Draft> drafts_;
};

// Seconds on a monotonic clock, for AnswerDrafts::changed and save_due.
double answer_clock();

}  // namespace lineage
