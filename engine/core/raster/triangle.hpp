// Scanline spans of a triangle, for filling solid shapes straight into a software framebuffer.
// SDL's software renderer tests every pixel of a triangle's bounding box, so the long thin
// triangles of a rounded rectangle's fan cost their width times height each; walking spans
// costs only the pixels covered. Pure C++, no SDL.
#pragma once

#include <algorithm>
#include <cmath>

namespace lineage {

struct Point2 {
  float x, y;
};

// ceil(v) clamped to [lo, hi], NaN giving lo. std::ceil is a library call on baseline x86-64 (no
// SSE4.1 rounding instruction) and the rasteriser takes two for every row of every triangle;
// truncating and stepping up is exact for every float between two ints, and converting a float
// too large for an int never happens.
inline int clamped_ceil(float v, int lo, int hi) {
  if (!(v > static_cast<float>(lo))) return lo;
  if (!(v < static_cast<float>(hi))) return hi;
  const int t = static_cast<int>(v);  // toward zero: ceil for negative v, floor for positive
  return t + (static_cast<float>(t) < v ? 1 : 0);
}

// Calls emit(y, x0, x1) for each row of pixels whose centres lie inside the triangle, x in
// [x0, x1), clipped to [cx0, cx1) x [cy0, cy1). Edges are half-open (a pixel centre on the left
// or top edge is in, on the right or bottom edge out), so triangles that share an edge, as a
// polygon's fan does, never cover a pixel twice: translucent shapes show no seams.
template <typename Emit>
void triangle_spans(Point2 a, Point2 b, Point2 c, int cx0, int cy0, int cx1, int cy1, Emit&& emit) {
  // Order by y, then x: an edge shared by two triangles is then always computed from the same
  // endpoints in the same order, giving the same x to the last bit.
  auto before = [](Point2 p, Point2 q) { return p.y < q.y || (p.y == q.y && p.x < q.x); };
  if (before(b, a)) std::swap(a, b);
  if (before(c, b)) std::swap(b, c);
  if (before(b, a)) std::swap(a, b);
  if (!(c.y > a.y)) return;  // flat: no area
  auto x_at = [](Point2 p, Point2 q, float y) { return p.x + (y - p.y) * (q.x - p.x) / (q.y - p.y); };
  if (cy1 <= cy0 || cx1 <= cx0) return;
  const int y0 = clamped_ceil(a.y - 0.5f, cy0, cy1);
  const int y1 = clamped_ceil(c.y - 0.5f, cy0, cy1);
  for (int y = y0; y < y1; ++y) {
    float yc = y + 0.5f;
    float xl = x_at(a, c, yc);
    float xr = yc < b.y ? x_at(a, b, yc) : (c.y > b.y ? x_at(b, c, yc) : b.x);
    if (xr < xl) std::swap(xl, xr);
    const int x0 = clamped_ceil(xl - 0.5f, cx0, cx1);
    const int x1 = clamped_ceil(xr - 0.5f, cx0, cx1);
    if (x1 > x0) emit(y, x0, x1);
  }
}

// True when `pts` (n >= 3, either winding) bound a convex polygon: every turn the same way
// (straight runs allowed) and y turning back only twice, so a self-crossing star is refused.
inline bool is_convex_polygon(const Point2* pts, int n) {
  if (n < 3) return false;
  int turn = 0, first_dy = 0, last_dy = 0, y_turns = 0;
  for (int i = 0; i < n; ++i) {
    const Point2 &p = pts[i], &q = pts[(i + 1) % n], &r = pts[(i + 2) % n];
    // Turns smaller than float noise on a straight run count as straight.
    const float cross = (q.x - p.x) * (r.y - q.y) - (q.y - p.y) * (r.x - q.x);
    const int sign = cross > 1e-3f ? 1 : (cross < -1e-3f ? -1 : 0);
    if (sign != 0) {
      if (turn != 0 && sign != turn) return false;
      turn = sign;
    }
    const int dy = q.y > p.y ? 1 : (q.y < p.y ? -1 : 0);
    if (dy == 0) continue;
    if (first_dy == 0) first_dy = dy;
    else if (dy != last_dy) ++y_turns;
    last_dy = dy;
  }
  if (last_dy != first_dy) ++y_turns;  // from the last edge round to the first
  return turn != 0 && y_turns <= 2;
}

// The rows of a convex polygon (n corners in order, checked with is_convex_polygon), clipped as
// triangle_spans clips: the pixels the triangles of its fan would cover, each edge computed as
// triangle_spans computes it (so a fringe sharing an edge meets it exactly), but one span a row.
// A big disc is 48 triangles, each crossing most of its rows: filled a triangle at a time it
// costs a span set-up per triangle per row. Rows are asked for top down, so several polygons
// can be walked together (a stack of them blended in one pass).
class ConvexRows {
 public:
  ConvexRows(const Point2* pts, int n, int cx0, int cy0, int cx1, int cy1) : pts_(pts), n_(n), cx0_(cx0), cx1_(cx1) {
    if (n < 3 || cy1 <= cy0 || cx1 <= cx0) return;
    auto before = [](Point2 p, Point2 q) { return p.y < q.y || (p.y == q.y && p.x < q.x); };
    int top = 0, bottom = 0;
    for (int i = 1; i < n; ++i) {
      if (before(pts[i], pts[top])) top = i;
      if (before(pts[bottom], pts[i])) bottom = i;
    }
    if (!(pts[bottom].y > pts[top].y)) return;  // flat: no area
    first_ = clamped_ceil(pts[top].y - 0.5f, cy0, cy1);
    end_ = clamped_ceil(pts[bottom].y - 0.5f, cy0, cy1);
    a_ = b_ = top;
    bottom_ = bottom;
  }
  int first_row() const { return first_; }
  int end_row() const { return end_; }
  // Row y's pixels [x0, x1); false when it has none. y only grows from one call to the next.
  bool span(int y, int& x0, int& x1) {
    if (y < first_ || y >= end_) return false;
    // Two chains from the top corner down to the bottom one, one each way round; each keeps the
    // edge whose y range [from.y, to.y) holds the row's centre.
    const float yc = y + 0.5f;
    while (a_ != bottom_ && !(pts_[next(a_)].y > yc)) a_ = next(a_);
    while (b_ != bottom_ && !(pts_[prev(b_)].y > yc)) b_ = prev(b_);
    if (a_ == bottom_ || b_ == bottom_) return false;  // not convex after all
    float xl = x_at(pts_[a_], pts_[next(a_)], yc), xr = x_at(pts_[b_], pts_[prev(b_)], yc);
    if (xr < xl) std::swap(xl, xr);
    x0 = clamped_ceil(xl - 0.5f, cx0_, cx1_);
    x1 = clamped_ceil(xr - 0.5f, cx0_, cx1_);
    return x1 > x0;
  }

