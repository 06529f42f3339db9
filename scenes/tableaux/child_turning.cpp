// A child turning away: a small figure walks from her mother, on the left in shadow, towards
// her father, on the right in a patch of light. Cold afternoon.
#include <algorithm>
#include <cmath>

#include "scenes/tableaux/tableau.hpp"

namespace lineage {

void draw_child_turning(const TableauFrame& f) {
  const MoodPalette& p = f.palette;
  sky(f, 0.70f);
  hills(f, 0.68f, 0.025f, 4.0f, 1.3f, mix(p.far, p.sky, 0.5f), 0.73f);
  haze(f, 0.60f, 0.72f, 0.10f);
  ground(f, 0.72f, mix(p.far, p.near, 0.4f));
  // A patch of light on the right, a shadow on the left.
  glow(f, f.at(0.78f, 0.72f), f.h() * 0.55f, p.light, 0.22f);
  f.dl->AddRectFilledMultiColor(f.min, f.at(0.35f, 1.0f), col(p.near, 0.45f), col(p.near, 0.0f), col(p.near, 0.0f),
                                col(p.near, 0.45f));
  // A long path between them.
  ImVec2 path[4] = {f.at(0.16f, 0.93f), f.at(0.86f, 0.93f), f.at(0.80f, 0.86f), f.at(0.22f, 0.86f)};
  convex(f, path, 4, col(p.far, 0.6f));
  // Violet walks, slowly over the beats, from the middle towards her father; settled near him.
  double t = f.t(40.0);
  float walked = static_cast<float>(std::clamp(t / 40.0, 0.0, 1.0));
  float vx = 0.50f + 0.10f * walked;
  // Her shadow stretches back towards her mother.
  f.dl->AddRectFilled(f.at(vx - 0.16f, 0.897f), f.at(vx, 0.907f), col(p.near, 0.45f), 5.0f * f.scale);
  floor_shadow(f, f.at(0.20f, 0.90f), f.w() * 0.05f);
  floor_shadow(f, f.at(0.80f, 0.90f), f.w() * 0.05f);
  person(f, f.at(0.20f, 0.90f), f.h() * 0.54f, Posture::Standing, mix(p.near, p.far, 0.25f), 1.0f);  // Blythe, still
  person(f, f.at(0.80f, 0.90f), f.h() * 0.56f, Posture::Standing, p.near, -1.0f, Build::Man);  // Fox, in the light
  person(f, f.at(vx, 0.90f), f.h() * 0.26f, Posture::Child, p.near, 1.0f);  // Violet, facing him
  vignette(f, 0.3f);
}

}  // namespace lineage
