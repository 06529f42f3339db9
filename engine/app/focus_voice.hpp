// Self-voicing of ImGui's own panels (menus, buttons, fields, dialogs): the words for the item
// that has keyboard focus, or that the mouse rests on, once each time it changes.
//
// ImGui 1.86 keeps the focused item only as an ID (a hash of its label). To hear its label we
// borrow the hook behind ImGui's "Stack Tool" (imgui_internal.h): with g.DebugHookIdInfo set to
// an ID, the next GetID() that makes that ID records the label it was made from. One query a
// frame, so a label is known two or three frames after the focus moved; nothing is done on a
// frame where nothing changed, and nothing is said twice for one change.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace lineage {

class FocusVoice {
 public:
  // Right after ImGui::NewFrame(): asks ImGui for the next piece of a label still unknown.
  void arm();
  // After the frame's panels are drawn (before ImGui::Render): notices a new focused or
  // hovered item and collects what the hook found. Returns the words to say once ("Reduced
  // motion, menu item"), else "". `changed` is set when the item changed this frame.
  std::string after_frame(double dt, bool& changed);

  // The words for an item whose label and surroundings are known (tested without ImGui).
  struct Item {
    std::string label;        // as given to ImGui, "##" suffix included
    std::string window;       // its window's name
    bool menu_item = false;   // in a menu that opened from the menu bar
    bool menu_bar = false;    // a menu's own name on the menu bar
    bool field = false;       // a text field taking typing
    std::string role;         // "button", "check box, checked" (as the widget noted it), or ""
  };
  static std::string words_for(const Item& item, const std::string& last_window);
  // The label in one of the Stack Tool's results ("\"Read aloud##card\"" -> "Read aloud");
  // "" for an ID made from a number or a pointer, or an empty label. `cut_short`: ImGui kept
  // only the start of a longer label; it is cut back to its last whole word.
  static std::string label_of(const char* desc, bool cut_short = false);

 private:
  enum class Step { Idle, Stack, Level };
  std::uint32_t target_ = 0;
  std::string target_window_;
  bool hovered_ = false;      // the mouse, not the keyboard, chose it
  double steady_ = 0;         // seconds the hovered item has stayed the same
  Step step_ = Step::Idle;
  int level_ = -1;            // which of the ID stack's levels is asked for
  int tries_ = 0;             // frames the current question has waited
  std::vector<std::uint32_t> stack_;
  Item found_;
  std::string last_window_;   // the window named last: said again only when it changes
};

}  // namespace lineage
