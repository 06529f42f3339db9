// A playground on a grey day: a swing set with one empty swing moving, a slide, a bench.
#include <algorithm>
#include <cmath>

#include "scenes/tableaux/tableau.hpp"

namespace lineage {

void draw_playground(const TableauFrame& f) {
  const MoodPalette& p = f.palette;
  sky(f, 0.72f);
  ground(f, 0.72f, mix(p.far, p.accent, 0.15f));
  // Bare trees at the back.
  for (int i = 0; i < 6; ++i) {
    float x = 0.08f + 0.17f * static_cast<float>(i) + 0.03f * hash01(i, 7);
    float h = 0.22f + 0.08f * hash01(i, 8);
    f.dl->AddLine(f.at(x, 0.72f), f.at(x, 0.72f - h), col(p.far), 4.0f * f.scale);
    f.dl->AddLine(f.at(x, 0.72f - h * 0.6f), f.at(x + 0.03f, 0.72f - h * 0.9f), col(p.far), 2.0f * f.scale);
    f.dl->AddLine(f.at(x, 0.72f - h * 0.5f), f.at(x - 0.025f, 0.72f - h * 0.8f), col(p.far), 2.0f * f.scale);
  }
  // The swing frame: an A at each end and a top bar.
  ImU32 metal = col(p.near);
  float th = 6.0f * f.scale;
  ImVec2 top_l = f.at(0.22f, 0.30f), top_r = f.at(0.58f, 0.30f);
  f.dl->AddLine(top_l, f.at(0.17f, 0.90f), metal, th);
  f.dl->AddLine(top_l, f.at(0.27f, 0.90f), metal, th);
  f.dl->AddLine(top_r, f.at(0.53f, 0.90f), metal, th);
  f.dl->AddLine(top_r, f.at(0.63f, 0.90f), metal, th);
  f.dl->AddLine(top_l, top_r, metal, th);
  // Two swings: the left one still, the right one swaying on its own.
  double t = f.t(0.0);
  float angle = f.still ? 0.0f : 0.16f * std::sin(static_cast<float>(t) * 1.3f);
  float len = f.h() * 0.44f;
  auto swing = [&](float fx, float a) {
    ImVec2 pivot = f.at(fx, 0.30f);
    ImVec2 seat(pivot.x + std::sin(a) * len, pivot.y + std::cos(a) * len);
    f.dl->AddLine(ImVec2(pivot.x - 18 * f.scale, pivot.y), ImVec2(seat.x - 18 * f.scale, seat.y), col(p.mist, 0.6f),
                  1.5f * f.scale);
    f.dl->AddLine(ImVec2(pivot.x + 18 * f.scale, pivot.y), ImVec2(seat.x + 18 * f.scale, seat.y), col(p.mist, 0.6f),
                  1.5f * f.scale);
    f.dl->AddRectFilled(ImVec2(seat.x - 26 * f.scale, seat.y - 3 * f.scale), ImVec2(seat.x + 26 * f.scale, seat.y + 5 * f.scale),
                        col(p.accent), 2.0f);
  };
  swing(0.33f, 0.0f);
  swing(0.47f, angle);
  // The slide on the right: ladder and chute.
  f.dl->AddLine(f.at(0.74f, 0.45f), f.at(0.74f, 0.90f), metal, th);
  f.dl->AddLine(f.at(0.77f, 0.45f), f.at(0.77f, 0.90f), metal, th);
  for (int i = 0; i < 6; ++i) {
    float y = 0.50f + 0.07f * static_cast<float>(i);
    f.dl->AddLine(f.at(0.74f, y), f.at(0.77f, y), metal, 3.0f * f.scale);
  }
  ImVec2 chute[4] = {f.at(0.77f, 0.44f), f.at(0.79f, 0.46f), f.at(0.95f, 0.90f), f.at(0.91f, 0.90f)};
  f.dl->AddConvexPolyFilled(chute, 4, col(mix(p.accent, p.near, 0.4f)));
}

}  // namespace lineage
