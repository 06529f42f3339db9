// Absence: the push shown only as loss. No place and no cause: a dark field of mist, and four
// small lights in a row, one for each of the family, the last and smallest slowly dimming to
// an empty ring. Nothing happens to anyone on screen; something is simply no longer there.
// States: `lit` keeps all four shining (before the loss); `out` puts the last one out, over a
// second from lit, at once under reduced motion.
#include <algorithm>
#include <cmath>

#include "scenes/tableaux/tableau.hpp"

namespace lineage {

void draw_absence(const TableauFrame& f) {
  const MoodPalette& p = f.palette;
  // No horizon, no ground: only a soft gradient and slow bands of mist.
  f.dl->AddRectFilledMultiColor(f.min, f.max, col(p.sky_top), col(p.sky_top), col(mix(p.sky_top, p.far, 0.6f)),
                                col(mix(p.sky_top, p.far, 0.6f)));
  double t = f.t(12.0);
  for (int i = 0; i < 5; ++i) {
    float y = 0.18f + 0.16f * static_cast<float>(i);
    float drift = 0.04f * std::sin(static_cast<float>(t) * 0.08f + static_cast<float>(i) * 1.7f);
    ImU32 clear = col(p.mist, 0.0f), veil = col(p.mist, 0.045f);  // soft above and below
    f.dl->AddRectFilledMultiColor(f.at(-0.1f + drift, y), f.at(1.1f + drift, y + 0.04f), clear, clear, veil, veil);
    f.dl->AddRectFilledMultiColor(f.at(-0.1f + drift, y + 0.04f), f.at(1.1f + drift, y + 0.08f), veil, veil, clear,
                                  clear);
  }
  // Three lights that stay, and the fourth that fades (over ten seconds; settled when still).
  const float xs[4] = {0.32f, 0.44f, 0.56f, 0.68f};
  const float rs[4] = {0.034f, 0.032f, 0.024f, 0.016f};
  float fade = static_cast<float>(std::clamp(t / 10.0, 0.0, 1.0));
  if (f.state == "lit") fade = 0.0f;
  else if (f.state == "out") fade = f.change();
  for (int i = 0; i < 4; ++i) {
    ImVec2 c = f.at(xs[i], 0.52f);
    float r = f.h() * rs[i];
    float breathe = f.still ? 0.0f : 0.04f * std::sin(static_cast<float>(t) * 0.5f + static_cast<float>(i));
    float a = i < 3 ? 1.0f : 1.0f - fade;
    glow(f, c, r * 4.0f, p.light, (0.22f + breathe) * a);
    f.dl->AddCircleFilled(c, r, col(p.light, 0.85f * a), 32);
    if (i == 3) f.dl->AddCircle(c, r, col(p.mist, 0.45f * fade), 32, 1.5f * f.scale);  // where it was
  }
  // A faint line under the row: the family, with a gap at its end.
  f.dl->AddLine(f.at(0.30f, 0.60f), f.at(0.585f, 0.60f), col(p.mist, 0.18f), 1.0f * f.scale);
}

}  // namespace lineage
