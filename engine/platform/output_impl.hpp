// Output's insides, shared by output.cpp and platform.cpp only (the platform layer).
#pragma once

#include <SDL.h>
#include <imgui.h>

#include <cfloat>
#include <memory>

#include "core/raster/frame_diff.hpp"
#include "platform/draw_data_renderer.hpp"
#include "platform/frame_memory.hpp"
#include "platform/input_map.hpp"
#include "platform/layers_impl.hpp"
#include "platform/output.hpp"
#include "platform/text_cache.hpp"

namespace lineage {

struct Output::Impl {
  Platform* platform = nullptr;
  bool offscreen = false;
  bool still = false;  // reduced motion (Output::set_reduced_motion)
  SDL_Window* window = nullptr;
  SDL_Renderer* renderer = nullptr;
  std::string renderer_why;
  SDL_Surface* surface = nullptr;  // offscreen target
  ImGuiContext* imgui = nullptr;
  bool imgui_backends = false;
  TextureMasks masks;
  std::unique_ptr<TextCache> text;
  std::unique_ptr<OutputLayers> layers;  // made on first use, for the renderer
  InputMap input;
  DrawDataStats last_draw;
  // A window drawn on the software path presents only the tiles that changed (see frame_diff.hpp).
  FrameDiff presented;
  // A software framebuffer is not drawn again for a frame identical to the last (frame_memory.hpp),
  // unless every frame must be drawn (the benchmarks measure drawing).
  FrameMemory memory;
  bool draw_every_frame = false;
  // Offscreen there is no real mouse for ImGui's backend to ask: the pointer is where the last
  // injected event put it.
  ImVec2 pointer{-FLT_MAX, -FLT_MAX};
  // Return went to ImGui as Space too (ImGui 1.86 activates with Space only): its release must
  // follow as Space's, whatever opened or closed meanwhile, or ImGui holds Space down for good
  // and the next Space or Return activates nothing.
  bool space_for_return = false;

  // Makes this output's ImGui context current (each window has its own).
  void use() const { ImGui::SetCurrentContext(imgui); }
  static std::unique_ptr<Output> make(std::unique_ptr<Impl> impl) { return std::unique_ptr<Output>(new Output(std::move(impl))); }
};

}  // namespace lineage
