// `lineage export --lesson`: the class's handout (each prompt with room to write, no notes)
// and the teacher's plan (timings, content notes, notes), as Markdown, HTML and PDF.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/classroom/class_store.hpp"
#include "core/export/class_handout.hpp"
#include "core/export/lesson_handout.hpp"
#include "core/journal/journal.hpp"
#include "core/script/loader.hpp"
#include "external_tool.hpp"
#include "journal_temp_dir.hpp"
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

TEST_CASE("a class session's answers export as a section of the handout: anonymous, and only the open answers shown",
          "[class][journal]") {
  using namespace lineage::classroom;
  const Story& s = bundled();
  lineage::testing::TempDir dir("lesson-class-section");
  { Journal journal(dir.path()); REQUIRE(journal.status().ok); }
  ClassStore store(dir / "journal.db");
  REQUIRE(store.ok());
  auto session = store.begin_session("whose-account", 1700000000000);
  REQUIRE(session);
  const Prompt& scale = s.prompts[static_cast<std::size_t>(s.prompt("theme-perception-reliable"))];
  const Prompt& open = s.prompts[static_cast<std::size_t>(s.prompt("violence-whose-account"))];
  REQUIRE(store.add_prompt(*session, 0, class_prompt(scale), 1700000000100));
  REQUIRE(store.add_prompt(*session, 1, class_prompt(open), 1700000000200));
  auto at = [](int n) { ClassAnswer a; a.scale = n; return a; };
  auto says = [](const std::string& text) { ClassAnswer a; a.text = text; return a; };
  REQUIRE(store.add_answer(*session, scale.id, 1, "Ana", at(4), 1700000000300));
  REQUIRE(store.add_answer(*session, scale.id, 2, "Ben", at(4), 1700000000400));
  REQUIRE(store.add_answer(*session, scale.id, 3, "Cat", at(2), 1700000000500));
  REQUIRE(store.add_answer(*session, scale.id, 3, "Cat", at(5), 1700000000600));  // changed: the latest counts
  auto shown = store.add_answer(*session, open.id, 1, "Ana", says("Fox would see a <b>tired</b> mother"), 1700000000700);
  auto silly = store.add_answer(*session, open.id, 2, "Ben", says("a silly answer"), 1700000000800);
  auto kept = store.add_answer(*session, open.id, 3, "Cat", says("A private thought"), 1700000000900);
  REQUIRE((shown && silly && kept));
  REQUIRE(store.mark_shown(*shown, true));
  REQUIRE(store.mark_shown(*silly, true));
  REQUIRE(store.mark_cleared(*silly));  // shown, then cleared: out
  REQUIRE(store.mark_shown(*kept, true));
  REQUIRE(store.mark_shown(*kept, false));  // shown, then hidden again: out

  ClassSection section = class_session_section(s, store, *session, "whose-account");
  REQUIRE(section.error.empty());
  std::ostringstream ok, err;
  REQUIRE(export_lesson_command(s, "whose-account", "md", dir / "h.md", false, ok, err, section.blocks) == 0);
  CHECK(ok.str().find("and the class's answers") != std::string::npos);
  std::string md = script_test::read(dir / "h.md");
  INFO(md);
  auto after = md.find("## The class's answers");
  REQUIRE(after != std::string::npos);
  std::string part = md.substr(after);
  CHECK(part.find("3 devices answered") != std::string::npos);
  CHECK(part.find("### Blythe is a reliable narrator.") != std::string::npos);
  CHECK(part.find("3 answers; mean 4.33") != std::string::npos);
  CHECK(part.find("2: 0") != std::string::npos);
  CHECK(part.find("4: 2") != std::string::npos);
  CHECK(part.find("5 Strongly agree: 1") != std::string::npos);
  CHECK(part.find("2 answers; 1 shown to the class") != std::string::npos);
  CHECK(part.find("tired") != std::string::npos);
  CHECK(part.find("silly") == std::string::npos);
  CHECK(part.find("private thought") == std::string::npos);
  for (const char* name : {"Ana", "Ben", "Cat"}) CHECK(md.find(name) == std::string::npos);

  REQUIRE(export_lesson_command(s, "whose-account", "html", dir / "h.html", false, ok, err, section.blocks) == 0);
  std::string html = script_test::read(dir / "h.html");
  CHECK(html.find("<h3>Blythe is a reliable narrator.</h3>") != std::string::npos);
  CHECK(html.find("Fox would see a &lt;b&gt;tired&lt;/b&gt; mother") != std::string::npos);
  CHECK(html.find("<b>tired</b>") == std::string::npos);

  REQUIRE(export_lesson_command(s, "whose-account", "pdf", dir / "h.pdf", true, ok, err, section.blocks) == 0);
  testing::require_tool("pdftotext", "poppler-utils");
  REQUIRE(std::system(("pdftotext -enc UTF-8 '" + (dir / "h.pdf").string() + "' '" + (dir / "h.txt").string() + "'").c_str()) == 0);
  std::string text = script_test::read(dir / "h.txt");
  bool heading = text.find("The class's answers") != std::string::npos || text.find("The class\xe2\x80\x99s answers") != std::string::npos;
  CHECK(heading);
  CHECK(text.find("Fox would see a <b>tired</b> mother") != std::string::npos);

  // A session of another lesson, or none: a clear message.
  CHECK(class_session_section(s, store, *session, "mothers-before-blythe").error ==
        "class session " + std::to_string(*session) + " was for the lesson \"whose-account\", not \"mothers-before-blythe\"");
  CHECK(class_session_section(s, store, 999, "whose-account").error ==
        "there is no class session 999 (lineage class list shows them)");
}
