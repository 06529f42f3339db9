// Camera, hit testing and keyboard steps for the genogram. No SDL, no ImGui.
#include "core/layout/genogram_view.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lineage {
namespace {

bool usable(const GenogramLayout& layout, const std::vector<bool>& present, int node) {
  int p = layout.nodes[node].person;
  return present.empty() || (p >= 0 && p < static_cast<int>(present.size()) && present[p]);
}

}  // namespace

GenogramCamera GenogramCamera::fit(const GRect& world, const GRect& screen, float max_scale) {
  GenogramCamera c;
  float w = std::max(1.0f, world.width()), h = std::max(1.0f, world.height());
  c.scale = std::min({screen.width() / w, screen.height() / h, max_scale});
  c.scale = std::max(c.scale, 0.05f);
  float cx = (world.x0 + world.x1) * 0.5f, cy = (world.y0 + world.y1) * 0.5f;
  c.offset = {(screen.x0 + screen.x1) * 0.5f - cx * c.scale, (screen.y0 + screen.y1) * 0.5f - cy * c.scale};
  return c;
}

void GenogramCamera::zoom_at(GPoint s, float factor, float min_scale, float max_scale) {
  GPoint w = to_world(s);
  scale = std::clamp(scale * factor, min_scale, max_scale);
  offset = {s.x - w.x * scale, s.y - w.y * scale};
}

int hit_person(const GenogramLayout& layout, GPoint world, float slop, const std::vector<bool>& present) {
  float reach = layout.metrics.radius() + slop, best = std::numeric_limits<float>::max();
  int hit = -1;
  for (int i = 0; i < static_cast<int>(layout.nodes.size()); ++i) {
    if (!usable(layout, present, i)) continue;
    const GPoint& at = layout.nodes[i].at;
    // The symbol, or the name under it: both are the person.
    bool in_symbol = std::abs(world.x - at.x) <= reach && std::abs(world.y - at.y) <= reach;
    bool in_name = std::abs(world.x - at.x) <= layout.metrics.label_half_width * 0.8f && world.y > at.y &&
                   world.y <= at.y + layout.metrics.radius() + layout.metrics.label_below;
    if (!in_symbol && !in_name) continue;
    float d = std::hypot(world.x - at.x, world.y - at.y);
    if (d < best) best = d, hit = layout.nodes[i].person;
  }
  return hit;
}

int step_person(const GenogramLayout& layout, int person, Step step, const std::vector<bool>& present) {
  int from = layout.node_of(person);
  if (from < 0 || !usable(layout, present, from)) {
    for (int i = 0; i < static_cast<int>(layout.nodes.size()); ++i)
      if (layout.nodes[i].lane_head && usable(layout, present, i)) return layout.nodes[i].person;
    for (const GenogramRow& row : layout.rows)
      for (int i : row.nodes)
        if (usable(layout, present, i)) return layout.nodes[i].person;
    return person;
  }
  const GenogramNode& here = layout.nodes[from];
  if (step == Step::Left || step == Step::Right) {
    const auto& row = layout.rows[here.row].nodes;
    auto it = std::find(row.begin(), row.end(), from);
    if (step == Step::Right) {
      for (auto j = it + 1; j != row.end(); ++j)
        if (usable(layout, present, *j)) return layout.nodes[*j].person;
    } else {
      for (auto j = std::make_reverse_iterator(it); j != row.rend(); ++j)
        if (usable(layout, present, *j)) return layout.nodes[*j].person;
    }
    return person;
  }
  // Up or down: the nearest row in that direction with someone present; there, the person
  // closest in x, preferring the matriline (lane heads) when two are about as close.
  int dir = step == Step::Up ? -1 : 1;
  for (int r = here.row + dir; r >= 0 && r < static_cast<int>(layout.rows.size()); r += dir) {
    int best = -1;
    float best_cost = std::numeric_limits<float>::max();
    for (int i : layout.rows[r].nodes) {
      if (!usable(layout, present, i)) continue;
      float cost = std::abs(layout.nodes[i].at.x - here.at.x);
      if (layout.nodes[i].lane_head && here.lane_head) cost -= layout.metrics.node * 0.75f;
      if (cost < best_cost) best_cost = cost, best = i;
    }
    if (best >= 0) return layout.nodes[best].person;
  }
  return person;
}

}  // namespace lineage
