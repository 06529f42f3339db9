#include "core/export/pdf_flow.hpp"

#include <cairo-pdf.h>

namespace lineage::export_detail {

PdfFlow::PdfFlow(const std::filesystem::path& path, double width, double height)
    : width_(width), height_(height), y_(margin_) {
  surface_ = cairo_pdf_surface_create(path.c_str(), width, height);
  cr_ = cairo_create(surface_);
}

PdfFlow::~PdfFlow() {
  if (!finished_) finish();
  cairo_destroy(cr_);
  cairo_surface_destroy(surface_);
}

bool PdfFlow::ok() const {
  return cairo_surface_status(surface_) == CAIRO_STATUS_SUCCESS &&
         cairo_status(cr_) == CAIRO_STATUS_SUCCESS;
}

std::string PdfFlow::error() const {
  cairo_status_t s = cairo_surface_status(surface_);
  if (s == CAIRO_STATUS_SUCCESS) s = cairo_status(cr_);
  return cairo_status_to_string(s);
}

void PdfFlow::set_metadata(const std::string& title, const std::string& author) {
  cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_TITLE, title.c_str());
  cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_AUTHOR, author.c_str());
  cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_CREATOR, "Lineage");
}

void PdfFlow::set_reading_font(const ReadingFontFaces& faces) {
  reading_families_.clear();
  for (const std::string& family : faces.families) reading_families_ += (reading_families_.empty() ? "" : ",") + family;
  line_spacing_ = faces.chosen() ? faces.line_spacing : 1.0;
}

double PdfFlow::x_height(const std::string& families) {
  auto known = x_heights_.find(families);
  if (known != x_heights_.end()) return known->second;
  // The ink of an "x" at 100 pt, as pango sets it (fontconfig picks the same face it will draw).
  PangoLayout* layout = pango_cairo_create_layout(cr_);
  PangoFontDescription* font = pango_font_description_new();
  pango_font_description_set_family(font, families.c_str());
  pango_font_description_set_size(font, 100 * PANGO_SCALE);
  pango_layout_set_font_description(layout, font);
  pango_font_description_free(font);
  pango_layout_set_text(layout, "x", -1);
  PangoRectangle ink;
  pango_layout_get_extents(layout, &ink, nullptr);
  g_object_unref(layout);
  double height = double(ink.height) / PANGO_SCALE / 100.0;
  x_heights_[families] = height;
  return height;
}

PangoLayout* PdfFlow::layout_for(const std::string& markup, const TextStyle& style, double width) {
  PangoLayout* layout = pango_cairo_create_layout(cr_);
  PangoFontDescription* font = pango_font_description_from_string(style.font.c_str());
  if (!reading_families_.empty()) {
    const char* own = pango_font_description_get_family(font);
    double replaced = own ? x_height(own) : 0, reading = x_height(reading_families_);
    if (replaced > 0 && reading > 0)
      pango_font_description_set_size(font, int(pango_font_description_get_size(font) * replaced / reading));
    pango_font_description_set_family(font, reading_families_.c_str());
    if (line_spacing_ != 1.0) pango_layout_set_line_spacing(layout, float(line_spacing_));
  }
  pango_layout_set_font_description(layout, font);
  pango_font_description_free(font);
  pango_layout_set_width(layout, int(width * PANGO_SCALE));
  // Words break at spaces; a word longer than the line (a pasted link) breaks between letters.
  pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
  if (style.hang > 0) pango_layout_set_indent(layout, -int(style.hang * PANGO_SCALE));
  pango_layout_set_markup(layout, markup.c_str(), -1);
  return layout;
}

void PdfFlow::paragraph(const std::string& markup, const TextStyle& style) {
  if (!page_empty_) y_ += style.space_before;
  PangoLayout* layout = layout_for(markup, style, content_width() - style.indent);
  PangoLayoutIter* it = pango_layout_get_iter(layout);
  do {
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(it, nullptr, &logical);
    double line_height = double(logical.height) / PANGO_SCALE;
    ensure_room(line_height);
    double baseline = double(pango_layout_iter_get_baseline(it) - logical.y) / PANGO_SCALE;
    cairo_move_to(cr_, margin_ + style.indent + double(logical.x) / PANGO_SCALE, y_ + baseline);
    pango_cairo_show_layout_line(cr_, pango_layout_iter_get_line_readonly(it));
    y_ += line_height * line_spacing_;
    page_empty_ = false;
  } while (pango_layout_iter_next_line(it));
  pango_layout_iter_free(it);
  g_object_unref(layout);
  y_ += style.space_after;
}

