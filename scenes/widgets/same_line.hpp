// Buttons side by side only while they fit: at a large interface scale the next one goes
// to its own line instead of running off the panel.
#pragma once

#include <imgui.h>

namespace lineage {

inline void same_line_if_room(const char* next_button) {
  const ImGuiStyle& style = ImGui::GetStyle();
  float need = ImGui::CalcTextSize(next_button).x + style.FramePadding.x * 2 + style.ItemSpacing.x;
  float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (ImGui::GetItemRectMax().x + need <= right) ImGui::SameLine();
}

}  // namespace lineage
