// The output's layers (see layers.hpp): SDL side, shared by output.cpp and layers.cpp only.
#pragma once

#include <SDL.h>

#include <map>
#include <memory>
#include <vector>

#include "platform/draw_data_renderer.hpp"
#include "platform/layers.hpp"

namespace lineage {

class OutputLayers : public Layers {
 public:
  OutputLayers(SDL_Renderer* renderer, TextureMasks& masks) : renderer_(renderer), masks_(masks) {}
  ~OutputLayers() override;
  ImDrawList& begin(int id, int width, int height) override;
  ImTextureID end(int id) override;
  std::uint64_t renders() const override { return renders_; }
  // A GPU renderer lost its render targets' pixels: every layer is rendered again.
  void forget_pixels();

 private:
  struct Layer {
    std::unique_ptr<ImDrawList> list;
    int width = 0, height = 0;
    std::vector<unsigned char> shown;  // the draw list the texture shows, byte for byte
    std::vector<unsigned char> drawn;  // this frame's, to compare with it
    SDL_Texture* texture = nullptr;
    // The software path: the layer is drawn into its own surface with the fast fills, then copied.
    SDL_Surface* surface = nullptr;
    SDL_Renderer* soft = nullptr;
  };
  void release(Layer& layer);
  bool make(Layer& layer, bool software);
  SDL_Renderer* renderer_;
  TextureMasks& masks_;
  std::map<int, Layer> layers_;
  std::uint64_t renders_ = 0;
};

}  // namespace lineage
