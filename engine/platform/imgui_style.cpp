#include "platform/imgui_style.hpp"

#include "platform/fonts.hpp"

#include <imgui_internal.h>  // SetFocusID: the keyboard's focus on any item

namespace lineage {
namespace {


ImVec4 vec(Colour c, float alpha = -1) {
  return ImVec4(c.r / 255.0f, c.g / 255.0f, c.b / 255.0f, alpha < 0 ? c.a / 255.0f : alpha);
}

// Latin, Latin-1 (± é ï), general punctuation (curly quotes, dashes, ellipsis), arrows.
const ImWchar kGlyphRanges[] = {0x0020, 0x017F, 0x2010, 0x2027, 0x2190, 0x21FF, 0x2212, 0x2212, 0};
// Arrows, dashes and the minus, filled in from DejaVu Sans where a reading font has none
// (OpenDyslexic has no arrows: the key hints would show "?").
const ImWchar kSymbolRanges[] = {0x2010, 0x2027, 0x2190, 0x21FF, 0x2212, 0x2212, 0};

}  // namespace

void apply_imgui_style(const InterfaceTheme& theme, float scale) {
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();  // start from unscaled sizes: ScaleAllSizes multiplies what is there
  ImGui::StyleColorsDark(&style);
  style.WindowRounding = 8;
  style.FrameRounding = 5;
  style.GrabRounding = 5;
  style.PopupRounding = 6;
  style.ChildRounding = 6;
  style.TabRounding = 5;
  style.WindowBorderSize = 0;
  style.WindowPadding = ImVec2(14, 12);
  style.FramePadding = ImVec2(8, 5);
  style.ItemSpacing = ImVec2(9, 7);
  ImVec4* c = style.Colors;
  Colour accent = theme.colour("accent");
  c[ImGuiCol_WindowBg] = vec(theme.colour("panel"));
  // Menus, lists and dialogs are opaque (text behind them would show through), and a dialog
  // dims everything behind it.
  Colour popup = theme.colour("panel");
  popup.a = 255;
  c[ImGuiCol_PopupBg] = vec(popup);
  Colour dim = theme.colour("background");
  dim.a = 170;
  c[ImGuiCol_ModalWindowDimBg] = vec(dim);
  c[ImGuiCol_Text] = vec(theme.colour("text"));
  c[ImGuiCol_TextDisabled] = vec(theme.colour("muted"));
  c[ImGuiCol_TitleBg] = vec(theme.colour("background-top"));
  c[ImGuiCol_TitleBgActive] = vec(theme.colour("background-top"));
  c[ImGuiCol_MenuBarBg] = vec(theme.colour("background-top"));
  c[ImGuiCol_Button] = vec(accent, 0.22f);
  c[ImGuiCol_ButtonHovered] = vec(accent, 0.42f);
  c[ImGuiCol_ButtonActive] = vec(accent, 0.6f);
  c[ImGuiCol_Header] = vec(accent, 0.22f);
  c[ImGuiCol_HeaderHovered] = vec(accent, 0.38f);
  c[ImGuiCol_HeaderActive] = vec(accent, 0.5f);
  c[ImGuiCol_FrameBg] = ImVec4(1, 1, 1, 0.06f);
  c[ImGuiCol_FrameBgHovered] = ImVec4(1, 1, 1, 0.10f);
  c[ImGuiCol_FrameBgActive] = ImVec4(1, 1, 1, 0.12f);
  // The keyboard's place and selected text in the accent, not ImGui's default blue.
  c[ImGuiCol_NavHighlight] = vec(accent);
  Colour selection = accent;
  selection.a = 90;
  c[ImGuiCol_TextSelectedBg] = vec(selection);
  c[ImGuiCol_CheckMark] = vec(accent);
  c[ImGuiCol_SliderGrab] = vec(accent);
  c[ImGuiCol_SliderGrabActive] = vec(accent);
  c[ImGuiCol_Separator] = ImVec4(1, 1, 1, 0.12f);
  style.ScaleAllSizes(scale);
}

void load_imgui_fonts(const InterfaceTheme& theme, float scale) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  ImFontConfig config;
  // One atlas pixel per screen pixel, glyphs on whole pixels: crisp on the software renderer,
  // which copies glyphs unscaled (and fast) only when their sizes match.
  config.OversampleH = 1;
  config.OversampleV = 1;
  config.PixelSnapH = true;
  auto add = [&](const std::string& role, const char* size_name, float factor) -> ImFont* {
    FontFile file = find_font(theme.font_families(role));
    if (file.path.empty()) return nullptr;
    // ImGui sizes a font by its line, not its em: a reading font with a tall line (OpenDyslexic)
    // would come out a third smaller than the theme's font. Matched by x-height instead.
    factor *= font_size_factor(theme, role, true);
    ImFont* font = io.Fonts->AddFontFromFileTTF(file.path.c_str(), theme.size(size_name) * scale * factor, &config,
                                                kGlyphRanges);
    FontFile symbols = find_font({"DejaVu Sans"});
    if (font && !symbols.path.empty() && symbols.path != file.path) {
      ImFontConfig merge = config;
      merge.MergeMode = true;  // only the glyphs the font above lacks are taken
      io.Fonts->AddFontFromFileTTF(symbols.path.c_str(), theme.size(size_name) * scale * factor, &merge, kSymbolRanges);
    }
    return font;
  };
  // Kept in the atlas in PanelFont order (a missing face falls back to the first), so every
  // window's ImGui context finds its own fonts: there is no global font table.
  ImFont* interface_font = add("sans", "ui", 1.0f);
  if (!interface_font) interface_font = io.Fonts->AddFontDefault();
  if (!add("serif", "ui", 1.6f)) io.Fonts->AddFontDefault();
  if (!add("serif", "ui", 1.25f)) io.Fonts->AddFontDefault();
}

ImFont* panel_font(PanelFont which) {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  int index = static_cast<int>(which);
  return index < atlas->Fonts.Size ? atlas->Fonts[index] : ImGui::GetFont();
}

void focus_last_item_by_keyboard() {
  ImGuiContext& g = *GImGui;
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  ImGui::FocusWindow(window);
  ImGui::SetFocusID(ImGui::GetItemID(), window);
  g.NavDisableHighlight = false;
  g.NavDisableMouseHover = true;
}

}  // namespace lineage
