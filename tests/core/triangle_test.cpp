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

namespace {

// The pixels a polygon's fan covers, a triangle at a time (as ImGui hands it over), and a row at a time.
std::vector<int> fan_coverage(const std::vector<Point2>& ring, int w, int h, int cx0, int cy0, int cx1, int cy1) {
  std::vector<int> hits(static_cast<std::size_t>(w * h), 0);
  for (std::size_t i = 2; i < ring.size(); ++i)
    lineage::triangle_spans(ring[0], ring[i - 1], ring[i], cx0, cy0, cx1, cy1, [&](int y, int x0, int x1) {
      for (int x = x0; x < x1; ++x) ++hits[static_cast<std::size_t>(y * w + x)];
    });
  return hits;
}

std::vector<int> polygon_coverage(const std::vector<Point2>& ring, int w, int h, int cx0, int cy0, int cx1, int cy1) {
  std::vector<int> hits(static_cast<std::size_t>(w * h), 0);
  int last_row = -1;
  lineage::convex_polygon_spans(ring.data(), static_cast<int>(ring.size()), cx0, cy0, cx1, cy1, [&](int y, int x0, int x1) {
    CHECK(y > last_row);  // one span a row, top down
    last_row = y;
    for (int x = x0; x < x1; ++x) ++hits[static_cast<std::size_t>(y * w + x)];
  });
  return hits;
}

}  // namespace

TEST_CASE("a convex polygon's spans cover exactly the pixels of its fan", "[raster]") {
  const int w = 120, h = 100;
  int shapes = 0;
  for (int s = 0; s < 300; ++s) {
    // Ellipses of 3 to 64 corners at fractional centres and angles, either winding, some
    // crossing the clip rectangle; among them slivers and tiny discs like falling snow.
    const double cx = 10 + (s * 37 % 100) + (s % 7) * 0.137, cy = 5 + (s * 53 % 90) + (s % 5) * 0.291;
    const double rx = s % 11 == 0 ? 0.6 + s % 3 * 0.3 : 2 + (s * 17 % 50), ry = s % 13 == 0 ? 0.4 : 1.5 + (s * 29 % 40);
    const int corners = 3 + s * 7 % 62;
    const double turn = s * 0.173, sense = s % 2 ? 1.0 : -1.0;
    std::vector<Point2> ring;
    for (int i = 0; i < corners; ++i) {
      double t = turn + sense * i * 2 * 3.14159265358979 / corners;
      ring.push_back({static_cast<float>(cx + rx * std::cos(t)), static_cast<float>(cy + ry * std::sin(t))});
    }
    INFO("shape " << s);
    REQUIRE(lineage::is_convex_polygon(ring.data(), corners));
    const int cx0 = s % 3 == 0 ? 15 : 0, cy0 = s % 4 == 0 ? 12 : 0, cx1 = s % 5 == 0 ? 90 : w, cy1 = s % 6 == 0 ? 70 : h;
    CHECK(polygon_coverage(ring, w, h, cx0, cy0, cx1, cy1) == fan_coverage(ring, w, h, cx0, cy0, cx1, cy1));
    ++shapes;
  }
  CHECK(shapes == 300);
  // A rotated quad, as the tableaux' limbs are drawn.
  std::vector<Point2> limb = {{20.3f, 10.7f}, {60.9f, 52.2f}, {55.1f, 57.8f}, {14.6f, 16.4f}};
  CHECK(polygon_coverage(limb, w, h, 0, 0, w, h) == fan_coverage(limb, w, h, 0, 0, w, h));
}

TEST_CASE("only convex polygons are taken for one span a row", "[raster]") {
  std::vector<Point2> square = {{0, 0}, {10, 0}, {10, 10}, {0, 10}};
  CHECK(lineage::is_convex_polygon(square.data(), 4));
  std::vector<Point2> dart = {{0, 0}, {10, 5}, {0, 10}, {3, 5}};  // one corner turned in
  CHECK_FALSE(lineage::is_convex_polygon(dart.data(), 4));
  std::vector<Point2> star;  // a pentagram: every turn the same way, but it winds twice
  for (int i = 0; i < 5; ++i) {
    double t = i * 4 * 3.14159265358979 / 5;
    star.push_back({static_cast<float>(50 + 40 * std::sin(t)), static_cast<float>(50 - 40 * std::cos(t))});
  }
  CHECK_FALSE(lineage::is_convex_polygon(star.data(), 5));
  std::vector<Point2> line = {{0, 0}, {5, 5}, {10, 10}};
  CHECK_FALSE(lineage::is_convex_polygon(line.data(), 3));
}
