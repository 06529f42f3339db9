// State shared by every scene: the story, the reader's settings and selection. Scenes read it
// and change it; their own view state (camera, hover, open panels) stays inside the scene.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/input/command.hpp"
#include "core/journal/answer_drafts.hpp"
#include "core/journal/journal.hpp"
#include "core/model/story.hpp"
#include "core/model/visibility.hpp"
#include "core/script/diagnostic.hpp"
#include "core/settings/settings.hpp"
#include "core/speech/speech_text.hpp"
#include "core/text/text_edit.hpp"

namespace lineage {

struct AppState {
  std::filesystem::path story_dir, data_dir, assets_dir;
  // The last story that loaded without errors (an empty Story if none ever did). Reload swaps
  // in a new one whole; scenes keep selections by id, never by pointer or index.
  std::shared_ptr<const Story> story = std::make_shared<Story>();
  std::vector<Diagnostic> diagnostics;  // of the latest load attempt
  int story_version = 0;                // bumps when a new story is swapped in
  Settings settings;
  std::string selected_moment, selected_person;  // ids
  // What scenes and panels ask of the app (another scene, a moment played, an action): the
  // app drains it once a frame, so nothing waits for the pointer to move.
  CommandOutbox outbox;
  std::string status;                            // a one-line message for the status bar
  bool offscreen = false;
  // The reader's journal (answers, story-mode progress, per-profile settings) and who is
  // reading. Never null once the app has started; check journal->status() before trusting it.
  Journal* journal = nullptr;
  std::int64_t profile = 0;
  std::string profile_name;
  // Ask "Who is reading?" before anything else (a shared classroom computer with several readers).
  bool ask_reader = false;
  float content_top = 0;  // height of the menu bar: scenes draw below it
  std::string previous_scene;  // the scene shown before this one (ending a lesson goes back)
  // The lesson to present (`lineage present LESSON --step N`): the present scene takes it.
  std::string present_lesson;
  int present_step = 0;  // 0-based
  bool present_class = false;  // --class: the lesson starts class responses
  // Answers being typed, shared by every place a prompt is answered (one answer, saved one way),
  // and each open answer field's text, caret, undo and layout, by "<profile>/<prompt>".
  AnswerDrafts drafts;
  std::unordered_map<std::string, EditField> answer_fields;
  // The reading font on show ("", "default", "opendyslexic", "andika"): --font's, else the
  // reader's own (journal setting reading.font). Her exports are set in it too.
  std::string reading_font;
  // Reading aloud: the reader's voices and switches (kept in her journal settings) and the
  // voices installed (empty until the speech engines have listed them, or with no speech).
  ReadingVoices voices;
  std::vector<Voice> installed_voices;

  // The calendar day memory cues are scheduled for (days since 1970-01-01): --today's, for
  // tests and demonstrations; unset, the local date of the clock.
  std::optional<int> today;

  int reading_limit() const { return lineage::reading_limit(*story, settings.milestone); }
  bool can_see(int moment) const { return moment_visible(*story, moment, reading_limit()); }
};

// Saves every answer still being edited (scene change, profile switch, quit).
inline void flush_pending_answers(AppState& state) {
  if (state.journal) state.drafts.flush(*state.journal);
}
// Saves the answers whose last keystroke was a second or more ago; the app calls it often.
inline void save_due_answers(AppState& state) {
  if (state.journal) state.drafts.save_due(*state.journal, answer_clock());
}

}  // namespace lineage
