// The study guide as a printable PDF: title page, content notes, then the moments with their
// prompts (answers, or ruled lines to write on), themes, takeaways and memory cues.
// Body in EB Garamond, headings in DejaVu Sans, both found by fontconfig family name; or all in
// the reader's reading font (PdfFlow::set_reading_font).
#include <algorithm>

#include "core/export/escape.hpp"
#include "core/export/formats.hpp"
#include "core/export/pdf_flow.hpp"

namespace lineage::export_detail {
namespace {

std::string x(std::string_view text) { return xml_escape(text); }  // Pango markup is XML

// "EB Garamond 12" is the text cut of the family (fontconfig also has an "08" cut for captions).
const std::string kSerif = "EB Garamond 12,EB Garamond,serif ";
const std::string kSans = "DejaVu Sans,sans-serif ";
const TextStyle kTitle{kSans + "Bold 24", 0, 0, 10};
const TextStyle kH1{kSans + "Bold 17", 0, 0, 10};
const TextStyle kH2{kSans + "Bold 12.5", 0, 14, 4};
const TextStyle kLabel{kSans + "Bold 9.5", 0, 6, 3};
const TextStyle kBody{kSerif + "11.5", 0, 0, 6};
const TextStyle kItem{kSerif + "11.5", 14, 0, 3};
const TextStyle kBullet{kSerif + "11.5", 14, 0, 3, 7.5};  // "• " hangs; wrapped lines align
const TextStyle kAnswer{kSerif + "Italic 11.5", 24, 2, 8};
const TextStyle kPrompt{kSerif + "Bold 11.5", 0, 8, 2};
const TextStyle kNote{kSerif + "Italic 11.5", 0, 0, 6};

std::string fact_bullet(const StudyGuide& g, const GuideFact& f) {
  return "• " + x(f.text) + " <span foreground=\"#5b544c\">(" + x(fact_source(g, f)) + ")</span>";
}

void section_heading(PdfFlow& pdf, int section) {
  pdf.page_break();
  pdf.heading(x(kSections[section].title), kH1, 1, kSections[section].title);
}

std::string prompt_head(const GuidePrompt& p) {
  std::string head = std::to_string(p.number) + ". " + x(p.text);
  if (!p.about.empty()) head += "  <span weight=\"normal\" foreground=\"#5b544c\">(" + x(p.about) + ")</span>";
  return head;
}

// A question and the first of its answer or blanks: what must share a page.
double prompt_start_height(PdfFlow& pdf, const GuidePrompt& p) {
  double after = 3 * 16.0;  // the first lines of an answer
  if (!p.answer) {
    if (p.kind == PromptKind::Open) after = 5 * PdfFlow::kRuleGap + 8;
    else if (p.kind == PromptKind::Scale) after = 24;
    else after = double(p.options.size() + (p.kind == PromptKind::Evidence ? 1 : 0)) * 17 + 6;
  }
  return pdf.measure(prompt_head(p), kPrompt) + after;
}

void write_prompt(PdfFlow& pdf, const GuidePrompt& p) {
  std::string head = prompt_head(p);
  TextStyle option = kItem;
  option.indent = 24;
  // Never a question at the foot of a page with its answer or blanks on the next.
  pdf.keep_together(prompt_start_height(pdf, p));
  pdf.paragraph(head, kPrompt);
  if (p.answer) {
    pdf.paragraph(x(*p.answer), kAnswer);
    return;
  }
  switch (p.kind) {
    case PromptKind::Choice:
    case PromptKind::Evidence:
      for (const auto& o : p.options)
        pdf.paragraph("<span font=\"DejaVu Sans\">\u2610</span>  " + x(o), option);
      if (p.kind == PromptKind::Evidence && !p.confidence.empty())
        pdf.paragraph(x(p.confidence) + "   1   2   3   4   5", option);
      pdf.vertical_space(6);
      break;
    case PromptKind::Scale: {
      std::string points;
      for (int i = 1; i <= p.scale_points; ++i) points += "   " + std::to_string(i);
      pdf.paragraph(x(p.scale_low) + "  " + points + "     " + x(p.scale_high), option);
      pdf.vertical_space(6);
      break;
    }
    case PromptKind::Open: pdf.ruled_lines(5, 24); break;
  }
}

void write_entries(PdfFlow& pdf, const std::vector<GuideEntry>& entries) {
  for (const auto& e : entries) pdf.paragraph("<b>" + x(e.title) + "</b> — " + x(e.text), kItem);
}

// One row of the theme grid: a theme (or, for the header, nothing) and its cells. Black text on
// white with grey rules and a grey bar whose length is the count, so it reads printed in black
// and white; the count is always written as a number too.
constexpr double kGridLabel = 168, kGridRow = 34, kGridHeader = 30;
const TextStyle kGridText{kSans + "9", 0, 0, 0};
const TextStyle kGridHead{kSans + "Bold 9", 0, 0, 0};
const TextStyle kGridCount{kSans + "Bold 12", 0, 0, 0};

void grid_rule(cairo_t* cr, double x0, double y0, double x1, double y1) {
  cairo_move_to(cr, x0, y0);
  cairo_line_to(cr, x1, y1);
  cairo_stroke(cr);
}

void draw_grid_header(PdfFlow& pdf, const GuideThemeGrid& grid) {
  double col_w = (pdf.content_width() - kGridLabel) / double(grid.generations.size());
  pdf.drawing(kGridHeader, [&](cairo_t* cr, double left, double top) {
    cairo_set_source_rgb(cr, 0, 0, 0);
    pdf.text_at("Theme", kGridHead, left + 4, top + 8, kGridLabel - 8);
    for (std::size_t c = 0; c < grid.generations.size(); ++c)
      pdf.text_at(x(grid.generations[c]), kGridHead, left + kGridLabel + col_w * double(c) + 2, top + 8,
                  col_w - 4, true);
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_set_line_width(cr, 1.0);
    grid_rule(cr, left, top + kGridHeader, left + pdf.content_width(), top + kGridHeader);
  });
}

// Where a cell's bar goes: clear of its count's ink as the font sets it (a reading font's
// digits reach lower than DejaVu Sans's, which leave the bar about 5 points).
double grid_bar_top(PdfFlow& pdf) { return std::max(24.0, 4 + pdf.ink_bottom("0123456789", kGridCount, 200) + 4); }

// A row is as tall as its theme's name, wrapped in the label column, or its count and bar need.
double grid_row_height(PdfFlow& pdf, const GuideThemeRow& row) {
  return std::max({kGridRow, grid_bar_top(pdf) + 10, pdf.text_height(x(row.theme), kGridText, kGridLabel - 8) + 16});
}

void draw_grid_row(PdfFlow& pdf, const GuideThemeGrid& grid, const GuideThemeRow& row) {
  double col_w = (pdf.content_width() - kGridLabel) / double(grid.generations.size());
  double height = grid_row_height(pdf, row), bar_top = grid_bar_top(pdf);
  pdf.drawing(height, [&](cairo_t* cr, double left, double top) {
    cairo_set_source_rgb(cr, 0, 0, 0);
    pdf.text_at(x(row.theme), kGridText, left + 4, top + 8, kGridLabel - 8);
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      double cx = left + kGridLabel + col_w * double(c);
      std::size_t n = row.cells[c].size();
      cairo_set_source_rgb(cr, 0, 0, 0);
      pdf.text_at(std::to_string(n), kGridCount, cx, top + 4, col_w, true);
      if (n > 0 && grid.strongest > 0) {  // a bar as long as the count, against the strongest cell
        double full = col_w - 24, bar = full * double(n) / double(grid.strongest);
        cairo_set_source_rgb(cr, 0.45, 0.45, 0.45);
        cairo_rectangle(cr, cx + (col_w - bar) / 2, top + bar_top, bar, 4);
        cairo_fill(cr);
      }
    }
    cairo_set_source_rgb(cr, 0.55, 0.55, 0.55);
    cairo_set_line_width(cr, 0.5);
    double bottom = top + height;
    grid_rule(cr, left, bottom, left + pdf.content_width(), bottom);
    for (std::size_t c = 0; c <= row.cells.size(); ++c) {
      double vx = left + kGridLabel + col_w * double(c);
      grid_rule(cr, vx, top, vx, bottom);
    }
  });
}

// "Themes across the generations": the drawn grid of counts, then each theme's moments by
// generation in words (the grid's cells are too small for titles).
void write_theme_grid(PdfFlow& pdf, const StudyGuide& g) {
  const GuideThemeGrid& grid = g.theme_grid;
  section_heading(pdf, kThemeGridSection);
  pdf.paragraph(x(theme_grid_intro(g)), kBody);
  if (grid.generations.empty() || grid.rows.empty()) {
    pdf.paragraph("No generation has been met yet.", kBody);
    return;
  }
  pdf.vertical_space(6);
  pdf.keep_together(kGridHeader + kGridRow * 2);
  draw_grid_header(pdf, grid);
  int page = pdf.page();
  for (const auto& row : grid.rows) {
    pdf.keep_together(grid_row_height(pdf, row));
    if (pdf.page() != page) {  // the grid ran onto a new page: its column titles come again
      draw_grid_header(pdf, grid);
      page = pdf.page();
    }
    draw_grid_row(pdf, grid, row);
  }
  pdf.vertical_space(10);
  pdf.paragraph("Each number counts the moments of that generation carrying the theme; the bar shows it "
                "against the fullest cell.", kNote);
  for (const auto& row : grid.rows) {
    bool any = false;
    for (const auto& cell : row.cells) any = any || !cell.empty();
    if (!any) continue;
    pdf.heading(x(row.theme), kLabel, 0, "", 20);
    for (std::size_t c = 0; c < row.cells.size(); ++c)
      if (!row.cells[c].empty())
        pdf.paragraph("• <b>" + x(grid.generations[c]) + "</b> (" + x(moment_count(row.cells[c].size())) +
                          "): " + x(theme_cell_moments(row.cells[c])),
                      kBullet);
  }
  std::string legend = theme_grid_legend(g);
  if (!legend.empty()) pdf.paragraph(x(legend), kNote);
}

}  // namespace

