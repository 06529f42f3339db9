// Buttons side by side only while they fit: at a large interface scale the next one goes
// to its own line instead of running off the panel.
#pragma once

#include <imgui.h>

namespace lineage {

// `extra`: what the item has besides its words (a checkbox's box); `framed`: a button's padding.
// Returns whether it stayed on the same line.
inline bool same_line_if_room(const char* next_button, float extra = 0, bool framed = true) {
  const ImGuiStyle& style = ImGui::GetStyle();
  float need = ImGui::CalcTextSize(next_button).x + (framed ? style.FramePadding.x * 2 : 0) + style.ItemSpacing.x + extra;
  float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (ImGui::GetItemRectMax().x + need > right) return false;
  ImGui::SameLine();
  return true;
}

}  // namespace lineage
