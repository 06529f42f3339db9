// A note on a kitchen counter (notes line 27): a grey window, a folded paper, and the young
// child it was left to, alone at the end of the counter. No one else there.
#include <algorithm>
#include <cmath>

#include "scenes/tableaux/tableau.hpp"

namespace lineage {

void draw_kitchen_note(const TableauFrame& f) {
  const MoodPalette& p = f.palette;
  f.dl->AddRectFilledMultiColor(f.min, f.max, col(p.far), col(p.far), col(mix(p.far, p.near, 0.5f)),
                                col(mix(p.far, p.near, 0.5f)));
  // The window over the counter, its light falling on the wall.
  ImVec2 wa = f.at(0.34f, 0.10f), wb = f.at(0.66f, 0.52f);
  f.dl->AddRectFilledMultiColor(wa, wb, col(p.sky_top), col(p.sky_top), col(p.sky), col(p.sky));
  f.dl->AddRect(wa, wb, col(p.near), 0, 0, 8.0f * f.scale);
  f.dl->AddLine(ImVec2((wa.x + wb.x) * 0.5f, wa.y), ImVec2((wa.x + wb.x) * 0.5f, wb.y), col(p.near), 6.0f * f.scale);
  f.dl->AddLine(ImVec2(wa.x, (wa.y + wb.y) * 0.5f), ImVec2(wb.x, (wa.y + wb.y) * 0.5f), col(p.near), 6.0f * f.scale);
  // Upper cupboards.
  f.dl->AddRectFilled(f.at(0.04f, 0.06f), f.at(0.29f, 0.36f), col(mix(p.far, p.near, 0.35f)), 4.0f);
  f.dl->AddRectFilled(f.at(0.71f, 0.06f), f.at(0.96f, 0.36f), col(mix(p.far, p.near, 0.35f)), 4.0f);
  // The counter: top edge lit, front dark.
  f.dl->AddRectFilled(f.at(0, 0.60f), f.at(1, 0.64f), col(mix(p.mist, p.far, 0.55f)));
  f.dl->AddRectFilled(f.at(0, 0.64f), f.max, col(p.near));
  for (int i = 1; i < 5; ++i)
    f.dl->AddLine(f.at(0.2f * static_cast<float>(i), 0.67f), f.at(0.2f * static_cast<float>(i), 0.98f),
                  col(p.far, 0.5f), 2.0f * f.scale);
  // The note, a little askew, with a few ruled lines and no words.
  ImVec2 c = f.at(0.52f, 0.615f);
  float nw = f.w() * 0.075f, nh = f.h() * 0.028f, skew = 0.12f;
  ImVec2 q[4] = {ImVec2(c.x - nw, c.y - nh + skew * nw * 0.1f), ImVec2(c.x + nw, c.y - nh - skew * nw * 0.1f),
                 ImVec2(c.x + nw * 1.05f, c.y + nh), ImVec2(c.x - nw * 0.95f, c.y + nh)};
  convex(f, q, 4, col(p.mist));
  for (int i = 0; i < 3; ++i) {
    float y = c.y - nh * 0.45f + nh * 0.45f * static_cast<float>(i);
    f.dl->AddLine(ImVec2(c.x - nw * 0.7f, y), ImVec2(c.x + nw * (0.6f - 0.25f * static_cast<float>(i)), y),
                  col(p.far, 0.6f), 1.2f * f.scale);
  }
  // A short curtain at each side of the window, stirring a little.
  float stir = f.still ? 0.0f : 0.004f * std::sin(static_cast<float>(f.time) * 0.4f);
  ImVec2 left[4] = {wa, f.at(0.385f, 0.10f), f.at(0.375f + stir, 0.40f), f.at(0.34f, 0.40f)};
  ImVec2 right[4] = {f.at(0.615f, 0.10f), ImVec2(wb.x, wa.y), f.at(0.66f, 0.40f), f.at(0.625f - stir, 0.40f)};
  convex(f, left, 4, col(mix(p.mist, p.far, 0.5f), 0.85f));
  convex(f, right, 4, col(mix(p.mist, p.far, 0.5f), 0.85f));
  // Blythe, a young child, alone at the end of the counter, facing the note.
  person(f, f.at(0.27f, 0.97f), f.h() * 0.44f, Posture::Child, mix(p.near, p.mist, 0.28f), 1.0f);
  vignette(f, 0.35f);
  // Dust in the window light, drifting.
  double t = f.t(4.0);
  for (int i = 0; i < 40; ++i) {
    float x = 0.36f + 0.28f * hash01(i, 5) + 0.01f * std::sin(static_cast<float>(t) * 0.3f + static_cast<float>(i));
    float y = 0.15f + std::fmod(hash01(i, 6) + static_cast<float>(t) * 0.01f, 0.42f);
    f.dl->AddCircleFilled(f.at(x, y), 1.3f * f.scale, col(p.light, 0.35f), 6);
  }
}

}  // namespace lineage
