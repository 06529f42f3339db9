// The nursery, made ready: an empty crib under a turning mobile, dawn light through a window.
#include <algorithm>
#include <cmath>

#include "scenes/tableaux/tableau.hpp"

namespace lineage {

void draw_nursery(const TableauFrame& f) {
  const MoodPalette& p = f.palette;
  // A vertical gradient: one with four different corners leaves the renderer's fast path.
  f.dl->AddRectFilledMultiColor(f.min, f.max, col(mix(p.far, p.sky, 0.3f)), col(mix(p.far, p.sky, 0.3f)),
                                col(p.far), col(p.far));
  ground(f, 0.82f, mix(p.far, p.near, 0.55f));
  // The window to the right, and the shaft of early light it throws.
  ImVec2 wa = f.at(0.72f, 0.10f), wb = f.at(0.90f, 0.56f);
  f.dl->AddRectFilledMultiColor(wa, wb, col(p.sky_top), col(p.sky_top), col(p.sky), col(p.sky));
  f.dl->AddRect(wa, wb, col(p.near, 0.8f), 0, 0, 6.0f * f.scale);
  ImVec2 shaft[4] = {wa, ImVec2(wa.x, wb.y), f.at(0.52f, 0.95f), f.at(0.36f, 0.82f)};
  convex(f, shaft, 4, col(p.light, 0.06f));
  // The crib: rails and bars, a folded blanket, nobody in it yet.
  ImVec2 ca = f.at(0.30f, 0.52f), cb = f.at(0.62f, 0.84f);
  ImU32 wood = col(mix(p.mist, p.far, 0.35f));
  f.dl->AddRectFilled(ImVec2(ca.x, ca.y + (cb.y - ca.y) * 0.62f), ImVec2(cb.x, ca.y + (cb.y - ca.y) * 0.70f),
                      col(p.accent, 0.8f));
  f.dl->AddLine(ca, ImVec2(cb.x, ca.y), wood, 6.0f * f.scale);
  f.dl->AddLine(ImVec2(ca.x, ca.y + (cb.y - ca.y) * 0.72f), ImVec2(cb.x, ca.y + (cb.y - ca.y) * 0.72f), wood,
                6.0f * f.scale);
  for (int i = 0; i <= 12; ++i) {
    float x = ca.x + (cb.x - ca.x) * static_cast<float>(i) / 12.0f;
    float bottom = (i == 0 || i == 12) ? cb.y : ca.y + (cb.y - ca.y) * 0.72f;
    f.dl->AddLine(ImVec2(x, ca.y), ImVec2(x, bottom), wood, (i == 0 || i == 12 ? 7.0f : 3.0f) * f.scale);
  }
  // Blythe, expecting, by the window in the early light, facing the crib.
  floor_shadow(f, f.at(0.80f, 0.88f), f.w() * 0.05f);
  person(f, f.at(0.80f, 0.88f), f.h() * 0.62f, Posture::Expecting, mix(p.near, p.far, 0.3f), -1.0f);
  vignette(f, 0.3f);
  // The mobile: a bar hung from the ceiling, four shapes on threads, turning slowly.
  ImVec2 hook = f.at(0.46f, 0.0f), hub = f.at(0.46f, 0.20f);
  f.dl->AddLine(hook, hub, col(p.mist, 0.6f), 1.5f * f.scale);
  double t = f.t(0.6);
  float spin = static_cast<float>(t) * 0.45f;
  float rx = f.w() * 0.09f, ry = f.h() * 0.025f;
  for (int i = 0; i < 4; ++i) {
    float a = spin + static_cast<float>(i) * 1.5708f;
    ImVec2 end(hub.x + std::cos(a) * rx, hub.y + std::sin(a) * ry);
    float drop = f.h() * (0.08f + 0.03f * static_cast<float>(i % 2));
    ImVec2 charm(end.x, end.y + drop);
    float depth = 0.55f + 0.45f * (std::sin(a) * 0.5f + 0.5f);
    f.dl->AddLine(hub, end, col(p.mist, 0.5f), 1.5f * f.scale);
    f.dl->AddLine(end, charm, col(p.mist, 0.4f), 1.0f * f.scale);
    float r = f.h() * 0.022f * depth;
    if (i % 2 == 0) f.dl->AddCircleFilled(charm, r, col(mix(p.light, p.accent, 0.3f), depth), 24);
    else {
      ImVec2 star[3] = {ImVec2(charm.x, charm.y - r * 1.3f), ImVec2(charm.x + r * 1.2f, charm.y + r),
                        ImVec2(charm.x - r * 1.2f, charm.y + r)};
      convex(f, star, 3, col(p.accent, depth));
    }
  }
}

}  // namespace lineage
