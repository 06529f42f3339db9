// The story-script loader: a folder of *.story files -> an immutable Story, plus every problem
// found, in one pass. The only way a Story is made. No SDL here.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/model/story.hpp"
#include "core/script/diagnostic.hpp"

namespace lineage {

struct ScriptFile {
  std::string name;  // as shown in diagnostics
  std::string text;
};

struct LoadResult {
  std::shared_ptr<const Story> story;  // null when there are errors
  std::vector<Diagnostic> diagnostics;  // in the order found: file by file, then cross-file checks
  int files = 0;                        // script files read
  // What the scripts declared, counted even when there are errors (for `lineage check`).
  int people = 0, moments = 0, prompts = 0;
  int errors() const;
  int warnings() const;
};

struct LoadOptions {
  bool read_sources = true;  // read the files named by `source ... file:` (off for fuzzing)
};

// Every *.story file under `dir`, recursively, in sorted path order.
LoadResult load_story(const std::filesystem::path& dir);

// Scripts given in memory (tests, fuzzing). A source's `file:` is resolved against
// base_dir / (the folder part of the script's name).
LoadResult load_story_files(const std::vector<ScriptFile>& files, const std::filesystem::path& base_dir = {},
                            const LoadOptions& options = {});

// Files larger than this are refused with a diagnostic.
constexpr std::size_t kMaxScriptBytes = 16u << 20;

}  // namespace lineage
