#include "platform/canvas.hpp"

#include <algorithm>
#include <cmath>

#include "platform/text_cache.hpp"

namespace lineage {
namespace {

// The colour a fraction t of the way from a to b.
Colour between(Colour a, Colour b, float t) {
  auto m = [t](std::uint8_t x, std::uint8_t y) { return static_cast<std::uint8_t>(std::lround(x + (y - x) * t)); };
  return Colour{m(a.r, b.r), m(a.g, b.g), m(a.b, b.b), m(a.a, b.a)};
}

}  // namespace

void Canvas::backdrop() {
  Backdrop b = theme_.backdrop();
  ImU32 top = to_imgui(b.top), bottom = to_imgui(b.bottom);
  list_->AddRectFilledMultiColor(ImVec2(0, 0), size_, top, top, bottom, bottom);
}

void Canvas::backdrop_outside(float top, float bottom) {
  Backdrop b = theme_.backdrop();
  auto at = [&](float y) { return to_imgui(between(b.top, b.bottom, size_.y > 0 ? y / size_.y : 0.0f)); };
  top = std::clamp(top, 0.0f, size_.y);
  bottom = std::clamp(bottom, top, size_.y);
  if (top > 0) list_->AddRectFilledMultiColor(ImVec2(0, 0), ImVec2(size_.x, top), at(0), at(0), at(top), at(top));
  if (bottom < size_.y)
    list_->AddRectFilledMultiColor(ImVec2(0, bottom), size_, at(bottom), at(bottom), at(size_.y), at(size_.y));
}

void Canvas::backdrop(const std::vector<Stripe>& stripes) {
  Backdrop b = theme_.backdrop();
  for (const GradientSlice& slice : backdrop_slices(size_.y, b.top, b.bottom, stripes)) {
    ImU32 top = to_imgui(slice.top_colour), bottom = to_imgui(slice.bottom_colour);
    list_->AddRectFilledMultiColor(ImVec2(0, slice.top), ImVec2(size_.x, slice.bottom), top, top, bottom, bottom);
  }
}

ImVec2 Canvas::measure(const std::string& role, float size, std::string_view text) {
  auto [w, h] = text_.measure(role, size, text);
  return ImVec2(w, h);
}

ImVec2 Canvas::text(const std::string& role, float size, std::string_view text, ImVec2 pos, Colour colour,
                    Align align, float alpha) {
  const TextTexture* t = text_.get(role, size, text);
  if (!t) return ImVec2(0, 0);
  drawn_.emplace_back(text);
  float ratio = text_.pixel_ratio();
  ImVec2 extent(t->width / ratio, t->height / ratio);
  if (align == Align::Centre) pos.x -= extent.x * 0.5f;
  if (align == Align::Right) pos.x -= extent.x;
  // Whole pixels keep small type crisp on the software renderer.
  pos.x = std::floor(pos.x);
  pos.y = std::floor(pos.y);
  if (record_boxes_) record_box(text, pos, extent);
  list_->AddImage(reinterpret_cast<ImTextureID>(t->texture), pos, ImVec2(pos.x + extent.x, pos.y + extent.y),
                  ImVec2(0, 0), ImVec2(1, 1), to_imgui(colour, alpha));
  return extent;
}

void Canvas::record_box(std::string_view text, ImVec2 pos, ImVec2 extent) {
  PlacedText placed;
  placed.text = std::string(text);
  placed.box = TextRect{pos.x, pos.y, pos.x + extent.x, pos.y + extent.y};
  ImVec2 clip_min = list_->GetClipRectMin(), clip_max = list_->GetClipRectMax();
  placed.frame = frames_.empty() ? TextRect{clip_min.x, clip_min.y, clip_max.x, clip_max.y} : frames_.back().rect;
  placed.scrolls_y = !frames_.empty() && frames_.back().scrolls;
  placed.owner = "canvas";
  boxes_.push_back(std::move(placed));
}

ImVec2 Canvas::text_fit(const std::string& role, float size, std::string_view text, ImVec2 pos, float width,
                        Colour colour, Align align, float alpha) {
  return this->text(role, size, fitted(role, size, text, width), pos, colour, align, alpha);
}

float Canvas::text_wrapped(const std::string& role, float size, std::string_view text, ImVec2 pos, float width,
                           Colour colour, Align align, float alpha, float line_spacing) {
  const auto& lines = text_.wrap(role, size, text, width);
  float step = text_.line_height(role, size) * line_spacing;
  float y = pos.y;
  for (const auto& line : lines) {
    float x = align == Align::Centre ? pos.x + width * 0.5f : align == Align::Right ? pos.x + width : pos.x;
    if (!line.empty()) this->text(role, size, line, ImVec2(x, y), colour, align, alpha);
    y += line.empty() ? step * 0.6f : step;
  }
  return y - pos.y;
}

float Canvas::size_to_fit(const std::string& role, float size, std::string_view text, float width) {
  float fitted = size;
  for (int i = 0; i < 7 && measure(role, fitted, text).x > width; ++i) fitted *= 0.9f;
  return fitted;
}

const std::vector<std::string>& Canvas::wrapped_lines(const std::string& role, float size, std::string_view text,
                                                      float width) {
  return text_.wrap(role, size, text, width);
}

const std::string& Canvas::fitted(const std::string& role, float size, std::string_view text, float width) {
  return text_.fit(role, size, text, width);
}

float Canvas::wrapped_height(const std::string& role, float size, std::string_view text, float width,
                             float line_spacing) {
  const auto& lines = text_.wrap(role, size, text, width);
  float step = text_.line_height(role, size) * line_spacing;
  float height = 0;
  for (const auto& line : lines) height += line.empty() ? step * 0.6f : step;
  return height;
}

}  // namespace lineage
