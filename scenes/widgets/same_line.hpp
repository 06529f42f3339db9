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

// The next item beside the last only if `width` more (after `spacing`, or the style's) fits
// before the panel's right edge; else it starts a new line.
inline void same_line_if_fits(float width, float spacing = -1.0f) {
  float gap = spacing < 0 ? ImGui::GetStyle().ItemSpacing.x : spacing;
  float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (ImGui::GetItemRectMax().x + gap + width <= right) ImGui::SameLine(0, spacing);
}

inline float checkbox_width(const char* label) {
  return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label, nullptr, true).x;
}

inline float button_width(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

}  // namespace lineage
