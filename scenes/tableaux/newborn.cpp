// The newborn at night: a small swaddled bundle in a bassinet, a moon in the window, a lamp.
// The room is large around it.
#include <algorithm>
#include <cmath>

#include "scenes/tableaux/tableau.hpp"

namespace lineage {

void draw_newborn(const TableauFrame& f) {
  const MoodPalette& p = f.palette;
  f.dl->AddRectFilledMultiColor(f.min, f.max, col(p.sky_top), col(p.sky_top), col(p.near), col(p.near));
  ground(f, 0.80f, p.near);
  // A tall window with the moon.
  ImVec2 wa = f.at(0.12f, 0.10f), wb = f.at(0.30f, 0.62f);
  f.dl->AddRectFilledMultiColor(wa, wb, col(p.sky_top), col(p.sky_top), col(p.sky), col(p.sky));
  ImVec2 moon = f.at(0.23f, 0.24f);
  float mr = f.h() * 0.05f;
  glow(f, moon, mr * 3.0f, p.mist, 0.18f);
  f.dl->AddCircleFilled(moon, mr, col(p.mist, 0.9f), 48);
  f.dl->AddCircleFilled(ImVec2(moon.x + mr * 0.45f, moon.y - mr * 0.2f), mr * 0.9f, col(p.sky_top), 48);
  f.dl->AddRect(wa, wb, col(p.far), 0, 0, 6.0f * f.scale);
  f.dl->AddLine(ImVec2((wa.x + wb.x) * 0.5f, wa.y), ImVec2((wa.x + wb.x) * 0.5f, wb.y), col(p.far), 4.0f * f.scale);
  // A small lamp on a table, its warm circle.
  ImVec2 lamp = f.at(0.80f, 0.52f);
  glow(f, lamp, f.h() * 0.35f, p.light, 0.22f);
  f.dl->AddRectFilled(f.at(0.74f, 0.62f), f.at(0.86f, 0.64f), col(p.far));
  f.dl->AddLine(f.at(0.80f, 0.55f), f.at(0.80f, 0.62f), col(p.far), 3.0f * f.scale);
  ImVec2 shade[4] = {f.at(0.775f, 0.49f), f.at(0.825f, 0.49f), f.at(0.84f, 0.555f), f.at(0.76f, 0.555f)};
  convex(f, shade, 4, col(p.light, 0.85f));
  // Blythe, sitting apart in the moonlit dark, turned towards the bassinet.
  Colour chair_c = mix(p.near, p.far, 0.5f);
  f.dl->AddRectFilled(f.at(0.255f, 0.61f), f.at(0.345f, 0.635f), col(chair_c));
  f.dl->AddRectFilled(f.at(0.255f, 0.40f), f.at(0.27f, 0.80f), col(chair_c));
  f.dl->AddRectFilled(f.at(0.335f, 0.635f), f.at(0.345f, 0.80f), col(chair_c));
  float sh = f.h() * 0.62f;
  person(f, ImVec2(f.at(0.30f, 0.80f).x + sh * 0.10f, f.at(0, 0.80f).y), sh, Posture::Sitting, mix(p.near, p.sky, 0.25f), 1.0f);
  // The bassinet: a shallow basket on legs; the bundle inside, breathing.
  ImVec2 c = f.at(0.52f, 0.60f);
  float bw = f.w() * 0.12f, bh = f.h() * 0.09f;
  f.dl->AddLine(ImVec2(c.x - bw * 0.7f, c.y + bh), f.at(0.46f, 0.80f), col(p.far), 4.0f * f.scale);
  f.dl->AddLine(ImVec2(c.x + bw * 0.7f, c.y + bh), f.at(0.58f, 0.80f), col(p.far), 4.0f * f.scale);
  double t = f.t(0.0);
  float breath = f.still ? 0.0f : 0.05f * std::sin(static_cast<float>(t) * 1.6f);
  ellipse(f, ImVec2(c.x, c.y - bh * 0.15f), bw * 0.55f, bh * (0.45f + breath), col(p.mist, 0.9f));
  f.dl->AddCircleFilled(ImVec2(c.x - bw * 0.55f, c.y - bh * 0.25f), bh * 0.32f, col(mix(p.mist, p.light, 0.3f)), 32);
  ImVec2 basket[4] = {ImVec2(c.x - bw, c.y), ImVec2(c.x + bw, c.y), ImVec2(c.x + bw * 0.8f, c.y + bh),
                      ImVec2(c.x - bw * 0.8f, c.y + bh)};
  convex(f, basket, 4, col(mix(p.far, p.accent, 0.35f)));
  vignette(f, 0.4f);
}

}  // namespace lineage
