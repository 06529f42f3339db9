// The software renderer's inside, shared by the files that implement it: render_draw_data
// (draw_data_renderer.cpp) hands each draw command to a Drawer, which draws what it recognises
// straight into the framebuffer and batches the rest for SDL, in order.
//   draw_data_drawer.cpp  the command walk, SDL's geometry batch, and the shapes drawn a span a
//                         row: convex fans and single triangles (fills, fringes, textured lines)
//   draw_data_quads.cpp   rectangles: solid fills, gradients, text masks, scaled images
// Private to engine/platform; nothing above the platform includes it (it needs SDL).
#pragma once

#include <SDL.h>
#include <imgui.h>

#include <cmath>
#include <cstdint>
#include <vector>

#include "core/raster/triangle.hpp"
#include "platform/draw_data_renderer.hpp"

namespace lineage::draw_data_internal {

// The small helpers below are inline: every quad and triangle calls them, and a call across
// files for each would cost what the split must not.

struct Rgba {
  Uint8 r, g, b, a;
};

// ImGui packs colours as A B G R from the high byte down (IM_COL32).
inline Rgba unpack(ImU32 c) {
  return {static_cast<Uint8>(c & 0xFF), static_cast<Uint8>((c >> 8) & 0xFF), static_cast<Uint8>((c >> 16) & 0xFF),
          static_cast<Uint8>(c >> 24)};
}

// The 0x00RRGGBB the framebuffer's blends take.
inline std::uint32_t packed_rgb(Rgba c) {
  return (static_cast<std::uint32_t>(c.r) << 16) | (static_cast<std::uint32_t>(c.g) << 8) | c.b;
}

inline Rgba mix(Rgba p, Rgba q, float t) {
  auto m = [t](Uint8 x, Uint8 y) { return static_cast<Uint8>(std::lround(x + (y - x) * t)); };
  return {m(p.r, q.r), m(p.g, q.g), m(p.b, q.b), m(p.a, q.a)};
}

// A rectangle as ImGui writes it: vertices top-left, top-right, bottom-right, bottom-left and
// indices 0 1 2 0 2 3 (PrimRect, PrimRectUV and every glyph).
struct Quad {
  const ImDrawVert *tl, *tr, *br, *bl;
};

inline bool quad_at(const ImDrawIdx* idx, const ImDrawVert* vtx, unsigned vtx_count, Quad& q) {
  const unsigned i = idx[0];
  if (idx[1] != i + 1 || idx[2] != i + 2 || idx[3] != i || idx[4] != i + 2 || idx[5] != i + 3 || i + 3 >= vtx_count)
    return false;
  q = {&vtx[i], &vtx[i + 1], &vtx[i + 2], &vtx[i + 3]};
  return q.tl->pos.y == q.tr->pos.y && q.tr->pos.x == q.br->pos.x && q.br->pos.y == q.bl->pos.y &&
         q.bl->pos.x == q.tl->pos.x && q.tl->pos.x < q.tr->pos.x && q.tl->pos.y < q.bl->pos.y;
}

// Pixel edges as the triangle rasteriser would cover them (pixel centres inside).
// The pixel-centre rule, as triangle_spans and GPUs use it: pixel i is in when i + 0.5 is at
// or past the left edge and before the right one. Clamped, so no float overflows an int.
inline int edge(float v) { return clamped_ceil(v - 0.5f, -10000000, 10000000); }

// Constant texture coordinates mean a solid colour only on ImGui's white texel.
inline bool white_texel(SDL_Texture* texture, ImVec2 uv) {
  const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  return texture == static_cast<SDL_Texture*>(atlas->TexID) && uv.x == atlas->TexUvWhitePixel.x &&
         uv.y == atlas->TexUvWhitePixel.y;
}

// Draws one frame's commands, in order, into SDL or (given a software framebuffer) straight
// into its pixels. One per render_draw_data call; its buffers are reused across commands.
class Drawer {
 public:
  Drawer(SDL_Renderer* renderer, SDL_Surface* target, DrawDataStats& stats, const TextureMasks& masks,
         bool atlas_usable);
  void set_clip(const SDL_Rect& clip);
  // Drawing done by someone else (a draw callback) may be queued in SDL.
  void after_callback() { queued_ = true; }
  void command(const ImDrawList& list, const ImDrawCmd& cmd);

 private:
  // draw_data_quads.cpp. The rectangles of the row loops come by value: through a reference
  // the compiler must assume each pixel written may change them and reload them every pass.
  bool draw_quad(const Quad& q, SDL_Texture* texture, const ImDrawVert* vtx, unsigned vtx_count);
  void across_gradient(SDL_Rect dst, Rgba left, Rgba right);
  bool stretch_image(SDL_Texture* texture, SDL_Rect src, SDL_Rect dst);
  bool blend_mask(SDL_Texture* texture, SDL_Rect src, SDL_Rect dst, Rgba c);
  void fill(const SDL_Rect& rect, Rgba c);

  // draw_data_drawer.cpp, beside command(), their one caller
  unsigned draw_fans(const ImDrawIdx* idx, unsigned count, SDL_Texture* texture, const ImDrawVert* vtx,
                     unsigned vtx_count);
  unsigned fan_at(const ImDrawIdx* idx, unsigned count, SDL_Texture* texture, const ImDrawVert* vtx,
                  unsigned vtx_count, ImU32& colour);
  bool draw_triangle(const ImDrawIdx* idx, SDL_Texture* texture, const ImDrawVert* vtx, unsigned vtx_count);
  bool line_profile(SDL_Texture* texture, const ImDrawVert& a, const ImDrawVert& b, const ImDrawVert& c,
                    const std::uint8_t*& row, int& width) const;

  // Geometry batched for SDL goes before anything drawn after it. Inline: every quad and
  // triangle drawn directly asks, and the batch is usually empty.
  void flush(SDL_Texture* texture, const ImDrawVert* vtx, unsigned vtx_count) {
    if (!pending_.empty()) draw_pending(texture, vtx, vtx_count);
  }
  void draw_pending(SDL_Texture* texture, const ImDrawVert* vtx, unsigned vtx_count);
  // Pixels written straight into the framebuffer go after whatever SDL still has queued.
  void before_direct_writes() {
    if (queued_) SDL_RenderFlush(r_);
    queued_ = false;
  }

  SDL_Renderer* r_;
  DrawDataStats& stats_;
  const TextureMasks& masks_;
  bool atlas_usable_ = true;
  std::vector<int> xs_;
  std::vector<unsigned> ws_;
  std::vector<std::uint32_t> row_;
  SDL_Surface* target_ = nullptr;  // the software framebuffer, when fills may go straight in
  SDL_Rect clip_{0, 0, 0, 0};
  bool queued_ = true;  // SDL may hold drawing not yet done (the frame's clear, to begin with)
  std::vector<int> pending_;
  // Fans drawn together: their corners, where each starts in corners_ (and where the last ends),
  // their rows, and a row's span ends.
  static constexpr std::size_t kMaxStack = 32;
  struct Event {
    int x, delta;
  };
  std::vector<std::uint32_t> strip_colours_;  // a horizontal gradient's row
  std::vector<Point2> corners_;
  std::vector<int> polygons_;
  std::vector<ConvexRows> rows_;
  std::vector<Event> events_;
};

}  // namespace lineage::draw_data_internal
