// Bond routing and line patterns for the genogram. A bond is a sampled cubic Bézier from a free
// side of one symbol to a free side of the other, the clearest of the candidates; patterns are
// built along the sampled path by arc length. No SDL, no ImGui.
#include "core/layout/genogram_lines.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace lineage {
namespace {

constexpr int kSamples = 40;

GPoint lerp(GPoint a, GPoint b, float t) { return {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t}; }
float dist(GPoint a, GPoint b) { return std::hypot(a.x - b.x, a.y - b.y); }

float distance_to_segment(GPoint p, GPoint a, GPoint b) {
  float dx = b.x - a.x, dy = b.y - a.y;
  float len2 = dx * dx + dy * dy;
  float t = len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0f, 1.0f) : 0.0f;
  return dist(p, {a.x + dx * t, a.y + dy * t});
}

}  // namespace

float path_length(const std::vector<GPoint>& path) {
  float len = 0;
  for (std::size_t i = 1; i < path.size(); ++i) len += dist(path[i - 1], path[i]);
  return len;
}

GPoint point_along(const std::vector<GPoint>& path, float distance, GPoint* direction) {
  if (path.empty()) return {};
  for (std::size_t i = 1; i < path.size(); ++i) {
    float seg = dist(path[i - 1], path[i]);
    if (distance <= seg || i + 1 == path.size()) {
      float t = seg > 0 ? std::clamp(distance / seg, 0.0f, 1.0f) : 0.0f;
      if (direction) *direction = seg > 0 ? GPoint{(path[i].x - path[i - 1].x) / seg, (path[i].y - path[i - 1].y) / seg}
                                          : GPoint{1, 0};
      return lerp(path[i - 1], path[i], t);
    }
    distance -= seg;
  }
  if (direction) *direction = {1, 0};
  return path.front();
}

std::vector<GPoint> offset_path(const std::vector<GPoint>& path, float d) {
  std::vector<GPoint> out;
  for (std::size_t i = 0; i < path.size(); ++i) {
    GPoint a = path[i == 0 ? 0 : i - 1], b = path[i + 1 < path.size() ? i + 1 : i];
    float len = dist(a, b);
    GPoint n = len > 0 ? GPoint{-(b.y - a.y) / len, (b.x - a.x) / len} : GPoint{0, 0};
    out.push_back({path[i].x + n.x * d, path[i].y + n.y * d});
  }
  return out;
}

