// What goes into a study guide: moments in story-time order up to the chosen milestone, with
// summaries, cited facts, prompts and answers in words; escaping for every format.
#include <catch2/catch.hpp>

#include "core/export/escape.hpp"
#include "core/export/formats.hpp"
#include "core/export/study_guide.hpp"
#include "export_answers.hpp"
#include "export_story.hpp"
#include "journal_temp_dir.hpp"

using namespace lineage;
using lineage::testing::ExportAnswers;

namespace {
StudyGuide guide_for(int milestone, bool worksheet = false, bool gentle = false, bool teacher = false) {
  lineage::testing::TempDir dir("export-guide");
  Journal journal(dir.path());
  Profile mia = lineage::testing::fill_journal(journal);
  Story story = lineage::testing::export_story();
  GuideOptions options;
  options.milestone = milestone;
  options.worksheet = worksheet;
  options.gentle = gentle;
  options.teacher = teacher;
  options.student = mia.name;
  options.date = "24 November 2026";
  return build_study_guide(story, journal.answers(mia.id), options);
}

const GuidePrompt* find_prompt(const StudyGuide& g, const std::string& id) {
  for (const auto& m : g.moments)
    for (const auto& p : m.prompts)
      if (p.id == id) return &p;
  for (const auto& p : g.reflections)
    if (p.id == id) return &p;
  return nullptr;
}
}  // namespace

TEST_CASE("The whole book: every moment in story-time order, every prompt answered in words", "[export]") {
  StudyGuide g = guide_for(-1);
  CHECK(g.title() == "The Push — a study guide");
  CHECK(g.student == "Mia O'Neil");
  CHECK(g.reading == "The whole book");
  REQUIRE(g.moments.size() == 3);
  CHECK(g.moments[0].id == "cecilia-leaves");
  CHECK(g.moments[1].id == "violet-born");
  CHECK(g.moments[2].id == "the-park");
  CHECK(g.moments[0].when == "1975");
  CHECK(g.moments[2].when == "c. 2005");  // a year, not the script's "after violet-born"
  CHECK(g.moments[0].people == std::vector<std::string>{"Blythe", "Cecilia"});
  REQUIRE(g.moments[1].facts.size() == 1);
  CHECK(g.moments[1].facts[0].cites == "notes:31, notes:32");
  CHECK(g.moments[0].facts[0].cites == "notes:27");
  CHECK(g.content_notes.size() == 2);
  CHECK(g.themes.size() == 2);
  CHECK(g.takeaways.size() == 2);
  CHECK(g.memory_cues.size() == 2);

  CHECK(find_prompt(g, "why-leave")->answer == ExportAnswers::why_leave);  // the latest revision
  CHECK(find_prompt(g, "first-feeling")->answer == "Nothing at all");
  CHECK(find_prompt(g, "what-happened")->answer == "A pattern passed down (how sure: 4 of 5)");
  CHECK(find_prompt(g, "trust-scale")->answer == "2 of 5 (1 = Strongly disagree, 5 = Strongly agree)");
  CHECK_FALSE(find_prompt(g, "unanswered")->answer);
  CHECK(g.moments[0].prompts.size() == 1);  // moment prompts sit with their moment
  CHECK(g.reflections.size() == 4);          // book, person and theme prompts after them
}

TEST_CASE("A milestone hides later moments, their prompts, takeaways and cards", "[export]") {
  StudyGuide g = guide_for(0);  // read up to Part One
  CHECK(g.reading == "Up to: Part One");
  REQUIRE(g.moments.size() == 2);
  CHECK(g.moments[1].id == "violet-born");
  CHECK_FALSE(find_prompt(g, "park-blame"));
  CHECK(g.takeaways.size() == 1);  // the park's takeaway waits
  CHECK(g.memory_cues.size() == 1);
  CHECK(g.content_notes.size() == 2);  // content notes are always all shown: they are warnings
}

TEST_CASE("A worksheet leaves every prompt blank", "[export]") {
  StudyGuide g = guide_for(-1, true);
  for (const char* id : {"why-leave", "first-feeling", "what-happened", "trust-scale"})
    CHECK_FALSE(find_prompt(g, id)->answer);
  CHECK(find_prompt(g, "first-feeling")->options.size() == 3);
}

TEST_CASE("Content care: gentle summaries where the script has them", "[export]") {
  CHECK(guide_for(-1, false, true).moments[2].summary == "Gently: The park.");
  CHECK(guide_for(-1, false, false).moments[2].summary == "Summary of The park.");
}

