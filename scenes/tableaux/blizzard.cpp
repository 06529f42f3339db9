// The blizzard: a dark farmhouse on a hill at night, one window lit, snow falling slantwise.
#include <algorithm>
#include <cmath>

#include "scenes/tableaux/tableau.hpp"

namespace lineage {

void draw_blizzard(const TableauFrame& f) {
  const MoodPalette& p = f.palette;
  sky(f, 0.70f);
  // Two low hills, the far one paler with snow.
  hills(f, 0.58f, 0.03f, 4.5f, 2.2f, mix(p.far, p.sky, 0.6f), 0.72f);  // far, lost in the snow
  haze(f, 0.50f, 0.66f, 0.18f);
  hills(f, 0.66f, 0.05f, 3.1f, 0.4f, mix(p.far, p.mist, 0.25f), 0.81f);
  f.dl->AddRectFilledMultiColor(f.at(0, 0.80f), f.max, col(mix(p.mist, p.far, 0.55f), 0.9f),
                                col(mix(p.mist, p.far, 0.55f), 0.9f), col(mix(p.mist, p.near, 0.6f)),
                                col(mix(p.mist, p.near, 0.6f)));
  // The farmhouse and a bare tree.
  house(f, f.at(0.56f, 0.63f), f.w() * 0.11f, f.h() * 0.13f, p.near, true);
  f.dl->AddRectFilled(f.at(0.655f, 0.51f), f.at(0.672f, 0.63f), col(p.near));  // a barn lean-to
  ImVec2 trunk = f.at(0.30f, 0.66f);
  f.dl->AddLine(trunk, ImVec2(trunk.x, trunk.y - f.h() * 0.22f), col(p.near), 5.0f * f.scale);
  for (int b = 0; b < 5; ++b) {
    float y = trunk.y - f.h() * (0.08f + 0.03f * static_cast<float>(b));
    float dir = b % 2 ? 1.0f : -1.0f;
    f.dl->AddLine(ImVec2(trunk.x, y), ImVec2(trunk.x + dir * f.w() * (0.04f - 0.005f * b), y - f.h() * 0.05f),
                  col(p.near), 2.5f * f.scale);
  }
  // Snow: three layers, the nearest larger and faster, drifting with the wind.
  double t = f.t(3.0);
  for (int i = 0; i < 420; ++i) {
    int layer = i % 3;
    float speed = 0.035f + 0.03f * static_cast<float>(layer);
    float x = std::fmod(hash01(i, 1) + static_cast<float>(t) * speed * 0.6f, 1.0f);
    float y = std::fmod(hash01(i, 2) + static_cast<float>(t) * speed, 1.0f);
    x += 0.006f * std::sin(static_cast<float>(t) * 0.8f + static_cast<float>(i));
    float r = (1.0f + static_cast<float>(layer) * 0.9f) * f.scale;
    f.dl->AddCircleFilled(f.at(x, y), r, col(p.mist, 0.35f + 0.2f * static_cast<float>(layer)), 8);
  }
  vignette(f, 0.4f);
}

}  // namespace lineage
