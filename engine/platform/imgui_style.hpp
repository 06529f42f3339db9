// Dear ImGui's look: colours from the interface theme, fonts found by fontconfig.
#pragma once

#include <imgui.h>

#include "core/settings/theme.hpp"

namespace lineage {

enum class PanelFont { Interface, Heading, Reading };

void apply_imgui_style(const InterfaceTheme& theme, float scale);
void load_imgui_fonts(const InterfaceTheme& theme, float scale);
// The panel fonts loaded above (Interface is the default font).
ImFont* panel_font(PanelFont which);

// Every panel that is not a dialog uses this flag. A window that appears and takes focus while
// a modal dialog (such as "Who is reading?") is open trips an assertion in ImGui 1.86; and a
// panel appearing should not take the keyboard from whatever the reader is doing anyway.
constexpr ImGuiWindowFlags kNoFocusOnAppearing = ImGuiWindowFlags_NoFocusOnAppearing;

// Gives the keyboard to the item just drawn (a button, a checkbox: ImGui 1.86's
// SetKeyboardFocusHere reaches only fields and sliders), with its highlight showing, so Space
// and Return choose it and arrows move on from it; the scene's keys wait until Escape.
void focus_last_item_by_keyboard();

}  // namespace lineage
