// The exported files themselves, checked with the tools a reader's computer would use:
// pdftotext / pdfinfo (poppler-utils) for the PDF, epubcheck (a jar, run with java) and unzip for
// the EPUB, xmllint (libxml2-utils) for the HTML (it is written as polyglot markup, so it must
// parse as XML too). A missing tool fails the test with the package to install.
#include <catch2/catch.hpp>
#include <cctype>
#include <cstdlib>
#include <sstream>

#include "core/export/export.hpp"
#include "core/export/formats.hpp"
#include "export_answers.hpp"
#include "export_story.hpp"
#include "external_tool.hpp"
#include "journal_temp_dir.hpp"

using namespace lineage;
using lineage::testing::ExportAnswers;
using lineage::testing::require_tool;
using lineage::testing::TempDir;

namespace {

struct Exported {
  TempDir dir{"export-files"};
  Story story = lineage::testing::export_story();
  std::optional<Journal> journal;
  Profile mia;
  Exported() {
    journal.emplace(dir / "data");
    mia = lineage::testing::fill_journal(*journal);
  }
  std::filesystem::path write(ExportFormat format, const std::string& name, Paper paper = Paper::A4,
                              bool worksheet = false) {
    ExportOptions options;
    options.worksheet = worksheet;
    options.format = format;
    options.out = dir / name;
    options.paper = paper;
    options.date = "24 November 2026";
    ExportResult result = export_study_guide(story, *journal, mia, options);
    INFO(result.message);
    REQUIRE(result.ok);
    REQUIRE_FALSE(std::filesystem::exists(dir / (name + ".partial")));
    return options.out;
  }
};

// Runs a shell command; its stdout and stderr together, and its exit code.
int run(const std::string& command, std::string& output, const std::filesystem::path& scratch) {
  int code = std::system((command + " > '" + scratch.string() + "' 2>&1").c_str());
  output = lineage::testing::read_file(scratch);
  return WIFEXITED(code) ? WEXITSTATUS(code) : -1;
}

std::string squeeze(const std::string& text) {  // all runs of whitespace become one space
  std::string out;
  for (char c : text) {
    bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
    if (!space) out += c;
    else if (out.empty() || out.back() != ' ') out += ' ';
  }
  return out;
}

// Markup's text as a reader sees it: tags dropped (a block tag leaves a space), the
// entities the writers use turned back into characters.
std::string text_of_markup(const std::string& markup) {
  std::string out;
  bool in_tag = false;
  for (char c : markup) {
    if (c == '<') in_tag = true, out += ' ';
    else if (c == '>') in_tag = false;
    else if (!in_tag) out += c;
  }
  for (auto [entity, character] : {std::pair<std::string, std::string>{"&#39;", "'"}, {"&quot;", "\""},
                                   {"&lt;", "<"}, {"&gt;", ">"}, {"&#160;", " "}, {"&amp;", "&"}}) {
    for (auto at = out.find(entity); at != std::string::npos; at = out.find(entity, at + character.size()))
      out.replace(at, entity.size(), character);
  }
  return out;
}

// Markdown's text as a reader sees it: no emphasis marks or escaping backslashes.
std::string text_of_markdown(const std::string& md) {
  std::string out;
  for (std::size_t i = 0; i < md.size(); ++i) {
    if (md[i] == '*') continue;
    if (md[i] == '\\' && i + 1 < md.size()) ++i;
    out += md[i];
  }
  return out;
}

}  // namespace

TEST_CASE("The PDF's text holds the title and every answer, on A4 and Letter", "[export]") {
  Exported e;
  auto a4 = e.write(ExportFormat::Pdf, "guide-a4.pdf", Paper::A4);
  auto letter = e.write(ExportFormat::Pdf, "guide-letter.pdf", Paper::Letter);
  require_tool("pdftotext", "poppler-utils");
  require_tool("pdfinfo", "poppler-utils");
  std::string text, info;
  REQUIRE(run("pdftotext -enc UTF-8 '" + a4.string() + "' -", text, e.dir / "out.txt") == 0);
  text = squeeze(text);
  for (const std::string& wanted :
       {std::string("The Push — a study guide"), std::string("Mia O'Neil"), std::string("Ashley Audrain"),
        // up to the emoji: with no emoji font installed, pango draws it as a hex box, not text
        squeeze(ExportAnswers::why_leave.substr(0, ExportAnswers::why_leave.find(" 🙂"))), ExportAnswers::violet_voice, std::string("Nothing at all"),
        std::string("A pattern passed down (how sure: 4 of 5)"), std::string("Final words of the park answer."),
        std::string("Sentence 60 of the park answer"), std::string("Cecilia left when Blythe was eleven. (from Reading notes)"),
        std::string("What would you ask Etta?"), std::string("Death of a child"), std::string("Memory cues")}) {
    INFO(wanted);
    CHECK(text.find(wanted) != std::string::npos);
  }
  REQUIRE(run("pdfinfo '" + a4.string() + "'", info, e.dir / "info.txt") == 0);
  CHECK(info.find("595.28 x 841.89 pts (A4)") != std::string::npos);
  CHECK(info.find("Title:           The Push — a study guide") != std::string::npos);
  auto pages_at = info.find("Pages:");
  REQUIRE(pages_at != std::string::npos);
  CHECK(std::stoi(info.substr(pages_at + 6)) >= 5);  // title, content notes, moments (the long answer runs on), ...
  REQUIRE(run("pdfinfo '" + letter.string() + "'", info, e.dir / "info.txt") == 0);
  CHECK(info.find("612 x 792 pts (letter)") != std::string::npos);
  // Page numbers: page 2 ends with its number.
  REQUIRE(run("pdftotext -f 2 -l 2 '" + a4.string() + "' -", text, e.dir / "out.txt") == 0);
  std::string last = squeeze(text);
  while (!last.empty() && last.back() == ' ') last.pop_back();
  CHECK(last.size() >= 2);
  CHECK(last.substr(last.size() - 2) == " 2");
}

