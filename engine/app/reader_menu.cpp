#include "app/reader_menu.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // BringWindowToDisplayFront

#include <algorithm>
#include <cstdlib>
#include <vector>

#include "core/model/visibility.hpp"
#include "platform/imgui_style.hpp"
#include "core/journal/readers.hpp"
#include "platform/bounded_field.hpp"
#include "platform/voiced_widgets.hpp"

namespace lineage {
namespace {

const char* const kFormatNames[] = {"PDF (to print or hand in)", "EPUB (e-reader)", "Markdown (plain text)",
                                    "HTML (web page, screen readers)"};
using Dialogs = ReaderDialogs;

const ImVec4 kErrorColour(0.92f, 0.45f, 0.40f, 1.0f);

void centre_next_window() {
  ImVec2 centre(ImGui::GetIO().DisplaySize.x * 0.5f, ImGui::GetIO().DisplaySize.y * 0.4f);
  ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
}

// A name field with OK / Cancel; returns true when OK is pressed with a usable name.
bool name_popup(Dialogs& d, const char* title, const char* prompt, const char* ok) {
  bool done = false;
  centre_next_window();
  if (ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextUnformatted(prompt);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(360);
    bool enter = bounded_text_field("##name", "", d.name, kNameLimit, ImGuiInputTextFlags_EnterReturnsTrue);
    if (!d.problem.empty()) ImGui::TextColored(kErrorColour, "%s", d.problem.c_str());
    voiced::Group buttons;
    if (voiced::Button(ok) || enter) {
      if (trimmed_name(d.name).empty()) d.problem = "Type a name first.";
      else done = true;
    }
    ImGui::SameLine();
    if (voiced::Button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
      d.problem.clear();
      ImGui::CloseCurrentPopup();
    }
    if (done) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
  return done;
}


void new_dialog(AppState& state, Dialogs& d) {
  if (!name_popup(d, "New reader", "Name of the new reader (no password):", "Create")) return;
  std::string name = trimmed_name(d.name);
  if (auto profile = state.journal->create_profile(name)) {
    switch_profile(state, *profile);
    d.problem.clear();
  } else {
    d.problem = why_name_failed(*state.journal, name);
    ImGui::OpenPopup("New reader");
  }
}

void rename_dialog(AppState& state, Dialogs& d) {
  if (!name_popup(d, "Rename reader", "New name for this reader:", "Rename")) return;
  d.problem = rename_reader(state, d.name);
  if (!d.problem.empty()) ImGui::OpenPopup("Rename reader");
}

void delete_dialog(AppState& state) {
  centre_next_window();
  if (!ImGui::BeginPopupModal("Delete reader", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  ImGui::PushFont(panel_font(PanelFont::Reading));
  ImGui::Text("Delete %s?", state.profile_name.c_str());
  ImGui::PopFont();
  ImGui::TextUnformatted("Every answer, every earlier version of it and the story-mode progress of this");
  ImGui::TextUnformatted("reader are deleted for good. Export a study guide first to keep a copy.");
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.62f, 0.24f, 0.22f, 1));
  voiced::Group buttons;
  bool confirmed = voiced::Button(("Delete " + state.profile_name).c_str());
  ImGui::PopStyleColor();
  ImGui::SameLine();
  if (voiced::Button("Keep") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
  if (confirmed) {
    if (!delete_reader(state)) state.status = "Could not delete the reader: " + state.journal->status().message;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

// Modal, so nothing behind it changes while it is open. Every row is always drawn (the paper
// row only greyed out for formats other than PDF), so the buttons stay where they are when
// the format changes; the status line comes last, below them.
void export_window(AppState& state, Dialogs& d) {
  const char* title = "Export study guide";
  if (d.show_export && !ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
  const Story& story = *state.story;
  ExportChoice& c = d.choice;
  centre_next_window();
  ImGui::SetNextWindowSizeConstraints(ImVec2(620, 0), ImVec2(620, FLT_MAX));  // grows to show the result
  if (!ImGui::BeginPopupModal(title, &d.show_export, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize))
    return;
  ImGui::TextWrapped("The study guide holds the moments up to the chosen point, their facts, themes, "
                     "takeaways and memory cues, and every prompt with %s.",
                     c.worksheet ? "a blank space to write in" : ("the answers of " + state.profile_name).c_str());
  ImGui::Spacing();
  ImGui::PushItemWidth(420);
  int format = static_cast<int>(c.format);
  if (voiced::Combo("Format", &format, kFormatNames, 4)) c.format = static_cast<ExportFormat>(format);
  // A part the reader has not reached keeps its neutral title (no spoiler in the list).
  std::string upto = c.milestone < 0 ? "The whole book" : milestone_title(story, c.milestone, state.reading_limit());
  const int milestones = static_cast<int>(story.milestones.size());
  if (voiced::BeginCombo("Up to", upto.c_str(), c.milestone + 1, milestones + 1)) {
    voiced::Group rows;
    if (voiced::Selectable("The whole book", c.milestone < 0, "option")) c.milestone = -1;
    for (int i = 0; i < milestones; ++i)
      if (voiced::Selectable((milestone_title(story, i, state.reading_limit()) + "##" +
                              story.milestones[static_cast<std::size_t>(i)].id).c_str(),
                             c.milestone == i, "option"))
        c.milestone = i;
    ImGui::EndCombo();
  }
  ImGui::BeginDisabled(c.format != ExportFormat::Pdf);
  ImGui::AlignTextToFramePadding();  // level with the radio buttons
  ImGui::TextUnformatted("Paper");
  ImGui::SameLine();
  {
    voiced::Group papers;
    if (voiced::RadioButton("A4", c.paper == Paper::A4)) c.paper = Paper::A4;
    ImGui::SameLine();
    if (voiced::RadioButton("Letter", c.paper == Paper::Letter)) c.paper = Paper::Letter;
  }
  ImGui::SameLine();
  ImGui::TextDisabled("(PDF only)");
  ImGui::EndDisabled();
  voiced::Checkbox("Blank worksheet (no answers, space to write)", &c.worksheet);
  voiced::Checkbox("Gentle: content-noted moments told gently, their details left out", &c.gentle);
  voiced::Checkbox("Teacher's copy (line citations, and an appendix of them)", &c.teacher);
  bounded_text_field("Save to", export_path(state, c).string().c_str(), c.path, kPathLimit);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
  ImGui::TextWrapped("Leave empty to save in Lineage's data folder; or type a file, a folder, or a name.");
  ImGui::PopStyleColor();
  ImGui::PopItemWidth();
  ImGui::Spacing();
  voiced::Group buttons;
  if (voiced::Button("Export")) {
    ExportResult r = export_for_reader(state, c);
    d.result = r.message;  // "Wrote <the file>: ..." or why not
    d.result_ok = r.ok;
  }
  ImGui::SameLine();
  if (voiced::Button("Close") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
    d.show_export = false;
    ImGui::CloseCurrentPopup();
  }
  if (!d.result.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, d.result_ok ? ImGui::GetStyle().Colors[ImGuiCol_CheckMark] : kErrorColour);
    ImGui::TextWrapped("%s", d.result.c_str());
    ImGui::PopStyleColor();
  }
  ImGui::EndPopup();
}

void open_export(const AppState& state, Dialogs& d) {
  d.show_export = true;
  d.result.clear();
  d.choice.milestone = state.story->milestone(state.settings.milestone);
  d.choice.gentle = state.settings.gentle_summaries;
  d.choice.teacher = state.settings.teacher_view;  // the teacher view exports a teacher's copy
}

}  // namespace

bool draw_file_menu(AppState& state, Dialogs& d) {
  if (!ImGui::BeginMenu("File")) return false;
  if (ImGui::MenuItem("Export study guide\u2026")) open_export(state, d);
  // The screen-reader twin of what the canvas shows: the same dialog, HTML chosen (Help has it
  // too, written at once to the reader's data folder and opened in the browser).
  if (ImGui::MenuItem("Study guide for screen readers (HTML)\u2026")) {
    open_export(state, d);
    d.choice.format = ExportFormat::Html;
  }
  if (ImGui::MenuItem("Quit", "Ctrl Q")) state.outbox.post(Command::simple(Command::Kind::Quit));
  ImGui::EndMenu();
  return true;
}

bool draw_reader_menu(AppState& state, Dialogs& d) {
  if (!state.journal) return false;
  std::string label = "Reader: " + (state.profile_name.empty() ? std::string("none") : state.profile_name) + "###reader";
  if (!ImGui::BeginMenu(label.c_str())) return false;
  ImGui::TextDisabled("Who is reading?");
  for (const Profile& p : state.journal->profiles())
    if (ImGui::MenuItem((p.name + "##" + std::to_string(p.id)).c_str(), nullptr, p.id == state.profile) &&
        p.id != state.profile)
      switch_profile(state, p);
  ImGui::Separator();
  if (ImGui::MenuItem("New reader\u2026")) {
    d.open_new = true;
    d.name.clear();
  }
  if (ImGui::MenuItem("Rename\u2026", nullptr, false, state.profile != 0)) {
    d.open_rename = true;
    d.name = state.profile_name;
  }
  if (ImGui::MenuItem("Export study guide\u2026", nullptr, false, state.profile != 0)) open_export(state, d);
  ImGui::Separator();
  if (ImGui::MenuItem("Delete this reader\u2026", nullptr, false, state.profile != 0)) d.open_delete = true;
  const JournalStatus& status = state.journal->status();
  if (!status.ok) {
    ImGui::Separator();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 360);
    ImGui::TextColored(kErrorColour, "%s", status.message.c_str());
    ImGui::PopTextWrapPos();
  }
  ImGui::EndMenu();
  return true;
}

void draw_reader_picker(AppState& state, Dialogs& d) {
  if (!state.journal || !state.ask_reader) return;
  const char* title = "Who is reading?";
  if (!ImGui::IsPopupOpen(title)) {
    ImGui::OpenPopup(title);
    d.name.clear();
    d.problem.clear();
  }
  centre_next_window();
  if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) return;
  // In front of any panel that appeared after it (the first frames of a scene).
  ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
  ImGui::PushFont(panel_font(PanelFont::Heading));
  ImGui::TextUnformatted(title);
  ImGui::PopFont();
  ImGui::TextDisabled("Choose your name: your answers and your place in the story are kept for you.");
  ImGui::Spacing();
  const float width = ImGui::GetFontSize() * 24;
  std::vector<Profile> profiles = state.journal->profiles();
  // The last reader first, so a student alone at her laptop just presses Return.
  std::stable_partition(profiles.begin(), profiles.end(), [&](const Profile& p) { return p.id == state.profile; });
  {
    voiced::Group names;  // "Ada, button, 1 of 3"
    for (std::size_t i = 0; i < profiles.size(); ++i) {
      const Profile& p = profiles[i];
      if (i == 0 && ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
      bool clicked = voiced::Button((p.name + "##pick" + std::to_string(p.id)).c_str(), ImVec2(width, 0));
      // Return chooses the name the keyboard is on (ImGui 1.86 buttons answer only to Space).
      bool entered = ImGui::IsItemFocused() && (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) ||
                                                ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter)));
      if (clicked || entered) {
        if (p.id != state.profile) switch_profile(state, p);
        state.ask_reader = false;
        ImGui::CloseCurrentPopup();
      }
    }
  }
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::TextUnformatted("Someone new:");
  ImGui::SetNextItemWidth(width - ImGui::CalcTextSize("Start").x - ImGui::GetStyle().FramePadding.x * 2 -
                          ImGui::GetStyle().ItemSpacing.x);
  bool enter = bounded_text_field("##new-reader", "your name", d.name, kNameLimit, ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  if (voiced::Button("Start") || enter) {
    std::string name = trimmed_name(d.name);
    if (name.empty()) {
      d.problem = "Type a name first.";
    } else if (auto profile = state.journal->create_profile(name)) {
      switch_profile(state, *profile);
      state.ask_reader = false;
      d.problem.clear();
      ImGui::CloseCurrentPopup();
    } else {
      d.problem = why_name_failed(*state.journal, name);
    }
  }
  if (!d.problem.empty()) ImGui::TextColored(kErrorColour, "%s", d.problem.c_str());
  ImGui::EndPopup();
}

void draw_reader_dialogs(AppState& state, Dialogs& d) {
  if (!state.journal) return;
  draw_reader_picker(state, d);
  if (d.open_new) ImGui::OpenPopup("New reader");
  if (d.open_rename) ImGui::OpenPopup("Rename reader");
  if (d.open_delete) ImGui::OpenPopup("Delete reader");
  if (d.open_new || d.open_rename) d.problem.clear();
  d.open_new = d.open_rename = d.open_delete = false;
  new_dialog(state, d);
  rename_dialog(state, d);
  delete_dialog(state);
  export_window(state, d);
}

void switch_profile(AppState& state, const Profile& profile) {
  flush_pending_answers(state);
  state.profile = profile.id;
  state.profile_name = profile.name;
  state.settings.extra["profile"] = profile.name;
}

std::string rename_reader(AppState& state, const std::string& typed) {
  std::string problem = rename_reader(*state.journal, state.profile, typed, state.profile_name);
  if (problem.empty()) state.settings.extra["profile"] = state.profile_name;
  return problem;
}

bool delete_reader(AppState& state) {
  std::int64_t gone = state.profile;
  std::optional<Profile> next;
  if (!delete_reader(*state.journal, state.drafts, gone, next)) return false;
  // Her open fields go with her (ids are never reused, but nothing of hers should linger).
  std::string prefix = std::to_string(gone) + "/";
  for (auto it = state.answer_fields.begin(); it != state.answer_fields.end();)
    it = it->first.compare(0, prefix.size(), prefix) == 0 ? state.answer_fields.erase(it) : std::next(it);
  if (next) switch_profile(state, *next);
  return true;
}

std::filesystem::path export_path(const AppState& state, const ExportChoice& choice) {
  return study_guide_path(state.data_dir, state.profile_name, choice.format, choice.worksheet, choice.path);
}

ExportResult export_for_reader(AppState& state, const ExportChoice& choice) {
  if (!state.journal) return {false, "The journal is not open."};
  flush_pending_answers(state);
  ExportOptions options;
  options.format = choice.format;
  options.out = export_path(state, choice);
  options.milestone = choice.milestone;
  options.paper = choice.paper;
  options.worksheet = choice.worksheet;
  options.gentle = choice.gentle;
  options.teacher = choice.teacher;
  options.font = state.reading_font;  // the font she reads in, on paper and in her browser too
  std::optional<Profile> profile;
  if (!choice.worksheet)
    for (const Profile& p : state.journal->profiles())
      if (p.id == state.profile) profile = p;
  return export_study_guide(*state.story, *state.journal, profile, options);
}

}  // namespace lineage
