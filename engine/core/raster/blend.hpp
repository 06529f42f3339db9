// Solid-colour spans blended over 32-bit pixels (A or X, R, G, B from the high byte down),
// for drawing rectangles straight into a software framebuffer. SDL's software renderer blends
// a filled rectangle at a few nanoseconds a pixel; this loop, two channels at a time in one
// integer, is several times faster, which is what lets a 1920x1080 frame full of translucent
// bands keep 60 fps without a GPU. Pure C++, no SDL.
#pragma once

#include <cstdint>

namespace lineage {

// Source-over: each channel becomes (src * alpha + dst * (255 - alpha)) / 255, rounded, and the
// top byte becomes opaque-over-dst the same way (stays 255 on an opaque frame).
void blend_span(std::uint32_t* pixels, int count, std::uint32_t rgb, std::uint8_t alpha);

// A row of colours each with its own alpha (A R G B, alpha in the top byte): pixel i gets
// colours[i] as blend_pixel would blend it. A gradient across the width is one call a row.
void blend_colours_span(std::uint32_t* pixels, const std::uint32_t* colours, int count);

// Text and other coverage masks: pixel i gets `rgb` at alpha mask[i] * alpha / 255 (rounded).
void blend_mask_span(std::uint32_t* pixels, const std::uint8_t* mask, int count, std::uint32_t rgb,
                     std::uint8_t alpha);

// An anti-aliased fringe's span, its alpha a plane across the triangle: pixel x (x0 <= x < x1) gets
// `rgb` at alpha alpha_byte(dx * (x + 0.5) + row + c), where the caller passes row = dy * (y + 0.5):
// the same float arithmetic in the same order as Plane::at, so the same bytes as blending pixel by
// pixel, without a rounding call and a span set-up for every pixel.
void blend_ramp_span(std::uint32_t* row_pixels, int x0, int x1, std::uint32_t rgb, float dx, float row, float c);

// lround(clamp(v, 0, 255)) for an alpha interpolated in float (NaN gives 0), without the library
// call: the fraction of a float below 256 is exact, so rounding half up is decided exactly.
inline std::uint8_t alpha_byte(float v) {
  if (!(v > 0.0f)) return 0;
  if (!(v < 255.0f)) return 255;
  const int whole = static_cast<int>(v);
  return static_cast<std::uint8_t>(whole + (v - static_cast<float>(whole) >= 0.5f ? 1 : 0));
}

namespace raster_detail {
// Source-over of one pixel, red and blue in one word, alpha and green in another (16 bits of room
// for each product); src_rb and src_ag are the source's pairs already times alpha.
inline std::uint32_t over(std::uint32_t p, std::uint32_t src_rb, std::uint32_t src_ag, std::uint32_t ia) {
  std::uint32_t rb = (p & 0x00FF00FFu) * ia + src_rb + 0x00800080u;
  std::uint32_t ag = ((p >> 8) & 0x00FF00FFu) * ia + src_ag + 0x00800080u;
  // x / 255, exactly for these ranges: (x + (x >> 8)) >> 8 after adding the rounding half.
  rb = ((rb + ((rb >> 8) & 0x00FF00FFu)) >> 8) & 0x00FF00FFu;
  ag = (ag + ((ag >> 8) & 0x00FF00FFu)) & 0xFF00FF00u;
  return rb | ag;
}
}  // namespace raster_detail

// One pixel of blend_span, inline: the rasteriser's per-pixel loops (fringes, lines) call it.
inline void blend_pixel(std::uint32_t& pixel, std::uint32_t rgb, std::uint8_t alpha) {
  const std::uint32_t src = rgb | 0xFF000000u;
  if (alpha == 255) {
    pixel = src;
  } else if (alpha != 0) {
    const std::uint32_t a = alpha;
    pixel = raster_detail::over(pixel, (src & 0x00FF00FFu) * a, ((src >> 8) & 0x00FF00FFu) * a, 255 - a);
  }
}

// Fills a rectangle of a 32-bit framebuffer (pitch in bytes), already clipped by the caller.
void blend_rect(void* pixels, int pitch, int x, int y, int w, int h, std::uint32_t rgb, std::uint8_t alpha);

}  // namespace lineage
