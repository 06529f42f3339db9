// Help ▸ Keys (F1): every key that works everywhere and the letter keys of the screen on show;
// Help ▸ Study guide for screen readers: the reader's HTML study guide (the canvas's twin, in
// plain structured HTML), written and opened in the desktop's browser, or its path said where
// there is no browser to open.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>

#include "app/app.hpp"
#include "app/help.hpp"
#include "app/open_in_browser.hpp"
#include "platform/imgui_style.hpp"
#include "platform/voiced_widgets.hpp"

namespace lineage {

bool App::draw_help_menu() {
  if (!ImGui::BeginMenu("Help")) return false;
  if (ImGui::MenuItem("Keys\u2026", "F1")) open_keys();
  if (ImGui::MenuItem("Study guide for screen readers (HTML)")) open_study_guide();
  ImGui::EndMenu();
  return true;
}

void App::open_keys() {
  show_keys_ = true;
  keys_appearing_ = true;
  if (state_.voices.self_voicing) {
    const Scene* on_show = current_ >= 0 ? scenes_[current_].get() : nullptr;
    speak(keys_spoken(current_ >= 0 ? table_[current_].title : "", on_show ? bindings_ : std::vector<KeyBinding>{}));
  }
}

void App::open_study_guide() {
  ExportChoice choice;
  choice.format = ExportFormat::Html;
  choice.milestone = state_.story->milestone(state_.settings.milestone);
  choice.gentle = state_.settings.gentle_summaries;
  choice.teacher = state_.settings.teacher_view;
  ExportResult written = export_for_reader(state_, choice);
  std::string path = export_path(state_, choice).string();
  std::string why;
  guide_path_ = written.ok ? path : "";
  if (!written.ok) guide_note_ = "The study guide was not written: " + written.message;
  else if (!state_.offscreen && open_in_browser(path, why)) guide_note_ = "The study guide is opening in your browser. It is saved at " + path;
  else guide_note_ = "The study guide for screen readers is saved at " + path + ". Open it in a browser or a screen reader.";
  show_guide_note_ = keys_appearing_ = true;
  if (state_.voices.self_voicing) speak(guide_note_);
}

// What Help > Study guide did, with the file's path in a field it can be copied from.
void App::draw_guide_note() {
  if (!show_guide_note_) return;
  ImVec2 display = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, state_.content_top + 40), ImGuiCond_Appearing, ImVec2(0.5f, 0));
  ImGui::SetNextWindowSize(ImVec2(std::min(display.x - 40, ImGui::GetFontSize() * 36), 0));
  ImGui::SetNextWindowBgAlpha(1.0f);
  if (!ImGui::Begin("Study guide for screen readers", &show_guide_note_, ImGuiWindowFlags_NoCollapse)) {
    ImGui::End();
    return;
  }
  ImGui::TextWrapped("%s", guide_note_.c_str());
  if (!guide_path_.empty()) {
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##guide-path", &guide_path_, ImGuiInputTextFlags_ReadOnly);
  }
  if (voiced::Button("Close") || (ImGui::IsWindowFocused() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)))
    show_guide_note_ = false;
  if (keys_appearing_) ImGui::SetKeyboardFocusHere(-1), keys_appearing_ = false;
  ImGui::End();
}

void App::draw_keys_window() {
  if (!show_keys_) return;
  ImVec2 display = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, state_.content_top + 20), ImGuiCond_Appearing, ImVec2(0.5f, 0));
  ImGui::SetNextWindowSizeConstraints(ImVec2(std::min(display.x - 40, ImGui::GetFontSize() * 30), 0),
                                      ImVec2(display.x - 40, display.y - state_.content_top - 40));
  if (keys_appearing_) ImGui::SetNextWindowFocus();
  ImGui::SetNextWindowBgAlpha(1.0f);  // the screen behind must not show through the words
  if (!ImGui::Begin("Keys", &show_keys_, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse)) {
    ImGui::End();
    return;
  }
  const float wrap = std::min(display.x - 80, ImGui::GetFontSize() * 40);
  auto rows = [&](const char* table_id, const std::vector<std::pair<std::string, std::string>>& keys) {
    if (!ImGui::BeginTable(table_id, 2, ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoClip)) return;
    for (const auto& [key, what] : keys) {
      ImGui::TableNextColumn();
      ImGui::TextColored(ImGui::GetStyle().Colors[ImGuiCol_CheckMark], "%s", key.c_str());
      ImGui::TableNextColumn();
      ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap * 0.7f);
      ImGui::TextWrapped("%s", what.c_str());
      ImGui::PopTextWrapPos();
    }
    ImGui::EndTable();
  };
  std::vector<std::pair<std::string, std::string>> everywhere;
  for (const KeyHelp& k : keys_everywhere()) everywhere.emplace_back(k.keys, k.what);
  ImGui::TextDisabled("Everywhere");
  rows("##keys-everywhere", everywhere);
  if (current_ >= 0 && !bindings_.empty()) {
    std::vector<std::pair<std::string, std::string>> here;
    for (const KeyBinding& b : bindings_) here.emplace_back(std::string(1, char(std::toupper(b.key))), b.label);
    ImGui::Spacing();
    ImGui::TextDisabled("On this screen (%s)", table_[current_].title);
    rows("##keys-here", here);
  }
  ImGui::Spacing();
  ImGui::PushTextWrapPos(wrap);
  ImGui::TextDisabled("For a screen reader: Help, then Study guide for screen readers, writes this reader's study guide as HTML.");
  ImGui::PopTextWrapPos();
  if (voiced::Button("Close") || (ImGui::IsWindowFocused() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)))
    show_keys_ = false;
  if (keys_appearing_) ImGui::SetKeyboardFocusHere(-1), keys_appearing_ = false;
  ImGui::End();
}

}  // namespace lineage