TEST_CASE("Escaping keeps text as written and structure intact", "[export]") {
  using namespace lineage::export_detail;
  CHECK(xml_escape("<a href=\"x\">Tom & 'Jerry'</a>") ==
        "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
  CHECK(clean_text("ok\x01\x02 bell\x07") == "ok bell");
  CHECK(clean_text("bad \xFF byte") == "bad \xEF\xBF\xBD byte");
  CHECK(clean_text("overlong \xC0\xAF") == "overlong \xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(clean_text("win\r\nmac\r") == "win\nmac\n");
  CHECK(clean_text("ñ — 🙂") == "ñ — 🙂");
  CHECK(markdown_escape("*bold* _it_ [link](x) <b>") == "\\*bold\\* \\_it\\_ \\[link\\](x) \\<b\\>");
  CHECK(markdown_escape("# not a heading\n- not a list\n1. not numbered\n2) nor this") ==
        "\\# not a heading\n\\- not a list\n1\\. not numbered\n2\\) nor this");
  CHECK(markdown_escape("mid-line - and 3. stay") == "mid-line - and 3. stay");
}

TEST_CASE("Markdown holds the title, headings and every answer, escaped", "[export]") {
  StudyGuide g = guide_for(-1);
  std::string md = export_detail::markdown_document(g);
  CHECK(md.rfind("# The Push — a study guide\n", 0) == 0);
  for (const char* heading : {"## Content notes", "## Moments", "### Cecilia leaves (1975)", "## Themes",
                              "## Key takeaways", "## Memory cues"})
    CHECK(md.find(heading) != std::string::npos);
  CHECK(md.find("> She was afraid of what she'd become.\n>") != std::string::npos);
  CHECK(md.find("\\<script\\>alert('x')\\</script\\> Violet \\*watches\\* \\[everyone\\] # closely \\& waits") !=
        std::string::npos);
  CHECK(md.find("Final words of the park answer.") != std::string::npos);
  CHECK(md.find("Nothing at all") != std::string::npos);
  CHECK(md.find("- Cecilia left when Blythe was eleven. (from Reading notes)") != std::string::npos);
  CHECK(md.find("What would you ask Etta?") != std::string::npos);
}

TEST_CASE("A student's guide cites in words; a teacher's copy keeps the lines and lists them", "[export]") {
  StudyGuide student = guide_for(-1);
  CHECK(student.moments[0].facts[0].source == "from Reading notes");
  for (const std::string& text : {export_detail::markdown_document(student), export_detail::html_document(student)}) {
    CHECK(text.find("(from Reading notes)") != std::string::npos);
    CHECK(text.find("notes:") == std::string::npos);  // no line numbers anywhere
    CHECK(text.find("Teacher's appendix") == std::string::npos);
  }

  StudyGuide teacher = guide_for(-1, false, false, true);
  CHECK(teacher.title() == "The Push — a study guide (teacher's copy)");
  std::string md = export_detail::markdown_document(teacher);
  CHECK(md.find("- Cecilia left when Blythe was eleven. (notes:27)") != std::string::npos);
  auto appendix = md.find("## Teacher's appendix: line citations");
  REQUIRE(appendix != std::string::npos);
  CHECK(md.find("notes: Reading notes (notes.txt)", appendix) != std::string::npos);
  CHECK(md.find("- **notes:31, notes:32** — Violet is born: Violet is born; Blythe feels no rush of love.",
                appendix) != std::string::npos);
  std::string html = export_detail::html_document(teacher);
  CHECK(html.find("<section id=\"teacher-appendix\"") != std::string::npos);
}

TEST_CASE("Every moment carries its content notes, in every format", "[export]") {
  StudyGuide g = guide_for(-1);
  CHECK(g.moments[2].content_notes == std::vector<std::string>{"Death of a child"});
  CHECK(g.moments[0].content_notes.empty());
  CHECK(export_detail::markdown_document(g).find("*Content note: Death of a child*") != std::string::npos);
  CHECK(export_detail::html_document(g).find("<p class=\"note\">Content note: Death of a child</p>") !=
        std::string::npos);
}

TEST_CASE("Gentle: every part of a content-noted moment is told gently or left out", "[export]") {
  StudyGuide full = guide_for(-1, true);
  StudyGuide gentle = guide_for(-1, true, true);
  const GuideMoment& park = gentle.moments[2];
  REQUIRE(park.id == "the-park");
  CHECK(park.summary == "Gently: The park.");
  CHECK(park.content_notes == std::vector<std::string>{"Death of a child"});  // the warning stays
  CHECK(park.facts.empty());
  CHECK(park.facts_left_out == 1);
  CHECK(park.prompts.empty());
  CHECK(park.prompts_left_out == 1);
  CHECK_FALSE(find_prompt(gentle, "park-blame"));
  CHECK(full.takeaways.size() == 2);
  CHECK(gentle.takeaways.size() == 1);  // "The park changes everything." is about the moment
  // A moment with no content note keeps its facts and prompts.
  CHECK(gentle.moments[1].facts.size() == 1);
  CHECK(find_prompt(gentle, "first-feeling"));
  // Numbers run on with no gap where a prompt was left out.
  CHECK(find_prompt(gentle, "what-happened")->number == 3);
  CHECK(find_prompt(full, "what-happened")->number == 4);

  std::string md = export_detail::markdown_document(gentle);
  CHECK(md.find("stroller") == std::string::npos);
  CHECK(md.find("Who is to blame at the park?") == std::string::npos);
  CHECK(md.find("The park changes everything.") == std::string::npos);
  CHECK(md.find("This gentle guide leaves out this moment's 1 fact and 1 question; the full guide has them.") !=
        std::string::npos);
}
