// `lineage new DIR [--title "..."]`: a new story folder with an invented example family.
#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace lineage {

// The files of a new story (name, text), the book titled `title` (a placeholder if empty).
std::vector<std::pair<std::string, std::string>> new_story_files(const std::string& title);

// Writes them into `dir` (which must not exist, or be empty), then checks the new story and
// prints what was made and what to do next. 0 on success; 1 (nothing written) if `dir` is taken.
int new_story_command(const std::filesystem::path& dir, const std::string& title, std::ostream& out);

}  // namespace lineage
