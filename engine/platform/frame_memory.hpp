// Knows when a frame would repaint exactly the pixels its software framebuffer already holds, so
// it is not drawn again. A scene that sits still (the title, a story beat being read, a lesson
// between clicks) then costs ImGui's layout and a comparison, a small fraction of drawing 1920x1080.
//
// The picture a frame leaves depends on nothing but its draw data (vertices, indices, commands,
// clip rectangles, texture ids), the pixels behind each texture id, and the framebuffer it goes
// into. So a frame is "unchanged" only when all of those are what they were for the frame last
// drawn: the draw data equal byte for byte, the same framebuffer (address, size, pitch), and no
// texture forgotten since (TextureMasks::generation: a texture's pixels never change while it
// lives, and a new texture can only take an old one's address after the old one is destroyed and
// forgotten). A draw callback may draw anything: such frames are always drawn.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <vector>

namespace lineage {

struct FramebufferIdentity {
  const void* pixels = nullptr;
  int width = 0, height = 0, pitch = 0;
  std::uint64_t texture_generation = 0;
};

class FrameMemory {
 public:
  // True when `draw_data` drawn into `target` would give the pixels the last remembered frame
  // left there. Otherwise remembers this frame (the caller then draws it) and returns false.
  bool unchanged(const ImDrawData& draw_data, const FramebufferIdentity& target);
  // The framebuffer's pixels were lost or written by someone else: the next frame is drawn.
  void forget() { remembered_ = false; }

 private:
  std::vector<unsigned char> last_, next_;
  bool remembered_ = false;
};

}  // namespace lineage
