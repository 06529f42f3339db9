// A small page-flow typesetter over cairo's PDF surface and pango: paragraphs are broken into
// lines by pango and laid down one line at a time, so a long answer flows across pages.
// Text stays real text in the PDF (selectable, searchable, read by pdftotext).
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include <filesystem>
#include <functional>
#include <map>
#include <string>

#include "core/settings/reading_look.hpp"

namespace lineage::export_detail {

struct TextStyle {
  std::string font = "EB Garamond 12,EB Garamond,serif 11.5";  // fontconfig family and size, pango syntax
  double indent = 0;                     // points from the left margin
  double space_before = 0, space_after = 6;
  double hang = 0;  // lines after the first are indented this much more (under a bullet's text)
};

class PdfFlow {
 public:
  // Page size in points: A4 is 595.28 x 841.89, Letter 612 x 792.
  PdfFlow(const std::filesystem::path& path, double width, double height);
  ~PdfFlow();
  PdfFlow(const PdfFlow&) = delete;
  PdfFlow& operator=(const PdfFlow&) = delete;

  bool ok() const;  // false if the surface could not be made or written
  std::string error() const;

  void set_metadata(const std::string& title, const std::string& author);
  // Every text from here on in the reader's font (`faces.chosen()`), whatever family its style
  // names, keeping its weight and style; sized so its lowercase stands as tall as the family
  // it replaces (as on screen), and its lines `faces.line_spacing` times further apart.
  void set_reading_font(const ReadingFontFaces& faces);
  // `markup` is Pango markup: every piece of outside text must be escaped by the caller.
  void paragraph(const std::string& markup, const TextStyle& style = {});
  // A heading that never sits alone at the foot of a page: it moves to the next page unless
  // `keep_next` points of what follows fit under it (keep-with-next). Optionally an outline entry.
  static constexpr double kKeepNext = 72;  // a few lines of body text
  void heading(const std::string& markup, const TextStyle& style, int outline_level = 0,
               const std::string& outline_title = "", double keep_next = kKeepNext);
  void ruled_lines(int count, double indent = 0);  // lines to write on
  static constexpr double kRuleGap = 22;             // between ruled lines
  // Height `paragraph` would take, so a caller can keep a question with its blank lines.
  double measure(const std::string& markup, const TextStyle& style);
  // Starts a new page unless `points` more fit on this one (or the page is still empty).
  void keep_together(double points) { ensure_room(points); }
  // Room for a drawing `height` points tall (on the next page if it does not fit here); `draw`
  // gets the cairo context and the drawing's top-left corner; the flow continues below it.
  void drawing(double height, const std::function<void(cairo_t*, double left, double top)>& draw);
  // Text placed by a drawing: `markup` in `width` points from (x, y), left-aligned or centred.
  void text_at(const std::string& markup, const TextStyle& style, double x, double y, double width,
               bool centre = false);
  double text_height(const std::string& markup, const TextStyle& style, double width);
  // How far below the top of `text_at`'s text its ink reaches (a digit's foot).
  double ink_bottom(const std::string& markup, const TextStyle& style, double width);
  int page() const { return page_; }
  void vertical_space(double points);  // a gap; past the foot of the page, a new page
  void page_break();  // starts a new page unless the current one is still empty
  void finish();      // numbers the last page and closes the file
  double content_width() const { return width_ - 2 * margin_; }

 private:
  void ensure_room(double points);
  void new_page();
  void number_page();
  PangoLayout* layout_for(const std::string& markup, const TextStyle& style, double width);
  double x_height(const std::string& families);  // of a family list's font, per point of size

  std::string reading_families_;  // pango's family list; empty: the styles' own fonts
  double line_spacing_ = 1.0;
  std::map<std::string, double> x_heights_;

  double width_, height_, margin_ = 64, footer_ = 28;
  double y_ = 0;
  int page_ = 1;
  bool page_empty_ = true, finished_ = false;
  cairo_surface_t* surface_ = nullptr;
  cairo_t* cr_ = nullptr;
};

}  // namespace lineage::export_detail
