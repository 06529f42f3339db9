// `lineage check [DIR]`: load a story, print its diagnostics and a one-line summary.
#pragma once

#include <filesystem>
#include <ostream>

#include "core/script/loader.hpp"

namespace lineage {

// "story/: 12 files, 6 people, 24 moments, 30 prompts; 0 errors, 1 warning"
std::string check_summary(const std::filesystem::path& dir, const LoadResult& r);

// Prints every diagnostic and the summary; returns 0 when there are no errors, else 1.
int check_command(const std::filesystem::path& dir, std::ostream& out);

}  // namespace lineage
