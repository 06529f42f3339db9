// What a scene draws with: Dear ImGui's background draw list for shapes, SDL2_ttf textures
// (through the TextCache) for type. Every string drawn in a frame is recorded, so tests can
// ask "was this title on screen?" without reading pixels.
#pragma once

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "core/layout/text_boxes.hpp"
#include "core/model/story.hpp"
#include "core/raster/backdrop_slices.hpp"
#include "core/settings/theme.hpp"

namespace lineage {

class TextCache;  // platform/text_cache.hpp: SDL2_ttf stays inside the platform layer
class Layers;     // platform/layers.hpp: offscreen layers, drawn once and reused

enum class Align { Left, Centre, Right };

inline ImU32 to_imgui(Colour c, float alpha = 1.0f) {
  return IM_COL32(c.r, c.g, c.b, static_cast<int>(c.a * std::clamp(alpha, 0.0f, 1.0f)));
}

class Canvas {
 public:
  Canvas(ImDrawList* list, TextCache& text, const InterfaceTheme& theme, ImVec2 size, float scale,
         double time, bool reduced_motion)
      : list_(list), text_(text), theme_(theme), size_(size), scale_(scale), time_(time),
        reduced_motion_(reduced_motion) {}

  ImDrawList* list() const { return list_; }
  ImVec2 size() const { return size_; }
  float scale() const { return scale_; }    // interface scale: multiply sizes by it
  // The interface scale times the theme's fit of this window to the design size: multiply a
  // scene's layout lengths by it, so a scene looks the same at 1280x720 and 1920x1080.
  float layout_scale() const { return layout_scale(theme_.layout.min); }
  // The same with a scene's own lower limit from the theme (the lineage view's). However large
  // the interface scale, a screen keeps 480 lengths of height to lay out in (the room 1280x720
  // at 150% has): 200% on a 1080-line screen is laid out as 150% on a 720-line one, and
  // nothing is pushed off it. At 100% the cap never bites.
  float layout_scale(float min_scale) const {
    float fit = theme_.layout.at(size_.x, size_.y, min_scale);
    return std::min(scale_ * fit, std::max(fit, size_.y / kLeastLayoutHeight));
  }
  static constexpr float kLeastLayoutHeight = 480;
  double time() const { return time_; }     // seconds since start, for gentle animation
  bool reduced_motion() const { return reduced_motion_; }
  const InterfaceTheme& theme() const { return theme_; }
  Colour colour(const std::string& name) const { return theme_.colour(name); }
  // A theme size (points) times the interface scale.
  float font_size(const std::string& name) const { return theme_.size(name) * scale_; }
  TextCache& text_cache() { return text_; }
  // Offscreen layers to draw a slowly changing picture into at its own resolution, or null.
  Layers* layers() const { return layers_; }
  void set_layers(Layers* layers) { layers_ = layers; }
  // Fills the whole window with the theme's backdrop: every scene starts with it.
  void backdrop();
  // The backdrop above `top` and below `bottom` only: the rows between are painted opaquely across
  // the whole width by the caller (story mode's picture), so the backdrop there would be overdrawn.
  void backdrop_outside(float top, float bottom);
  // The backdrop with translucent horizontal stripes (lane bands) blended in as it is drawn:
  // one opaque pass instead of a second, translucent one over the stripes every frame.
  void backdrop(const std::vector<Stripe>& stripes);

  ImVec2 measure(const std::string& role, float size, std::string_view text);
  // The height of one drawn line in this role and size: the box every string drawn with it gets.
  // Lines stacked by a multiple of the point size overlap in a reading font with tall ascenders
  // (OpenDyslexic's line is ~1.5 of its size): stack by this, at least.
  float line_height(const std::string& role, float size) { return measure(role, size, "").y; }
  // Draws one line of text; `pos` is the top-left (or top-centre / top-right per `align`).
  ImVec2 text(const std::string& role, float size, std::string_view text, ImVec2 pos, Colour colour,
              Align align = Align::Left, float alpha = 1.0f);
  // Draws one line no wider than `width`: shortened with "…" when it would be wider (show the
  // full text elsewhere). Returns the extent drawn.
  ImVec2 text_fit(const std::string& role, float size, std::string_view text, ImVec2 pos, float width,
                  Colour colour, Align align = Align::Left, float alpha = 1.0f);
  // Draws word-wrapped text within `width`; returns the height used.
  float text_wrapped(const std::string& role, float size, std::string_view text, ImVec2 pos, float width,
                     Colour colour, Align align = Align::Left, float alpha = 1.0f, float line_spacing = 1.15f);

  // `size`, or smaller (to at least half) so that one line of `text` fits `width`: a key-hint
  // line at 200% stays on screen.
  float size_to_fit(const std::string& role, float size, std::string_view text, float width);
  // The lines text_wrapped() would draw, and the words text_fit() would draw, without drawing.
  const std::vector<std::string>& wrapped_lines(const std::string& role, float size, std::string_view text, float width);
  const std::string& fitted(const std::string& role, float size, std::string_view text, float width);
  // The height text_wrapped() would use, without drawing (to fit a block before drawing it).
  float wrapped_height(const std::string& role, float size, std::string_view text, float width,
                       float line_spacing = 1.15f);

  const std::vector<std::string>& drawn_strings() const { return drawn_; }
  // Each string drawn with its box and the frame it must stay in (the window, narrowed by the
  // draw list's clip and by the innermost box a scene declared with push_frame).
  const std::vector<PlacedText>& drawn_boxes() const { return boxes_; }
  // Boxes are kept only when asked (the layout check): every frame would otherwise copy each
  // drawn string once more.
  void record_boxes(bool on) { record_boxes_ = on; }
  // A box the scene draws text into (a card, a choice, a panel): text drawn until pop_frame must
  // fit inside it, and the layout test says so when it does not.
  // A scrolling frame (notes scrolled in their box) may cut lines at its top and bottom.
  void push_frame(ImVec2 min, ImVec2 max, bool scrolls = false) {
    frames_.push_back({TextRect{min.x, min.y, max.x, max.y}, scrolls});
  }
  void pop_frame() {
    if (!frames_.empty()) frames_.pop_back();
  }

 private:
  ImDrawList* list_;
  TextCache& text_;
  const InterfaceTheme& theme_;
  ImVec2 size_;
  float scale_;
  double time_;
  bool reduced_motion_;
  Layers* layers_ = nullptr;
  std::vector<std::string> drawn_;
  std::vector<PlacedText> boxes_;
  bool record_boxes_ = false;
  void record_box(std::string_view text, ImVec2 pos, ImVec2 extent);
  struct Frame {
    TextRect rect;
    bool scrolls = false;
  };
  std::vector<Frame> frames_;
};

}  // namespace lineage
