// What a prompt, card or takeaway is about, named for the reader: one wording for the
// Reflections list and every export.
#pragma once

#include <string>
#include <vector>

#include "core/model/story.hpp"

namespace lineage {

// A moment's title, a person's name, a theme's name, or "The book".
std::string subject_name(const Story& story, const Subject& subject);

// The content notes of what a prompt, card or takeaway is about (a moment's; nothing else
// carries them), as a reader is warned of them: "Content notes: Infant death, Grief", or "".
std::string content_notes_in_words(const Story& story, const Subject& subject);
// The same wording for labels already gathered (the study guide's).
std::string content_notes_in_words(const std::vector<std::string>& labels);

}  // namespace lineage
