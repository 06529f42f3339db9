#include "core/layout/genogram_words.hpp"

#include <algorithm>
#include <cmath>

#include "core/layout/genogram_lines.hpp"

namespace lineage {
namespace {

float distance_to_box(GPoint p, const GRect& box) {
  float dx = std::max({box.x0 - p.x, 0.0f, p.x - box.x1}), dy = std::max({box.y0 - p.y, 0.0f, p.y - box.y1});
  return std::hypot(dx, dy);
}

float distance_to_segment(GPoint p, GPoint a, GPoint b) {
  float dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
  float t = len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0f, 1.0f) : 0.0f;
  return std::hypot(p.x - (a.x + dx * t), p.y - (a.y + dy * t));
}

bool inside(GPoint p, const GRect& box) { return p.x >= box.x0 && p.x <= box.x1 && p.y >= box.y0 && p.y <= box.y1; }

bool overlaps(const GRect& a, const GRect& b, float gap) {
  return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
}

bool within(const GRect& r, const GRect& bounds) {
  return bounds.height() <= 0 || (r.x0 >= bounds.x0 && r.x1 <= bounds.x1 && r.y0 >= bounds.y0 && r.y1 <= bounds.y1);
}

GRect moved(GRect r, float dx, float dy) { return {r.x0 + dx, r.y0 + dy, r.x1 + dx, r.y1 + dy}; }

}  // namespace

float distance_to_path(const GRect& box, const std::vector<GPoint>& path) {
  if (path.empty()) return 1e9f;
  if (path.size() == 1) return distance_to_box(path[0], box);
  const GPoint corners[4] = {{box.x0, box.y0}, {box.x1, box.y0}, {box.x1, box.y1}, {box.x0, box.y1}};
  float best = 1e9f;
  for (std::size_t i = 1; i < path.size(); ++i) {
    GPoint a = path[i - 1], b = path[i];
    if (inside(a, box) || inside(b, box)) return 0;
    for (int c = 0; c < 4; ++c)
      if (segments_cross(a, b, corners[c], corners[(c + 1) % 4])) return 0;
    best = std::min({best, distance_to_box(a, box), distance_to_box(b, box)});
    for (const GPoint& c : corners) best = std::min(best, distance_to_segment(c, a, b));
  }
  return best;
}

std::vector<bool> place_near_lines(std::vector<GRect>& boxes, const std::vector<std::vector<GPoint>>& places,
                                   const std::vector<std::vector<GPoint>>& paths, float reach, float gap,
                                   const std::vector<GRect>& fixed, GRect bounds) {
  std::vector<bool> placed(boxes.size(), false);
  static const std::vector<GPoint> kNoPath;
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    const std::vector<GPoint>& path = i < paths.size() ? paths[i] : kNoPath;
    std::vector<GPoint> own = i < places.size() && !places[i].empty() ? places[i] : std::vector<GPoint>{{0, 0}};
    const GPoint first = own.front();
    // What is in the way of `r`: the first box it overlaps, or null.
    auto in_the_way = [&](const GRect& r) -> const GRect* {
      for (std::size_t k = 0; k < i; ++k)
        if (placed[k] && overlaps(r, boxes[k], gap)) return &boxes[k];
      for (const GRect& f : fixed)
        if (overlaps(r, f, gap)) return &f;
      return nullptr;
    };
    auto near_enough = [&](const GRect& r) { return within(r, bounds) && distance_to_path(r, path) <= reach; };
    bool found = false;
    for (const GPoint& p : own) {
      GRect r = moved(boxes[i], p.x - first.x, p.y - first.y);
      if (near_enough(r) && !in_the_way(r)) {
        boxes[i] = r, found = true;
        break;
      }
    }
    // Up or down from each place, past what is in the way, the nearer of the two, within reach.
    for (std::size_t n = 0; n < own.size() && !found; ++n) {
      const GRect start = moved(boxes[i], own[n].x - first.x, own[n].y - first.y);
      float best = 0;
      for (int dir : {+1, -1}) {
        GRect r = start;
        for (int tries = 0; tries < 32 && within(r, bounds); ++tries) {
          const GRect* other = in_the_way(r);
          if (!other) {
            if (near_enough(r) && (!found || std::fabs(r.y0 - start.y0) < std::fabs(best))) best = r.y0 - start.y0, found = true;
            break;
          }
          float shift = dir > 0 ? other->y1 + gap - r.y0 : other->y0 - gap - r.y1;
          r = moved(r, 0, shift);
          if (std::fabs(r.y0 - start.y0) > reach + start.height() + path_length(path)) break;  // gone past the line
        }
      }
      if (found) boxes[i] = moved(start, 0, best);
    }
    placed[i] = found;
  }
  return placed;
}

GRect marker_on_line(const std::vector<GPoint>& path, float size, float gap, const std::vector<GRect>& taken,
                     GRect bounds, bool* clear) {
  if (clear) *clear = true;
  const float length = path_length(path), half = size * 0.5f;
  auto square = [&](GPoint p) { return GRect{p.x - half, p.y - half, p.x + half, p.y + half}; };
  for (int step = 0; step <= 48; ++step) {  // 0.5, 0.48, 0.52, 0.46, ... out to 0.02 and 0.98
    float f = 0.5f + (step % 2 ? -1.0f : 1.0f) * 0.02f * static_cast<float>((step + 1) / 2);
    GPoint dir;
    const GPoint p = point_along(path, length * f, &dir);
    // On the line, a little to either side of it (still over it), or just beside it (its edge
    // under a marker's width from the line).
    for (float side : {0.0f, 0.4f, -0.4f, 0.9f, -0.9f, 1.3f, -1.3f}) {
      GRect r = square({p.x - dir.y * size * side, p.y + dir.x * size * side});
      if (!within(r, bounds)) continue;
      if (std::none_of(taken.begin(), taken.end(), [&](const GRect& t) { return overlaps(r, t, gap); })) return r;
    }
  }
  if (clear) *clear = false;
  return square(point_along(path, length * 0.5f));
}

}  // namespace lineage