void PdfFlow::heading(const std::string& markup, const TextStyle& style, int outline_level,
                      const std::string& outline_title, double keep_next) {
  if (!page_empty_) y_ += style.space_before;
  PangoLayout* layout = layout_for(markup, style, content_width() - style.indent);
  int w = 0, h = 0;
  pango_layout_get_size(layout, &w, &h);
  g_object_unref(layout);
  ensure_room(double(h) / PANGO_SCALE + style.space_after + keep_next);
  if (outline_level > 0) {
    std::string link = "page=" + std::to_string(page_) + " pos=[" + std::to_string(margin_) + " " +
                       std::to_string(y_) + "]";
    cairo_pdf_surface_add_outline(surface_, CAIRO_PDF_OUTLINE_ROOT, outline_title.c_str(),
                                  link.c_str(), CAIRO_PDF_OUTLINE_FLAG_OPEN);
  }
  TextStyle no_space = style;
  no_space.space_before = 0;
  paragraph(markup, no_space);
}

double PdfFlow::measure(const std::string& markup, const TextStyle& style) {
  PangoLayout* layout = layout_for(markup, style, content_width() - style.indent);
  int w = 0, h = 0;
  pango_layout_get_size(layout, &w, &h);
  g_object_unref(layout);
  return style.space_before + double(h) / PANGO_SCALE + style.space_after;
}

void PdfFlow::ruled_lines(int count, double indent) {
  const double gap = kRuleGap;
  cairo_save(cr_);
  cairo_set_source_rgb(cr_, 0.6, 0.58, 0.55);
  cairo_set_line_width(cr_, 0.5);
  for (int i = 0; i < count; ++i) {
    ensure_room(gap);
    y_ += gap;
    cairo_move_to(cr_, margin_ + indent, y_);
    cairo_line_to(cr_, width_ - margin_, y_);
    cairo_stroke(cr_);
    page_empty_ = false;
  }
  cairo_restore(cr_);
  y_ += 8;
}

void PdfFlow::drawing(double height, const std::function<void(cairo_t*, double, double)>& draw) {
  ensure_room(height);
  cairo_save(cr_);
  draw(cr_, margin_, y_);
  cairo_restore(cr_);
  y_ += height;
  page_empty_ = false;
}

void PdfFlow::text_at(const std::string& markup, const TextStyle& style, double x, double y, double width,
                      bool centre) {
  PangoLayout* layout = layout_for(markup, style, width);
  if (centre) pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER);
  cairo_move_to(cr_, x, y);
  pango_cairo_show_layout(cr_, layout);
  g_object_unref(layout);
}

double PdfFlow::text_height(const std::string& markup, const TextStyle& style, double width) {
  PangoLayout* layout = layout_for(markup, style, width);
  int w = 0, h = 0;
  pango_layout_get_size(layout, &w, &h);
  g_object_unref(layout);
  return double(h) / PANGO_SCALE;
}

double PdfFlow::ink_bottom(const std::string& markup, const TextStyle& style, double width) {
  PangoLayout* layout = layout_for(markup, style, width);
  PangoRectangle ink;
  pango_layout_get_extents(layout, &ink, nullptr);
  g_object_unref(layout);
  return double(ink.y + ink.height) / PANGO_SCALE;
}

void PdfFlow::vertical_space(double points) {
  y_ += points;
  if (y_ > height_ - margin_) new_page();
}

void PdfFlow::page_break() {
  if (!page_empty_) new_page();
}

void PdfFlow::ensure_room(double points) {
  if (y_ + points > height_ - margin_ && !page_empty_) new_page();
}

void PdfFlow::number_page() {
  if (page_ == 1) return;  // the title page goes unnumbered
  PangoLayout* layout = layout_for(std::to_string(page_), TextStyle{"DejaVu Sans,sans-serif 8.5"}, content_width());
  pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER);
  cairo_move_to(cr_, margin_, height_ - margin_ + footer_);
  cairo_set_source_rgb(cr_, 0.35, 0.33, 0.3);
  pango_cairo_show_layout(cr_, layout);
  cairo_set_source_rgb(cr_, 0, 0, 0);
  g_object_unref(layout);
}

void PdfFlow::new_page() {
  number_page();
  cairo_show_page(cr_);
  ++page_;
  y_ = margin_;
  page_empty_ = true;
}

void PdfFlow::finish() {
  if (finished_) return;
  if (!page_empty_) {  // an empty last page (after a page break) is not emitted at all
    number_page();
    cairo_show_page(cr_);
  }
  cairo_surface_finish(surface_);
  finished_ = true;
}

}  // namespace lineage::export_detail
