// ImGui's buttons, check boxes and radio buttons, as ImGui draws them, each also telling
// self-voicing what kind of control it is ("Show it, button"; "Theme strands, check box,
// checked"). ImGui 1.86 keeps only an ID for the focused item; these note the role and state of
// the one that has the keyboard (or the mouse) as it is drawn. Same signatures as ImGui's.
#pragma once

#include <imgui.h>

#include <string>

namespace lineage {

struct ItemRole {
  ImGuiID id = 0;
  const char* role = "";  // "button", "check box", "radio button"
  int checked = -1;       // -1: no state; 0 not checked; 1 checked
};
// The role last noted for the focused or hovered item (FocusVoice reads it).
const ItemRole& focused_item_role();
// Notes the role of the item just drawn, if it is the focused or hovered one.
void note_item_role(const char* role, int checked = -1);
// "check box, checked", "button": the words after the label.
std::string role_words(const ItemRole& role);

namespace voiced {
inline bool Button(const char* label, const ImVec2& size = ImVec2(0, 0)) {
  bool pressed = ImGui::Button(label, size);
  note_item_role("button");
  return pressed;
}
inline bool SmallButton(const char* label) {
  bool pressed = ImGui::SmallButton(label);
  note_item_role("button");
  return pressed;
}
inline bool Checkbox(const char* label, bool* value) {
  bool changed = ImGui::Checkbox(label, value);
  note_item_role("check box", *value ? 1 : 0);
  return changed;
}
inline bool RadioButton(const char* label, bool active) {
  bool pressed = ImGui::RadioButton(label, active);
  note_item_role("radio button", active ? 1 : 0);
  return pressed;
}
// A closed combo is what the keyboard rests on (an open one's list has the keyboard).
inline bool BeginCombo(const char* label, const char* preview, ImGuiComboFlags flags = 0) {
  bool open = ImGui::BeginCombo(label, preview, flags);
  if (!open) note_item_role("combo box");
  return open;
}
inline bool Combo(const char* label, int* current, const char* const items[], int count) {
  bool changed = ImGui::Combo(label, current, items, count);
  note_item_role("combo box");
  return changed;
}
inline bool SliderInt(const char* label, int* value, int min, int max, const char* format = "%d") {
  bool changed = ImGui::SliderInt(label, value, min, max, format);
  note_item_role("slider");
  return changed;
}
}  // namespace voiced

}  // namespace lineage
