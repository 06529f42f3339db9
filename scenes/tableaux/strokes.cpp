// The shared hand of every tableau: sky, ground, glow, figures and houses, all in the mood's
// palette. Shapes only; figures have no faces and never touch.
#include <algorithm>
#include <cmath>

#include "scenes/tableaux/tableau.hpp"

namespace lineage {

ImU32 col(Colour c, float alpha) {
  return IM_COL32(c.r, c.g, c.b, static_cast<int>(c.a * std::clamp(alpha, 0.0f, 1.0f)));
}

Colour mix(Colour a, Colour b, float t) {
  auto m = [t](std::uint8_t x, std::uint8_t y) {
    return static_cast<std::uint8_t>(std::lround(x + (y - x) * std::clamp(t, 0.0f, 1.0f)));
  };
  return Colour{m(a.r, b.r), m(a.g, b.g), m(a.b, b.b), m(a.a, b.a)};
}

void sky(const TableauFrame& f, float horizon) {
  const MoodPalette& p = f.palette;
  ImVec2 h = f.at(1, horizon);
  f.dl->AddRectFilledMultiColor(f.min, h, col(p.sky_top), col(p.sky_top), col(p.sky), col(p.sky));
  f.dl->AddRectFilledMultiColor(ImVec2(f.min.x, h.y), f.max, col(mix(p.far, p.near, 0.3f)),
                                col(mix(p.far, p.near, 0.3f)), col(p.near), col(p.near));
}

void ground(const TableauFrame& f, float y, Colour c, float alpha) {
  f.dl->AddRectFilled(f.at(0, y), f.max, col(c, alpha));
}

void glow(const TableauFrame& f, ImVec2 centre, float radius, Colour c, float alpha) {
  // Faint discs, spaced as k^1.5: a soft falloff without visible rings. Each disc is paid for
  // in pixels on the software renderer: 16 of them cost a big glow about as much as 3 full
  // discs (24 spaced as k^2 cost nearly 5; 12 showed rings).
  // Without anti-aliased fringes (invisible at a few percent of alpha) the discs are one stack of
  // one colour, which the software renderer blends in a single pass over the largest.
  constexpr int kSteps = 16;
  const ImDrawListFlags flags = f.dl->Flags;
  f.dl->Flags &= ~ImDrawListFlags_AntiAliasedFill;
  for (int i = kSteps; i >= 1; --i) {
    float k = static_cast<float>(i) / kSteps;
    f.dl->AddCircleFilled(centre, radius * k * std::sqrt(k), col(c, alpha * 1.6f / kSteps), 48);
  }
  f.dl->Flags = flags;
}

void house(const TableauFrame& f, ImVec2 base_left, float width, float height, Colour body, bool lit) {
  ImVec2 a(base_left.x, base_left.y - height), b(base_left.x + width, base_left.y);
  f.dl->AddRectFilled(a, b, col(body));
  // The roof reaches a pixel into the wall, so its soft lower edge falls on the wall and no line
  // of sky shows between them.
  ImVec2 roof[3] = {ImVec2(a.x - width * 0.08f, a.y + 1.0f), ImVec2(b.x + width * 0.08f, a.y + 1.0f),
                    ImVec2((a.x + b.x) * 0.5f, a.y - height * 0.55f)};
  convex(f, roof, 3, col(body));
  if (lit) {
    ImVec2 wc(a.x + width * 0.32f, a.y + height * 0.42f);
    float ws = width * 0.16f;
    glow(f, wc, ws * 3.0f, f.palette.light, 0.25f);
    f.dl->AddRectFilled(ImVec2(wc.x - ws * 0.5f, wc.y - ws * 0.5f), ImVec2(wc.x + ws * 0.5f, wc.y + ws * 0.5f),
                        col(f.palette.light, 0.9f));
  }
}

void convex(const TableauFrame& f, const ImVec2* pts, int count, ImU32 colour) {
  float area = 0;  // twice the signed area: positive when the corners run clockwise (y down)
  for (int i = 0; i < count; ++i) {
    const ImVec2 &p = pts[i], &q = pts[(i + 1) % count];
    area += p.x * q.y - q.x * p.y;
  }
  constexpr int kMost = 64;
  if (area >= 0 || count > kMost) {
    f.dl->AddConvexPolyFilled(pts, count, colour);
    return;
  }
  ImVec2 turned[kMost];
  for (int i = 0; i < count; ++i) turned[i] = pts[count - 1 - i];
  f.dl->AddConvexPolyFilled(turned, count, colour);
}

void ellipse(const TableauFrame& f, ImVec2 centre, float rx, float ry, ImU32 colour) {
  ImVec2 pts[48];
  for (int i = 0; i < 48; ++i) {
    float a = static_cast<float>(i) * 6.2831853f / 48.0f;
    pts[i] = ImVec2(centre.x + std::cos(a) * rx, centre.y + std::sin(a) * ry);
  }
  convex(f, pts, 48, colour);
}

void ridge(const TableauFrame& f, const ImVec2* top, int count, Colour c, float alpha) {
  for (int i = 0; i + 1 < count; ++i)
    f.dl->AddQuadFilled(top[i], top[i + 1], ImVec2(top[i + 1].x, f.max.y), ImVec2(top[i].x, f.max.y), col(c, alpha));
}

void hills(const TableauFrame& f, float y, float amplitude, float frequency, float phase, Colour c, float to, float alpha) {
  constexpr int kSteps = 32;
  ImU32 fill = col(c, alpha);
  ImVec2 prev = f.at(0, y - amplitude * std::sin(phase));
  for (int i = 1; i <= kSteps; ++i) {
    float x = static_cast<float>(i) / kSteps;
    float wave = std::sin(x * frequency + phase) * 0.7f + std::sin(x * frequency * 2.3f + phase * 1.7f) * 0.3f;
    ImVec2 next = f.at(x, y - amplitude * wave);
    float bottom = f.at(0, to).y;  // no lower: the nearer layers cover the rest
    f.dl->AddQuadFilled(prev, next, ImVec2(next.x, bottom), ImVec2(prev.x, bottom), fill);
    prev = next;
  }
}

void haze(const TableauFrame& f, float y0, float y1, float alpha) {
  Colour m = f.palette.mist;
  f.dl->AddRectFilledMultiColor(f.at(0, y0), f.at(1, y1), col(m, 0.0f), col(m, 0.0f), col(m, alpha), col(m, alpha));
}

void vignette(const TableauFrame& f, float strength) {
  // Top and foot only, as vertical gradients: the renderer draws those as full-width strips. A
  // gradient across the width becomes 2-pixel columns, a call per row each (about 7 ms a frame).
  ImU32 dark = col(f.palette.near, strength), clear = col(f.palette.near, 0.0f);
  float band = f.h() * 0.16f;
  f.dl->AddRectFilledMultiColor(f.min, ImVec2(f.max.x, f.min.y + band), dark, dark, clear, clear);
  f.dl->AddRectFilledMultiColor(ImVec2(f.min.x, f.max.y - band), f.max, clear, clear, dark, dark);
}

float hash01(int i, int k) {
  unsigned x = static_cast<unsigned>(i) * 2654435761u ^ (static_cast<unsigned>(k) + 0x9e3779b9u) * 40503u;
  x ^= x >> 15;
  x *= 2246822519u;
  x ^= x >> 13;
  x *= 3266489917u;
  x ^= x >> 16;
  return static_cast<float>(x & 0xffffff) / static_cast<float>(0x1000000);
}

}  // namespace lineage
