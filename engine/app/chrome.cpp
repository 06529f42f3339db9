// The app's own panels: the menu bar, "Diagnostics" (F12) and "Story problems" (live reload).
#include <imgui.h>
#include <imgui_internal.h>  // keyboard highlight in a menu the keyboard opened

#include <algorithm>

#include "app/app.hpp"
#include "app/reader_menu.hpp"
#include "core/script/diagnostic.hpp"
#include "core/text/wrap.hpp"
#include "platform/imgui_style.hpp"
#include "platform/voiced_widgets.hpp"

namespace lineage {

void App::draw_chrome() {
  if (ImGui::BeginMainMenuBar()) {
    // F10 or Alt alone opens the first menu; Up, Down, Space and Return work inside it, and
    // Left and Right open the menu beside it.
    static constexpr const char* kMenus[] = {"File", "View", "Settings", "Reader", "Help"};
    static constexpr const char* kMenuIds[] = {"File", "View", "Settings", "###reader", "Help"};
    if (open_menu_) {
      int open = 0;
      for (int i = 0; i < 5; ++i)
        if (menu_request_ != 0 && shown_menu_ == kMenus[i]) open = (i + menu_request_ + 5) % 5;
      ImGui::OpenPopup(kMenuIds[open]);
      // The keyboard opened it: its first item is highlighted and Return chooses it, even if
      // the mouse moved last (ImGui would otherwise wait for an arrow key to show the highlight).
      GImGui->NavDisableHighlight = false;
      GImGui->NavDisableMouseHover = true;
    }
    open_menu_ = false;
    shown_menu_.clear();
    if (draw_file_menu(state_, reader_dialogs_)) shown_menu_ = "File";
    if (ImGui::BeginMenu("View")) {
      shown_menu_ = "View";
      for (std::size_t i = 0; i < table_.size(); ++i) {
        std::string title = table_[i].title;
        // The cues waiting today, as on the title screen (counted only when something changed).
        if (std::string(table_[i].name) == "cues" && state_.story && !state_.story->cards.empty())
          title += " (" + cues_due_words(cue_counts_.get(state_)) + ")";
        if (ImGui::MenuItem(title.c_str(), table_[i].key, static_cast<int>(i) == current_))
          state_.outbox.post(Command::open_scene(table_[i].name));
      }
      ImGui::Separator();
      if (ImGui::MenuItem("Diagnostics", "F12", show_diagnostics_))
        state_.outbox.post(Command::simple(Command::Kind::ToggleDiagnostics));
      ImGui::MenuItem("Story problems", nullptr, &show_problems_);
      ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Settings")) {
      shown_menu_ = "Settings";
      ImGui::MenuItem("Reduced motion", nullptr, &state_.settings.reduced_motion);
      ImGui::MenuItem("Gentle summaries", nullptr, &state_.settings.gentle_summaries);
      if (ImGui::MenuItem("Content care\u2026")) open_care_dialog(care_dialog_);
      if (ImGui::MenuItem("Reading aloud\u2026", nullptr, show_voice_dialog_)) show_voice_dialog_ = !show_voice_dialog_;
      // Kept per reader in her journal; colours and fonts change at the next frame.
      if (ImGui::MenuItem("High contrast", nullptr, theme_variant_ == "high-contrast") && state_.journal) {
        state_.journal->set_setting(state_.profile, "reading.theme", theme_variant_ == "high-contrast" ? "dark" : "high-contrast");
        options_.theme.clear();
        apply_reading_look(false);
      }
      if (ImGui::MenuItem("Dyslexia-friendly font (OpenDyslexic)", nullptr, reading_font_ == "opendyslexic") && state_.journal) {
        state_.journal->set_setting(state_.profile, "reading.font", reading_font_ == "opendyslexic" ? "default" : "opendyslexic");
        options_.font.clear();
        apply_reading_look(false);
      }
      if (ImGui::MenuItem("Legible font, wider lines (Andika)", nullptr, reading_font_ == "andika") && state_.journal) {
        state_.journal->set_setting(state_.profile, "reading.font", reading_font_ == "andika" ? "default" : "andika");
        options_.font.clear();
        apply_reading_look(false);
      }
      ImGui::MenuItem("Teacher view", nullptr, &state_.settings.teacher_view);
      ImGui::Separator();
      if (ImGui::MenuItem("Larger text", "Ctrl +")) state_.outbox.post(Command::scale_text(+1));
      if (ImGui::MenuItem("Smaller text", "Ctrl -")) state_.outbox.post(Command::scale_text(-1));
      if (ImGui::MenuItem("Normal text size", "Ctrl 0")) state_.outbox.post(Command::scale_text(0));
      ImGui::EndMenu();
    }
    if (draw_reader_menu(state_, reader_dialogs_)) shown_menu_ = "Reader";
    if (draw_help_menu()) shown_menu_ = "Help";
    if (!state_.status.empty()) {
      // At the right, after the menus; where they leave too little room (200% on a laptop), it
      // ends in "…" rather than running off the window.
      ImGui::SameLine();
      const float left = ImGui::GetCursorPosX() + 12, right = ImGui::GetWindowWidth() - 24;
      std::string shown = ellipsize_text(state_.status, std::max(0.0f, right - left),
                                         [](std::string_view t) { return ImGui::CalcTextSize(t.data(), t.data() + t.size()).x; });
      ImGui::SetCursorPosX(std::max(left, right - ImGui::CalcTextSize(shown.c_str()).x));
      ImGui::TextColored(ImVec4(0.95f, 0.72f, 0.35f, 1), "%s", shown.c_str());
    }
    state_.content_top = ImGui::GetWindowHeight();
    ImGui::EndMainMenuBar();
  }
  draw_reader_dialogs(state_, reader_dialogs_);
  // A reader's first start (each reader on a shared computer has her own) begins with the care
  // screen, once she has said who she is. Offscreen renders stay reproducible: no screen.
  if (!state_.ask_reader && state_.profile != care_checked_for_) {
    care_checked_for_ = state_.profile;
    if (!state_.offscreen && care_intro_due(state_)) open_care_dialog(care_dialog_);
  }
  draw_care_dialog(state_, care_dialog_);
  draw_voice_dialog();
  draw_keys_window();
  draw_guide_note();
  draw_diagnostics();
  draw_problems();
}

// A band under the menu bar, not a window over the screen: the scene's content starts below it,
// so nothing it shows (the toolbar, the page title) is hidden while it is open.
void App::draw_diagnostics() {
  if (!show_diagnostics_) return;
  ImGui::SetNextWindowPos(ImVec2(0, state_.content_top));
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetIO().DisplaySize.x, 0));
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                 ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoScrollbar | kNoFocusOnAppearing;
  float height = 0;
  if (ImGui::Begin("Diagnostics", nullptr, flags)) {
    const DrawDataStats& d = output_->last_draw();
    const Story& s = *state_.story;
    char buf[256];
    auto row = [](const char* name, const std::string& value) {
      ImGui::TableNextColumn();
      ImGui::TextDisabled("%s", name);
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", value.c_str());
    };
    // NoClip: one draw channel for the whole table, so its text is drawn row by row, each name
    // beside its value (as a screen reader and the tests read it); values wrap within their columns.
    if (ImGui::BeginTable("##diagnostics", 4, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_NoClip)) {
      ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthFixed);
      ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
      ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthFixed);
      ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
      std::snprintf(buf, sizeof buf, "%.2f ms (%.0f fps possible)", frame_ms_, frame_ms_ > 0 ? 1000.0 / frame_ms_ : 0.0);
      row("Frame time", buf);
      row("Renderer", output_->renderer_name() + ": " + output_->renderer_why());
      row("Story", state_.story_dir.string());
      row("Data", state_.data_dir.string());
      std::snprintf(buf, sizeof buf, "%zu textures, %zu rasterised in all", output_->cached_text_textures(),
                    output_->text_rasterisations());
      row("Text cache", buf);
      row("Serif font", output_->font_family("serif"));
      std::snprintf(buf, sizeof buf, "%d rects, %d text, %d triangles direct; %d triangles through SDL",
                    d.solid_rects + d.gradient_rects, d.copies + d.mask_copies, d.direct_triangles, d.geometry_triangles);
      row("Drawing", buf);
      if (d.presented_rects >= 0) {
        std::snprintf(buf, sizeof buf, "%ld of %ld pixels, in %d rectangles (only what changed)", d.presented_pixels,
                      static_cast<long>(ImGui::GetIO().DisplaySize.x * ImGui::GetIO().DisplaySize.y), d.presented_rects);
        row("Presented", buf);
      }
      std::snprintf(buf, sizeof buf, "%zu people, %zu moments, %zu prompts, %zu diagnostics", s.people.size(),
                    s.moments.size(), s.prompts.size(), state_.diagnostics.size());
      row("Loaded", buf);
      ImGui::EndTable();
    }
    ImGui::TextDisabled("Diagnostics: F12 closes");
    height = ImGui::GetWindowHeight();
  }
  ImGui::End();
  state_.content_top += height;
}

