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

namespace lineage {

// What one frame sent where (the benchmark prints these).
struct DrawDataStats {
  int solid_rects = 0, gradient_rects = 0, copies = 0, geometry_batches = 0, geometry_triangles = 0;
  // Pixels touched by each (triangles: half their bounding boxes, an estimate).
  long solid_pixels = 0, gradient_pixels = 0, copy_pixels = 0, geometry_pixels = 0;
  int mask_copies = 0;       // text blended straight into a software framebuffer
  int direct_triangles = 0;  // solid triangles filled span by span into a software framebuffer
  long direct_triangle_pixels = 0;
};

// The coverage of a texture that is white with varying alpha (text lines, ImGui's font atlas),
// kept in memory so text can be blended straight into a software framebuffer: SDL's colour-
// modulated blits are the slowest thing left in a frame. Whoever owns the texture remembers
// its mask and forgets it before destroying the texture (a new texture may get the address).
struct TextureMask {
  const std::uint8_t* alpha = nullptr;
  int width = 0, height = 0, pitch = 0;
};
void remember_texture_mask(SDL_Texture* texture, TextureMask mask);
void forget_texture_mask(SDL_Texture* texture);

// `target`: the surface a software renderer draws into, or null (a GPU renderer). Given one,
// solid fills are blended straight into its pixels (core/raster/blend), SDL's queue flushed first.
DrawDataStats render_draw_data(SDL_Renderer* renderer, ImDrawData* draw_data, SDL_Surface* target);

}  // namespace lineage
