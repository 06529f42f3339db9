// Offscreen layers: a scene draws part of its picture into a draw list of its own, at a
// resolution of its choosing, and draws the layer's texture (scaled, linearly filtered) into the
// frame. A layer is rendered again only when its draw list differs from the one last rendered,
// so a picture that changes a few times a second costs only its blit in the frames between.
// No SDL here: the platform's output implements it (layers.cpp).
#pragma once

#include <imgui.h>

#include <cstdint>

namespace lineage {

class Layers {
 public:
  virtual ~Layers() = default;
  // The empty draw list of layer `id`: draw in the layer's own pixels, (0,0) to (width,height).
  virtual ImDrawList& begin(int id, int width, int height) = 0;
  // Renders the layer from what was drawn since begin() unless that is what it already shows;
  // returns the texture to draw (null if none could be made).
  virtual ImTextureID end(int id) = 0;
  // How many times any layer was rendered: the frames between changes render none.
  virtual std::uint64_t renders() const = 0;
};

}  // namespace lineage
