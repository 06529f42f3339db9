// libFuzzer target for the story-script loader: arbitrary bytes as one or more script files
// (split at "\n--8<--\n"), loaded, formatted and dumped. Must never crash, leak or hang.
// Sources named by `file:` are not read (no file access while fuzzing).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/script/json_dump.hpp"
#include "core/script/loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  std::vector<lineage::ScriptFile> files;
  const std::string_view cut = "\n--8<--\n";
  while (files.size() < 8) {
    std::size_t at = in.find(cut);
    std::string name = "f" + std::to_string(files.size()) + ".story";
    if (at == std::string_view::npos || files.size() == 7) {
      files.push_back({name, std::string(in)});
      break;
    }
    files.push_back({name, std::string(in.substr(0, at))});
    in.remove_prefix(at + cut.size());
  }
  lineage::LoadOptions options;
  options.read_sources = false;
  lineage::LoadResult r = lineage::load_story_files(files, {}, options);
  std::size_t total = 0;
  for (const auto& d : r.diagnostics) total += lineage::format_diagnostic(d).size();
  total += lineage::dump_json(r).size();
  // Invariants the app relies on.
  if ((r.story == nullptr) != (r.errors() > 0)) __builtin_trap();
  if (r.story) {
    const lineage::Story& s = *r.story;
    if (s.chronological.size() != s.moments.size()) __builtin_trap();
    for (const auto& m : s.moments)
      for (int p : m.people)
        if (p < 0 || p >= static_cast<int>(s.people.size())) __builtin_trap();
  }
  return total == 0 ? 0 : 0;
}