void App::draw_problems() {
  if (show_problems_) {
    ImGui::SetNextWindowSize(ImVec2(720, 320), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowPos(ImVec2(40, state_.content_top + 40), ImGuiCond_FirstUseEver);
    if (ImGui::Begin("Story problems", &show_problems_, kNoFocusOnAppearing)) {
      if (state_.diagnostics.empty()) ImGui::TextDisabled("The story loads cleanly. Save a .story file to reload.");
      else ImGui::TextWrapped("Saving a file reloads the story. Until the errors are fixed, the last good version stays on screen.");
      ImGui::Separator();
      voiced::Group rows;
      for (int i = 0; i < static_cast<int>(state_.diagnostics.size()); ++i) {
        const Diagnostic& d = state_.diagnostics[i];
        bool error = d.severity == Diagnostic::Severity::Error;
        std::string label = d.loc.file + ":" + std::to_string(d.loc.line) + ":" + std::to_string(d.loc.column) +
                            ": " + severity_name(d.severity) + ": " + d.message + "##" + std::to_string(i);
        ImGui::PushStyleColor(ImGuiCol_Text, error ? ImVec4(0.92f, 0.45f, 0.4f, 1) : ImVec4(0.9f, 0.72f, 0.35f, 1));
        if (voiced::Selectable(label.c_str(), problem_selected_ == i)) problem_selected_ = i;
        ImGui::PopStyleColor();
        if (problem_selected_ == i) {
          ImGui::Indent();
          ImGui::PushFont(panel_font(PanelFont::Interface));
          ImGui::TextUnformatted(format_diagnostic(d).c_str());
          ImGui::PopFont();
          ImGui::Unindent();
        }
      }
    }
    ImGui::End();
  }
}

}  // namespace lineage
