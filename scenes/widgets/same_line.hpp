// Buttons side by side only while they fit: at a large interface scale the next one goes
// to its own line instead of running off the panel.
#pragma once

#include <imgui.h>

namespace lineage {

// The next item beside the last only if `width` more (after `spacing`, or the style's) fits
// before the panel's right edge; else it starts a new line. Returns whether it stayed beside.
inline bool same_line_if_fits(float width, float spacing = -1.0f) {
  float gap = spacing < 0 ? ImGui::GetStyle().ItemSpacing.x : spacing;
  float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (ImGui::GetItemRectMax().x + gap + width > right) return false;
  ImGui::SameLine(0, spacing);
  return true;
}

inline float checkbox_width(const char* label) {
  return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label, nullptr, true).x;
}

inline float button_width(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

// The same for an item labelled `next_button`: `extra` is what the item has besides its words
// (a checkbox's box); `framed`, a button's padding.
inline bool same_line_if_room(const char* next_button, float extra = 0, bool framed = true) {
  float words = framed ? button_width(next_button) : ImGui::CalcTextSize(next_button, nullptr, true).x;
  return same_line_if_fits(words + extra);
}

}  // namespace lineage
