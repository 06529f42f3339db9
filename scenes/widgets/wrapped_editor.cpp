// The word-wrapping text field (see wrapped_editor.hpp).
#include "scenes/widgets/wrapped_editor.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // item registration, active id, scrolling: a widget of our own

#include <algorithm>
#include <cfloat>
#include <functional>
#include <string>
#include <vector>

namespace lineage {
namespace {

bool pressed(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); }

// The keyboard while the field is active. Returns true if the text changed.
bool handle_keys(TextEdit& edit, const std::vector<LineRange>& lines, const std::function<float(std::size_t)>& x_of,
                 bool& leave) {
  ImGuiIO& io = ImGui::GetIO();
  const bool ctrl = io.KeyCtrl, shift = io.KeyShift;
  const std::size_t before = edit.revision();
  if (pressed(ImGuiKey_LeftArrow)) ctrl ? edit.move_word(-1, shift) : edit.move_char(-1, shift);
  if (pressed(ImGuiKey_RightArrow)) ctrl ? edit.move_word(+1, shift) : edit.move_char(+1, shift);
  if (pressed(ImGuiKey_UpArrow)) edit.move_vertical(lines, -1, shift, x_of);
  if (pressed(ImGuiKey_DownArrow)) edit.move_vertical(lines, +1, shift, x_of);
  if (pressed(ImGuiKey_Home)) ctrl ? edit.set_caret(0, shift) : edit.move_line_edge(lines, false, shift);
  if (pressed(ImGuiKey_End)) ctrl ? edit.set_caret(edit.text().size(), shift) : edit.move_line_edge(lines, true, shift);
  if (pressed(ImGuiKey_Backspace)) ctrl ? edit.erase_word_back() : edit.erase_back();
  if (pressed(ImGuiKey_Delete)) edit.erase_forward();
  if (pressed(ImGuiKey_Enter) || pressed(ImGuiKey_KeyPadEnter)) edit.insert("\n");
  if (pressed(ImGuiKey_Escape)) leave = true;
  if (ctrl && pressed(ImGuiKey_A)) edit.select_all();
  if (ctrl && (pressed(ImGuiKey_C) || pressed(ImGuiKey_X)) && edit.has_selection()) {
    ImGui::SetClipboardText(edit.selected().c_str());
    if (pressed(ImGuiKey_X)) edit.erase_back();
  }
  if (ctrl && pressed(ImGuiKey_V))
    if (const char* clip = ImGui::GetClipboardText()) edit.insert(clip);
  if (ctrl && pressed(ImGuiKey_Z)) shift ? edit.redo() : edit.undo();
  if (ctrl && pressed(ImGuiKey_Y)) edit.redo();
  // Typed characters (SDL's text input, already composed), without control characters.
  if (!ctrl || io.KeyAlt) {
    for (ImWchar c : io.InputQueueCharacters) {
      if (c < 32 || c == 127) continue;
      char utf8[5];
      edit.insert(ImTextCharToUtf8(utf8, c));
    }
  }
  return edit.revision() != before;
}

}  // namespace

