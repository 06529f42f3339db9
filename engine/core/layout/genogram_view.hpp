// Looking at a genogram: the camera (fit, pan, zoom about a point), hit testing, and keyboard
// movement between people (up and down between generations, left and right along a row).
// No SDL, no ImGui: the scene feeds it screen points and reads screen points back.
#pragma once

#include <vector>

#include "core/layout/genogram_layout.hpp"

namespace lineage {

struct GenogramCamera {
  float scale = 1;     // screen units per world unit
  GPoint offset;       // screen = world * scale + offset

  GPoint to_screen(GPoint w) const { return {w.x * scale + offset.x, w.y * scale + offset.y}; }
  GPoint to_world(GPoint s) const { return {(s.x - offset.x) / scale, (s.y - offset.y) / scale}; }
  // The whole of `world` centred in `screen`, no larger than `max_scale`.
  static GenogramCamera fit(const GRect& world, const GRect& screen, float max_scale);
  // Zooms by `factor` keeping the world point under `screen_point` where it is.
  void zoom_at(GPoint screen_point, float factor, float min_scale, float max_scale);
  void pan(float dx, float dy) { offset.x += dx, offset.y += dy; }
};

// The person whose symbol (with a little slop, in world units) is under `world`, or -1.
// Only people flagged in `present` (per Story person; empty = all) can be hit.
int hit_person(const GenogramLayout& layout, GPoint world, float slop, const std::vector<bool>& present = {});

enum class Step { Up, Down, Left, Right };

// The person to move to from `person` (a Story index; -1 = none selected yet, which picks the
// first lane head, else the top-left person). Returns `person` when there is nowhere to go.
int step_person(const GenogramLayout& layout, int person, Step step, const std::vector<bool>& present = {});

}  // namespace lineage
