// Apart: the marriage falls apart, shown as a sign, not a place. Two figures stand on a bare,
// misty ground facing away from each other, and the thread of light that joined them thins and
// breaks in the middle. States: `joined` shows the thread whole; `broken` breaks it wide,
// over a second from whole, at once under reduced motion.
#include <algorithm>
#include <cmath>

#include "scenes/tableaux/tableau.hpp"

namespace lineage {

void draw_apart(const TableauFrame& f) {
  const MoodPalette& p = f.palette;
  f.dl->AddRectFilledMultiColor(f.min, f.max, col(p.sky_top), col(p.sky_top), col(p.sky), col(p.sky));
  hills(f, 0.70f, 0.02f, 3.0f, 0.4f, mix(p.far, p.sky, 0.6f), 0.75f);
  ground(f, 0.74f, mix(p.far, p.near, 0.3f));
  haze(f, 0.62f, 0.80f, 0.14f);
  // The two, far apart, each facing away from the other.
  floor_shadow(f, f.at(0.24f, 0.78f), f.w() * 0.04f);
  floor_shadow(f, f.at(0.76f, 0.78f), f.w() * 0.04f);
  person(f, f.at(0.24f, 0.78f), f.h() * 0.36f, Posture::Standing, p.near, -1.0f);
  person(f, f.at(0.76f, 0.78f), f.h() * 0.38f, Posture::Standing, p.near, 1.0f, Build::Man);
  // The thread between them: two halves that do not meet; the gap widens slowly, then holds.
  double t = f.t(8.0);
  float gap = 0.02f + 0.06f * static_cast<float>(std::clamp(t / 8.0, 0.0, 1.0));
  if (f.state == "joined") gap = 0.0f;
  else if (f.state == "broken") gap = 0.10f * f.change();
  float thin = std::min(1.0f, gap / 0.02f);  // a whole thread keeps its light to the middle
  const int n = 20;
  for (int side = 0; side < 2; ++side) {
    float from = side == 0 ? 0.27f : 0.73f, to = side == 0 ? 0.5f - gap : 0.5f + gap;
    ImVec2 prev = f.at(from, 0.60f);
    for (int i = 1; i <= n; ++i) {
      float k = static_cast<float>(i) / n;
      float x = from + (to - from) * k;
      float sag = 0.05f * std::sin(k * 3.1416f * 0.5f);
      ImVec2 next = f.at(x, 0.60f + sag);
      f.dl->AddLine(prev, next, col(p.light, 0.7f * (1.0f - 0.8f * k * thin)), (2.5f - 1.5f * k * thin) * f.scale);
      prev = next;
    }
  }
  vignette(f, 0.3f);
}

}  // namespace lineage
