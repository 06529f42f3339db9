// Bond routing and line patterns for the genogram. Curves are sampled quadratic Béziers; patterns
// are built along the sampled path by arc length. No SDL, no ImGui.
#include "core/layout/genogram_lines.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace lineage {
namespace {

constexpr int kSamples = 40;

GPoint lerp(GPoint a, GPoint b, float t) { return {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t}; }
float dist(GPoint a, GPoint b) { return std::hypot(a.x - b.x, a.y - b.y); }

std::vector<GPoint> bezier(GPoint a, GPoint c, GPoint b) {
  std::vector<GPoint> out;
  for (int i = 0; i <= kSamples; ++i) {
    float t = static_cast<float>(i) / kSamples;
    out.push_back(lerp(lerp(a, c, t), lerp(c, b, t), t));
  }
  return out;
}

// Drops the samples inside either end's symbol, keeping the exact crossing points.
std::vector<GPoint> trim(const std::vector<GPoint>& path, GPoint a, GPoint b, float r) {
  std::vector<GPoint> out;
  for (std::size_t i = 0; i < path.size(); ++i) {
    bool inside = dist(path[i], a) < r || dist(path[i], b) < r;
    if (inside) continue;
    if (out.empty() && i > 0) {  // entering from the start symbol: find the edge
      GPoint p = path[i - 1], q = path[i];
      float lo = 0, hi = 1;
      for (int k = 0; k < 20; ++k) {
        float mid = (lo + hi) * 0.5f;
        (dist(lerp(p, q, mid), a) < r ? lo : hi) = mid;
      }
      out.push_back(lerp(p, q, hi));
    }
    out.push_back(path[i]);
    if (i + 1 < path.size() && dist(path[i + 1], b) < r) {  // leaving into the end symbol
      GPoint p = path[i], q = path[i + 1];
      float lo = 0, hi = 1;
      for (int k = 0; k < 20; ++k) {
        float mid = (lo + hi) * 0.5f;
        (dist(lerp(p, q, mid), b) < r ? hi : lo) = mid;
      }
      out.push_back(lerp(p, q, lo));
      break;
    }
  }
  return out;
}

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
  const float r = layout.metrics.radius();
  // Obstacles: every symbol and the name under it, and every structural line.
  std::vector<GPoint> obstacles;
  for (const GenogramNode& n : layout.nodes) {
    obstacles.push_back(n.at);
    obstacles.push_back({n.at.x, n.at.y + r + layout.metrics.label_below * 0.45f});
  }
  std::vector<std::pair<GPoint, GPoint>> lines;
  for (const ChildGroup& g : layout.children) {
    lines.push_back({g.anchor, {g.anchor.x, g.bar_y}});
    for (int c : g.children) {
      GPoint at = layout.nodes[c].at;
      lines.push_back({{at.x, g.bar_y}, {at.x, at.y - r}});
      lines.push_back({{g.anchor.x, g.bar_y}, {at.x, g.bar_y}});
    }
  }
  std::map<std::pair<int, int>, std::vector<float>> used;  // bows already taken by a pair
  for (int i = 0; i < static_cast<int>(story.bonds.size()); ++i) {
    if (!shown.empty() && !shown[i]) continue;
    const Bond& bond = story.bonds[i];
    int na = layout.node_of(bond.from), nb = layout.node_of(bond.to);
    if (na < 0 || nb < 0) continue;
    GPoint a = layout.nodes[na].at, b = layout.nodes[nb].at;
    float len = dist(a, b);
    if (len < 1) continue;
    GPoint mid = lerp(a, b, 0.5f), normal{-(b.y - a.y) / len, (b.x - a.x) / len};
    // Keep the normal pointing the same way whichever end the bond starts from.
    if (normal.x < -1e-4f || (std::abs(normal.x) <= 1e-4f && normal.y < 0)) normal = {-normal.x, -normal.y};
    auto key = std::minmax(bond.from, bond.to);
    std::vector<float>& taken = used[{key.first, key.second}];
    float base = std::clamp(len * 0.22f, layout.metrics.node * 0.9f, layout.metrics.node * 2.2f);
    float best_bow = base, best_score = -1e9f;
    for (float bow : {base, -base, base * 1.7f, -base * 1.7f, base * 2.4f, -base * 2.4f}) {
      if (std::find(taken.begin(), taken.end(), bow) != taken.end()) continue;
      std::vector<GPoint> curve = trim(bezier(a, {mid.x + normal.x * bow, mid.y + normal.y * bow}, b), a, b, r * 1.25f);
      float clearance = 1e9f;
      for (const GPoint& p : curve) {
        for (std::size_t o = 0; o < obstacles.size(); ++o) {
          bool own = dist(obstacles[o], a) < 1 || dist(obstacles[o], b) < 1;
          if (!own) clearance = std::min(clearance, dist(p, obstacles[o]));
        }
        for (const auto& [s, e] : lines) clearance = std::min(clearance, distance_to_segment(p, s, e) * 1.6f);
      }
      // Prefer the gentlest bow that keeps clear; a sharper one must earn its place.
      float score = std::min(clearance, layout.metrics.node * 1.2f) - std::abs(bow) * 0.08f;
      if (score > best_score + 1e-3f) best_score = score, best_bow = bow;
    }
    taken.push_back(best_bow);
    BondRoute route;
    route.bond = i;
    route.arrow = !bond.mutual;
    GPoint control{mid.x + normal.x * best_bow, mid.y + normal.y * best_bow};
    route.path = trim(bezier(a, control, b), a, b, r * 1.25f);
    GPoint top = lerp(lerp(a, control, 0.5f), lerp(control, b, 0.5f), 0.5f);
    float side = best_bow >= 0 ? 1.0f : -1.0f;
    route.label_side = side;
    route.label_at = {top.x + normal.x * side * 14.0f, top.y + normal.y * side * 14.0f};
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

}  // namespace lineage
