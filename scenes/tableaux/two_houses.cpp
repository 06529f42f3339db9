// Two houses: two small homes far apart on a wide plain, each with one lit window; a road that
// runs between them and joins neither.
#include <algorithm>
#include <cmath>

#include "scenes/tableaux/tableau.hpp"

namespace lineage {

void draw_two_houses(const TableauFrame& f) {
  const MoodPalette& p = f.palette;
  sky(f, 0.66f);
  std::vector<ImVec2> plain;
  for (int i = 0; i <= 30; ++i) {
    float x = static_cast<float>(i) / 30.0f;
    plain.push_back(f.at(x, 0.66f - 0.015f * std::sin(x * 9.0f)));
  }
  ridge(f, plain, mix(p.far, p.near, 0.35f));
  // The road: from the foreground up to the horizon, between the two.
  ImVec2 road[4] = {f.at(0.44f, 1.0f), f.at(0.56f, 1.0f), f.at(0.505f, 0.66f), f.at(0.495f, 0.66f)};
  f.dl->AddConvexPolyFilled(road, 4, col(mix(p.far, p.mist, 0.2f)));
  house(f, f.at(0.10f, 0.67f), f.w() * 0.10f, f.h() * 0.12f, p.near, true);
  house(f, f.at(0.80f, 0.665f), f.w() * 0.09f, f.h() * 0.11f, p.near, true);
  // A thin ribbon of smoke from one chimney, drifting.
  f.dl->AddRectFilled(f.at(0.16f, 0.50f), f.at(0.172f, 0.56f), col(p.near));
  double t = f.t(6.0);
  ImVec2 prev = f.at(0.166f, 0.50f);
  for (int i = 1; i < 24; ++i) {
    float k = static_cast<float>(i) / 24.0f;
    float x = 0.166f + k * 0.07f + 0.008f * std::sin(k * 6.0f + static_cast<float>(t) * 0.6f);
    ImVec2 next = f.at(x, 0.50f - k * 0.22f);
    f.dl->AddLine(prev, next, col(p.mist, 0.28f * (1.0f - k)), (5.0f - 3.0f * k) * f.scale);
    prev = next;
  }
  // Far birds, very small.
  for (int i = 0; i < 3; ++i) {
    ImVec2 b = f.at(0.46f + 0.04f * static_cast<float>(i), 0.20f + 0.03f * hash01(i, 14));
    float s = 6.0f * f.scale;
    f.dl->AddLine(ImVec2(b.x - s, b.y - s * 0.4f), b, col(p.near, 0.7f), 1.5f * f.scale);
    f.dl->AddLine(b, ImVec2(b.x + s, b.y - s * 0.4f), col(p.near, 0.7f), 1.5f * f.scale);
  }
}

}  // namespace lineage