bool segments_cross(GPoint a, GPoint b, GPoint c, GPoint d) {
  auto orient = [](GPoint p, GPoint q, GPoint r) {
    float v = (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
    return v > 1e-4f ? 1 : v < -1e-4f ? -1 : 0;
  };
  auto same = [](GPoint p, GPoint q) { return std::abs(p.x - q.x) < 1e-3f && std::abs(p.y - q.y) < 1e-3f; };
  if (same(a, c) || same(a, d) || same(b, c) || same(b, d)) return false;
  int o1 = orient(a, b, c), o2 = orient(a, b, d), o3 = orient(c, d, a), o4 = orient(c, d, b);
  if (o1 != o2 && o3 != o4 && o1 != 0 && o2 != 0 && o3 != 0 && o4 != 0) return true;
  // Collinear overlap counts as crossing: two lines drawn on top of each other.
  auto on = [](GPoint p, GPoint q, GPoint r) {
    return std::min(p.x, q.x) - 1e-3f <= r.x && r.x <= std::max(p.x, q.x) + 1e-3f &&
           std::min(p.y, q.y) - 1e-3f <= r.y && r.y <= std::max(p.y, q.y) + 1e-3f;
  };
  return (o1 == 0 && o2 == 0) && (on(a, b, c) || on(a, b, d) || on(c, d, a) || on(c, d, b));
}

std::vector<GPoint> descent_path(const GenogramLayout& layout, int parent_person, int child_person) {
  int parent = layout.node_of(parent_person), child = layout.node_of(child_person);
  if (parent < 0 || child < 0) return {};
  const float r = layout.metrics.radius();
  for (const ChildGroup& g : layout.children) {
    if (std::find(g.parents.begin(), g.parents.end(), parent) == g.parents.end()) continue;
    if (std::find(g.children.begin(), g.children.end(), child) == g.children.end()) continue;
    GPoint p = layout.nodes[parent].at, c = layout.nodes[child].at;
    std::vector<GPoint> path;
    if (g.parents.size() == 2) {
      path.push_back({p.x + (g.anchor.x > p.x ? r : -r), p.y});
      path.push_back(g.anchor);
    } else {
      path.push_back({p.x, p.y + r});
      if (std::abs(g.anchor.x - p.x) > 0.5f) path.push_back({g.anchor.x, p.y + r});
    }
    if (std::abs(c.x - g.anchor.x) > 0.5f) {
      path.push_back({g.anchor.x, g.bar_y});
      path.push_back({c.x, g.bar_y});
    }
    path.push_back({c.x, c.y - r});
    return path;
  }
  return {};
}

std::vector<BondRoute> route_bonds(const Story& story, const GenogramLayout& layout, const std::vector<bool>& shown) {
  std::vector<BondRoute> routes;
  const GenogramMetrics& m = layout.metrics;
  const float r = m.radius();
  const std::size_t count = layout.nodes.size();
  // Which sides of each symbol are free: the name is always below; a couple line takes a side;
  // the line from the parents comes in at the top.
  std::vector<bool> left_taken(count, false), right_taken(count, false), top_taken(count, false);
  for (const CoupleLine& c : layout.couples) right_taken[c.left] = true, left_taken[c.right] = true;
  for (const ChildGroup& g : layout.children)
    for (int c : g.children) top_taken[c] = true;
  struct Side {
    GPoint dir;
    int which;  // 0 top, 1 top-right, 2 right, 3 top-left, 4 left
  };
  const float d = 0.70710678f;
  const Side sides[] = {{{0, -1}, 0}, {{d, -d}, 1}, {{1, 0}, 2}, {{-d, -d}, 3}, {{-1, 0}, 4}};
  auto free = [&](int node, const Side& s) {
    if (s.which == 0) return !top_taken[node];
    if (s.which == 2) return !right_taken[node];
    if (s.which == 4) return !left_taken[node];
    return true;
  };
  // Obstacles: the symbols, every name (its own included), the family's lines, and the bonds
  // and labels already placed.
  std::vector<std::pair<GPoint, GPoint>> lines;
  for (const CoupleLine& c : layout.couples) lines.push_back({c.from, c.to});
  for (const ChildGroup& g : layout.children) {
    lines.push_back({g.anchor, {g.anchor.x, g.bar_y}});
    for (int c : g.children) {
      GPoint at = layout.nodes[c].at;
      lines.push_back({{at.x, g.bar_y}, {at.x, at.y - r}});
      lines.push_back({{g.anchor.x, g.bar_y}, {at.x, g.bar_y}});
    }
  }
  std::vector<GPoint> labels;
  auto clearance_at = [&](GPoint p, int na, int nb) {
    float c = 1e9f;
    for (std::size_t i = 0; i < count; ++i) {
      GPoint at = layout.nodes[i].at;
      if (static_cast<int>(i) != na && static_cast<int>(i) != nb) c = std::min(c, (dist(p, at) - r) * 2.0f);
      // The name box under every symbol (half as wide as kept, the usual name is short).
      float hw = m.label_half_width * 0.62f, top = at.y + r, bottom = at.y + r + m.label_below * 0.8f;
      float dx = std::max({at.x - hw - p.x, 0.0f, p.x - at.x - hw}), dy = std::max({top - p.y, 0.0f, p.y - bottom});
      c = std::min(c, std::hypot(dx, dy) * 4.0f);
    }
    for (const auto& [s, e] : lines) c = std::min(c, distance_to_segment(p, s, e) * 3.0f);
    for (const BondRoute& other : routes)
      for (std::size_t k = 0; k < other.path.size(); k += 2) c = std::min(c, dist(p, other.path[k]) * 2.5f);
    for (const GPoint& l : labels) c = std::min(c, dist(p, l) * 0.9f);
    return c;
  };
  for (int i = 0; i < static_cast<int>(story.bonds.size()); ++i) {
    if (!shown.empty() && !shown[i]) continue;
    const Bond& bond = story.bonds[i];
    int na = layout.node_of(bond.from), nb = layout.node_of(bond.to);
    if (na < 0 || nb < 0 || na == nb) continue;
    // A second bond between the same two people runs beside the first, as genograms draw it.
    int beside = 0;
    const BondRoute* first = nullptr;
    for (const BondRoute& other : routes) {
      const Bond& o = story.bonds[other.bond];
      if ((o.from == bond.from && o.to == bond.to) || (o.from == bond.to && o.to == bond.from)) {
        if (!first) first = &other;
        ++beside;
      }
    }
    if (first) {
      BondRoute route;
      route.bond = i;
      route.arrow = !bond.mutual;
      route.path = offset_path(first->path, m.node * 0.4f * static_cast<float>(beside));
      if (story.bonds[first->bond].from != bond.from) std::reverse(route.path.begin(), route.path.end());
      route.label_at = {first->label_at.x, first->label_at.y + m.node * 0.62f * static_cast<float>(beside)};
      labels.push_back(route.label_at);
      routes.push_back(route);
      continue;
    }
    GPoint a = layout.nodes[na].at, b = layout.nodes[nb].at;
    float length = dist(a, b);
    float handle = std::clamp(length * 0.38f, m.node * 0.8f, m.node * 2.6f);
    std::vector<GPoint> best;
    float best_score = -1e9f;
    for (const Side& sa : sides) {
      if (!free(na, sa)) continue;
      for (const Side& sb : sides) {
        if (!free(nb, sb)) continue;
        GPoint p0{a.x + sa.dir.x * r * 1.2f, a.y + sa.dir.y * r * 1.2f}, p3{b.x + sb.dir.x * r * 1.2f, b.y + sb.dir.y * r * 1.2f};
        GPoint p1{p0.x + sa.dir.x * handle, p0.y + sa.dir.y * handle}, p2{p3.x + sb.dir.x * handle, p3.y + sb.dir.y * handle};
        std::vector<GPoint> curve;
        for (int k = 0; k <= kSamples; ++k) {
          float t = static_cast<float>(k) / kSamples, s = 1 - t;
          curve.push_back({s * s * s * p0.x + 3 * s * s * t * p1.x + 3 * s * t * t * p2.x + t * t * t * p3.x,
                           s * s * s * p0.y + 3 * s * s * t * p1.y + 3 * s * t * t * p2.y + t * t * t * p3.y});
        }
        // Every stretch that runs close to something costs, the closer the more; clear enough is
        // as good as clearer; then the shorter, the better.
        const float enough = m.node * 0.9f;
        float cost = 0;
        for (std::size_t k = 1; k + 1 < curve.size(); ++k) {
          float over = std::max(0.0f, enough - clearance_at(curve[k], na, nb));
          cost += over * over / enough;
        }
        // Crossing a line of the family, or another bond, is worse than running near one.
        for (std::size_t k = 1; k < curve.size(); ++k) {
          for (const auto& [s, e] : lines)
            if (segments_cross(curve[k - 1], curve[k], s, e)) cost += enough * 6;
          for (const BondRoute& other : routes)
            for (std::size_t j = 1; j < other.path.size(); ++j)
              if (segments_cross(curve[k - 1], curve[k], other.path[j - 1], other.path[j])) cost += enough * 3;
        }
        float score = -cost - path_length(curve) * 0.15f;
        if (score > best_score) best_score = score, best = curve;
      }
    }
    if (best.empty()) continue;
    BondRoute route;
    route.bond = i;
    route.arrow = !bond.mutual;
    route.path = best;
    // Its words go where the middle stretch of the line is clearest of names and other words.
    float best_room = -1e9f, total = path_length(best);
    for (float f = 0.3f; f <= 0.701f; f += 0.05f) {
      GPoint p = point_along(best, total * f);
      float room = 1e9f;
      for (const GenogramNode& node : layout.nodes) {
        float dx = std::abs(p.x - node.at.x), dy = p.y - node.at.y;
        room = std::min(room, std::hypot(std::max(0.0f, dx - m.label_half_width * 0.7f),
                                         std::max({-dy - r, 0.0f, dy - r - m.label_below})));
      }
      for (const GPoint& l : labels) room = std::min(room, std::hypot((p.x - l.x) * 0.5f, p.y - l.y));
      room -= std::abs(f - 0.5f) * 20;  // the middle, other things equal
      if (room > best_room) best_room = room, route.label_at = p;
    }
    labels.push_back(route.label_at);
    routes.push_back(route);
  }
  return routes;
}
std::vector<Stroke> pattern_strokes(const std::vector<GPoint>& path, LinePattern pattern, float width, float scale,
                                    bool arrow) {
  std::vector<Stroke> out;
  if (path.size() < 2) return out;
  float len = path_length(path);
  float head = arrow ? std::max(10.0f * scale, width * 3.2f) : 0.0f;
  // The body stops short of the arrow's tip so the tip stays sharp.
  std::vector<GPoint> body;
  if (arrow && len > head * 1.5f) {
    for (float d = 0; d < len - head * 0.8f; d += std::max(2.0f, len / 80.0f)) body.push_back(point_along(path, d));
    body.push_back(point_along(path, len - head * 0.8f));
  } else {
    body = path;
  }
  float body_len = path_length(body);
  auto zigzag = [&](float amplitude, float wave) {
    Stroke s{{}, width, false};
    int teeth = std::max(2, static_cast<int>(body_len / wave));
    float step = body_len / static_cast<float>(teeth * 2);
    s.points.push_back(body.front());
    for (int k = 1; k < teeth * 2; ++k) {
      GPoint dir;
      GPoint p = point_along(body, step * static_cast<float>(k), &dir);
      float side = (k % 2 ? 1.0f : -1.0f) * amplitude;
      s.points.push_back({p.x - dir.y * side, p.y + dir.x * side});
    }
    s.points.push_back(body.back());
    return s;
  };
  switch (pattern) {
    case LinePattern::Solid:
      out.push_back({body, width, false});
      break;
    case LinePattern::Double:
      out.push_back({offset_path(body, 2.6f * scale + width * 0.5f), width, false});
      out.push_back({offset_path(body, -2.6f * scale - width * 0.5f), width, false});
      break;
    case LinePattern::Triple:
      out.push_back({offset_path(body, 4.0f * scale + width), width, false});
      out.push_back({body, width, false});
      out.push_back({offset_path(body, -4.0f * scale - width), width, false});
      break;
    case LinePattern::Dashed: {
      float dash = 11.0f * scale, gap = 8.0f * scale;
      for (float d = 0; d < body_len; d += dash + gap) {
        Stroke s{{}, width, false};
        for (float e = d; e < std::min(d + dash, body_len); e += 3.0f * scale) s.points.push_back(point_along(body, e));
        s.points.push_back(point_along(body, std::min(d + dash, body_len)));
        if (s.points.size() >= 2) out.push_back(s);
      }
      break;
    }
    case LinePattern::Zigzag:
      out.push_back(zigzag(5.5f * scale, 13.0f * scale));
      break;
    case LinePattern::ZigzagLine:
      out.push_back({body, std::max(1.0f, width * 0.6f), false});
      out.push_back(zigzag(7.0f * scale, 14.0f * scale));
      break;
    case LinePattern::Broken: {
      float gap = 12.0f * scale, bar = 9.0f * scale;
      float m0 = body_len * 0.5f - gap * 0.5f, m1 = body_len * 0.5f + gap * 0.5f;
      Stroke first{{}, width, false}, second{{}, width, false};
      for (float d = 0; d < m0; d += 3.0f * scale) first.points.push_back(point_along(body, d));
      first.points.push_back(point_along(body, m0));
      second.points.push_back(point_along(body, m1));
      for (float d = m1 + 3.0f * scale; d < body_len; d += 3.0f * scale) second.points.push_back(point_along(body, d));
      second.points.push_back(body.back());
      out.push_back(first);
      out.push_back(second);
      for (float at : {m0, m1}) {
        GPoint dir;
        GPoint p = point_along(body, at, &dir);
        out.push_back({{{p.x - dir.y * bar, p.y + dir.x * bar}, {p.x + dir.y * bar, p.y - dir.x * bar}}, width, false});
      }
      break;
    }
  }
  if (arrow && len > head * 1.5f) {
    GPoint dir;
    GPoint tip = point_along(path, len, &dir);
    GPoint base{tip.x - dir.x * head, tip.y - dir.y * head};
    float half = head * 0.5f;
    out.push_back({{tip, {base.x - dir.y * half, base.y + dir.x * half}, {base.x + dir.y * half, base.y - dir.x * half}},
                   1,
                   true});
  }
  return out;
}

std::vector<bool> separate_labels(std::vector<GRect>& boxes, float gap, const std::vector<GRect>& fixed, GRect bounds) {
  std::vector<bool> placed(boxes.size(), true);
  const bool bounded = bounds.height() > 0;
  auto overlaps = [&](const GRect& a, const GRect& b) {
    return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
  };
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    // Try the nearest free place: below or above the boxes already placed (and the fixed ones),
    // whichever is closer.
    GRect start = boxes[i];
    float best = 0;
    bool found = false;
    for (int dir : {+1, -1}) {
      GRect r = start;
      for (int tries = 0; tries < 64; ++tries) {
        bool clash = false;
        auto push_past = [&](const GRect& other) {
          if (clash || !overlaps(r, other)) return;
          float shift = dir > 0 ? other.y1 + gap - r.y0 : other.y0 - gap - r.y1;
          r.y0 += shift, r.y1 += shift;
          clash = true;
        };
        for (std::size_t k = 0; k < i && !clash; ++k) push_past(boxes[k]);
        for (std::size_t k = 0; k < fixed.size() && !clash; ++k) push_past(fixed[k]);
        if (!clash && bounded && (r.y0 < bounds.y0 || r.y1 > bounds.y1)) break;  // off the diagram: not this way
        if (!clash) {
          float moved = r.y0 - start.y0;
          if (!found || std::fabs(moved) < std::fabs(best)) best = moved, found = true;
          break;
        }
      }
    }
    boxes[i].y0 += best;
    boxes[i].y1 += best;
    if (!found) {  // no free place either way: is it clear where it stands?
      for (std::size_t k = 0; k < i; ++k) placed[i] = placed[i] && !(placed[k] && overlaps(boxes[i], boxes[k]));
      for (const GRect& f : fixed) placed[i] = placed[i] && !overlaps(boxes[i], f);
    }
  }
  return placed;
}

