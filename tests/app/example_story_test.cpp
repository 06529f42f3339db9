// The invented example story (story/examples/salt-orchard) through every screen, `check`, an
// export and `lineage new`: Lineage on a story that is not The Push, written as a teacher would.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "offscreen.hpp"
#include "scenes/scene_table.hpp"

using namespace lineage;
using namespace lineage::testing;

namespace {

const std::string kExample = std::string(LINEAGE_SOURCE_DIR) + "/story/examples/salt-orchard";

bool drew(const App& app, const std::string& text) {
  const auto& drawn = app.drawn_strings();
  return std::find(drawn.begin(), drawn.end(), text) != drawn.end();
}

// The drawn lines joined by spaces: a subtitle too long for one line wraps onto the next.
bool drew_wrapped(const App& app, const std::string& text) {
  std::string all;
  for (const std::string& s : app.drawn_strings()) all += s + " ";
  return all.find(text) != std::string::npos;
}

bool drew_part(const App& app, const std::string& part) {
  for (const std::string& s : app.drawn_strings())
    if (s.find(part) != std::string::npos) return true;
  return false;
}

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("every screen shows the example family and nothing of The Push", "[app][example]") {
  for (const SceneEntry& entry : scene_table()) {
    const std::string scene = entry.name;
    if (scene == "present") continue;  // a lesson is presented through `lineage present` (below)
    INFO("scene " << scene);
    auto dir = temp_dir("example-" + scene);
    auto app = start_offscreen({"--story", kExample, "--scene", scene, "--size", "1280x720"}, dir);
    Image image = capture(*app, dir / (scene + ".png"));
    CHECK(image.luminance_variance() > 20.0);
    for (const char* push : {"Blythe", "Violet", "Etta", "Cecilia", "The Push"}) CHECK_FALSE(drew_part(*app, push));
    std::filesystem::remove_all(dir);
  }
}

TEST_CASE("the example's title, lanes and family read as written", "[app][example]") {
  auto dir = temp_dir("example-words");
  auto title = start_offscreen({"--story", kExample, "--scene", "title"}, dir);
  title->settle();
  CHECK(drew_wrapped(*title, "Three generations of mothers and daughters in The Salt Orchard (an invented example) by no one "
                     "(an invented example, not a real novel)"));
  for (const char* name : {"Agnes Thorn", "Rosalind Marsh", "Ivy Marsh"}) CHECK(drew(*title, name));
  title.reset();
  auto timeline = start_offscreen({"--story", kExample, "--scene", "timeline"}, dir);
  timeline->settle();
  // A sister's brother and her husband said apart, never a bare "with".
  // (the header wraps its lines, so each is drawn as its own string)
  CHECK(drew_part(*timeline, "brother Kit Thorn, husband"));
  CHECK(drew(*timeline, "husband Samuel Thorn"));
  CHECK_FALSE(drew_part(*timeline, "with "));
  CHECK(drew(*timeline, "born c. 1958"));  // written `same time as ivy-born`: shown as its year
  CHECK_FALSE(drew_part(*timeline, "same time as"));
  timeline.reset();
  auto lineage = start_offscreen({"--story", kExample, "--scene", "lineage"}, dir);
  lineage->settle();
  for (const char* name : {"Samuel Thorn", "Agnes Thorn", "Kit Thorn", "Edwin Marsh", "Ivy Marsh"})
    CHECK(drew(*lineage, name));
  std::filesystem::remove_all(dir);
}

TEST_CASE("check, a lesson and an export of the example story", "[app][example][cli]") {
  auto dir = temp_dir("example-cli");
  std::string out;
  CHECK(run(std::string(LINEAGE_BINARY) + " check '" + kExample + "'", out) == 0);
  CHECK(out.find("4 files, 6 people, 11 moments, 4 prompts; 0 errors, 0 warnings") != std::string::npos);
  CHECK(run(std::string(LINEAGE_BINARY) + " present --list --story '" + kExample + "'", out) == 0);
  CHECK(out.find("salt-orchard-first") != std::string::npos);
  const auto md = dir / "guide.md";
  REQUIRE(run(std::string(LINEAGE_BINARY) + " export --worksheet --format md --story '" + kExample + "' --data-dir '" +
                  dir.string() + "' --out '" + md.string() + "'",
              out) == 0);
  std::string guide = slurp(md);
  INFO(guide.substr(0, 400));
  // The story's own readings and its own confidence question, and nothing of The Push's.
  CHECK(guide.find("It points to a tide that runs in the family") != std::string::npos);
  CHECK(guide.find("How sure are you? 1 · 2 · 3 · 4 · 5") != std::string::npos);
  CHECK(guide.find("It points to Violet") == std::string::npos);
  CHECK(guide.find("The Salt Orchard (an invented example)") != std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST_CASE("lineage new makes a story that checks clean, and never writes into a full folder", "[app][cli][new]") {
  auto dir = temp_dir("example-new");
  const auto story = dir / "my-story";
  std::string out;
  REQUIRE(run(std::string(LINEAGE_BINARY) + " new '" + story.string() + "' --title 'The Salt Orchard'", out) == 0);
  CHECK(out.find("0 errors, 0 warnings") != std::string::npos);
  CHECK(run(std::string(LINEAGE_BINARY) + " check '" + story.string() + "'", out) == 0);
  CHECK(run(std::string(LINEAGE_BINARY) + " new '" + story.string() + "'", out) == 1);
  CHECK(out.find("already exists and is not empty; nothing was written") != std::string::npos);
  CHECK(run(std::string(LINEAGE_BINARY) + " new", out) == 2);
  CHECK(out.find("new needs the folder to make") != std::string::npos);
  std::filesystem::remove_all(dir);
}
