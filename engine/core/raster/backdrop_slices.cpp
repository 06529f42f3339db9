// Backdrop and stripes composited into opaque slices (see backdrop_slices.hpp).
#include "core/raster/backdrop_slices.hpp"

#include <algorithm>
#include <cmath>

namespace lineage {
namespace {

std::uint8_t mix(std::uint8_t a, std::uint8_t b, float t) {
  return static_cast<std::uint8_t>(std::lround(a + (b - a) * t));
}

Colour backdrop_at(float y, float height, Colour top, Colour bottom) {
  float t = height > 0 ? std::clamp(y / height, 0.0f, 1.0f) : 0.0f;
  return {mix(top.r, bottom.r, t), mix(top.g, bottom.g, t), mix(top.b, bottom.b, t), 255};
}

Colour over(Colour under, Colour tint) {
  float a = tint.a / 255.0f;
  return {mix(under.r, tint.r, a), mix(under.g, tint.g, a), mix(under.b, tint.b, a), 255};
}

}  // namespace

std::vector<GradientSlice> backdrop_slices(float height, Colour top, Colour bottom, std::vector<Stripe> stripes) {
  std::vector<GradientSlice> out;
  if (height <= 0) return out;
  std::stable_sort(stripes.begin(), stripes.end(), [](const Stripe& a, const Stripe& b) { return a.top < b.top; });
  auto plain = [&](float y0, float y1) {
    if (y1 > y0) out.push_back({y0, y1, backdrop_at(y0, height, top, bottom), backdrop_at(y1, height, top, bottom)});
  };
  float at = 0;
  for (const Stripe& s : stripes) {
    float y0 = std::max(s.top, at), y1 = std::min(s.bottom, height);
    if (y1 <= y0) continue;
    plain(at, y0);
    out.push_back({y0, y1, over(backdrop_at(y0, height, top, bottom), s.tint),
                   over(backdrop_at(y1, height, top, bottom), s.tint)});
    at = y1;
  }
  plain(at, height);
  return out;
}

}  // namespace lineage
