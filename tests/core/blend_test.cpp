// Span blending: the fast two-channels-at-once arithmetic against the plain formula.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include "core/raster/blend.hpp"

namespace {

std::uint8_t channel(std::uint32_t p, int shift) { return static_cast<std::uint8_t>((p >> shift) & 0xFF); }

// The reference: (s * a + d * (255 - a)) / 255, rounded to nearest.
int reference(int s, int d, int a) { return static_cast<int>(std::lround((s * a + d * (255 - a)) / 255.0)); }

}  // namespace

TEST_CASE("blended spans match source-over exactly for every alpha", "[raster]") {
  const std::uint32_t backgrounds[] = {0xFF000000u, 0xFFFFFFFFu, 0xFF1A2B3Cu, 0xFF80FF01u};
  const std::uint32_t colours[] = {0x000000u, 0xFFFFFFu, 0xC0906Au, 0x0F7F80u};
  for (std::uint32_t bg : backgrounds)
    for (std::uint32_t colour : colours)
      for (int a = 0; a <= 255; ++a) {
        // Eleven pixels: whole groups of four (the vector path) and a tail (the scalar one).
        std::uint32_t px[11];
        for (auto& p : px) p = bg;
        lineage::blend_span(px, 11, colour, static_cast<std::uint8_t>(a));
        for (int at : {0, 5, 10})
          for (int shift : {0, 8, 16}) {
            INFO("bg " << std::hex << bg << " colour " << colour << std::dec << " alpha " << a << " pixel " << at);
            CHECK(channel(px[at], shift) == reference(channel(colour, shift), channel(bg, shift), a));
          }
        CHECK(channel(px[3], 24) == 255);  // an opaque frame stays opaque
        CHECK(channel(px[10], 24) == 255);
      }
}

TEST_CASE("a blended rectangle touches exactly its pixels", "[raster]") {
  const int w = 8, h = 6;
  std::vector<std::uint32_t> frame(w * h, 0xFF000000u);
  lineage::blend_rect(frame.data(), w * 4, 2, 1, 3, 2, 0xFFFFFFu, 255);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      bool inside = x >= 2 && x < 5 && y >= 1 && y < 3;
      CHECK(frame[y * w + x] == (inside ? 0xFFFFFFFFu : 0xFF000000u));
    }
  lineage::blend_rect(frame.data(), w * 4, 0, 0, 0, 5, 0xFFFFFFu, 255);  // empty: nothing
  CHECK(frame[0] == 0xFF000000u);
}

TEST_CASE("a coverage mask scales the colour's alpha pixel by pixel", "[raster]") {
  const std::uint8_t mask[6] = {0, 255, 128, 1, 254, 77};
  for (int alpha : {255, 200, 64, 0}) {
    std::uint32_t px[6];
    for (auto& p : px) p = 0xFF203040u;
    lineage::blend_mask_span(px, mask, 6, 0xE0C0A0u, static_cast<std::uint8_t>(alpha));
    for (int i = 0; i < 6; ++i) {
      int a = static_cast<int>(std::lround(mask[i] * alpha / 255.0));
      for (int shift : {0, 8, 16}) {
        INFO("alpha " << alpha << " pixel " << i << " shift " << shift);
        CHECK(channel(px[i], shift) == reference(channel(0xE0C0A0u, shift), channel(0xFF203040u, shift), a));
      }
      CHECK(channel(px[i], 24) == 255);
    }
  }
}

TEST_CASE("alpha_byte rounds a float alpha exactly as lround of the clamped value", "[raster]") {
  for (int i = -2000; i <= 262000; ++i) {
    const float v = static_cast<float>(i) / 1000.0f;
    INFO("v " << v);
    CHECK(lineage::alpha_byte(v) == std::lround(std::clamp(v, 0.0f, 255.0f)));
  }
  // Just below and at each half, where a float add of 0.5 would round the wrong way.
  for (int k = 0; k < 255; ++k) {
    const float half = k + 0.5f;
    const float below = std::nextafter(half, 0.0f);
    CHECK(lineage::alpha_byte(half) == k + 1);
    CHECK(lineage::alpha_byte(below) == k);
  }
  CHECK(lineage::alpha_byte(0.49999997f) == 0);
  CHECK(lineage::alpha_byte(std::nanf("")) == 0);
  CHECK(lineage::alpha_byte(1e30f) == 255);
  CHECK(lineage::alpha_byte(-1e30f) == 0);
}

