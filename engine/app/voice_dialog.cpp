// Settings ▸ Reading aloud…: the reader's voice (every installed English voice of both
// engines), a sample, rate and pitch, a voice for each account (Blythe's, an interpretation),
// and the switches: read each beat, move on when the reading ends, self-voicing. Every change
// is kept at once in her journal settings. Reachable by keyboard (Tab and arrows, as ImGui
// navigates any window).
#include <imgui.h>

#include <algorithm>
#include <set>

#include "app/app.hpp"
#include "platform/imgui_style.hpp"
#include "platform/voiced_widgets.hpp"

namespace lineage {
namespace {

// A combo of the installed voices; "" (the first entry, `none_label`) when allowed.
bool voice_combo(const char* label, std::string& voice, const std::vector<Voice>& voices, const char* none_label) {
  bool changed = false;
  std::string shown = voice.empty() ? none_label : voice;
  // Its place among the rows: the unchosen row first, then each voice ("…, 2 of 9").
  auto at = std::find_if(voices.begin(), voices.end(), [&](const Voice& v) { return v.name == voice; });
  int chosen = voice.empty() ? 0 : at == voices.end() ? -1 : 1 + static_cast<int>(at - voices.begin());
  if (voiced::BeginCombo(label, shown.c_str(), chosen, static_cast<int>(voices.size()) + 1)) {
    voiced::Group rows;
    if (voiced::Selectable(none_label, voice.empty(), "option")) voice.clear(), changed = true;
    for (const Voice& v : voices) {
      std::string row = v.name + "  \u2014  " + v.description;
      if (voiced::Selectable(row.c_str(), v.name == voice, "option")) voice = v.name, changed = true;
    }
    ImGui::EndCombo();
  }
  return changed;
}

// The accounts story mode can show: each perspective written in the script, in first-seen order.
std::vector<std::string> perspectives(const Story& story) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (const Moment& m : story.moments)
    for (const Beat& b : m.beats)
      if (b.kind == BeatKind::Perspective && !b.perspective.empty() && seen.insert(b.perspective).second)
        out.push_back(b.perspective);
  return out;
}

}  // namespace

void App::draw_voice_dialog() {
  if (!show_voice_dialog_) return;
  ImGui::SetNextWindowPos(ImVec2(ImGui::GetIO().DisplaySize.x * 0.5f, state_.content_top + 40), ImGuiCond_Appearing,
                          ImVec2(0.5f, 0));
  ImGui::SetNextWindowSizeConstraints(ImVec2(ImGui::GetFontSize() * 34, 0),
                                      ImVec2(ImGui::GetFontSize() * 44, ImGui::GetIO().DisplaySize.y - state_.content_top - 60));
  if (!ImGui::Begin("Reading aloud", &show_voice_dialog_, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::End();
    return;
  }
  ReadingVoices& v = state_.voices;
  bool changed = false;
  if (!speech_) {
    ImGui::TextWrapped("%s", no_sound_.empty() ? "Reading aloud is off in this run." : no_sound_.c_str());
  } else if (state_.installed_voices.empty()) {
    ImGui::TextDisabled("Finding the voices\u2026");
  }
  const std::vector<Voice>& voices = state_.installed_voices;
  ImGui::PushItemWidth(ImGui::GetFontSize() * 20);
  changed |= voice_combo("Voice", v.main.voice, voices, "(flite-rms, the default)");
  ImGui::SameLine();
  if (voiced::Button("Hear a sample")) {
    const Book& book = state_.story->book;  // the sample is the book's own description
    state_.outbox.post(Command::speak(book.title + ", by " + book.author + ". " + book.description));
  }
  changed |= voiced::SliderInt("Rate (words a minute)", &v.main.rate, VoiceChoice::kRateMin, VoiceChoice::kRateMax);
  changed |= voiced::SliderInt("Pitch", &v.main.pitch, 0, 100);
  ImGui::Spacing();
  changed |= voiced::Checkbox("Read each beat aloud as it appears (story mode)", &v.read_each_beat);
  changed |= voiced::Checkbox("Move on to the next beat when the reading ends", &v.auto_advance);
  changed |= voiced::Checkbox("Self-voicing: speak what changes on screen (Ctrl+Alt+V)", &v.self_voicing);
  ImGui::TextDisabled("V reads the current beat; a key or the clicker always moves on at once.");
  std::vector<std::string> roles = perspectives(*state_.story);
  if (!roles.empty()) {
    ImGui::Spacing();
    ImGui::TextDisabled("A voice for each account in story mode:");
    for (const std::string& role : roles) {
      int p = state_.story->person(role);
      std::string label = (p >= 0 ? state_.story->people[static_cast<std::size_t>(p)].name + "'s account"
                                  : std::string("An interpretation")) + "##voice-" + role;
      std::string& chosen = v.by_role[role];
      // Unchosen: the voice the story script gives her (if installed), else the reader's own.
      const std::string scripted = p >= 0 ? state_.story->people[static_cast<std::size_t>(p)].voice : "";
      bool installed = std::any_of(voices.begin(), voices.end(), [&](const Voice& x) { return x.name == scripted; });
      std::string unchosen = installed ? "(the story's: " + scripted + ")" : "(my voice)";
      changed |= voice_combo(label.c_str(), chosen, voices, unchosen.c_str());
    }
  }
  ImGui::PopItemWidth();
  // Escape closes it while the keyboard is in it (a list open inside takes Escape first).
  if (ImGui::IsWindowFocused() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) show_voice_dialog_ = false;
  if (changed) save_reader_voices();
  ImGui::End();
}

}  // namespace lineage
