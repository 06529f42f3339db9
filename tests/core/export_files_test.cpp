// The exported files themselves, checked with the tools a reader's computer would use:
// pdftotext / pdfinfo (poppler-utils) for the PDF, epubcheck for the EPUB, xmllint for the
// HTML (it is written as polyglot markup, so it must parse as XML too).
#include <catch2/catch.hpp>
#include <cctype>
#include <cstdlib>
#include <sstream>

#include "core/export/export.hpp"
#include "export_answers.hpp"
#include "export_story.hpp"
#include "journal_temp_dir.hpp"

using namespace lineage;
using lineage::testing::ExportAnswers;
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
  std::filesystem::path write(ExportFormat format, const std::string& name, Paper paper = Paper::A4) {
    ExportOptions options;
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

bool have(const char* tool) { return std::system((std::string("command -v ") + tool + " >/dev/null").c_str()) == 0; }

// Debian's /usr/bin/epubcheck is a link to a .jar, which runs directly only where binfmt_misc
// (jarwrapper) is set up; elsewhere (containers) it is run with java -jar.
std::string epubcheck_command() {
  // --version prints "EPUBCheck v4.2.6" but exits 1 (no file given), so look at what it says.
  if (std::system("epubcheck --version 2>&1 | grep -q EPUBCheck") == 0) return "epubcheck";
  if (std::system("java -jar /usr/bin/epubcheck --version 2>&1 | grep -q EPUBCheck") == 0)
    return "java -jar /usr/bin/epubcheck";
  return "";
}

}  // namespace

TEST_CASE("The PDF's text holds the title and every answer, on A4 and Letter", "[export]") {
  Exported e;
  auto a4 = e.write(ExportFormat::Pdf, "guide-a4.pdf", Paper::A4);
  auto letter = e.write(ExportFormat::Pdf, "guide-letter.pdf", Paper::Letter);
  REQUIRE(have("pdftotext"));
  std::string text, info;
  REQUIRE(run("pdftotext -enc UTF-8 '" + a4.string() + "' -", text, e.dir / "out.txt") == 0);
  text = squeeze(text);
  for (const std::string& wanted :
       {std::string("The Push — a study guide"), std::string("Mia O'Neil"), std::string("Ashley Audrain"),
        // up to the emoji: with no emoji font installed, pango draws it as a hex box, not text
        squeeze(ExportAnswers::why_leave.substr(0, ExportAnswers::why_leave.find(" 🙂"))), ExportAnswers::violet_voice, std::string("Nothing at all"),
        std::string("A pattern passed down (how sure: 4 of 5)"), std::string("Final words of the park answer."),
        std::string("Sentence 60 of the park answer"), std::string("Cecilia left when Blythe was eleven. (notes:27)"),
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
  std::string epubcheck = epubcheck_command();
  if (epubcheck.empty()) {
    WARN("epubcheck is not installed (or java is missing); the EPUB was not validated");
    return;
  }
  std::string report;
  int code = run(epubcheck + " '" + epub.string() + "'", report, e.dir / "epubcheck.txt");
  INFO(report);
  CHECK(code == 0);
  CHECK(report.find("No errors or warnings detected") != std::string::npos);
  std::string guide;
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
  REQUIRE(have("xmllint"));
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