std::vector<bool> place_labels(std::vector<GRect>& boxes, const std::vector<std::vector<GPoint>>& places, float gap,
                               const std::vector<GRect>& fixed, GRect bounds) {
  const bool bounded = bounds.height() > 0;
  auto overlaps = [&](const GRect& a, const GRect& b) {
    return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
  };
  for (std::size_t i = 0; i < boxes.size() && i < places.size(); ++i) {
    if (places[i].empty()) continue;
    const GPoint first = places[i].front();
    for (const GPoint& p : places[i]) {
      GRect r = boxes[i];
      float dx = p.x - first.x, dy = p.y - first.y;
      r.x0 += dx, r.x1 += dx, r.y0 += dy, r.y1 += dy;
      if (bounded && (r.x0 < bounds.x0 || r.x1 > bounds.x1 || r.y0 < bounds.y0 || r.y1 > bounds.y1)) continue;
      bool clear = true;
      for (std::size_t k = 0; k < i && clear; ++k) clear = !overlaps(r, boxes[k]);
      for (std::size_t k = 0; k < fixed.size() && clear; ++k) clear = !overlaps(r, fixed[k]);
      if (clear) {
        boxes[i] = r;
        break;
      }
    }
  }
  return separate_labels(boxes, gap, fixed, bounds);
}

}  // namespace lineage