EditorResult wrapped_editor(const char* id_text, EditField& field, float width, float min_height, bool focus) {
  TextEdit& edit = field.edit;
  EditorResult result;
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  if (window->SkipItems) return result;
  ImGuiContext& g = *GImGui;
  const ImGuiStyle& style = g.Style;
  const ImGuiID id = window->GetID(id_text);
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize(), line_h = ImGui::GetTextLineHeight();
  const float inner = std::max(20.0f, width - style.FramePadding.x * 2);

  WrappedLines& layout = field.layout;
  if (layout.text != edit.text() || layout.width != inner || layout.font_size != size) {
    layout.text = edit.text();
    layout.width = inner;
    layout.font_size = size;
    layout.lines = wrap_ranges(layout.text, inner, [&](std::string_view s) {
      return font->CalcTextSizeA(size, FLT_MAX, 0.0f, s.data(), s.data() + s.size()).x;
    });
  }

  const ImVec2 pos = window->DC.CursorPos;
  float height = std::max(min_height, static_cast<float>(layout.lines.size()) * line_h + style.FramePadding.y * 2);
  const ImRect bb(pos, ImVec2(pos.x + width, pos.y + height));
  ImGui::ItemSize(bb);
  // Asked to take the keyboard (a prompt just opened, perhaps below the fold): do it even when
  // the field is scrolled out of view, and bring it into view.
  if (focus) {
    ImGui::SetActiveID(id, window);
    ImGui::SetFocusID(id, window);
    ImGui::FocusWindow(window);
    edit.set_caret(edit.text().size());
    ImGui::ScrollToBringRectIntoView(window, bb);
  }
  if (!ImGui::ItemAdd(bb, id)) return result;
  const ImVec2 origin(pos.x + style.FramePadding.x, pos.y + style.FramePadding.y);

  // x of a byte position within a given visual line (a position where a line breaks inside a
  // word is both the end of one line and the start of the next), and on the caret's own line.
  auto x_in = [&](std::size_t line, std::size_t pos_in_text) {
    const char* b = edit.text().data() + layout.lines[line].begin;
    return font->CalcTextSizeA(size, FLT_MAX, 0.0f, b, edit.text().data() + pos_in_text).x;
  };
  auto line_x = [&](std::size_t pos_in_text) { return x_in(line_of(layout.lines, pos_in_text), pos_in_text); };
  std::function<float(std::size_t)> x_of = line_x;
  auto position_under = [&](ImVec2 mouse) {
    float row = (mouse.y - origin.y) / line_h;
    std::size_t line = static_cast<std::size_t>(std::clamp(row, 0.0f, static_cast<float>(layout.lines.size() - 1)));
    return edit.position_at(layout.lines, line, mouse.x - origin.x, x_of);
  };

  const bool hovered = ImGui::ItemHoverable(bb, id);
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
  const bool was_active = g.ActiveId == id && !focus;
  const bool clicked = hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left);
  // A click, or Space/Return on the field when ImGui's keyboard navigation is on it.
  if (clicked || (g.NavActivateId == id && !was_active) || (g.NavActivateInputId == id && !was_active)) {
    ImGui::SetActiveID(id, window);
    ImGui::SetFocusID(id, window);
    ImGui::FocusWindow(window);
    if (clicked) edit.set_caret(position_under(g.IO.MousePos), g.IO.KeyShift && was_active);
    else edit.set_caret(edit.text().size());
  }
  bool active = g.ActiveId == id;
  bool leave = false;
  std::size_t caret_before = edit.caret();
  if (active) {
    g.WantTextInputNextFrame = 1;  // keys and characters are ours (the scene does not see them)
    ImGui::SetActiveIdUsingNavAndKeys();  // and ImGui's keyboard navigation leaves arrows, Home, Esc to us
    if (ImGui::IsMouseDragging(ImGuiMouseButton_Left) && g.IO.MouseDown[0] && hovered)
      edit.set_caret(position_under(g.IO.MousePos), true);
    result.changed = handle_keys(edit, layout.lines, x_of, leave);
    if (leave || (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && !hovered)) {
      ImGui::ClearActiveID();
      active = false;
    }
  }
  result.active = active;
  result.deactivated = was_active && !active;

  // Draw: the frame, the selection, the lines, the caret. (The layout above may be one edit
  // behind this frame's text until the next frame, which is invisible at typing speed, but
  // lines are drawn from the current text clipped to its length.)
  ImGui::RenderFrame(bb.Min, bb.Max, ImGui::GetColorU32(active ? ImGuiCol_FrameBgActive : ImGuiCol_FrameBg), false,
                     style.FrameRounding);
  if (active)  // where the keyboard is, at a glance
    window->DrawList->AddRect(bb.Min, bb.Max, ImGui::GetColorU32(ImGuiCol_NavHighlight), style.FrameRounding, 0, 1.5f);
  const std::string& text = edit.text();
  if (layout.text != text) {
    layout.text = text;
    layout.lines = wrap_ranges(text, inner, [&](std::string_view s) {
      return font->CalcTextSizeA(size, FLT_MAX, 0.0f, s.data(), s.data() + s.size()).x;
    });
  }
  ImDrawList* dl = window->DrawList;
  auto [sel_b, sel_e] = edit.selection();
  const ImU32 text_col = ImGui::GetColorU32(ImGuiCol_Text), sel_col = ImGui::GetColorU32(ImGuiCol_TextSelectedBg);
  for (std::size_t i = 0; i < layout.lines.size(); ++i) {
    const LineRange& r = layout.lines[i];
    float y = origin.y + line_h * static_cast<float>(i);
    if (y > window->ClipRect.Max.y || y + line_h < window->ClipRect.Min.y) continue;
    if (active && sel_b < sel_e && sel_b <= r.end && sel_e >= r.begin) {
      std::size_t b = std::max(sel_b, r.begin), e = std::min(sel_e, r.end);
      float x0 = x_in(i, b), x1 = x_in(i, e) + (sel_e > r.end ? size * 0.3f : 0.0f);
      dl->AddRectFilled(ImVec2(origin.x + x0, y), ImVec2(origin.x + x1, y + line_h), sel_col);
    }
    dl->AddText(font, size, ImVec2(origin.x, y), text_col, text.data() + r.begin, text.data() + r.end);
  }
  if (active) {
    std::size_t line = line_of(layout.lines, edit.caret());
    ImVec2 c(origin.x + line_x(edit.caret()), origin.y + line_h * static_cast<float>(line));
    dl->AddLine(ImVec2(c.x, c.y + 1), ImVec2(c.x, c.y + line_h - 1), text_col, 1.5f);
    if (edit.caret() != caret_before || result.changed)
      ImGui::ScrollToBringRectIntoView(window, ImRect(ImVec2(c.x, c.y - line_h), ImVec2(c.x + 1, c.y + line_h * 2)));
    g.PlatformImePos = ImVec2(c.x, c.y + line_h);  // where an input method shows its candidates
  }
  if (text.empty() && !active)
    dl->AddText(font, size, origin, ImGui::GetColorU32(ImGuiCol_TextDisabled), "Write your answer here\xE2\x80\xA6");
  if (edit.refused_for_limit())  // said where the reader looks, until she changes the text
    ImGui::TextWrapped("This answer is at its limit (about 40,000 words): what was typed or pasted past it was not "
                       "added.");
  return result;
}

}  // namespace lineage