bool write_pdf(const StudyGuide& g, Paper paper, const ReadingFontFaces& faces, const std::filesystem::path& path,
               std::string& error) {
  bool a4 = paper == Paper::A4;
  PdfFlow pdf(path, a4 ? 595.28 : 612.0, a4 ? 841.89 : 792.0);
  if (!pdf.ok()) {
    error = "cannot create the PDF: " + pdf.error();
    return false;
  }
  pdf.set_metadata(g.title(), g.student);
  pdf.set_reading_font(faces);

  // Title page.
  pdf.vertical_space(170);
  pdf.paragraph(x(g.title()), kTitle);
  pdf.paragraph("<i>" + x(g.book_title) + "</i> by " + x(g.author), TextStyle{kSerif + "16", 0, 0, 40});
  pdf.paragraph("Student: " + (g.student.empty() ? std::string("______________________") : x(g.student)),
                TextStyle{kSerif + "14", 0, 0, 8});
  pdf.paragraph("Date: " + x(g.date), TextStyle{kSerif + "14", 0, 0, 8});
  pdf.paragraph("Reading: " + x(g.reading), TextStyle{kSerif + "14", 0, 0, 8});

  section_heading(pdf, 0);
  pdf.paragraph("The book deals with these subjects. Read at your own pace.", kBody);
  write_entries(pdf, g.content_notes);

  section_heading(pdf, 1);
  for (const auto& m : g.moments) {
    std::string title = x(m.title);
    if (!m.when.empty()) title += "  <span weight=\"normal\" size=\"smaller\">(" + x(m.when) + ")</span>";
    pdf.heading(title, kH2);
    if (!m.people.empty()) {
      std::string people;
      for (std::size_t i = 0; i < m.people.size(); ++i) people += (i ? ", " : "") + x(m.people[i]);
      pdf.paragraph("<i>People:</i> " + people, kBody);
    }
    if (!m.content_notes.empty()) pdf.paragraph(x(content_note_line(m)), kNote);
    if (!m.summary.empty()) pdf.paragraph(x(m.summary), kBody);
    // The labels keep their first item with them, so neither ends a page alone.
    if (!m.facts.empty()) pdf.heading("Facts", kLabel, 0, "", pdf.measure(fact_bullet(g, m.facts[0]), kBullet));
    for (const auto& f : m.facts) pdf.paragraph(fact_bullet(g, f), kBullet);
    std::string left_out = left_out_line(m);
    if (!left_out.empty()) pdf.paragraph(x(left_out), kNote);
    if (!m.prompts.empty()) pdf.heading("Reflect", kLabel, 0, "", prompt_start_height(pdf, m.prompts[0]));
    for (const auto& p : m.prompts) write_prompt(pdf, p);
  }

  section_heading(pdf, 2);
  for (const auto& p : g.reflections) write_prompt(pdf, p);

  section_heading(pdf, 3);
  write_entries(pdf, g.themes);
  write_theme_grid(pdf, g);
  section_heading(pdf, 5);
  for (const auto& t : g.takeaways) pdf.paragraph("• " + x(t), kBullet);
  pdf.vertical_space(12);
  pdf.heading(x(kSections[6].title), kH2, 1, kSections[6].title);
  write_entries(pdf, g.memory_cues);
  if (g.teacher) {
    section_heading(pdf, kTeacherAppendix);
    pdf.paragraph(x(appendix_intro(g)), kBody);
    write_entries(pdf, g.citations);
  }

  pdf.finish();
  if (!pdf.ok()) {
    error = "cannot write the PDF: " + pdf.error();
    return false;
  }
  return true;
}

}  // namespace lineage::export_detail
