// A mother and her daughter at dusk: two silhouettes facing one another across a little
// distance, a low sun behind them.
#include <algorithm>
#include <cmath>

#include "scenes/tableaux/tableau.hpp"

namespace lineage {

void draw_mother_daughter(const TableauFrame& f) {
  const MoodPalette& p = f.palette;
  sky(f, 0.74f);
  // The sun sinks through the beats (about a minute), and the light goes with it; settled low.
  double t = f.t(60.0);
  float set = static_cast<float>(std::clamp(t / 60.0, 0.0, 1.0));
  ImVec2 sun = f.at(0.5f, 0.60f + 0.08f * set);
  glow(f, sun, f.h() * (0.60f - 0.08f * set), p.light, 0.32f - 0.08f * set);
  f.dl->AddCircleFilled(sun, f.h() * 0.09f, col(mix(p.light, p.sky, 0.25f + 0.2f * set)), 64);
  // Far, middle and near land, paler with distance.
  hills(f, 0.70f, 0.03f, 5.0f, 0.8f, mix(p.far, p.sky, 0.55f), 0.77f);
  haze(f, 0.62f, 0.74f, 0.10f);
  hills(f, 0.745f, 0.015f, 3.0f, 2.1f, mix(p.far, p.near, 0.35f), 0.83f);
  for (int i = 0; i < 9; ++i) {  // a fence along the middle distance
    float x = 0.05f + 0.11f * static_cast<float>(i);
    f.dl->AddLine(f.at(x, 0.76f), f.at(x, 0.715f), col(mix(p.far, p.near, 0.5f)), 3.0f * f.scale);
  }
  f.dl->AddLine(f.at(0.0f, 0.73f), f.at(1.0f, 0.73f), col(mix(p.far, p.near, 0.5f)), 2.0f * f.scale);
  ground(f, 0.82f, mix(p.far, p.near, 0.7f));
  // Their long shadows run towards us, away from the sun; then the two of them, facing.
  floor_shadow(f, f.at(0.40f, 0.90f), f.w() * 0.07f);
  floor_shadow(f, f.at(0.59f, 0.90f), f.w() * 0.045f);
  person(f, f.at(0.42f, 0.90f), f.h() * 0.56f, Posture::Standing, p.near, 1.0f);  // Cecilia
  person(f, f.at(0.58f, 0.90f), f.h() * 0.56f * 0.55f, Posture::Child, p.near, -1.0f);  // Blythe, a child
  vignette(f, 0.35f);
}

}  // namespace lineage
