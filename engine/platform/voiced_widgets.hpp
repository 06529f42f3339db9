// ImGui's buttons, check boxes, radio buttons, combo boxes, sliders and list rows, as ImGui
// draws them, each also telling self-voicing what kind of control it is, its state or value
// and its place among its neighbours ("Show it, button, 1 of 3"; "Voice, combo box, flite-rms,
// 2 of 9"; "Pitch, slider, 50"). ImGui 1.86 keeps only an ID for the focused item; these note
// the role of the one that has the keyboard (or the mouse) as it is drawn. Same signatures as
// ImGui's, with a combo's chosen row and number of rows added.
#pragma once

#include <imgui.h>

#include <string>

namespace lineage {

struct ItemRole {
  ImGuiID id = 0;
  const char* role = "";  // "button", "check box", "radio button", "combo box", "slider", "list row"
  int checked = -1;       // -1: no state; 0 not checked; 1 checked
  std::string value;      // a combo box's chosen row, a slider's number ("" for none)
  int position = 0;       // 1-based place in its group or list (0: not in one)
  int count = 0;          // how many the group or list holds
  unsigned group = 0;     // the group it was counted in (its count is known when the group ends)
  std::string name;       // what to call it when its label shows no words ("##milestone")
};
// The role last noted for the focused or hovered item (FocusVoice reads it).
const ItemRole& focused_item_role();
// Notes the role of the item just drawn, if it is the focused or hovered one; counts it in the
// open group, if any. `position`/`count` given here (a combo's chosen row) win over the group's.
void note_item_role(const char* role, int checked = -1, std::string value = {}, int position = 0, int count = 0);
// "check box, checked", "button, 1 of 3", "combo box, Every moment, 1 of 12": the words after the label.
std::string role_words(const ItemRole& role);
// Counts a control in the open group without noting it (an open combo: its list has the keyboard).
void count_in_group();

namespace voiced {
// The name the next voiced control is said by, for one whose label is hidden ("##milestone"
// beside a text that names it): ImGui draws a label's words, so they cannot go in the label.
void name_next_item(const char* name);

// The controls drawn while a Group lives are one group (buttons in a row, a question's answers,
// a list's rows): each is said with its place in it, "2 of 3". A group inside another (an open
// combo's rows within a row of combos) counts its own controls only.
class Group {
 public:
  Group();
  ~Group();
  Group(const Group&) = delete;
  Group& operator=(const Group&) = delete;
};

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
// A closed combo is what the keyboard rests on (an open one's list has the keyboard). It says
// the row shown and, given `chosen` (0-based, -1 for none) and `rows`, its place among them.
// `spoken`: the value said, when the preview is shortened to fit ("Every…" is heard as "Every moment").
inline bool BeginCombo(const char* label, const char* preview, int chosen, int rows, ImGuiComboFlags flags = 0,
                       const char* spoken = nullptr) {
  bool open = ImGui::BeginCombo(label, preview, flags);
  if (open) count_in_group();
  else note_item_role("combo box", -1, spoken ? spoken : preview ? preview : "", chosen >= 0 ? chosen + 1 : 0, rows);
  return open;
}
inline bool Combo(const char* label, int* current, const char* const items[], int count) {
  bool changed = ImGui::Combo(label, current, items, count);
  bool valid = *current >= 0 && *current < count;
  note_item_role("combo box", -1, valid ? items[*current] : "", valid ? *current + 1 : 0, count);
  return changed;
}
// `value_words`: what the value means, said instead of the number ("c. 2010, The birth").
inline bool SliderInt(const char* label, int* value, int min, int max, const char* format = "%d",
                      const char* value_words = nullptr) {
  bool changed = ImGui::SliderInt(label, value, min, max, format);
  note_item_role("slider", -1, value_words ? value_words : std::to_string(*value));
  return changed;
}
// A row of a list, or of an open combo's list (`role` "option" there).
inline bool Selectable(const char* label, bool selected = false, const char* role = "list row") {
  bool pressed = ImGui::Selectable(label, selected);
  note_item_role(role, -1, selected ? "selected" : "");
  return pressed;
}
}  // namespace voiced

}  // namespace lineage
