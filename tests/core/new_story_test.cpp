// `lineage new DIR`: the starter story checks clean at once, uses every construct of the
// language, has its own notes, and an existing folder with files in it is never written into.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/script/loader.hpp"
#include "core/script/new_story.hpp"

namespace fs = std::filesystem;

namespace {

fs::path fresh_dir(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("lineage-new-test-" + name);
  fs::remove_all(dir);
  return dir;
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("lineage new: the starter story checks clean, with its own notes", "[new]") {
  fs::path dir = fresh_dir("clean");
  std::ostringstream out;
  REQUIRE(lineage::new_story_command(dir, "The Salt Orchard", out) == 0);
  INFO(out.str());
  CHECK(out.str().find("0 errors, 0 warnings") != std::string::npos);
  CHECK(fs::is_regular_file(dir / "notes.txt"));
  lineage::LoadResult r = lineage::load_story(dir);
  REQUIRE(r.story);
  CHECK(r.diagnostics.empty());  // not even a note: the notes file is found beside the story
  const lineage::Story& s = *r.story;
  CHECK(s.book.title == "The Salt Orchard");
  CHECK(s.sources.at(0).file == "notes.txt");
  // Every construct once (or more).
  CHECK(!s.about.empty());
  CHECK(s.lanes.size() >= 3);
  CHECK(!s.parents.empty());
  CHECK(!s.partnerships.empty());
  CHECK(!s.bonds.empty());
  CHECK(!s.eras.empty());
  CHECK(!s.themes.empty());
  CHECK(!s.content_notes.empty());
  CHECK(s.milestones.size() >= 2);
  CHECK(!s.cards.empty());
  CHECK(!s.takeaways.empty());
  CHECK(!s.lessons.empty());
  CHECK(!s.readings.empty());
  CHECK(!s.balances.empty());
  bool kinds[4] = {};
  for (const auto& p : s.prompts) kinds[static_cast<int>(p.kind)] = true;
  CHECK((kinds[0] && kinds[1] && kinds[2] && kinds[3]));
  bool beats[7] = {}, conditioned = false, gated = false, pictured = false;
  for (const auto& m : s.moments) {
    for (const auto& b : m.beats) {
      beats[static_cast<int>(b.kind)] = true;
      conditioned = conditioned || !b.conditions.empty();
    }
    gated = gated || (!m.content_notes.empty() && !m.gentle_summary.empty());
    pictured = pictured || (!m.visual.tableau.empty() && !m.visual.mood.empty());
  }
  for (bool b : beats) CHECK(b);
  CHECK(conditioned);
  CHECK(gated);
  CHECK(pictured);
  bool died = false;
  for (const auto& p : s.people) died = died || p.died.has_value();
  CHECK(died);
  // It says it is an invented example, where a teacher reads it.
  CHECK(read(dir / "story.story").find("INVENTED EXAMPLE") != std::string::npos);
  CHECK(read(dir / "notes.txt").find("invented") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("lineage new: a folder with files in it is refused and left alone", "[new]") {
  fs::path dir = fresh_dir("taken");
  fs::create_directories(dir);
  std::ofstream(dir / "mine.story") << "# my own work\n";
  std::ostringstream out;
  CHECK(lineage::new_story_command(dir, "", out) == 1);
  CHECK(out.str().find("already exists and is not empty; nothing was written") != std::string::npos);
  CHECK(read(dir / "mine.story") == "# my own work\n");
  CHECK_FALSE(fs::exists(dir / "story.story"));
  // An empty folder is fine, and with no title the book says to give one.
  fs::path empty = fresh_dir("empty");
  fs::create_directories(empty);
  std::ostringstream out2;
  CHECK(lineage::new_story_command(empty, "", out2) == 0);
  CHECK(read(empty / "story.story").find("title: An example story (replace with your book's title)") != std::string::npos);
  fs::remove_all(dir);
  fs::remove_all(empty);
}
