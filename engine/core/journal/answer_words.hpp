// A reader's answer in words: whether it says anything, what it says, and its status. One
// wording for the answer field, the Reflections list, the history list and every export.
#pragma once

#include <string>

#include "core/journal/journal.hpp"
#include "core/model/story.hpp"

namespace lineage {

// Whether `answer` says anything (blank text or no choice is not an answer).
bool answer_given(const Prompt& prompt, const Answer& answer);

// The option's text, "4 of 5 (1 = …, 5 = …)", "(how sure: 3 of 5)"; "" when nothing is given.
std::string answer_in_words(const Prompt& prompt, const Answer& answer);

// "answered" or "not answered yet".
std::string answer_status(bool answered);

}  // namespace lineage
