// The study guide as one self-contained, accessible HTML file, and the same markup as the
// EPUB's content document. Written as polyglot markup (valid HTML5 and XHTML): every element
// closed, attributes quoted, all text escaped. This file is also how a screen-reader user
// reads Lineage's content, so structure is real headings and lists, never layout tables (the
// theme grid is the one data table, with its headers scoped).
#include <cctype>
#include <cstdio>
#include <sstream>

#include "core/export/escape.hpp"
#include "core/export/formats.hpp"
#include "core/journal/answer_words.hpp"

namespace lineage::export_detail {

namespace {

const char* const kGuideCss = R"css(
body { font-family: "EB Garamond", Garamond, Georgia, serif; line-height: 1.5; max-width: 42em;
       margin: 0 auto; padding: 1em; color: #1d1b1a; background: #fffdf8; }
h1, h2, h3 { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; line-height: 1.25; }
h2 { border-bottom: 1px solid #b9b1a5; padding-bottom: 0.2em; margin-top: 2em; }
.title-page dt { font-weight: bold; }
.title-page dd { margin: 0 0 0.5em 0; }
.cite { color: #5b544c; font-size: 0.9em; }
.prompt { margin-bottom: 1.2em; }
ol.prompts { list-style: none; padding-left: 0; }
.note { font-style: italic; color: #5b544c; }
.answer { border-left: 3px solid #7a6a55; margin: 0.4em 0 0 0; padding: 0.2em 0 0.2em 0.8em; }
.answer p { margin: 0 0 0.5em 0; white-space: pre-wrap; }
.blank { min-height: 6em; margin-top: 0.4em; border-bottom: 1px solid #8c8478;
         background: repeating-linear-gradient(transparent, transparent 1.45em, #c9c1b5 1.5em); }
.options { list-style: none; padding-left: 0.5em; }
.options li::before { content: "\2610\00a0"; }
table.theme-grid { border-collapse: collapse; width: 100%; margin: 1em 0; }
.theme-grid caption { text-align: left; font-weight: bold; padding-bottom: 0.4em; }
.theme-grid th, .theme-grid td { border: 1px solid #8c8478; padding: 0.35em 0.5em; vertical-align: top;
                                 text-align: left; }
.theme-grid thead th { background: #efe9df; }
@media print { body { background: none; } h2 { page-break-before: always; } }
)css";

// The guide's line height, 1.5, opened up as the app opens the reading font's lines.
constexpr double kGuideLineHeight = 1.5;

std::string x(std::string_view text) { return xml_escape(text); }

// "Not answered yet.": the screens' status, as a sentence.
std::string not_answered() {
  std::string words = answer_status(false);
  words[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(words[0])));
  return words + ".";
}

// An id attribute from a script id: letters, digits, '-' and '_' only (a valid XML name
// after our prefixes), whatever the script held.
std::string anchor(std::string_view id) {
  std::string out;
  for (char c : id) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    out += ok ? c : '-';
  }
  return out;
}

// Paragraphs of an answer: a blank line starts a new <p>, single newlines are kept by CSS
// (pre-wrap) and by a <br/> for readers that ignore CSS.
void write_paragraphs(std::ostream& out, const std::string& text) {
  std::string escaped = x(text);
  std::size_t start = 0;
  while (start <= escaped.size()) {
    std::size_t end = escaped.find("\n\n", start);
    std::string para = escaped.substr(start, end == std::string::npos ? std::string::npos : end - start);
    std::string with_breaks;
    for (char c : para) with_breaks += c == '\n' ? std::string("<br/>") : std::string(1, c);
    if (!para.empty()) out << "<p>" << with_breaks << "</p>";
    if (end == std::string::npos) break;
    start = end + 2;
  }
}

void write_prompt(std::ostream& out, const GuidePrompt& p) {
  // The number is text, not the list's own counter, so it reads the same in every format
  // (and in a reader that restarts each list at 1).
  out << "<li class=\"prompt\" id=\"prompt-" << anchor(p.id) << "\"><p><strong>" << p.number << ". "
      << x(p.text) << "</strong>";
  if (!p.about.empty()) out << " <span class=\"cite\">(" << x(p.about) << ")</span>";
  out << "</p>\n";
  if (p.answer) {
    out << "<blockquote class=\"answer\" aria-label=\"Your answer\">";
    write_paragraphs(out, *p.answer);
    out << "</blockquote>\n";
  } else if (p.kind == PromptKind::Choice || p.kind == PromptKind::Evidence) {
    out << "<p>" << not_answered() << " Tick one:</p><ul class=\"options\">";
    for (const auto& o : p.options) out << "<li>" << x(o) << "</li>";
    out << "</ul>";
    if (p.kind == PromptKind::Evidence && !p.confidence.empty()) out << "<p>" << x(p.confidence) << " 1 2 3 4 5</p>";
    out << "\n";
  } else if (p.kind == PromptKind::Scale) {
    out << "<p>" << not_answered() << " Circle one: " << x(p.scale_low) << " — ";
    for (int i = 1; i <= p.scale_points; ++i) out << i << (i < p.scale_points ? " " : "");
    out << " — " << x(p.scale_high) << "</p>\n";
  } else {
    out << "<p>" << not_answered() << "</p><div class=\"blank\"></div>\n";
  }
  out << "</li>\n";
}

void open_section(std::ostream& out, int i) {
  out << "<section id=\"" << kSections[i].id << "\" aria-labelledby=\"" << kSections[i].id
      << "-h\">\n<h2 id=\"" << kSections[i].id << "-h\">" << x(kSections[i].title) << "</h2>\n";
}

void write_entries(std::ostream& out, const std::vector<GuideEntry>& entries) {
  out << "<ul>\n";
  for (const auto& e : entries)
    out << "<li><strong>" << x(e.title) << "</strong> — " << x(e.text) << "</li>\n";
  out << "</ul>\n";
}

// The theme tracker as a data table (the one table in the guide, because it is tabular):
// a caption, column and row headers with scope, and in each cell the count and its moments.
void write_theme_grid(std::ostream& out, const StudyGuide& g) {
  const GuideThemeGrid& grid = g.theme_grid;
  open_section(out, kThemeGridSection);
  out << "<p>" << x(theme_grid_intro(g)) << "</p>\n";
  if (grid.generations.empty() || grid.rows.empty()) {
    out << "<p>No generation has been met yet.</p>\n</section>\n";
    return;
  }
  out << "<table class=\"theme-grid\">\n<caption>" << x(kSections[kThemeGridSection].title) << ": "
      << x(g.reading) << "</caption>\n<thead>\n<tr><th scope=\"col\">Theme</th>";
  for (const auto& gen : grid.generations) out << "<th scope=\"col\">" << x(gen) << "</th>";
  out << "</tr>\n</thead>\n<tbody>\n";
  for (const auto& row : grid.rows) {
    out << "<tr><th scope=\"row\">" << x(row.theme) << "</th>";
    for (const auto& cell : row.cells) {
      out << "<td><strong class=\"count\">" << x(moment_count(cell.size())) << "</strong>";
      if (!cell.empty()) out << "<br/><span class=\"cite\">" << x(theme_cell_moments(cell)) << "</span>";
      out << "</td>";
    }
    out << "</tr>\n";
  }
  out << "</tbody>\n</table>\n";
  std::string legend = theme_grid_legend(g);
  if (!legend.empty()) out << "<p class=\"note\">" << x(legend) << "</p>\n";
  out << "</section>\n";
}

}  // namespace

std::string guide_css(const ReadingFontFaces& faces) {
  std::string css = kGuideCss;
  if (!faces.chosen()) return css;
  // The reader's font for body and headings alike, as on her screens: named as installed
  // (fonts-opendyslexic, fonts-sil-andika), then the fallback the app uses, then any sans.
  std::string families;
  for (const std::string& family : faces.families) families += "\"" + family + "\", ";
  char line_height[32];
  std::snprintf(line_height, sizeof line_height, "%.3g", kGuideLineHeight * faces.line_spacing);
  css += "body, h1, h2, h3, h4 { font-family: " + families + "sans-serif; }\nbody { line-height: " +
         line_height + "; }\n";
  return css;
}

void write_guide_body(std::ostream& out, const StudyGuide& g) {
  out << "<header class=\"title-page\">\n<h1>" << x(g.title()) << "</h1>\n<dl>\n"
      << "<dt>Book</dt><dd><cite>" << x(g.book_title) << "</cite> by " << x(g.author) << "</dd>\n"
      << "<dt>Student</dt><dd>" << (g.student.empty() ? "&#160;" : x(g.student)) << "</dd>\n"
      << "<dt>Date</dt><dd>" << x(g.date) << "</dd>\n"
      << "<dt>Reading</dt><dd>" << x(g.reading) << "</dd>\n</dl>\n</header>\n<main>\n";

  open_section(out, 0);
  out << "<p>The book deals with these subjects. Read at your own pace.</p>\n";
  write_entries(out, g.content_notes);
  out << "</section>\n";

  open_section(out, 1);
  for (const auto& m : g.moments) {
    out << "<article id=\"moment-" << anchor(m.id) << "\">\n<h3>" << x(m.title);
    if (!m.when.empty()) out << " <span class=\"cite\">(" << x(m.when) << ")</span>";
    out << "</h3>\n";
    if (!m.people.empty()) {
      out << "<p><em>People:</em> ";
      for (std::size_t i = 0; i < m.people.size(); ++i) out << (i ? ", " : "") << x(m.people[i]);
      out << "</p>\n";
    }
    if (!m.content_notes.empty()) out << "<p class=\"note\">" << x(content_note_line(m)) << "</p>\n";
    if (!m.summary.empty()) out << "<p>" << x(m.summary) << "</p>\n";
    if (!m.facts.empty()) {
      out << "<h4>Facts</h4>\n<ul>\n";
      for (const auto& f : m.facts)
        out << "<li>" << x(f.text) << " <span class=\"cite\">(" << x(fact_source(g, f)) << ")</span></li>\n";
      out << "</ul>\n";
    }
    std::string left_out = left_out_line(m);
    if (!left_out.empty()) out << "<p class=\"note\">" << x(left_out) << "</p>\n";
    if (!m.prompts.empty()) {
      out << "<h4>Reflect</h4>\n<ol class=\"prompts\">\n";
      for (const auto& p : m.prompts) write_prompt(out, p);
      out << "</ol>\n";
    }
    out << "</article>\n";
  }
  out << "</section>\n";

  open_section(out, 2);
  out << "<ol class=\"prompts\">\n";
  for (const auto& p : g.reflections) write_prompt(out, p);
  out << "</ol>\n</section>\n";

  open_section(out, 3);
  write_entries(out, g.themes);
  out << "</section>\n";
  write_theme_grid(out, g);
  open_section(out, 5);
  out << "<ul>\n";
  for (const auto& t : g.takeaways) out << "<li>" << x(t) << "</li>\n";
  out << "</ul>\n</section>\n";
  open_section(out, 6);
  write_entries(out, g.memory_cues);
  out << "</section>\n";
  if (g.teacher) {
    open_section(out, kTeacherAppendix);
    out << "<p>" << x(appendix_intro(g)) << "</p>\n";
    write_entries(out, g.citations);
    out << "</section>\n";
  }
  out << "</main>\n";
}

std::string html_document(const StudyGuide& g, const ReadingFontFaces& faces) {
  std::ostringstream out;
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
      << "<title>" << x(g.title()) << (g.student.empty() ? "" : " — " + x(g.student)) << "</title>\n"
       << "<style>" << guide_css(faces) << "</style>\n</head>\n<body>\n";
  write_guide_body(out, g);
  out << "</body>\n</html>\n";
  return out.str();
}

}  // namespace lineage::export_detail
