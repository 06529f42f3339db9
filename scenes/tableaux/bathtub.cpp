// The bathtub: seen from above, a still water surface in a tub, a lamp's reflection drifting on
// it. No bubbles, no one in it: the notes' image of the harm is told in words, never drawn.
#include <algorithm>
#include <cmath>

#include "scenes/tableaux/tableau.hpp"

namespace lineage {

void draw_bathtub(const TableauFrame& f) {
  const MoodPalette& p = f.palette;
  // Tiles of a dark bathroom wall.
  f.dl->AddRectFilledMultiColor(f.min, f.max, col(p.sky_top), col(p.sky_top), col(p.near), col(p.near));
  for (int i = 1; i < 12; ++i)
    f.dl->AddLine(f.at(static_cast<float>(i) / 12.0f, 0), f.at(static_cast<float>(i) / 12.0f, 1),
                  col(p.far, 0.35f), 1.0f * f.scale);
  for (int j = 1; j < 7; ++j)
    f.dl->AddLine(f.at(0, static_cast<float>(j) / 7.0f), f.at(1, static_cast<float>(j) / 7.0f), col(p.far, 0.35f),
                  1.0f * f.scale);
  // The tub: a deep rounded rim and the water inside it.
  ImVec2 a = f.at(0.22f, 0.16f), b = f.at(0.78f, 0.90f);
  float round = f.h() * 0.16f;
  f.dl->AddRectFilled(ImVec2(a.x - 14 * f.scale, a.y - 14 * f.scale), ImVec2(b.x + 14 * f.scale, b.y + 14 * f.scale),
                      col(mix(p.mist, p.far, 0.55f)), round * 1.1f);
  f.dl->AddRectFilled(a, b, col(mix(p.accent, p.near, 0.55f)), round);
  f.dl->AddRectFilled(ImVec2(a.x + 30 * f.scale, a.y + 30 * f.scale), ImVec2(b.x - 30 * f.scale, b.y - 30 * f.scale),
                      col(mix(p.accent, p.near, 0.45f)), round * 0.8f);
  f.dl->AddRect(a, b, col(mix(p.mist, p.far, 0.3f)), round, 0, 3.0f * f.scale);
  // Light on the water: slow, faint ripples.
  double t = f.t(12.0);
  for (int i = 0; i < 5; ++i) {
    float y = 0.30f + 0.12f * static_cast<float>(i);
    float wob = f.still ? 0.0f : 0.012f * std::sin(static_cast<float>(t) * 0.7f + static_cast<float>(i));
    float x0 = 0.34f + 0.06f * hash01(i, 19) + wob, x1 = x0 + 0.12f + 0.10f * hash01(i, 20);
    f.dl->AddBezierCubic(f.at(x0, y), f.at(x0 + 0.04f, y - 0.012f), f.at(x1 - 0.04f, y + 0.012f), f.at(x1, y),
                         col(p.mist, 0.12f), 2.0f * f.scale);
  }
  // A reflected lamp drifting slowly on the surface; nothing breaks it. The picture shows the
  // place the notes name and nothing of what happened in it.
  float drift = f.still ? 0.0f : 0.01f * std::sin(static_cast<float>(t) * 0.25f);
  glow(f, f.at(0.42f + drift, 0.38f), f.h() * 0.16f, p.light, 0.18f);
  ellipse(f, f.at(0.42f + drift, 0.38f), f.w() * 0.025f, f.h() * 0.02f, col(p.light, 0.35f));
  vignette(f, 0.5f);
}

}  // namespace lineage
