// Frame-to-frame change detection by tiles (see frame_diff.hpp).
#include "core/raster/frame_diff.hpp"

#include <algorithm>
#include <cstring>

namespace lineage {

FrameDiff::FrameDiff(int tile) : tile_(std::max(8, tile)) {}

bool FrameDiff::tile_differs(const unsigned char* frame, int pitch, int x0, int y0, int w, int h) const {
  const std::size_t bytes = static_cast<std::size_t>(w) * 4;
  for (int y = y0; y < y0 + h; ++y) {
    const unsigned char* now = frame + static_cast<std::ptrdiff_t>(y) * pitch + static_cast<std::ptrdiff_t>(x0) * 4;
    const std::uint32_t* before = previous_.data() + static_cast<std::size_t>(y) * width_ + x0;
    if (std::memcmp(now, before, bytes) != 0) return true;
  }
  return false;
}

void FrameDiff::remember_tile(const unsigned char* frame, int pitch, int x0, int y0, int w, int h) {
  const std::size_t bytes = static_cast<std::size_t>(w) * 4;
  for (int y = y0; y < y0 + h; ++y)
    std::memcpy(previous_.data() + static_cast<std::size_t>(y) * width_ + x0,
                frame + static_cast<std::ptrdiff_t>(y) * pitch + static_cast<std::ptrdiff_t>(x0) * 4, bytes);
}

const std::vector<PixelRect>& FrameDiff::update(const void* pixels, int pitch, int width, int height) {
  changed_.clear();
  if (width <= 0 || height <= 0 || !pixels) return changed_;
  const auto* frame = static_cast<const unsigned char*>(pixels);
  if (width != width_ || height != height_) {
    width_ = width;
    height_ = height;
    previous_.assign(static_cast<std::size_t>(width) * height, 0);
    remember_tile(frame, pitch, 0, 0, width, height);
    changed_.push_back({0, 0, width, height});
    return changed_;
  }
  std::vector<PixelRect> runs;
  std::vector<std::size_t> open, next_open;  // rectangles whose bottom is the current row's top
  for (int y0 = 0; y0 < height; y0 += tile_) {
    const int h = std::min(tile_, height - y0);
    runs.clear();
    for (int x0 = 0; x0 < width; x0 += tile_) {
      const int w = std::min(tile_, width - x0);
      if (!tile_differs(frame, pitch, x0, y0, w, h)) continue;
      remember_tile(frame, pitch, x0, y0, w, h);
      if (!runs.empty() && runs.back().x + runs.back().w == x0) runs.back().w += w;
      else runs.push_back({x0, y0, w, h});
    }
    // A run with the same columns as one ending just above extends it down instead.
    next_open.clear();
    for (const PixelRect& run : runs) {
      auto above = std::find_if(open.begin(), open.end(), [&](std::size_t i) {
        return changed_[i].x == run.x && changed_[i].w == run.w;
      });
      if (above != open.end()) {
        changed_[*above].h += run.h;
        next_open.push_back(*above);
      } else {
        next_open.push_back(changed_.size());
        changed_.push_back(run);
      }
    }
    open.swap(next_open);
  }
  // Each rectangle is a separate upload: past a few dozen, one covering them all is cheaper.
  if (changed_.size() > kMaxRects) {
    PixelRect all = changed_.front();
    int right = all.x + all.w, bottom = all.y + all.h;
    for (const PixelRect& r : changed_) {
      all.x = std::min(all.x, r.x);
      all.y = std::min(all.y, r.y);
      right = std::max(right, r.x + r.w);
      bottom = std::max(bottom, r.y + r.h);
    }
    all.w = right - all.x;
    all.h = bottom - all.y;
    changed_.assign(1, all);
  }
  return changed_;
}

}  // namespace lineage
