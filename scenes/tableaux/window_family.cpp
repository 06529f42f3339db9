// A new family seen through a window: from the dark street, a lit room with two adults and a
// baby held between them. We are outside, looking in.
#include <algorithm>
#include <cmath>

#include "scenes/tableaux/tableau.hpp"

namespace lineage {

void draw_window_family(const TableauFrame& f) {
  const MoodPalette& p = f.palette;
  // The house front, dark, filling the picture.
  f.dl->AddRectFilled(f.min, f.max, col(p.near));
  for (int j = 0; j < 14; ++j)  // clapboard lines
    f.dl->AddLine(f.at(0, static_cast<float>(j) / 14.0f), f.at(1, static_cast<float>(j) / 14.0f), col(p.far, 0.35f),
                  1.0f * f.scale);
  // The window: warm room, lamp, the family as silhouettes.
  ImVec2 a = f.at(0.28f, 0.14f), b = f.at(0.72f, 0.78f);
  double t = f.t(0.0);
  float warmth = f.still ? 0.0f : 0.04f * std::sin(static_cast<float>(t) * 0.6f);
  glow(f, ImVec2((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f), f.h() * 0.55f, p.light, 0.20f + warmth);
  f.dl->AddRectFilledMultiColor(a, b, col(mix(p.light, p.sky, 0.3f)), col(mix(p.light, p.sky, 0.3f)),
                                col(mix(p.sky, p.far, 0.35f)), col(mix(p.sky, p.far, 0.35f)));  // vertical: the fast path
  glow(f, f.at(0.36f, 0.40f), f.h() * 0.16f, p.light, 0.6f);
  ImVec2 shade[4] = {f.at(0.345f, 0.35f), f.at(0.375f, 0.35f), f.at(0.385f, 0.40f), f.at(0.335f, 0.40f)};
  convex(f, shade, 4, col(p.light));
  Colour inside = mix(p.near, p.far, 0.4f);
  // A curtain at the left of the window, moving a little in a draught; still when settled.
  float drift = f.still ? 0.0f : 0.006f * std::sin(static_cast<float>(t) * 0.35f);
  ImVec2 curtain[4] = {ImVec2(a.x, a.y), ImVec2(a.x + f.w() * 0.05f, a.y), f.at(0.33f + drift, 0.78f), ImVec2(a.x, b.y)};
  convex(f, curtain, 4, col(mix(p.light, p.far, 0.45f), 0.75f));
  // Fox, and Gemma holding the baby, facing each other.
  person(f, f.at(0.46f, 0.86f), f.h() * 0.56f, Posture::Standing, inside, 1.0f, Build::Man);
  person(f, f.at(0.60f, 0.86f), f.h() * 0.54f, Posture::HoldingBaby, inside, -1.0f);
  // Frame, bars and sill.
  f.dl->AddRect(a, b, col(mix(p.far, p.near, 0.3f)), 0, 0, 10.0f * f.scale);
  f.dl->AddLine(ImVec2((a.x + b.x) * 0.5f, a.y), ImVec2((a.x + b.x) * 0.5f, b.y), col(p.near), 6.0f * f.scale);
  f.dl->AddLine(ImVec2(a.x, a.y + (b.y - a.y) * 0.38f), ImVec2(b.x, a.y + (b.y - a.y) * 0.38f), col(p.near),
                6.0f * f.scale);
  f.dl->AddRectFilled(ImVec2(a.x - 20 * f.scale, b.y), ImVec2(b.x + 20 * f.scale, b.y + 14 * f.scale),
                      col(mix(p.far, p.mist, 0.2f)));
  f.dl->AddRectFilled(ImVec2(a.x - 20 * f.scale, b.y + 14 * f.scale), ImVec2(b.x + 20 * f.scale, f.max.y), col(p.near));
  // The light falling out onto the dark ground below.
  ImVec2 fall[4] = {ImVec2(a.x, b.y + 14 * f.scale), ImVec2(b.x, b.y + 14 * f.scale), f.at(0.80f, 1.0f), f.at(0.20f, 1.0f)};
  convex(f, fall, 4, col(p.light, 0.07f));
}

}  // namespace lineage
