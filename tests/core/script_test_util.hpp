// Shared helpers of the script tests: load snippets together with a small valid base.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "core/script/loader.hpp"

namespace script_test {

inline const std::filesystem::path kScripts = std::filesystem::path(LINEAGE_TEST_DATA) / "scripts";

inline std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// base.story (book, source notes, fact f-ada, lane ada, people ada and bea, milestone part-one,
// moment ada-leaves, prompt why) plus `text` as "snippet.story".
inline lineage::LoadResult load_with_base(const std::string& text) {
  return lineage::load_story_files({{"base.story", read(kScripts / "base.story")}, {"snippet.story", text}},
                                   kScripts);
}

inline lineage::LoadResult load_one(const std::string& text) {
  return lineage::load_story_files({{"one.story", text}}, kScripts, {false});
}

inline std::string all_text(const lineage::LoadResult& r) {
  std::string out;
  for (const auto& d : r.diagnostics) out += lineage::format_diagnostic(d);
  return out;
}

inline bool has_message(const lineage::LoadResult& r, const std::string& part) {
  for (const auto& d : r.diagnostics)
    if (d.message.find(part) != std::string::npos) return true;
  return false;
}

}  // namespace script_test
