// A child turning away: a small figure walks from her mother, on the left in shadow, towards
// her father, on the right in a patch of light. Cold afternoon.
#include <algorithm>
#include <cmath>

#include "scenes/tableaux/tableau.hpp"

namespace lineage {

void draw_child_turning(const TableauFrame& f) {
  const MoodPalette& p = f.palette;
  sky(f, 0.70f);
  ground(f, 0.70f, mix(p.far, p.near, 0.4f));
  // A patch of light on the right, a shadow on the left.
  glow(f, f.at(0.78f, 0.72f), f.h() * 0.55f, p.light, 0.22f);
  f.dl->AddRectFilledMultiColor(f.min, f.at(0.35f, 1.0f), col(p.near, 0.45f), col(p.near, 0.0f), col(p.near, 0.0f),
                                col(p.near, 0.45f));
  // A long path between them.
  ImVec2 path[4] = {f.at(0.16f, 0.93f), f.at(0.86f, 0.93f), f.at(0.80f, 0.86f), f.at(0.22f, 0.86f)};
  f.dl->AddConvexPolyFilled(path, 4, col(p.far, 0.6f));
  figure(f, f.at(0.20f, 0.90f), f.h() * 0.52f, mix(p.near, p.far, 0.25f), 0.0f);  // Blythe, still
  figure(f, f.at(0.80f, 0.90f), f.h() * 0.55f, p.near, 0.0f);                      // Fox, in the light
  // Violet, small, between them and nearer her father, leaning towards him.
  double t = f.t(0.0);
  float sway = f.still ? 0.0f : 0.01f * std::sin(static_cast<float>(t) * 1.2f);
  figure(f, f.at(0.58f + sway, 0.90f), f.h() * 0.24f, p.near, 0.06f);
  // Her shadow stretches back towards her mother.
  f.dl->AddRectFilled(f.at(0.42f, 0.897f), f.at(0.58f, 0.907f), col(p.near, 0.45f), 5.0f);
}

}  // namespace lineage
