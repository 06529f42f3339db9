// The push, told only by its place: an empty street corner, a lamp post, a pram standing at the
// kerb in light rain. No people, no traffic, nothing happening.
#include <algorithm>
#include <cmath>

#include "scenes/tableaux/tableau.hpp"

namespace lineage {

void draw_stroller_corner(const TableauFrame& f) {
  const MoodPalette& p = f.palette;
  sky(f, 0.62f);
  // Buildings on both sides of the street, a few windows lit.
  f.dl->AddRectFilled(f.at(0.0f, 0.12f), f.at(0.30f, 0.62f), col(p.far));
  f.dl->AddRectFilled(f.at(0.30f, 0.28f), f.at(0.42f, 0.62f), col(mix(p.far, p.near, 0.3f)));
  f.dl->AddRectFilled(f.at(0.74f, 0.20f), f.at(1.0f, 0.62f), col(p.far));
  for (int i = 0; i < 10; ++i) {
    float x = (i < 5 ? 0.03f : 0.77f) + 0.045f * static_cast<float>(i % 5);
    float y = 0.24f + 0.12f * hash01(i, 9) * 2.0f;
    bool lit = hash01(i, 10) > 0.6f;
    f.dl->AddRectFilled(f.at(x, y), f.at(x + 0.022f, y + 0.05f), col(lit ? p.light : p.near, lit ? 0.7f : 0.6f));
  }
  // The pavement, the kerb and the road falling away.
  f.dl->AddRectFilled(f.at(0.0f, 0.62f), f.at(1.0f, 0.78f), col(mix(p.far, p.mist, 0.12f)));
  f.dl->AddRectFilled(f.at(0.0f, 0.78f), f.at(1.0f, 0.80f), col(mix(p.mist, p.far, 0.5f)));
  f.dl->AddRectFilled(f.at(0.0f, 0.80f), f.max, col(p.near));
  for (int i = 0; i < 6; ++i)
    f.dl->AddRectFilled(f.at(0.05f + 0.18f * static_cast<float>(i), 0.90f), f.at(0.13f + 0.18f * static_cast<float>(i), 0.915f),
                        col(p.mist, 0.25f));
  // A lamp post and its pool of light.
  ImVec2 lamp = f.at(0.30f, 0.30f);
  glow(f, ImVec2(lamp.x, f.at(0, 0.72f).y), f.h() * 0.30f, p.light, 0.25f);
  f.dl->AddLine(lamp, f.at(0.30f, 0.76f), col(p.near), 6.0f * f.scale);
  glow(f, lamp, f.h() * 0.10f, p.light, 0.5f);
  f.dl->AddCircleFilled(lamp, f.h() * 0.016f, col(p.light), 20);
  // The pram at the corner, empty, hood up, facing the road.
  ImVec2 base = f.at(0.62f, 0.76f);
  float s = f.h() * 0.0042f;
  ImU32 body = col(mix(p.accent, p.near, 0.15f));
  ImVec2 tub[4] = {ImVec2(base.x - 34 * s, base.y - 30 * s), ImVec2(base.x + 30 * s, base.y - 30 * s),
                   ImVec2(base.x + 22 * s, base.y - 12 * s), ImVec2(base.x - 28 * s, base.y - 12 * s)};
  f.dl->AddConvexPolyFilled(tub, 4, body);
  f.dl->PathArcTo(ImVec2(base.x - 30 * s, base.y - 30 * s), 26 * s, 3.1416f, 4.7124f, 20);
  f.dl->PathLineTo(ImVec2(base.x - 30 * s, base.y - 30 * s));
  f.dl->PathFillConvex(body);
  f.dl->AddLine(ImVec2(base.x + 28 * s, base.y - 30 * s), ImVec2(base.x + 46 * s, base.y - 52 * s), col(p.near),
                3.0f * f.scale);
  f.dl->AddCircle(ImVec2(base.x - 20 * s, base.y - 6 * s), 7 * s, col(p.near), 20, 3.0f * f.scale);
  f.dl->AddCircle(ImVec2(base.x + 14 * s, base.y - 6 * s), 7 * s, col(p.near), 20, 3.0f * f.scale);
  // Fine rain.
  double t = f.t(2.0);
  for (int i = 0; i < 160; ++i) {
    float x = hash01(i, 11);
    float y = std::fmod(hash01(i, 12) + static_cast<float>(t) * (0.5f + 0.2f * hash01(i, 13)), 1.0f);
    ImVec2 a = f.at(x, y);
    f.dl->AddLine(a, ImVec2(a.x - 3 * f.scale, a.y + f.h() * 0.025f), col(p.mist, 0.22f), 1.0f * f.scale);
  }
}

}  // namespace lineage
