// The ending: a house far off under stars, one upstairs window lit, a small figure in it. A
// path leads towards it and stops short. The picture asks; it does not answer.
#include <algorithm>
#include <cmath>

#include "scenes/tableaux/tableau.hpp"

namespace lineage {

void draw_ending(const TableauFrame& f) {
  const MoodPalette& p = f.palette;
  sky(f, 0.70f);
  // Stars, a few of them slowly brightening and dimming.
  double t = f.t(0.0);
  for (int i = 0; i < 90; ++i) {
    float x = hash01(i, 15), y = hash01(i, 16) * 0.55f;
    float twinkle = f.still ? 0.5f : 0.5f + 0.5f * std::sin(static_cast<float>(t) * (0.4f + hash01(i, 17)) + static_cast<float>(i));
    f.dl->AddCircleFilled(f.at(x, y), (0.8f + 1.2f * hash01(i, 18)) * f.scale, col(p.mist, 0.25f + 0.45f * twinkle), 8);
  }
  hills(f, 0.66f, 0.02f, 5.0f, 1.0f, mix(p.far, p.sky, 0.5f), 0.72f);  // far land, paler
  haze(f, 0.58f, 0.70f, 0.10f);
  ImVec2 hill[31];
  for (int i = 0; i <= 30; ++i) {
    float x = static_cast<float>(i) / 30.0f;
    hill[i] = f.at(x, 0.70f - 0.05f * std::exp(-std::pow((x - 0.62f) * 4.0f, 2.0f)));
  }
  ridge(f, hill, 31, mix(p.far, p.near, 0.5f));
  // The house: two storeys, dark, the upstairs window lit with a small figure in it.
  ImVec2 base = f.at(0.56f, 0.67f);
  float w = f.w() * 0.12f, h = f.h() * 0.24f;
  f.dl->AddRectFilled(ImVec2(base.x, base.y - h), ImVec2(base.x + w, base.y), col(p.near));
  ImVec2 roof[3] = {ImVec2(base.x - w * 0.06f, base.y - h + 1.0f), ImVec2(base.x + w * 1.06f, base.y - h + 1.0f),  // into the wall: no seam
                    ImVec2(base.x + w * 0.5f, base.y - h * 1.35f)};
  convex(f, roof, 3, col(p.near));
  ImVec2 wa(base.x + w * 0.58f, base.y - h * 0.86f), wb(base.x + w * 0.82f, base.y - h * 0.60f);
  glow(f, ImVec2((wa.x + wb.x) * 0.5f, (wa.y + wb.y) * 0.5f), w * 0.7f, p.light, 0.35f);
  f.dl->AddRectFilled(wa, wb, col(p.light, 0.9f));
  person(f, ImVec2((wa.x + wb.x) * 0.5f, wb.y + (wb.y - wa.y) * 0.25f), (wb.y - wa.y) * 1.05f, Posture::TurnedAway,
         mix(p.near, p.light, 0.2f));
  f.dl->AddRectFilled(ImVec2(base.x + w * 0.18f, base.y - h * 0.40f), ImVec2(base.x + w * 0.36f, base.y - h * 0.14f),
                      col(p.far));  // a dark downstairs window
  // The path, narrowing, ending before the door.
  ImVec2 path[4] = {f.at(0.30f, 1.0f), f.at(0.42f, 1.0f), f.at(0.585f, 0.74f), f.at(0.565f, 0.74f)};
  convex(f, path, 4, col(mix(p.far, p.mist, 0.15f), 0.8f));
  vignette(f, 0.35f);
}

}  // namespace lineage
