// The exports follow the reader's reading font (#15): the PDF is set in it (pdffonts lists the
// font embedded), the HTML and EPUB name it in their CSS with fallbacks and nothing to download,
// Andika with the app's wider lines. From the command line (her journal setting, or --font) and
// from the app (File > Export, Help > Study guide for screen readers).
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "app/reader_menu.hpp"
#include "core/journal/journal.hpp"
#include "offscreen.hpp"

using namespace lineage;
using namespace lineage::testing;

namespace {

const std::string kLineage = std::string("env -u DISPLAY -u WAYLAND_DISPLAY ") + LINEAGE_BINARY;

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The fonts embedded in a PDF, as poppler's pdffonts lists them (one a line, subset prefix and all).
std::string pdf_fonts(const std::filesystem::path& pdf) {
  std::string out;
  REQUIRE(run("pdffonts " + pdf.string(), out) == 0);
  return out;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The <style> of an HTML export.
std::string style_of(const std::string& html) {
  std::size_t open = html.find("<style>"), close = html.find("</style>");
  REQUIRE(open != std::string::npos);
  REQUIRE(close != std::string::npos);
  return html.substr(open, close - open);
}

// A data folder with the reader Mia, whose reading font is `font` in her journal settings.
void reader_with_font(const std::filesystem::path& dir, const std::string& name, const std::string& font) {
  Journal journal(dir);
  std::optional<Profile> mia = journal.create_profile(name);
  REQUIRE(mia);
  REQUIRE(journal.set_setting(mia->id, "reading.font", font));
}

}  // namespace

TEST_CASE("lineage export sets the PDF and names the HTML's font as the reader chose, or --font says",
          "[cli][export][reading-look]") {
  auto dir = temp_dir("export-font");
  reader_with_font(dir, "Mia", "opendyslexic");
  std::string out;
  const std::string base = kLineage + " export --data-dir " + dir.string();

  // Her own choice, kept in her journal settings: OpenDyslexic.
  REQUIRE(run(base + " --profile Mia --out " + (dir / "mia.pdf").string(), out) == 0);
  std::string fonts = pdf_fonts(dir / "mia.pdf");
  INFO(fonts);
  CHECK(has(fonts, "OpenDyslexic"));
  CHECK_FALSE(has(fonts, "EBGaramond"));
  REQUIRE(run(base + " --profile Mia --out " + (dir / "mia.html").string(), out) == 0);
  std::string css = style_of(read_file(dir / "mia.html"));
  CHECK(has(css, "font-family: \"OpenDyslexic\""));
  CHECK(has(css, "sans-serif"));  // a fallback where the font is not installed
  CHECK_FALSE(has(css, "url("));   // nothing to download: the font is named, never fetched
  CHECK_FALSE(has(css, "http"));
  REQUIRE(run(base + " --profile Mia --out " + (dir / "mia.epub").string(), out) == 0);
  REQUIRE(run("unzip -p " + (dir / "mia.epub").string() + " OEBPS/style.css", out) == 0);
  CHECK(has(out, "font-family: \"OpenDyslexic\""));

  // --font wins over her setting, for this export only.
  REQUIRE(run(base + " --profile Mia --font andika --out " + (dir / "andika.pdf").string(), out) == 0);
  fonts = pdf_fonts(dir / "andika.pdf");
  CHECK(has(fonts, "Andika"));
  CHECK_FALSE(has(fonts, "OpenDyslexic"));
  REQUIRE(run(base + " --profile Mia --font andika --out " + (dir / "andika.html").string(), out) == 0);
  css = style_of(read_file(dir / "andika.html"));
  CHECK(has(css, "font-family: \"Andika\""));
  CHECK(has(css, "line-height: 1.65"));  // the app's 1.1 times wider lines, over the guide's 1.5
  REQUIRE(run(base + " --profile Mia --font default --out " + (dir / "default.pdf").string(), out) == 0);
  fonts = pdf_fonts(dir / "default.pdf");
  CHECK(has(fonts, "EBGaramond"));
  CHECK_FALSE(has(fonts, "OpenDyslexic"));

  // A blank worksheet has no reader: the default type, or --font's.
  REQUIRE(run(base + " --worksheet --out " + (dir / "blank.pdf").string(), out) == 0);
  CHECK_FALSE(has(pdf_fonts(dir / "blank.pdf"), "OpenDyslexic"));
  REQUIRE(run(base + " --worksheet --font opendyslexic --out " + (dir / "blank-od.pdf").string(), out) == 0);
  CHECK(has(pdf_fonts(dir / "blank-od.pdf"), "OpenDyslexic"));
  REQUIRE(run(base + " --worksheet --out " + (dir / "blank.html").string(), out) == 0);
  CHECK_FALSE(has(style_of(read_file(dir / "blank.html")), "OpenDyslexic"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("lineage export --lesson --font sets the class's handout in the font asked for", "[cli][export][reading-look]") {
  auto dir = temp_dir("export-font-lesson");
  std::string out;
  const std::string base = kLineage + " export --data-dir " + dir.string() + " --lesson mothers-before-blythe";
  REQUIRE(run(base + " --font andika --format pdf --out " + (dir / "handout.pdf").string(), out) == 0);
  std::string fonts = pdf_fonts(dir / "handout.pdf");
  INFO(fonts);
  CHECK(has(fonts, "Andika"));
  CHECK_FALSE(has(fonts, "EBGaramond"));
  REQUIRE(run(base + " --font opendyslexic --format html --out " + (dir / "handout.html").string(), out) == 0);
  std::string css = style_of(read_file(dir / "handout.html"));
  CHECK(has(css, "font-family: \"OpenDyslexic\""));
  CHECK_FALSE(has(css, "url("));
  REQUIRE(run(base + " --format pdf --out " + (dir / "plain.pdf").string(), out) == 0);
  CHECK(has(pdf_fonts(dir / "plain.pdf"), "EBGaramond"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("the app's exports follow the reader's font: File > Export and Help > Study guide for screen readers",
          "[app][export][reading-look]") {
  auto dir = temp_dir("export-font-app");
  reader_with_font(dir, "Ada", "andika");
  auto app = start_offscreen({"--scene", "timeline"}, dir);
  app->settle();
  REQUIRE(app->state().profile_name == "Ada");
  // Help > Study guide for screen readers (F10 opens File; Left goes round to Help).
  for (const char* key : {"F10", "Left", "Down", "Return"}) {
    REQUIRE(app->press_key(key));
    app->settle();
  }
  REQUIRE(app->guide_note_open());
  std::filesystem::path guide;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().extension() == ".html") guide = entry.path();
  REQUIRE_FALSE(guide.empty());
  std::string css = style_of(read_file(guide));
  CHECK(has(css, "font-family: \"Andika\""));
  CHECK(has(css, "line-height: 1.65"));

  // File > Export as PDF (the dialog's export).
  ExportChoice choice;
  choice.format = ExportFormat::Pdf;
  choice.path = (dir / "ada.pdf").string();
  ExportResult result = export_for_reader(app->state(), choice);
  INFO(result.message);
  REQUIRE(result.ok);
  CHECK(has(pdf_fonts(dir / "ada.pdf"), "Andika"));
  app.reset();

  // --font on the command line wins for the run, and its exports.
  auto app2 = start_offscreen({"--scene", "timeline", "--font", "opendyslexic"}, dir);
  app2->settle();
  choice.path = (dir / "ada-od.pdf").string();
  result = export_for_reader(app2->state(), choice);
  REQUIRE(result.ok);
  CHECK(has(pdf_fonts(dir / "ada-od.pdf"), "OpenDyslexic"));
  app2.reset();
  std::filesystem::remove_all(dir);
}
