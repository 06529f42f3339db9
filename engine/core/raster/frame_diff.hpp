// Which parts of a frame changed since the last one, so a window on the software path sends
// only those to the display. Uploading a whole 1920x1080 frame to the X server every frame costs
// as much as drawing it; while a reader types or a card's hover changes, a few tiles differ.
// Pure C++, no SDL: the platform hands it the window surface's pixels after drawing.
#pragma once

#include <cstdint>
#include <vector>

namespace lineage {

struct PixelRect {
  int x = 0, y = 0, w = 0, h = 0;
  long area() const { return static_cast<long>(w) * h; }
};

class FrameDiff {
 public:
  explicit FrameDiff(int tile = 64);

  // Compares a 32-bit frame (pitch in bytes) with the one before, remembers it, and returns the
  // tiles that differ, merged into rectangles along each row of tiles and then down equal
  // columns (at most kMaxRects). The first frame, a new size, or a frame after reset(): the whole frame.
  const std::vector<PixelRect>& update(const void* pixels, int pitch, int width, int height);

  // More changed rectangles than this become their bounding box.
  static constexpr std::size_t kMaxRects = 48;

  // The display lost what it showed (the window was exposed or moved to another screen).
  void reset() { width_ = height_ = 0; }

 private:
  bool tile_differs(const unsigned char* frame, int pitch, int x0, int y0, int w, int h) const;
  void remember_tile(const unsigned char* frame, int pitch, int x0, int y0, int w, int h);

  int tile_;
  int width_ = 0, height_ = 0;
  std::vector<std::uint32_t> previous_;
  std::vector<PixelRect> changed_;
};

}  // namespace lineage
