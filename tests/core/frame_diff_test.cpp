// FrameDiff: only the tiles that changed are presented, and nothing that changed is missed.
#include <catch2/catch.hpp>

#include <cstdint>
#include <vector>

#include "core/raster/frame_diff.hpp"

using lineage::FrameDiff;
using lineage::PixelRect;

namespace {

struct Frame {
  int w, h;
  std::vector<std::uint32_t> px;
  Frame(int width, int height) : w(width), h(height), px(static_cast<std::size_t>(width) * height, 0xFF102030u) {}
  void set(int x, int y, std::uint32_t v) { px[static_cast<std::size_t>(y) * w + x] = v; }
  const std::vector<PixelRect>& diff(FrameDiff& d) { return d.update(px.data(), w * 4, w, h); }
};

bool covers(const std::vector<PixelRect>& rects, int x, int y) {
  for (const PixelRect& r : rects)
    if (x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h) return true;
  return false;
}

long area(const std::vector<PixelRect>& rects) {
  long a = 0;
  for (const PixelRect& r : rects) a += r.area();
  return a;
}

}  // namespace

TEST_CASE("frame diff: the first frame is presented whole, an unchanged one not at all", "[raster][frame-diff]") {
  FrameDiff diff(64);
  Frame f(300, 200);
  auto first = f.diff(diff);
  REQUIRE(first.size() == 1);
  CHECK(first[0].x == 0);
  CHECK(first[0].y == 0);
  CHECK(first[0].w == 300);
  CHECK(first[0].h == 200);
  CHECK(f.diff(diff).empty());
}

TEST_CASE("frame diff: one changed pixel presents its tile only, edge tiles clipped to the frame", "[raster][frame-diff]") {
  FrameDiff diff(64);
  Frame f(300, 200);
  f.diff(diff);
  f.set(299, 199, 0xFFFFFFFFu);  // in the last, partial tile (256..299 x 192..199)
  auto rects = f.diff(diff);
  REQUIRE(rects.size() == 1);
  CHECK(rects[0].x == 256);
  CHECK(rects[0].y == 192);
  CHECK(rects[0].w == 44);
  CHECK(rects[0].h == 8);
  CHECK(f.diff(diff).empty());  // remembered: the same frame again is unchanged
}

TEST_CASE("frame diff: neighbouring tiles merge along rows and down equal columns", "[raster][frame-diff]") {
  FrameDiff diff(64);
  Frame f(640, 640);
  f.diff(diff);
  for (int y = 70; y < 250; y += 70)  // tile rows 1..3
    for (int x = 70; x < 250; x += 70) f.set(x, y, 1u);  // tile columns 1..3
  auto rects = f.diff(diff);
  REQUIRE(rects.size() == 1);
  CHECK(rects[0].x == 64);
  CHECK(rects[0].y == 64);
  CHECK(rects[0].w == 192);
  CHECK(rects[0].h == 192);
}

TEST_CASE("frame diff: every changed pixel is covered, pixels far from changes are not", "[raster][frame-diff]") {
  FrameDiff diff(32);
  Frame f(500, 300);
  f.diff(diff);
  std::uint32_t seed = 12345;
  std::vector<std::pair<int, int>> touched;
  for (int i = 0; i < 40; ++i) {
    seed = seed * 1664525u + 1013904223u;
    int x = static_cast<int>(seed % 500), y = static_cast<int>((seed >> 12) % 300);
    f.set(x, y, seed | 1u);
    touched.emplace_back(x, y);
  }
  auto rects = f.diff(diff);
  for (auto [x, y] : touched) CHECK(covers(rects, x, y));
  CHECK(rects.size() <= FrameDiff::kMaxRects);
  CHECK(area(rects) < 500L * 300);  // forty pixels do not make the whole frame dirty
}

TEST_CASE("frame diff: a size change or a reset presents the whole frame", "[raster][frame-diff]") {
  FrameDiff diff(64);
  Frame a(200, 100), b(201, 100);
  a.diff(diff);
  auto resized = b.diff(diff);
  REQUIRE(resized.size() == 1);
  CHECK(resized[0].area() == 201L * 100);
  diff.reset();
  CHECK(area(b.diff(diff)) == 201L * 100);
}

TEST_CASE("frame diff: a checkerboard of changes becomes one rectangle, not hundreds", "[raster][frame-diff]") {
  FrameDiff diff(16);
  Frame f(640, 480);
  f.diff(diff);
  for (int ty = 0; ty < 30; ++ty)
    for (int tx = (ty % 2); tx < 40; tx += 2) f.set(tx * 16 + 3, ty * 16 + 3, 7u);
  auto rects = f.diff(diff);
  REQUIRE(rects.size() == 1);
  CHECK(covers(rects, 3, 3));
  CHECK(covers(rects, 39 * 16 + 3, 29 * 16 + 3));
}

TEST_CASE("frame diff: a frame with a wider pitch than its width is read row by row", "[raster][frame-diff]") {
  FrameDiff diff(8);
  const int w = 20, h = 10, pitch_px = 32;
  std::vector<std::uint32_t> px(static_cast<std::size_t>(pitch_px) * h, 5u);
  diff.update(px.data(), pitch_px * 4, w, h);
  px[static_cast<std::size_t>(3) * pitch_px + 25] = 9u;  // beyond the width: not part of the frame
  CHECK(diff.update(px.data(), pitch_px * 4, w, h).empty());
  px[static_cast<std::size_t>(9) * pitch_px + 19] = 9u;
  auto rects = diff.update(px.data(), pitch_px * 4, w, h);
  REQUIRE(rects.size() == 1);
  CHECK(rects[0].x == 16);
  CHECK(rects[0].y == 8);
  CHECK(rects[0].w == 4);
  CHECK(rects[0].h == 2);
}