TEST_CASE("The EPUB passes epubcheck, mimetype first and stored", "[export]") {
  Exported e;
  auto epub = e.write(ExportFormat::Epub, "guide.epub");
  std::string bytes = lineage::testing::read_file(epub);
  REQUIRE(bytes.size() > 60);
  CHECK(bytes.compare(0, 4, "PK\x03\x04") == 0);
  CHECK(bytes[8] == 0);   // compression method 0: stored
  CHECK(bytes[9] == 0);
  CHECK(bytes.compare(30, 8, "mimetype") == 0);
  CHECK(bytes[28] == 0);  // no extra field, so the content follows at byte 38
  CHECK(bytes.compare(38, 20, "application/epub+zip") == 0);
  std::string epubcheck = lineage::testing::epubcheck_command();
  std::string report;
  int code = run(epubcheck + " '" + epub.string() + "'", report, e.dir / "epubcheck.txt");
  INFO(report);
  CHECK(code == 0);
  CHECK(report.find("No errors or warnings detected") != std::string::npos);
  std::string guide;
  require_tool("unzip", "unzip");
  REQUIRE(run("unzip -p '" + epub.string() + "' OEBPS/guide.xhtml", guide, e.dir / "guide.xhtml") == 0);
  CHECK(guide.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;") != std::string::npos);
}

TEST_CASE("The HTML is one well-formed file holding every answer, escaped", "[export]") {
  Exported e;
  auto html_path = e.write(ExportFormat::Html, "guide.html");
  std::string html = lineage::testing::read_file(html_path);
  CHECK(html.find("<html lang=\"en\">") != std::string::npos);
  CHECK(html.find("<h1>The Push — a study guide</h1>") != std::string::npos);
  CHECK(html.find("<script") == std::string::npos);  // the student's <script> is text, not markup
  CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Violet *watches* [everyone] # closely &amp; waits") !=
        std::string::npos);
  CHECK(html.find("<p>She was afraid of what she&#39;d become.</p><p>Second paragraph: &lt;b&gt;not bold&lt;/b&gt; "
                  "&amp; &quot;quoted&quot; — ñ 🙂</p>") != std::string::npos);
  for (const char* wanted : {"Nothing at all", "A pattern passed down (how sure: 4 of 5)",
                             "Final words of the park answer.", "2 of 5 (1 = Strongly disagree"})
    CHECK(html.find(wanted) != std::string::npos);
  CHECK(html.find("http") == std::string::npos);  // self-contained: nothing fetched from anywhere
  require_tool("xmllint", "libxml2-utils");
  std::string report;
  CHECK(run("xmllint --noout '" + html_path.string() + "'", report, e.dir / "xmllint.txt") == 0);
  INFO(report);
  CHECK(report.empty());
  CHECK(run("xmllint --html --noout '" + html_path.string() + "'", report, e.dir / "xmllint.txt") == 0);
}

TEST_CASE("Markdown export writes the file", "[export]") {
  Exported e;
  auto md = lineage::testing::read_file(e.write(ExportFormat::Markdown, "guide.md"));
  CHECK(md.find("Final words of the park answer.") != std::string::npos);
}

