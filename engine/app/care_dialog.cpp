#include "app/care_dialog.hpp"

#include <imgui.h>

#include "core/runtime/care.hpp"
#include "platform/imgui_style.hpp"
#include "platform/voiced_widgets.hpp"

namespace lineage {

bool care_intro_due(const AppState& state) {
  return state.journal && state.profile != 0 && !state.journal->setting(state.profile, kCareIntroSetting);
}

void open_care_dialog(CareDialog& dialog) {
  dialog.open = true;
  dialog.loaded = false;
}

void draw_care_dialog(AppState& state, CareDialog& dialog) {
  const char* title = "Before you begin";
  if (!dialog.open || state.ask_reader) return;  // who is reading comes first: the choices are hers
  if (!dialog.loaded) {
    dialog.quiet = load_care(state.journal, state.profile).quiet;
    dialog.gentle = state.settings.gentle_summaries;
    dialog.loaded = true;
  }
  if (!ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
  ImVec2 centre(ImGui::GetIO().DisplaySize.x * 0.5f, ImGui::GetIO().DisplaySize.y * 0.45f);
  ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(ImGui::GetFontSize() * 40, 0), ImVec2(ImGui::GetFontSize() * 46, FLT_MAX));
  if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) return;
  ImGui::PushFont(panel_font(PanelFont::Heading));
  ImGui::TextUnformatted(title);
  ImGui::PopFont();
  ImGui::PushFont(panel_font(PanelFont::Reading));
  ImGui::TextWrapped("The Push is a novel about mothers and daughters, and some of what happens in it is hard "
                     "to read about. Lineage can warn you before a moment that touches on any of these, and "
                     "let you choose to see it, read a gentler summary, or skip it.");
  ImGui::PopFont();
  ImGui::Spacing();
  ImGui::TextDisabled("Warn me before a moment about:");
  {
    voiced::Group notes;
    for (const ContentNote& note : state.story->content_notes) {
      bool warn = dialog.quiet.count(note.id) == 0;
      if (voiced::Checkbox((note.label + "##care-" + note.id).c_str(), &warn)) {
        if (warn) dialog.quiet.erase(note.id);
        else dialog.quiet.insert(note.id);
      }
      if (!note.description.empty()) {  // beside its name: the whole list fits a 720-line screen
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
        ImGui::TextWrapped("%s", note.description.c_str());
        ImGui::PopStyleColor();
      }
    }
  }
  ImGui::Spacing();
  voiced::Checkbox("Gentle summaries: tell hard moments more softly, everywhere", &dialog.gentle);
  ImGui::Spacing();
  ImGui::TextDisabled("You can change this at any time: Settings, then Content care\u2026");
  ImGui::Spacing();
  bool first = care_intro_due(state);
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  if (voiced::Button(first ? "Begin" : "Save")) {
    CarePreferences care = load_care(state.journal, state.profile);
    care.quiet = dialog.quiet;
    save_care(state.journal, state.profile, care);
    state.settings.gentle_summaries = dialog.gentle;
    if (state.journal) state.journal->set_setting(state.profile, kCareIntroSetting, "seen");
    dialog.open = false;
    // The screen on show re-reads the choices as it enters, so they hold at once.
    state.outbox.post(Command::open_scene(state.settings.last_scene));
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace lineage
