// The frame's text as boxes, for the layout test: the canvas's strings (recorded as drawn) and
// the ImGui panels' text, read back from the draw data glyph by glyph, with the panels that
// cover what lies beneath them.
#pragma once

#include <vector>

#include "core/layout/text_boxes.hpp"

namespace lineage {

struct FrameTextLayout {
  std::vector<PlacedText> texts;
  std::vector<PanelCover> panels;
  TextRect window;
  // Panels whose content is wider or taller than they are, with no scroll bar to reach the rest:
  // text ImGui cut off whole (it drops glyphs past the edge, so their boxes cannot show it).
  std::vector<std::string> overflows;
};

// Reads the current ImGui context's draw data (after ImGui::Render). `canvas` are the canvas's
// strings, drawn into the background list, beneath every panel.
FrameTextLayout read_text_layout(const std::vector<PlacedText>& canvas, float width, float height);

}  // namespace lineage
