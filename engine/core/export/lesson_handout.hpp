// A lesson on paper: the class's handout (what each step shows, each prompt with room to write)
// or, for the teacher, the plan (timings, content notes, presenter notes). Markdown, HTML or
// PDF, through the same safe writing and escaping as the study guide.
#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "core/model/story.hpp"

namespace lineage {

// One piece of the handout, in order.
struct HandoutBlock {
  enum class Kind { Title, Heading, Meta, Text, Note, Write, Subheading };
  Kind kind = Kind::Text;
  std::string text;
};

// The handout of lesson `lesson` (an index); `presenter`: the teacher's plan.
std::vector<HandoutBlock> lesson_handout(const Story& story, int lesson, bool presenter);
std::string handout_markdown(const std::vector<HandoutBlock>& blocks);
// `font`: a reading font ("opendyslexic", "andika"; "" the handout's own type), as --font names it.
std::string handout_html(const std::vector<HandoutBlock>& blocks, const std::string& font = "");

// `lineage export --lesson ID --format pdf|html|md --out FILE [--presenter] [--font NAME]`. Returns 0 on
// success, 1 if writing failed, 2 for a bad request (an unknown lesson, with a suggestion).
// `appendix` follows the lesson's steps (a class session's answers, class_handout.hpp).
int export_lesson_command(const Story& story, const std::string& lesson, const std::string& format,
                          const std::filesystem::path& out, bool presenter, std::ostream& ok, std::ostream& err,
                          const std::vector<HandoutBlock>& appendix = {}, const std::string& font = "");

}  // namespace lineage
