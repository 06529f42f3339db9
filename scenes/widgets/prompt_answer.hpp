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
// The same without the question (a scene that shows the question itself, as story mode does):
// the field or the options, and whether the answer is saved. Push an ID first.
bool draw_answer_controls(const Story& story, int prompt_index, AppState& state, bool focus = false);


}  // namespace lineage