TEST_CASE("lineage export checks its request and suggests near names", "[export]") {
  Exported e;
  e.journal.reset();  // the command opens the journal itself
  ExportRequest request;
  request.data_dir = e.dir / "data";
  request.profile = "Mia O'Neil";
  std::filesystem::create_directory(e.dir / "cli");  // an export never makes folders itself
  request.out = e.dir / "cli" / "mia.html";
  request.milestone = "part-one";
  std::ostringstream out, err;
  REQUIRE(export_command(e.story, request, out, err) == 0);
  std::string html = lineage::testing::read_file(request.out);
  CHECK(html.find("Up to: Part One") != std::string::npos);
  CHECK(html.find("Final words of the park answer.") == std::string::npos);  // Part Two hidden

  request.profile = "mia oneil";
  CHECK(export_command(e.story, request, out, err) == 2);
  CHECK(err.str().find("did you mean \"Mia O'Neil\"?") != std::string::npos);
  request.profile = "Mia O'Neil";
  request.milestone = "part-tow";
  CHECK(export_command(e.story, request, out, err) == 2);
  CHECK(err.str().find("did you mean \"part-two\"?") != std::string::npos);
  request.milestone = "";
  request.format = "docx";
  CHECK(export_command(e.story, request, out, err) == 2);
  request.format = "pdf";
  request.paper = "legal";
  CHECK(export_command(e.story, request, out, err) == 2);
  request.paper = "letter";
  request.out = e.dir / "cli" / "mia.pdf";
  CHECK(export_command(e.story, request, out, err) == 0);

  request.profile = "";
  request.worksheet = true;
  request.out = e.dir / "cli" / "worksheet.md";
  request.format = "";  // from the extension
  CHECK(export_command(e.story, request, out, err) == 0);
  std::string md = lineage::testing::read_file(request.out);
  CHECK(md.find("She was afraid") == std::string::npos);
  CHECK(md.find("- [ ] Nothing at all") != std::string::npos);

  // A file where the output folder should be: a plain failure, and nothing half-written.
  lineage::testing::write_file(e.dir / "blocker", "x");
  request.out = e.dir / "blocker" / "guide.pdf";
  CHECK(export_command(e.story, request, out, err) == 1);
}

TEST_CASE("Question numbers are the same in the PDF, EPUB, HTML and Markdown", "[export]") {
  Exported e;
  require_tool("pdftotext", "poppler-utils");
  require_tool("unzip", "unzip");
  std::string pdf, epub;
  REQUIRE(run("pdftotext -enc UTF-8 '" + e.write(ExportFormat::Pdf, "n.pdf").string() + "' -", pdf,
              e.dir / "pdf.txt") == 0);
  REQUIRE(run("unzip -p '" + e.write(ExportFormat::Epub, "n.epub").string() + "' OEBPS/guide.xhtml", epub,
              e.dir / "epub.txt") == 0);
  std::string html = lineage::testing::read_file(e.write(ExportFormat::Html, "n.html"));
  std::string md = lineage::testing::read_file(e.write(ExportFormat::Markdown, "n.md"));
  const std::vector<std::pair<std::string, std::string>> texts = {
      {"PDF", squeeze(pdf)},
      {"EPUB", squeeze(text_of_markup(epub))},
      {"HTML", squeeze(text_of_markup(html))},
      {"Markdown", squeeze(text_of_markdown(md))}};
  // The moments' prompts in story-time order, then the reflections, numbered straight through.
  const char* const numbered[] = {"1. Why do you think Cecilia left?", "2. What did Blythe feel first?",
                                  "3. Who is to blame at the park?",   "4. What happened?",
                                  "5. Blythe is a reliable narrator.", "6. Describe Violet in your own words.",
                                  "7. What would you ask Etta?"};
  for (const auto& [format, text] : texts)
    for (const char* wanted : numbered) {
      INFO(format << ": " << wanted);
      CHECK(text.find(wanted) != std::string::npos);
    }
}

TEST_CASE("A PDF heading never ends a page: Reflect and Facts keep their first item", "[export]") {
  // Many moments whose summaries differ in length, so the labels fall at every height on the
  // page, the foot included.
  StudyGuide g;
  g.book_title = "The Push", g.author = "Ashley Audrain", g.date = "24 November 2026";
  for (int i = 0; i < 40; ++i) {
    GuideMoment m;
    m.id = "m" + std::to_string(i), m.title = "Moment " + std::to_string(i);
    for (int s = 0; s < 1 + (i * 7) % 11; ++s) m.summary += "A sentence of summary that fills part of a line. ";
    m.facts.push_back({"A fact of moment " + std::to_string(i) + ".", "from Reading notes", "notes:1"});
    GuidePrompt p;
    p.id = "p" + std::to_string(i), p.text = "A question about moment " + std::to_string(i) + "?";
    p.number = i + 1;
    m.prompts.push_back(p);
    g.moments.push_back(m);
  }
  TempDir dir("export-keep");
  std::string error, text;
  REQUIRE(export_detail::write_pdf(g, Paper::A4, {}, dir / "keep.pdf", error));
  REQUIRE(run("pdftotext -enc UTF-8 '" + (dir / "keep.pdf").string() + "' -", text, dir / "keep.txt") == 0);
  int pages = 0, reflects = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\f', start);
    if (end == std::string::npos) end = text.size();
    std::vector<std::string> lines;  // the page's non-empty lines; the last is its number
    std::istringstream page(text.substr(start, end - start));
    for (std::string line; std::getline(page, line);)
      if (!squeeze(line).empty() && squeeze(line) != " ") lines.push_back(squeeze(line));
    start = end + 1;
    if (lines.size() < 2) continue;
    ++pages;
    for (const auto& l : lines) reflects += l == "Reflect";
    const std::string& last = lines[lines.size() - 2];
    INFO("page " << pages << " ends with: " << last);
    CHECK(last != "Reflect");
    CHECK(last != "Facts");
    CHECK(last.rfind("Moment ", 0) != 0);
  }
  CHECK(pages > 8);
  CHECK(reflects == 40);
}