 private:
  int next(int i) const { return i + 1 == n_ ? 0 : i + 1; }
  int prev(int i) const { return i == 0 ? n_ - 1 : i - 1; }
  static float x_at(Point2 p, Point2 q, float y) { return p.x + (y - p.y) * (q.x - p.x) / (q.y - p.y); }
  const Point2* pts_;
  int n_, cx0_, cx1_;
  int first_ = 0, end_ = 0, a_ = 0, b_ = 0, bottom_ = 0;
};

// Calls emit(y, x0, x1) for each row of the convex polygon `pts` (see ConvexRows).
template <typename Emit>
void convex_polygon_spans(const Point2* pts, int n, int cx0, int cy0, int cx1, int cy1, Emit&& emit) {
  ConvexRows rows(pts, n, cx0, cy0, cx1, cy1);
  int x0 = 0, x1 = 0;
  for (int y = rows.first_row(); y < rows.end_row(); ++y)
    if (rows.span(y, x0, x1)) emit(y, x0, x1);
}

// A value (an alpha) given at a triangle's corners, interpolated linearly across it:
// v(x, y) = dx * x + dy * y + c. Anti-aliased edges fade this way, from opaque to clear.
struct Plane {
  float dx = 0, dy = 0, c = 0;
  float at(float x, float y) const { return dx * x + dy * y + c; }
  // False for a triangle without area (nothing to interpolate over).
  static bool through(Point2 a, Point2 b, Point2 c, float va, float vb, float vc, Plane& out) {
    float det = (b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y);
    if (std::fabs(det) < 1e-12f) return false;
    out.dx = ((vb - va) * (c.y - a.y) - (vc - va) * (b.y - a.y)) / det;
    out.dy = ((vc - va) * (b.x - a.x) - (vb - va) * (c.x - a.x)) / det;
    out.c = va - out.dx * a.x - out.dy * a.y;
    return true;
  }
};

}  // namespace lineage
