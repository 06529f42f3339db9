#include "core/layout/text_boxes.hpp"

#include <algorithm>
#include <cstdio>

namespace lineage {
namespace {

float overlap(float a0, float a1, float b0, float b1) { return std::min(a1, b1) - std::max(a0, b0); }

bool inside(const TextRect& box, const TextRect& frame, float slack, bool free_x, bool free_y) {
  bool x = free_x || (box.x0 >= frame.x0 - slack && box.x1 <= frame.x1 + slack);
  bool y = free_y || (box.y0 >= frame.y0 - slack && box.y1 <= frame.y1 + slack);
  return x && y;
}

std::string where(const PlacedText& t) {
  char buf[96];
  std::snprintf(buf, sizeof buf, " [%s %.0f,%.0f-%.0f,%.0f]", t.owner.c_str(), t.box.x0, t.box.y0, t.box.x1, t.box.y1);
  return "\"" + t.text + "\"" + buf;
}

}  // namespace

std::vector<std::string> text_layout_problems(const std::vector<PlacedText>& texts,
                                              const std::vector<PanelCover>& panels, TextRect window, float slack) {
  std::vector<std::string> out;
  // What shows of a string in a scrolling panel is the part inside it; a line scrolled wholly
  // out of view is not on screen at all.
  std::vector<PlacedText> shown;
  for (PlacedText t : texts) {
    if (t.scrolls_x || t.scrolls_y) {
      if (t.scrolls_x) t.box.x0 = std::max(t.box.x0, t.frame.x0), t.box.x1 = std::min(t.box.x1, t.frame.x1);
      if (t.scrolls_y) t.box.y0 = std::max(t.box.y0, t.frame.y0), t.box.y1 = std::min(t.box.y1, t.frame.y1);
    }
    shown.push_back(std::move(t));
  }
  for (const PlacedText& t : shown) {
    if (t.box.empty()) continue;
    if (t.cut) out.push_back("cut: " + where(t));
    else if (!inside(t.box, t.frame, slack, t.scrolls_x, t.scrolls_y)) {
      char buf[64];
      std::snprintf(buf, sizeof buf, " outside %.0f,%.0f-%.0f,%.0f", t.frame.x0, t.frame.y0, t.frame.x1, t.frame.y1);
      out.push_back("cut: " + where(t) + buf);
    }
    if (!inside(t.box, window, slack, false, false))
      out.push_back("off window: " + where(t));
  }
  for (std::size_t i = 0; i < shown.size(); ++i) {
    const PlacedText& a = shown[i];
    if (a.box.empty()) continue;
    for (std::size_t j = i + 1; j < shown.size(); ++j) {
      const PlacedText& b = shown[j];
      if (b.box.empty() || a.root != b.root || a.layer != b.layer) continue;
      if (overlap(a.box.x0, a.box.x1, b.box.x0, b.box.x1) > slack &&
          overlap(a.box.y0, a.box.y1, b.box.y0, b.box.y1) > slack)
        out.push_back("overlap: " + where(a) + " / " + where(b));
    }
    for (const PanelCover& p : panels) {
      if (p.layer <= a.layer || p.root == a.root) continue;
      if (overlap(a.box.x0, a.box.x1, p.rect.x0, p.rect.x1) > slack &&
          overlap(a.box.y0, a.box.y1, p.rect.y0, p.rect.y1) > slack)
        out.push_back("hidden: " + where(a) + " under " + p.owner);
    }
  }
  return out;
}

}  // namespace lineage
