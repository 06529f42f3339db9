// "Themes across the generations": the theme tracker's grid as a page of the study guide, built
// from the screen's own model (core/study theme_grid), within the guide's milestone, in every
// format; the files checked with xmllint, epubcheck and pdftotext as the other export tests do.
#include <catch2/catch.hpp>
#include <cstdlib>

#include "core/export/export.hpp"
#include "core/export/formats.hpp"
#include "core/export/study_guide.hpp"
#include "core/script/loader.hpp"
#include "core/study/study_views.hpp"
#include "export_answers.hpp"
#include "export_story.hpp"
#include "external_tool.hpp"
#include "journal_temp_dir.hpp"

using namespace lineage;
using lineage::testing::require_tool;
using lineage::testing::TempDir;

namespace {

// The export story with generations: Cecilia's, Blythe's and Violet's lanes. Violet is in no
// moment before Part Two here, so her column waits for it. The park (Part Two, content-noted)
// is in Blythe's lane and carries both themes.
Story grid_story() {
  Story s = lineage::testing::export_story();
  s.lanes = {{"cecilia", "Cecilia", 2, 0, {}}, {"blythe", "Blythe", 0, 1, {}}, {"violet", "Violet", 1, 2, {}}};
  for (int i = 0; i < 3; ++i) s.lane_index[s.lanes[std::size_t(i)].id] = i;
  s.moments[1].lane = 0;           // Cecilia leaves (always visible)
  s.moments[2].lane = 1;           // Violet is born (Part One)
  s.moments[2].people = {0};       // ... shows only Blythe in this fixture
  s.moments[0].lane = 1;           // the park (Part Two)
  s.moments[0].themes = {0, 1};
  return s;
}

StudyGuide grid_guide(const Story& story, int milestone, bool gentle = false) {
  GuideOptions options;
  options.milestone = milestone;
  options.gentle = gentle;
  options.date = "24 November 2026";
  return build_study_guide(story, {}, options);
}

std::vector<std::size_t> counts(const GuideThemeRow& row) {
  std::vector<std::size_t> out;
  for (const auto& cell : row.cells) out.push_back(cell.size());
  return out;
}

std::string section_of(const std::string& text, const std::string& from, const std::string& to) {
  auto begin = text.find(from);
  REQUIRE(begin != std::string::npos);
  auto end = text.find(to, begin);
  REQUIRE(end != std::string::npos);
  return text.substr(begin, end - begin);
}

int run(const std::string& command, std::string& output, const std::filesystem::path& scratch) {
  int code = std::system((command + " > '" + scratch.string() + "' 2>&1").c_str());
  output = lineage::testing::read_file(scratch);
  return WIFEXITED(code) ? WEXITSTATUS(code) : -1;
}

}  // namespace

TEST_CASE("Theme grid: counts within Part One, nothing beyond it", "[export][themes]") {
  Story story = grid_story();
  StudyGuide g = grid_guide(story, 0);
  const GuideThemeGrid& grid = g.theme_grid;
  CHECK(grid.generations == std::vector<std::string>{"Cecilia", "Blythe"});  // Violet not yet met
  REQUIRE(grid.rows.size() == 2);
  CHECK(grid.rows[0].theme == "Inheritance");
  CHECK(counts(grid.rows[0]) == std::vector<std::size_t>{1, 1});
  CHECK(grid.rows[0].cells[0][0].title == "Cecilia leaves");
  CHECK(grid.rows[0].cells[1][0].title == "Violet is born");
  CHECK(counts(grid.rows[1]) == std::vector<std::size_t>{0, 0});
  CHECK(grid.strongest == 1);

  std::string md = section_of(export_detail::markdown_document(g), "## Themes across the generations",
                              "## Key takeaways");
  CHECK(md.find("so far (Up to: Part One)") != std::string::npos);
  CHECK(md.find("| Theme | Cecilia | Blythe |") != std::string::npos);
  CHECK(md.find("| **Inheritance** | 1 moment: \u201cCecilia leaves\u201d | 1 moment: \u201cViolet is born\u201d |") !=
        std::string::npos);
  CHECK(md.find("| **Perception** | no moment | no moment |") != std::string::npos);
  CHECK(md.find("park") == std::string::npos);
  CHECK(md.find("Violet |") == std::string::npos);
}

