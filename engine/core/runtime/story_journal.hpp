// Story mode's place in the reader's journal, with no interface: what a session reads at start
// (her care choices and where she was) and what it writes as she goes (her place, her answers,
// her care choices), each only when it changed. Answers go through the app's AnswerDrafts, the
// one path every screen saves an answer by.
#pragma once

#include <cstdint>
#include <string>

#include "core/journal/answer_drafts.hpp"
#include "core/journal/journal.hpp"
#include "core/runtime/story_runtime.hpp"

namespace lineage {

class StoryJournal {
 public:
  // The runtime options her saved care choices give: the notes she asked not to be warned
  // about, and the choices she asked to be remembered.
  static RuntimeOptions options(const Journal* journal, std::int64_t profile, int reading_limit);
  // Where she was (a serialised runtime state), or "".
  static std::string saved_place(const Journal* journal, std::int64_t profile);

  // `runtime` as it stands is what the journal holds (just loaded or resumed).
  void mark_saved(const StoryRuntime& runtime);
  // Her care choices as the journal now holds them (another screen may have written them).
  void mark_care_saved(const RuntimeOptions& options);
  // Writes what changed since the last save. An answer to the prompt she is on waits until she
  // leaves it, so trying the options is not a revision.
  void save(Journal& journal, AnswerDrafts& drafts, std::int64_t profile, const Story& story,
            const StoryRuntime& runtime, double now);

 private:
  std::string place_, quiet_, remembered_;
  RuntimeState answers_;
};

}  // namespace lineage
