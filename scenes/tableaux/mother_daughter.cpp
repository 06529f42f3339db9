// A mother and her daughter at dusk: two silhouettes facing one another across a little
// distance, a low sun behind them.
#include <algorithm>
#include <cmath>

#include "scenes/tableaux/tableau.hpp"

namespace lineage {

void draw_mother_daughter(const TableauFrame& f) {
  const MoodPalette& p = f.palette;
  sky(f, 0.74f);
  double t = f.t(0.0);
  float breathe = f.still ? 0.0f : 0.04f * std::sin(static_cast<float>(t) * 0.5f);
  ImVec2 sun = f.at(0.5f, 0.70f);
  glow(f, sun, f.h() * (0.55f + breathe), p.light, 0.30f);
  f.dl->AddCircleFilled(sun, f.h() * 0.09f, col(mix(p.light, p.sky, 0.25f)), 64);
  // A long field line and fence posts.
  ground(f, 0.74f, mix(p.far, p.near, 0.5f));
  for (int i = 0; i < 9; ++i) {
    float x = 0.05f + 0.11f * static_cast<float>(i);
    f.dl->AddLine(f.at(x, 0.74f), f.at(x, 0.68f), col(p.far), 3.0f * f.scale);
  }
  f.dl->AddLine(f.at(0.0f, 0.70f), f.at(1.0f, 0.70f), col(p.far), 2.0f * f.scale);
  figure(f, f.at(0.40f, 0.90f), f.h() * 0.55f, p.near, 0.02f);   // Cecilia
  figure(f, f.at(0.59f, 0.90f), f.h() * 0.30f, p.near, -0.02f);  // Blythe, a child
  // Their long shadows, away from the sun.
  f.dl->AddRectFilled(f.at(0.30f, 0.895f), f.at(0.40f, 0.91f), col(p.near, 0.5f), 6.0f);
  f.dl->AddRectFilled(f.at(0.59f, 0.895f), f.at(0.70f, 0.91f), col(p.near, 0.5f), 6.0f);
}

}  // namespace lineage
