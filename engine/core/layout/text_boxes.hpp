// Where each drawn string landed, and what is wrong with where it landed: text cut by the edge of
// its panel (or the box a scene drew for it), text running off the window, two strings drawn over
// each other, a string hidden under a panel. The app gathers the boxes from a frame (the canvas's
// strings and the ImGui panels' glyphs); this part only judges them. No SDL, no ImGui.
#pragma once

#include <string>
#include <vector>

namespace lineage {

struct TextRect {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool empty() const { return x1 <= x0 || y1 <= y0; }
};

struct PlacedText {
  std::string text;
  TextRect box;        // the line's box: pen start to end, line top to line bottom
  TextRect frame;      // what it must stay inside: its panel's clip, or the box a scene drew for it
  int layer = 0;       // draw order: 0 the scene's canvas, then each panel in the order drawn
  std::string owner;   // "canvas" or the panel's name
  int root = 0;        // panels drawn inside one another (a child, a table) share a root
  bool scrolls_x = false, scrolls_y = false;  // a scrolling panel may cut what is scrolled away
  bool cut = false;    // the panel clipped some of its glyphs outright (ImGui's fine clipping)
};

// A panel drawn over whatever lies below it.
struct PanelCover {
  TextRect rect;
  int layer = 0;
  int root = 0;
  std::string owner;
};

// One line per problem, naming the strings ("cut: ...", "overlap: ... / ...", "hidden: ... under
// PANEL", "off window: ..."). `slack` is how far (in pixels) a box may reach past its frame or into
// another before it counts: anti-aliasing and rounding, never a whole glyph.
std::vector<std::string> text_layout_problems(const std::vector<PlacedText>& texts,
                                              const std::vector<PanelCover>& panels, TextRect window,
                                              float slack = 1.5f);

}  // namespace lineage