// The fringe of an anti-aliased shape, pixel by pixel as the renderer drew it before the ramp:
// the plane's value at each pixel centre, lround(clamp()), one-pixel blend_span.
TEST_CASE("a ramp span gives the same bytes as blending its pixels one at a time", "[raster]") {
  struct Ramp {
    float dx, dy, c;
  };
  const Ramp ramps[] = {{-63.75f, 0.0f, 255.0f * 4.2f}, {12.3456f, -7.89f, -30.1f}, {0.173f, 0.0917f, 100.5f},
                        {-255.0f, 255.0f, 0.25f},       {1e-3f, 0.0f, 127.4999f}, {300.0f, -1.0f, -1000.0f}};
  for (const Ramp& r : ramps)
    for (int y = 0; y < 6; ++y) {
      std::uint32_t expect[40], got[40];
      for (int i = 0; i < 40; ++i) expect[i] = got[i] = 0xFF000000u | (0x010305u * static_cast<std::uint32_t>(i * 6));
      const float py = y + 0.5f;
      for (int x = 3; x < 37; ++x) {
        const float px = x + 0.5f;
        const float v = r.dx * px + r.dy * py + r.c;
        int a8 = static_cast<int>(std::lround(std::clamp(v, 0.0f, 255.0f)));
        if (a8) lineage::blend_span(expect + x, 1, 0xC0906Au, static_cast<std::uint8_t>(a8));
      }
      lineage::blend_ramp_span(got, 3, 37, 0xC0906Au, r.dx, r.dy * py, r.c);
      for (int i = 0; i < 40; ++i) {
        INFO("ramp " << r.dx << " " << r.dy << " " << r.c << " row " << y << " pixel " << i);
        CHECK(got[i] == expect[i]);
      }
    }
}

TEST_CASE("blend_pixel is a one-pixel blend_span", "[raster]") {
  for (int a = 0; a <= 255; ++a) {
    std::uint32_t span = 0xFF1A2B3Cu, pixel = 0xFF1A2B3Cu;
    lineage::blend_span(&span, 1, 0x0F7F80u, static_cast<std::uint8_t>(a));
    lineage::blend_pixel(pixel, 0x0F7F80u, static_cast<std::uint8_t>(a));
    CHECK(pixel == span);
  }
}

TEST_CASE("a span of colours each with its alpha blends each as blend_pixel does", "[raster]") {
  // Every alpha against several backgrounds and colours, 4 at a time (the vector path) and in a
  // tail of 3 (the scalar one).
  const std::uint32_t backgrounds[] = {0xFF000000u, 0xFFFFFFFFu, 0xFF1A2B3Cu, 0xFF80FF01u};
  const std::uint32_t colours[] = {0x000000u, 0xFFFFFFu, 0xC0906Au, 0x0F7F80u};
  for (std::uint32_t bg : backgrounds)
    for (std::uint32_t colour : colours) {
      std::vector<std::uint32_t> px(259, bg), expected(259, bg), src(259);
      for (int i = 0; i < 259; ++i) {
        const std::uint32_t a = static_cast<std::uint32_t>(i % 256), rgb = i % 7 == 3 ? (colour ^ 0x305070u) : colour;
        src[static_cast<std::size_t>(i)] = (a << 24) | rgb;
        lineage::blend_pixel(expected[static_cast<std::size_t>(i)], rgb, static_cast<std::uint8_t>(a));
      }
      lineage::blend_colours_span(px.data(), src.data(), 259);
      CHECK(px == expected);
    }
}
