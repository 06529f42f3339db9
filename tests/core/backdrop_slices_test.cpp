// The backdrop with its stripes composited in advance: the same colours as drawing the gradient
// and blending each stripe over it, and every row covered once.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>

#include "core/raster/backdrop_slices.hpp"

using lineage::Colour;
using lineage::GradientSlice;
using lineage::Stripe;

namespace {

// What the two passes give at row centre y: the gradient, then the stripe blended over it.
int two_pass(int top, int bottom, int tint, int alpha, float y, float height, bool striped) {
  double g = top + (bottom - top) * (y / height);
  return static_cast<int>(std::lround(striped ? g + (tint - g) * alpha / 255.0 : g));
}

int sliced(const std::vector<GradientSlice>& slices, float y, int channel) {
  for (const GradientSlice& s : slices)
    if (y >= s.top && y < s.bottom) {
      float t = (y - s.top) / (s.bottom - s.top);
      int a = channel == 0 ? s.top_colour.r : s.top_colour.g, b = channel == 0 ? s.bottom_colour.r : s.bottom_colour.g;
      return static_cast<int>(std::lround(a + (b - a) * t));
    }
  return -1;
}

}  // namespace

TEST_CASE("backdrop slices: the composite matches gradient-then-stripe within one level", "[raster][backdrop]") {
  const Colour top{30, 28, 40, 255}, bottom{20, 18, 26, 255}, white{255, 255, 255, 6}, dark{0, 0, 0, 80};
  const float height = 1080;
  std::vector<Stripe> stripes = {{600, 700, dark}, {100, 300, white}, {850, 1200, white}};  // unsorted, one past the end
  auto slices = lineage::backdrop_slices(height, top, bottom, stripes);
  REQUIRE(!slices.empty());
  CHECK(slices.front().top == 0);
  CHECK(slices.back().bottom == height);
  for (std::size_t i = 1; i < slices.size(); ++i) CHECK(slices[i].top == slices[i - 1].bottom);  // no gap, no overlap
  for (float y = 0.5f; y < height; y += 7) {
    bool in_white = (y >= 100 && y < 300) || y >= 850, in_dark = y >= 600 && y < 700;
    int tint = in_dark ? 0 : 255, alpha = in_dark ? 80 : 6;
    INFO("row " << y);
    CHECK(std::abs(sliced(slices, y, 0) - two_pass(top.r, bottom.r, tint, alpha, y, height, in_white || in_dark)) <= 1);
    CHECK(std::abs(sliced(slices, y, 1) - two_pass(top.g, bottom.g, tint, alpha, y, height, in_white || in_dark)) <= 1);
  }
}

TEST_CASE("backdrop slices: no stripes is the plain gradient; overlapping stripes do not double", "[raster][backdrop]") {
  const Colour top{100, 100, 100, 255}, bottom{0, 0, 0, 255};
  auto plain = lineage::backdrop_slices(100, top, bottom, {});
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].top_colour == top);
  CHECK(plain[0].bottom_colour == bottom);
  auto overlapping = lineage::backdrop_slices(100, top, bottom, {{10, 50, Colour{255, 255, 255, 128}}, {40, 60, Colour{255, 255, 255, 128}}});
  float covered = 0;
  for (const GradientSlice& s : overlapping) covered += s.bottom - s.top;
  CHECK(covered == 100);
  CHECK(lineage::backdrop_slices(0, top, bottom, {}).empty());
}
