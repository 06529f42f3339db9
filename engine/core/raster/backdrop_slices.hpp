// The backdrop (a vertical gradient over the whole window) with translucent horizontal stripes
// (the timeline's lane bands) composited in advance: opaque gradient slices, each drawn once.
// Drawing the gradient and then blending a stripe over it costs a second pass over the stripe's
// pixels every frame; the composite is the same picture within rounding. Pure C++, no ImGui.
#pragma once

#include <vector>

#include "core/model/story.hpp"  // Colour

namespace lineage {

struct Stripe {
  float top = 0, bottom = 0;
  Colour tint;  // tint.a is its opacity over the backdrop
};

struct GradientSlice {
  float top = 0, bottom = 0;
  Colour top_colour, bottom_colour;  // opaque
};

// `stripes` may come in any order; overlaps are clipped (the later one loses the shared rows) and
// anything outside 0..height ignored. The slices cover 0..height exactly, top to bottom.
std::vector<GradientSlice> backdrop_slices(float height, Colour top, Colour bottom, std::vector<Stripe> stripes);

}  // namespace lineage
