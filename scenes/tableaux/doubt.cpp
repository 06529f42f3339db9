// Doubt: a room at dusk with two chairs turned away from each other, a table between them
// and a long crack of light from a door left ajar. State `toward`: the mother turns in her
// chair towards the father, who stays turned away (she voices her fear; he dismisses it);
// `away` turns her back. The turn cross-fades over a second, at once under reduced motion.
#include <algorithm>
#include <cmath>

#include "scenes/tableaux/tableau.hpp"

namespace lineage {
namespace {

void chair(const TableauFrame& f, float x, float dir, Colour c, float alpha = 1.0f) {
  ImU32 k = col(c, alpha);
  float w = 0.07f;
  f.dl->AddRectFilled(f.at(x - w, 0.66f), f.at(x + w, 0.69f), k);                 // seat
  f.dl->AddLine(f.at(x - w * 0.9f, 0.69f), f.at(x - w * 0.9f, 0.86f), k, 5.0f * f.scale);
  f.dl->AddLine(f.at(x + w * 0.9f, 0.69f), f.at(x + w * 0.9f, 0.86f), k, 5.0f * f.scale);
  float bx = x - dir * w;                                                          // back, away from the other
  f.dl->AddRectFilled(f.at(bx - 0.008f, 0.42f), f.at(bx + 0.008f, 0.69f), k);
  f.dl->AddRectFilled(f.at(bx - 0.008f, 0.44f), f.at(bx + dir * 0.035f, 0.47f), k);
}

}  // namespace

void draw_doubt(const TableauFrame& f) {
  const MoodPalette& p = f.palette;
  f.dl->AddRectFilledMultiColor(f.min, f.max, col(p.far), col(p.far), col(mix(p.far, p.near, 0.6f)),
                                col(mix(p.far, p.near, 0.6f)));
  ground(f, 0.80f, mix(p.near, p.far, 0.3f));
  // The door, ajar, and the light it lets in across the floor.
  double t = f.t(0.0);
  float flicker = f.still ? 0.0f : 0.015f * std::sin(static_cast<float>(t) * 0.7f);
  f.dl->AddRectFilled(f.at(0.48f, 0.08f), f.at(0.52f, 0.80f), col(p.light, 0.55f + flicker));
  ImVec2 spill[4] = {f.at(0.48f, 0.80f), f.at(0.52f, 0.80f), f.at(0.62f, 1.0f), f.at(0.40f, 1.0f)};
  convex(f, spill, 4, col(p.light, 0.18f + flicker));
  f.dl->AddRect(f.at(0.40f, 0.08f), f.at(0.60f, 0.80f), col(p.near, 0.6f), 0, 0, 4.0f * f.scale);
  // A low window at dusk on the left wall, behind the mother (drawn first so it never covers her).
  f.dl->AddRectFilledMultiColor(f.at(0.06f, 0.16f), f.at(0.24f, 0.40f), col(p.sky_top), col(p.sky_top), col(p.sky),
                                col(p.sky));
  f.dl->AddRect(f.at(0.06f, 0.16f), f.at(0.24f, 0.40f), col(p.near), 0, 0, 5.0f * f.scale);
  // Two chairs turned from each other, and in them the two parents, each facing away.
  float toward = f.state == "toward" ? f.change() : (f.state == "away" ? 1.0f - f.change() : 0.0f);
  float sh = f.h() * 0.72f;
  Colour them = mix(p.near, p.far, 0.35f);
  float feet_y = f.at(0, 0.86f).y;
  if (toward < 1.0f) {  // the mother turned away, to the left
    chair(f, 0.22f, -1.0f, p.near, 1.0f - toward);
    person(f, ImVec2(f.at(0.21f, 0).x - sh * 0.10f, feet_y), sh, Posture::Sitting, them, -1.0f, Build::Woman,
           1.0f - toward);
  }
  if (toward > 0.0f) {  // turned towards him
    chair(f, 0.22f, 1.0f, p.near, toward);
    person(f, ImVec2(f.at(0.23f, 0).x + sh * 0.10f, feet_y), sh, Posture::Sitting, them, 1.0f, Build::Woman, toward);
  }
  chair(f, 0.78f, 1.0f, p.near);
  person(f, ImVec2(f.at(0.79f, 0).x + sh * 0.10f, f.at(0, 0.86f).y), sh, Posture::Sitting, them, 1.0f, Build::Man);
  vignette(f, 0.4f);
}

}  // namespace lineage
