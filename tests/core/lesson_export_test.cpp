// `lineage export --lesson`: the class's handout (each prompt with room to write, no notes)
// and the teacher's plan (timings, content notes, notes), as Markdown, HTML and PDF.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/export/lesson_handout.hpp"
#include "core/script/loader.hpp"
#include "external_tool.hpp"
#include "script_test_util.hpp"

using namespace lineage;
namespace fs = std::filesystem;

namespace {
const Story& bundled() {
  static LoadResult r = load_story(fs::path(LINEAGE_SOURCE_DIR) / "story");
  REQUIRE(r.story);
  return *r.story;
}
fs::path scratch(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("lineage-lesson-export-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}
}  // namespace

TEST_CASE("a lesson's handout shows what the class sees, with room to write and no notes") {
  const Story& s = bundled();
  std::string md = handout_markdown(lesson_handout(s, s.lesson("mothers-before-blythe"), false));
  CHECK(md.rfind("# The mothers before Blythe\n", 0) == 0);
  CHECK(md.find("## The bathtub") != std::string::npos);
  CHECK(md.find("Content note: Child harm, Maternal ambivalence") != std::string::npos);
  CHECK(md.find("Your answer:") != std::string::npos);
  CHECK(md.find("Interpretation:") == std::string::npos);  // the teacher's notes stay hers
  CHECK(md.find("Part one: before Violet is born") != std::string::npos);
}

TEST_CASE("the teacher's plan has timings, holds and notes") {
  const Story& s = bundled();
  std::string md = handout_markdown(lesson_handout(s, s.lesson("whose-account"), true));
  CHECK(md.rfind("# The teacher's plan: Whose account do we trust?\n", 0) == 0);
  CHECK(md.find("Step 7, 5 min, from minute 31; held for the teacher's choice") != std::string::npos);
  CHECK(md.find("Notes: Interpretation:") != std::string::npos);
  std::string html = handout_html(lesson_handout(s, s.lesson("whose-account"), true));
  CHECK(html.find("<h2>7. The push</h2>") != std::string::npos);
  CHECK(html.find("<title>The teacher&#39;s plan: Whose account do we trust?</title>") != std::string::npos);
}

TEST_CASE("export --lesson writes md, html and pdf, and refuses an unknown lesson") {
  const Story& s = bundled();
  fs::path dir = scratch("files");
  std::ostringstream ok, err;
  CHECK(export_lesson_command(s, "ending-and-cycle", "md", dir / "h.md", false, ok, err) == 0);
  CHECK(export_lesson_command(s, "ending-and-cycle", "html", dir / "h.html", false, ok, err) == 0);
  CHECK(export_lesson_command(s, "ending-and-cycle", "pdf", dir / "plan.pdf", true, ok, err) == 0);
  CHECK(fs::file_size(dir / "h.md") > 500);
  CHECK(fs::file_size(dir / "h.html") > 500);
  CHECK_FALSE(fs::exists(dir / "plan.pdf.partial"));
  testing::require_tool("pdftotext", "poppler-utils");
  REQUIRE(std::system(("pdftotext -enc UTF-8 '" + (dir / "plan.pdf").string() + "' '" + (dir / "plan.txt").string() + "'").c_str()) == 0);
  std::string text = script_test::read(dir / "plan.txt");
  CHECK(text.find("The ending and the cycle") != std::string::npos);
  CHECK(text.find("An open ending") != std::string::npos);
  std::ostringstream ok2, err2;
  CHECK(export_lesson_command(s, "ending-and-cycl", "md", dir / "x.md", false, ok2, err2) == 2);
  CHECK(err2.str().find("did you mean \"ending-and-cycle\"?") != std::string::npos);
  CHECK(export_lesson_command(s, "ending-and-cycle", "epub", dir / "x.epub", false, ok2, err2) == 2);
  fs::remove_all(dir);
}
