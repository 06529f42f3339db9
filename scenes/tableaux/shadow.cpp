// What Blythe sees: symbolic, not a place. A small child's figure stands in a pool of light, and
// the shadow it throws across the ground is far larger than the child, long and dark. Which is
// the child, the small figure or the shadow? The picture leaves it there.
#include <algorithm>
#include <cmath>

#include "scenes/tableaux/tableau.hpp"

namespace lineage {

void draw_shadow(const TableauFrame& f) {
  const MoodPalette& p = f.palette;
  f.dl->AddRectFilledMultiColor(f.min, f.max, col(p.sky_top), col(p.sky_top), col(p.far), col(p.far));
  hills(f, 0.66f, 0.02f, 3.5f, 2.0f, mix(p.far, p.sky, 0.4f), 0.71f);
  haze(f, 0.58f, 0.70f, 0.08f);
  ground(f, 0.70f, mix(p.far, p.near, 0.35f));
  // The light, low on the left, as if held by someone out of the picture.
  double t = f.t(0.0);
  float sway = f.still ? 0.0f : 0.01f * std::sin(static_cast<float>(t) * 0.4f);
  ImVec2 lamp = f.at(0.12f, 0.52f + sway);
  glow(f, lamp, f.h() * 0.30f, p.light, 0.30f);
  glow(f, f.at(0.36f, 0.74f), f.h() * 0.22f, p.light, 0.22f);  // the pool on the ground
  // The shadow: from the child's feet, stretching away to the right, widening as it goes.
  ImVec2 feet = f.at(0.38f, 0.76f);
  float stretch = 1.0f + (f.still ? 0.0f : 0.03f * std::sin(static_cast<float>(t) * 0.4f));
  ImVec2 shadow[4] = {ImVec2(feet.x - 6 * f.scale, feet.y), ImVec2(feet.x + 6 * f.scale, feet.y + 4 * f.scale),
                      f.at(0.38f + 0.52f * stretch, 0.95f), f.at(0.38f + 0.50f * stretch, 0.82f)};
  convex(f, shadow, 4, col(p.near, 0.85f));
  ellipse(f, f.at(0.38f + 0.51f * stretch, 0.885f), f.w() * 0.035f, f.h() * 0.07f, col(p.near, 0.85f));  // its head
  // The child: small, plain, no face.
  person(f, feet, f.h() * 0.20f, Posture::Child, mix(p.accent, p.light, 0.25f), 1.0f);
  vignette(f, 0.4f);
}

}  // namespace lineage
