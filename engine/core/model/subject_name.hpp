// What a prompt, card or takeaway is about, named for the reader: one wording for the
// Reflections list and every export.
#pragma once

#include <string>

#include "core/model/story.hpp"

namespace lineage {

// A moment's title, a person's name, a theme's name, or "The book".
std::string subject_name(const Story& story, const Subject& subject);

}  // namespace lineage
