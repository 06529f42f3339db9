// The study guide as Markdown (CommonMark): plain to read as text, and renders anywhere.
#include <sstream>

#include "core/export/escape.hpp"
#include "core/export/formats.hpp"

namespace lineage::export_detail {
namespace {

std::string md(std::string_view text) { return markdown_escape(text); }

// Each line of a (possibly multi-line) answer inside a block quote, so paragraphs survive.
void write_quoted(std::ostream& out, const std::string& text) {
  std::string escaped = md(text);
  std::istringstream lines(escaped);
  std::string line;
  while (std::getline(lines, line)) out << "> " << line << "\n";
}

void write_prompt(std::ostream& out, const GuidePrompt& p) {
  out << p.number << ". **" << md(p.text) << "**";
  if (!p.about.empty()) out << " *(" << md(p.about) << ")*";
  out << "\n\n";
  if (p.answer) {
    write_quoted(out, *p.answer);
    out << "\n";
    return;
  }
  // A blank to write in: choices as boxes, a scale as its points, open questions as lines.
  if (p.kind == PromptKind::Choice || p.kind == PromptKind::Evidence) {
    for (const auto& o : p.options) out << "   - [ ] " << md(o) << "\n";
    if (p.kind == PromptKind::Evidence && !p.confidence.empty()) out << "\n   " << md(p.confidence) << " 1 · 2 · 3 · 4 · 5\n";
  } else if (p.kind == PromptKind::Scale) {
    out << "   " << md(p.scale_low) << " — ";
    for (int i = 1; i <= p.scale_points; ++i) out << i << (i < p.scale_points ? " · " : "");
    out << " — " << md(p.scale_high) << "\n";
  } else {
    std::string rule;
    for (int i = 0; i < 48; ++i) rule += "\\_";  // escaped, so it is a line and not emphasis
    for (int i = 0; i < 4; ++i) out << "   " << rule << "\n\n";
  }
  out << "\n";
}

// The theme tracker as a pipe table: a row per theme, a column per generation, each cell its
// count and the moments carrying it.
void write_theme_grid(std::ostream& out, const StudyGuide& g) {
  const GuideThemeGrid& grid = g.theme_grid;
  out << "\n## " << kSections[kThemeGridSection].title << "\n\n" << md(theme_grid_intro(g)) << "\n\n";
  if (grid.generations.empty() || grid.rows.empty()) {
    out << "No generation has been met yet.\n";
    return;
  }
  out << "| Theme |";
  for (const auto& gen : grid.generations) out << " " << md(gen) << " |";
  out << "\n| --- |";
  for (std::size_t c = 0; c < grid.generations.size(); ++c) out << " --- |";
  out << "\n";
  for (const auto& row : grid.rows) {
    out << "| **" << md(row.theme) << "** |";
    for (const auto& cell : row.cells) {
      out << " " << md(moment_count(cell.size()));
      if (!cell.empty()) out << ": " << md(theme_cell_moments(cell));
      out << " |";
    }
    out << "\n";
  }
  std::string legend = theme_grid_legend(g);
  if (!legend.empty()) out << "\n*" << md(legend) << "*\n";
}

}  // namespace

std::string markdown_document(const StudyGuide& g) {
  std::ostringstream out;
  out << "# " << md(g.title()) << "\n\n";
  out << "- **Book:** *" << md(g.book_title) << "* by " << md(g.author) << "\n";
  out << "- **Student:** " << (g.student.empty() ? "\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_" : md(g.student)) << "\n";
  out << "- **Date:** " << md(g.date) << "\n";
  out << "- **Reading:** " << md(g.reading) << "\n\n";

  out << "## " << kSections[0].title << "\n\n";
  for (const auto& n : g.content_notes) out << "- **" << md(n.title) << "** — " << md(n.text) << "\n";
  out << "\n";

  out << "## " << kSections[1].title << "\n\n";
  for (const auto& m : g.moments) {
    out << "### " << md(m.title);
    if (!m.when.empty()) out << " (" << md(m.when) << ")";
    out << "\n\n";
    if (!m.people.empty()) {
      out << "*People:* ";
      for (std::size_t i = 0; i < m.people.size(); ++i) out << (i ? ", " : "") << md(m.people[i]);
      out << "\n\n";
    }
    if (!m.content_notes.empty()) out << "*" << md(content_note_line(m)) << "*\n\n";
    if (!m.summary.empty()) out << md(m.summary) << "\n\n";
    if (!m.facts.empty()) {
      out << "**Facts**\n\n";
      for (const auto& f : m.facts) out << "- " << md(f.text) << " (" << md(fact_source(g, f)) << ")\n";
      out << "\n";
    }
    std::string left_out = left_out_line(m);
    if (!left_out.empty()) out << "*" << md(left_out) << "*\n\n";
    if (!m.prompts.empty()) out << "**Reflect**\n\n";
    for (const auto& p : m.prompts) write_prompt(out, p);
  }

  out << "## " << kSections[2].title << "\n\n";
  for (const auto& p : g.reflections) write_prompt(out, p);

  out << "## " << kSections[3].title << "\n\n";
  for (const auto& t : g.themes) out << "- **" << md(t.title) << "** — " << md(t.text) << "\n";
  write_theme_grid(out, g);
  out << "\n## " << kSections[5].title << "\n\n";
  for (const auto& t : g.takeaways) out << "- " << md(t) << "\n";
  out << "\n## " << kSections[6].title << "\n\n";
  for (const auto& c : g.memory_cues) out << "- **" << md(c.title) << "** — " << md(c.text) << "\n";
  if (g.teacher) {
    out << "\n## " << kSections[kTeacherAppendix].title << "\n\n" << md(appendix_intro(g)) << "\n\n";
    for (const auto& c : g.citations) out << "- **" << md(c.title) << "** — " << md(c.text) << "\n";
  }
  return out.str();
}

}  // namespace lineage::export_detail
