// Draws Dear ImGui's draw data with SDL_Renderer, fast on SDL's software renderer.
//
// ImGui hands over everything as textured triangles. SDL's software renderer fills those pixel
// by pixel with texture sampling and blending, which at 1920x1080 costs tens of milliseconds a
// frame. Most of what we draw is axis-aligned rectangles: solid fills, gradients, text and
// images. This renderer recognises those quads in ImGui's index buffer and sends them as
// SDL_RenderFillRect (solid; gradients as thin solid strips) and SDL_RenderCopy (text and
// images, unscaled when the sizes match), which the software renderer does with fast span
// loops. Everything else (curves, rounded corners, anti-aliased fringes) still goes to
// SDL_RenderGeometryRaw, in the original order, so the picture is the same.
#pragma once

#include <SDL.h>
#include <imgui.h>

#include <cstdint>
#include <unordered_map>

#include "platform/draw_stats.hpp"

namespace lineage {

// The coverage of a texture that is white with varying alpha (text lines, ImGui's font atlas),
// kept in memory so text can be blended straight into a software framebuffer: SDL's colour-
// modulated blits are the slowest thing left in a frame. Whoever owns the texture remembers
// its mask and forgets it before destroying the texture (a new texture may get the address).
// Each output (window) owns one set, shared by its text cache and its renderer.
struct TextureMask {
  const std::uint8_t* alpha = nullptr;
  int width = 0, height = 0, pitch = 0;
};
// An opaque image's pixels (XRGB, 32 bits) kept by whoever owns its texture (an offscreen layer),
// so a software framebuffer can take it scaled with our own bilinear filter: SDL's is slow.
// Its texture may not hold the pixels yet (`texture_behind`): a software framebuffer never reads
// the texture, so the copy into it is made only when SDL itself must draw it (upload_if_behind).
struct TextureImage {
  const std::uint32_t* pixels = nullptr;
  int width = 0, height = 0, pitch = 0;  // pitch in bytes
  bool texture_behind = false;
};
class TextureMasks {
 public:
  void remember_image(SDL_Texture* texture, TextureImage image);
  const TextureImage* find_image(SDL_Texture* texture) const;
  // Before SDL draws `texture`: copies a remembered image that is ahead of it into it.
  void upload_if_behind(SDL_Texture* texture) const;
  void remember(SDL_Texture* texture, TextureMask mask);
  void forget(SDL_Texture* texture);
  const TextureMask* find(SDL_Texture* texture) const;
  // Counts forget() calls and changed masks: while it stays the same, every texture id drawn
  // last frame still means the same pixels (see frame_memory.hpp).
  std::uint64_t generation() const { return generation_; }

 private:
  std::unordered_map<SDL_Texture*, TextureMask> known_;
  // Mutable for texture_behind alone: uploading changes no pixel anyone sees.
  mutable std::unordered_map<SDL_Texture*, TextureImage> images_;
  std::uint64_t generation_ = 0;
};

// `target`: the surface a software renderer draws into, or null (a GPU renderer). Given one,
// solid fills are blended straight into its pixels (core/raster/blend), SDL's queue flushed first.
// `atlas_usable` false: `renderer` is not the one ImGui's font atlas texture was made for (an
// offscreen layer's); geometry that would sample it is drawn with its vertex colours only, which
// is the same picture for shapes (they sample its white texel).
DrawDataStats render_draw_data(SDL_Renderer* renderer, ImDrawData* draw_data, SDL_Surface* target,
                               const TextureMasks& masks, bool atlas_usable = true);

// True when `target` would be painted over completely, opaquely, by the first rectangles of the
// draw data (a scene's backdrop, and an opaque layer's image such as story mode's picture, which
// `masks` knows) as render_draw_data draws them into it: clearing it first, a whole frame of
// memory writes, would change no pixel.
bool covers_frame_opaquely(const ImDrawData* draw_data, const SDL_Surface* target, const TextureMasks* masks = nullptr);

}  // namespace lineage
