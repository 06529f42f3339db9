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

}  // namespace lineage
