// Triangle spans: exact coverage, shared edges covered once, clipping.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

#include "core/raster/triangle.hpp"

using lineage::Point2;

namespace {

struct Grid {
  int w, h;
  std::vector<int> hits;
  Grid(int w_, int h_) : w(w_), h(h_), hits(w_ * h_, 0) {}
  void fill(Point2 a, Point2 b, Point2 c, int cx0 = 0, int cy0 = 0, int cx1 = -1, int cy1 = -1) {
    lineage::triangle_spans(a, b, c, cx0, cy0, cx1 < 0 ? w : cx1, cy1 < 0 ? h : cy1, [&](int y, int x0, int x1) {
      for (int x = x0; x < x1; ++x) ++hits[y * w + x];
    });
  }
  int at(int x, int y) const { return hits[y * w + x]; }
};

}  // namespace

TEST_CASE("two triangles of a square cover each of its pixels exactly once", "[raster]") {
  Grid g(12, 12);
  Point2 tl{2, 3}, tr{10, 3}, br{10, 9}, bl{2, 9};
  g.fill(tl, tr, br);
  g.fill(tl, br, bl);
  for (int y = 0; y < 12; ++y)
    for (int x = 0; x < 12; ++x) CHECK(g.at(x, y) == (x >= 2 && x < 10 && y >= 3 && y < 9 ? 1 : 0));
}

TEST_CASE("a polygon's fan at fractional positions covers no pixel twice", "[raster]") {
  // A circle of 40 points around (50.3, 40.7), fanned from the first point, as ImGui fills it.
  Grid g(100, 90);
  std::vector<Point2> ring;
  for (int i = 0; i < 40; ++i) {
    double t = i * 2 * 3.14159265358979 / 40;
    ring.push_back({static_cast<float>(50.3 + 33.1 * std::cos(t)), static_cast<float>(40.7 + 29.9 * std::sin(t))});
  }
  for (std::size_t i = 2; i < ring.size(); ++i) g.fill(ring[0], ring[i - 1], ring[i]);
  int covered = 0;
  for (int v : g.hits) {
    CHECK(v <= 1);
    covered += v;
  }
  // About the ellipse's area (pi * a * b), less the polygon's small shortfall.
  CHECK(covered == Approx(3.14159 * 33.1 * 29.9).epsilon(0.03));
  CHECK(g.at(50, 40) == 1);
  CHECK(g.at(5, 5) == 0);
}

TEST_CASE("spans stay inside the clip rectangle", "[raster]") {
  Grid g(20, 20);
  g.fill({-10, -10}, {40, -10}, {-10, 40}, 5, 5, 15, 12);
  for (int y = 0; y < 20; ++y)
    for (int x = 0; x < 20; ++x) {
      bool in_clip = x >= 5 && x < 15 && y >= 5 && y < 12;
      if (!in_clip) CHECK(g.at(x, y) == 0);
    }
  CHECK(g.at(5, 5) == 1);
  CHECK(g.at(14, 11) == 1);
}

TEST_CASE("a flat triangle covers nothing", "[raster]") {
  Grid g(10, 10);
  g.fill({1, 5}, {8, 5}, {4, 5});
  for (int v : g.hits) CHECK(v == 0);
}

TEST_CASE("a plane through three corners gives their values there and blends between", "[raster]") {
  lineage::Plane p;
  REQUIRE(lineage::Plane::through({0, 0}, {10, 0}, {0, 10}, 255, 0, 0, p));
  CHECK(p.at(0, 0) == Approx(255));
  CHECK(p.at(10, 0) == Approx(0).margin(1e-4));
  CHECK(p.at(0, 10) == Approx(0).margin(1e-4));
  CHECK(p.at(5, 0) == Approx(127.5));
  CHECK_FALSE(lineage::Plane::through({0, 0}, {1, 1}, {2, 2}, 1, 2, 3, p));
}

TEST_CASE("clamped_ceil is std::ceil clamped, for every kind of float the rasteriser meets", "[raster]") {
  const float values[] = {-1e30f, -10000001.5f, -3.5f, -3.0f, -2.9999998f, -0.5f, -0.0f, 0.0f, 1e-30f, 0.49999997f,
                          0.5f, 1.0f, 1.0000001f, 7.25f, 1919.5f, 1920.0f, 1920.0001f, 1e7f, 3e9f, 1e30f};
  for (float v : values)
    for (auto [lo, hi] : {std::pair{0, 1920}, std::pair{-10000000, 10000000}, std::pair{-4, 8}}) {
      INFO("v " << v << " in [" << lo << ", " << hi << "]");
      double reference = std::min<double>(hi, std::max<double>(lo, std::ceil(static_cast<double>(v))));
      CHECK(lineage::clamped_ceil(v, lo, hi) == static_cast<int>(reference));
    }
  // Every step of a thousandth from -20 to 20, and NaN to the low end.
  for (int i = -20000; i <= 20000; ++i) {
    float v = static_cast<float>(i) / 1000.0f;
    CHECK(lineage::clamped_ceil(v, -100, 100) == static_cast<int>(std::ceil(v)));
  }
  CHECK(lineage::clamped_ceil(std::nanf(""), 3, 9) == 3);
}