TEST_CASE("Theme grid: counts within Part Two, and the screen's model agrees", "[export][themes]") {
  Story story = grid_story();
  StudyGuide g = grid_guide(story, 1);
  const GuideThemeGrid& grid = g.theme_grid;
  CHECK(grid.generations == std::vector<std::string>{"Cecilia", "Blythe", "Violet"});
  REQUIRE(grid.rows.size() == 2);
  CHECK(counts(grid.rows[0]) == std::vector<std::size_t>{1, 2, 0});
  CHECK(counts(grid.rows[1]) == std::vector<std::size_t>{0, 1, 0});
  REQUIRE(grid.rows[0].cells[1].size() == 2);
  CHECK(grid.rows[0].cells[1][0].title == "Violet is born");  // story order
  CHECK(grid.rows[0].cells[1][1].title == "The park");
  CHECK_FALSE(grid.rows[0].cells[1][1].content_noted);  // marked only in a gentle guide
  CHECK(grid.strongest == 2);

  // The theme tracker screen draws theme_grid with the same visibility: same cells, same counts.
  Visibility visible = Visibility::up_to(story, 1);
  ThemeGrid model = theme_grid(story, visible);
  std::vector<int> columns = theme_grid_columns(story, visible, model);
  REQUIRE(columns.size() == grid.generations.size());
  for (std::size_t t = 0; t < model.cells.size(); ++t)
    for (std::size_t c = 0; c < columns.size(); ++c)
      CHECK(model.cells[t][std::size_t(columns[c])].size() == grid.rows[t].cells[c].size());

  std::string html = export_detail::html_document(g);
  std::string table = section_of(html, "<section id=\"theme-grid\"", "</section>");
  CHECK(table.find("<caption>Themes across the generations: Up to: Part Two</caption>") != std::string::npos);
  CHECK(table.find("<th scope=\"col\">Theme</th><th scope=\"col\">Cecilia</th><th scope=\"col\">Blythe</th>"
                   "<th scope=\"col\">Violet</th>") != std::string::npos);
  CHECK(table.find("<tr><th scope=\"row\">Perception</th><td><strong class=\"count\">no moment</strong></td>"
                   "<td><strong class=\"count\">1 moment</strong><br/><span class=\"cite\">\u201cThe park\u201d"
                   "</span></td>") != std::string::npos);
  CHECK(table.find("2 moments</strong><br/><span class=\"cite\">\u201cViolet is born\u201d, \u201cThe park\u201d") !=
        std::string::npos);
}

TEST_CASE("Theme grid: the bundled story's guide and theme tracker agree at every milestone",
          "[export][themes]") {
  auto loaded = load_story(std::string(LINEAGE_SOURCE_DIR) + "/story");
  REQUIRE(loaded.story);
  const Story& story = *loaded.story;
  REQUIRE(story.milestones.size() >= 2);
  std::size_t previous_total = 0;
  for (int milestone = 0; milestone < int(story.milestones.size()); ++milestone) {
    INFO("milestone " << story.milestones[std::size_t(milestone)].id);
    StudyGuide g = grid_guide(story, milestone);
    Visibility visible = Visibility::up_to(story, milestone);
    ThemeGrid model = theme_grid(story, visible);
    std::vector<int> columns = theme_grid_columns(story, visible, model);
    REQUIRE(g.theme_grid.rows.size() == story.themes.size());
    REQUIRE(g.theme_grid.generations.size() == columns.size());
    std::size_t total = 0;
    for (std::size_t t = 0; t < model.cells.size(); ++t)
      for (std::size_t c = 0; c < columns.size(); ++c) {
        const auto& moments = model.cells[t][std::size_t(columns[c])];
        REQUIRE(g.theme_grid.rows[t].cells[c].size() == moments.size());
        total += moments.size();
        for (int m : moments) CHECK(visible.moment(m));  // nothing beyond the milestone
      }
    CHECK(total >= previous_total);  // reading on never takes a moment away
    previous_total = total;
  }
}

