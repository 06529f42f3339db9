// Golden tests: each tests/data/scripts/broken/NAME.story is loaded together with base.story, and
// the exact formatted diagnostics must equal NAME.expected. To regenerate after a deliberate
// change of wording: LINEAGE_UPDATE_GOLDEN=1 ./lineage_core_tests "[golden]" (then review the diff).
// That run rewrites the references and then fails on purpose: a run that compared nothing must
// never look green, so a stray LINEAGE_UPDATE_GOLDEN in the environment cannot hide a change.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/script/loader.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path kScripts = fs::path(LINEAGE_TEST_DATA) / "scripts";

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string diagnostics_text(const lineage::LoadResult& r) {
  std::string out;
  for (const auto& d : r.diagnostics) out += lineage::format_diagnostic(d);
  return out;
}

}  // namespace

TEST_CASE("broken scripts give exactly the expected diagnostics", "[golden]") {
  std::vector<fs::path> cases;
  for (const auto& e : fs::directory_iterator(kScripts / "broken"))
    if (e.path().extension() == ".story") cases.push_back(e.path());
  std::sort(cases.begin(), cases.end());
  REQUIRE(cases.size() >= 12);
  const char* update_env = std::getenv("LINEAGE_UPDATE_GOLDEN");
  const bool update = update_env != nullptr && std::string(update_env) == "1";
  std::vector<std::string> rewritten;
  for (const fs::path& c : cases) {
    std::string name = c.stem().string();
    lineage::LoadResult r = lineage::load_story_files(
        {{"base.story", read(kScripts / "base.story")}, {"broken/" + name + ".story", read(c)}}, kScripts);
    std::string got = diagnostics_text(r);
    fs::path expected_path = c;
    expected_path.replace_extension(".expected");
    if (update) {
      if (!fs::exists(expected_path) || read(expected_path) != got) {
        std::ofstream(expected_path, std::ios::binary) << got;
        rewritten.push_back(expected_path.string());
      }
      continue;
    }
    INFO("case " << name << " (LINEAGE_UPDATE_GOLDEN=1 regenerates; review the diff)");
    if (!fs::exists(expected_path)) FAIL("missing reference " << expected_path.string());
    CHECK(got == read(expected_path));
    CHECK(r.diagnostics.size() > 0);
    // A broken story never reaches the scenes; a story with only warnings does.
    CHECK((r.story == nullptr) == (r.errors() > 0));
  }
  if (update) {
    std::string list;
    for (const std::string& path : rewritten) list += "\n  " + path;
    FAIL("LINEAGE_UPDATE_GOLDEN=1: nothing was compared; " << rewritten.size() << " reference(s) rewritten"
         << list << "\nreview `git diff tests/data`, then run again without LINEAGE_UPDATE_GOLDEN");
  }
}

TEST_CASE("the base script of the golden tests is itself clean", "[golden]") {
  lineage::LoadResult r = lineage::load_story_files({{"base.story", read(kScripts / "base.story")}}, kScripts);
  INFO(diagnostics_text(r));
  CHECK(r.diagnostics.empty());
  REQUIRE(r.story);
}
