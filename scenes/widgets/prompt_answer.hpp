// One reflection prompt and the reader's answer to it, as an ImGui widget any scene can place
// (the Reflections list, moment and person cards, story mode). Edits go through the shared
// AnswerDrafts, so the same prompt shown in two places is one answer, saved one way.
#pragma once

#include <string>

#include "app/app_state.hpp"
#include "core/journal/answer_words.hpp"
#include "core/model/story.hpp"

namespace lineage {

// Draws prompt `prompt_index` of `story` and edits state.profile's answer in state.journal.
// Returns true if the answer changed this frame. Call inside an ImGui window. `focus`: put the
// keyboard in the text field (an open question just opened).
bool draw_prompt_answer(const Story& story, int prompt_index, AppState& state, bool focus = false);

// Saves every answer still being edited (scene change, profile switch, quit).
void flush_pending_answers(AppState& state);
// Saves the answers whose last keystroke was a second or more ago; the app calls it often.
void save_due_answers(AppState& state);

}  // namespace lineage
