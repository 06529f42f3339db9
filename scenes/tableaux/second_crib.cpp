// A second baby: two small beds side by side in soft morning light, one older and one new.
#include <algorithm>
#include <cmath>

#include "scenes/tableaux/tableau.hpp"

namespace lineage {
namespace {

void crib(const TableauFrame& f, float x0, float x1, float top, float bottom, Colour wood, int bars) {
  ImU32 c = col(wood);
  f.dl->AddLine(f.at(x0, top), f.at(x1, top), c, 5.0f * f.scale);
  f.dl->AddLine(f.at(x0, bottom - 0.08f), f.at(x1, bottom - 0.08f), c, 5.0f * f.scale);
  for (int i = 0; i <= bars; ++i) {
    float x = x0 + (x1 - x0) * static_cast<float>(i) / static_cast<float>(bars);
    bool post = i == 0 || i == bars;
    f.dl->AddLine(f.at(x, top), f.at(x, post ? bottom : bottom - 0.08f), c, (post ? 6.0f : 2.5f) * f.scale);
  }
}

}  // namespace

void draw_second_crib(const TableauFrame& f) {
  const MoodPalette& p = f.palette;
  f.dl->AddRectFilledMultiColor(f.min, f.max, col(mix(p.far, p.sky, 0.5f)), col(mix(p.far, p.sky, 0.5f)), col(p.far),
                                col(p.far));
  ground(f, 0.84f, mix(p.far, p.near, 0.5f));
  // Morning light in diagonal bands across the wall.
  double t = f.t(0.0);
  float drift = f.still ? 0.0f : 0.01f * std::sin(static_cast<float>(t) * 0.2f);
  for (int i = 0; i < 3; ++i) {
    float x = 0.10f + 0.16f * static_cast<float>(i) + drift;
    ImVec2 band[4] = {f.at(x, 0.0f), f.at(x + 0.07f, 0.0f), f.at(x + 0.30f, 0.84f), f.at(x + 0.23f, 0.84f)};
    convex(f, band, 4, col(p.light, 0.07f));
  }
  // The older crib, and beside it a smaller new one with a blanket folded over its rail.
  crib(f, 0.16f, 0.44f, 0.46f, 0.86f, mix(p.mist, p.far, 0.45f), 10);
  crib(f, 0.56f, 0.78f, 0.54f, 0.86f, mix(p.mist, p.far, 0.25f), 8);
  ImVec2 blanket[4] = {f.at(0.62f, 0.535f), f.at(0.70f, 0.535f), f.at(0.70f, 0.64f), f.at(0.62f, 0.62f)};
  convex(f, blanket, 4, col(p.accent, 0.9f));
  // The family: Fox, Violet small between the cribs, and Blythe with the new baby.
  floor_shadow(f, f.at(0.08f, 0.93f), f.w() * 0.04f);
  floor_shadow(f, f.at(0.89f, 0.93f), f.w() * 0.04f);
  Colour people = mix(p.near, p.far, 0.2f);
  person(f, f.at(0.08f, 0.93f), f.h() * 0.70f, Posture::Standing, people, 1.0f, Build::Man);
  person(f, f.at(0.50f, 0.92f), f.h() * 0.34f, Posture::Child, people, 1.0f);
  person(f, f.at(0.89f, 0.93f), f.h() * 0.66f, Posture::HoldingBaby, people, -1.0f);
  vignette(f, 0.3f);
  // A small star hung between them.
  ImVec2 star = f.at(0.50f, 0.30f);
  f.dl->AddLine(f.at(0.50f, 0.0f), star, col(p.mist, 0.5f), 1.2f * f.scale);
  glow(f, star, f.h() * 0.06f, p.light, 0.4f);
  f.dl->AddCircleFilled(star, f.h() * 0.012f, col(p.light), 20);
}

}  // namespace lineage
