// A class session's answers as a section of the lesson handout (`lineage export --lesson ID
// --class-session N`): anonymous (no names, no device numbers), the tallies of the choice,
// scale and evidence prompts (the class saw them live on the projector), and of the open
// answers only those the teacher showed the class. Cleared answers are left out.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/classroom/class_store.hpp"
#include "core/export/lesson_handout.hpp"

namespace lineage {

struct ClassSection {
  std::vector<HandoutBlock> blocks;
  std::string error;  // no such session, or a session of another lesson
};

ClassSection class_session_section(const Story& story, const classroom::ClassStore& store, std::int64_t session,
                                   const std::string& lesson);

}  // namespace lineage