TEST_CASE("Theme grid: a gentle guide marks a content-noted moment and says why", "[export][themes]") {
  Story story = grid_story();
  StudyGuide gentle = grid_guide(story, -1, true);
  CHECK(gentle.theme_grid.rows[0].cells[1][1].content_noted);
  CHECK_FALSE(gentle.theme_grid.rows[0].cells[1][0].content_noted);
  std::string md = export_detail::markdown_document(gentle);
  CHECK(md.find("\u201cThe park\u201d\u2020") != std::string::npos);
  CHECK(md.find("\u2020 A moment with a content note; this gentle guide tells it gently.") != std::string::npos);
  CHECK(export_detail::markdown_document(grid_guide(story, -1)).find("\u2020") == std::string::npos);
}

TEST_CASE("Theme grid: HTML validates, the EPUB passes epubcheck, the PDF's text has the page",
          "[export][themes]") {
  TempDir dir("export-theme-grid");
  Story story = grid_story();
  Journal journal(dir / "data");
  Profile mia = lineage::testing::fill_journal(journal);
  auto write = [&](ExportFormat format, const std::string& name, int milestone) {
    ExportOptions options;
    options.format = format;
    options.out = dir / name;
    options.milestone = milestone;
    options.gentle = true;
    options.date = "24 November 2026";
    ExportResult result = export_study_guide(story, journal, mia, options);
    INFO(result.message);
    REQUIRE(result.ok);
    return options.out;
  };
  std::string report;

  auto html = write(ExportFormat::Html, "grid.html", 1);
  require_tool("xmllint", "libxml2-utils");
  CHECK(run("xmllint --noout '" + html.string() + "'", report, dir / "xmllint.txt") == 0);
  INFO(report);
  CHECK(report.empty());
  // libxml2's HTML parser knows HTML 4 only, so it may name <section> and <main>: the exit code says it parsed.
  CHECK(run("xmllint --html --noout '" + html.string() + "'", report, dir / "xmllint.txt") == 0);

  auto epub = write(ExportFormat::Epub, "grid.epub", 1);
  int code = run(lineage::testing::epubcheck_command() + " '" + epub.string() + "'", report, dir / "epubcheck.txt");
  INFO(report);
  CHECK(code == 0);
  CHECK(report.find("No errors or warnings detected") != std::string::npos);
  require_tool("unzip", "unzip");
  std::string nav, guide;
  REQUIRE(run("unzip -p '" + epub.string() + "' OEBPS/nav.xhtml", nav, dir / "nav.xhtml") == 0);
  CHECK(nav.find("guide.xhtml#theme-grid\">Themes across the generations</a>") != std::string::npos);
  REQUIRE(run("unzip -p '" + epub.string() + "' OEBPS/guide.xhtml", guide, dir / "guide.xhtml") == 0);
  CHECK(guide.find("<th scope=\"row\">Inheritance</th>") != std::string::npos);

  require_tool("pdftotext", "poppler-utils");
  for (int milestone : {0, 1}) {
    auto pdf = write(ExportFormat::Pdf, "grid" + std::to_string(milestone) + ".pdf", milestone);
    std::string text;
    REQUIRE(run("pdftotext -enc UTF-8 '" + pdf.string() + "' -", text, dir / "grid.txt") == 0);
    std::string page = section_of(text, "Themes across the generations", "Key takeaways");
    INFO(page);
    CHECK(page.find("Inheritance") != std::string::npos);
    CHECK(page.find("Perception") != std::string::npos);
    CHECK(page.find("\u201cCecilia leaves\u201d") != std::string::npos);
    if (milestone == 0) {
      CHECK(page.find("park") == std::string::npos);
      CHECK(page.find("Violet (") == std::string::npos);
      CHECK(page.find("Blythe (1 moment): \u201cViolet is born\u201d") != std::string::npos);
    } else {
      CHECK(page.find("Blythe (2 moments): \u201cViolet is born\u201d, \u201cThe park\u201d\u2020") != std::string::npos);
    }
  }
}
