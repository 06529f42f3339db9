#include "scenes/widgets/prompt_answer.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // GetActiveID: is the reader typing in this field
#include <imgui_stdlib.h>

#include <algorithm>
#include <ctime>
#include <unordered_map>

#include "core/journal/readers.hpp"
#include "platform/imgui_style.hpp"
#include "scenes/widgets/wrapped_editor.hpp"
#include "platform/voiced_widgets.hpp"

namespace lineage {
namespace {

const ImVec4 kErrorColour(0.92f, 0.45f, 0.40f, 1.0f);
const ImVec4 kWarningColour(0.90f, 0.72f, 0.35f, 1.0f);

ImVec4 accent() { return ImGui::GetStyle().Colors[ImGuiCol_CheckMark]; }
ImVec4 muted() { return ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]; }

void wrapped(const std::string& text, ImVec4 colour) {
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

std::string when_saved(std::int64_t unix_ms) {
  if (unix_ms <= 0) return "not yet";
  std::time_t t = static_cast<std::time_t>(unix_ms / 1000);
  std::tm local{};
  localtime_r(&t, &local);
  char buffer[64];
  std::strftime(buffer, sizeof buffer, "%e %b %Y, %H:%M:%S", &local);
  std::string s = buffer;
  return s.substr(s.find_first_not_of(' '));
}

const PromptOption* find_option(const Prompt& prompt, const std::string& id) {
  for (const auto& option : prompt.options)
    if (option.id == id) return &option;
  return nullptr;
}

const char* const kSureness[] = {"", "a guess", "not very sure", "fairly sure", "sure", "very sure"};

// Radio buttons for the options; the discussion note of the chosen one below. True if chosen.
bool options_row(const Prompt& prompt, Answer& answer) {
  bool changed = false;
  voiced::Group choices;  // "…, radio button, not checked, 2 of 4"
  for (const auto& option : prompt.options) {
    std::string label = (option.text.empty() ? option.id : option.text) + "##" + option.id;
    if (voiced::RadioButton(label.c_str(), answer.option == option.id) && answer.option != option.id) {
      answer.option = option.id;
      changed = true;
    }
  }
  if (const PromptOption* chosen = find_option(prompt, answer.option); chosen && !chosen->discussion.empty()) {
    ImGui::Indent();
    wrapped("To think about: " + chosen->discussion, muted());
    ImGui::Unindent();
  }
  return changed;
}

// A row of points between two labels: the scale, or "how sure" for evidence.
bool points_row(const char* id, const std::string& low, const std::string& high, int points, int& value) {
  bool changed = false;
  ImGui::PushID(id);
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s", low.c_str());
  voiced::Group scale;
  for (int i = 1; i <= points; ++i) {
    ImGui::SameLine();
    if (voiced::RadioButton(std::to_string(i).c_str(), value == i) && value != i) {
      value = i;
      changed = true;
    }
  }
  ImGui::SameLine();
  ImGui::TextDisabled("%s", high.c_str());
  ImGui::PopID();
  return changed;
}

void status_line(AppState& state, const Prompt& prompt, const Answer& answer) {
  Journal& journal = *state.journal;
  const AnswerDrafts& drafts = state.drafts;
  if (!journal.status().ok) {
    ImGui::PushStyleColor(ImGuiCol_Text, kErrorColour);
    ImGui::TextWrapped("%s", not_saved_notice(journal.status()).c_str());
    ImGui::PopStyleColor();
  } else if (drafts.unsaved(journal, state.profile, prompt.id)) {
    ImGui::TextDisabled("saving\u2026");
  } else if (journal.pending_count() > 0) {
    ImGui::TextColored(kWarningColour, "not saved yet: %zu waiting, kept in memory", journal.pending_count());
  } else if (answer_given(prompt, answer)) {
    ImGui::TextDisabled("saved %s", when_saved(answer.saved_at).c_str());
  } else {
    ImGui::TextDisabled("%s", answer_status(false).c_str());
  }
}

void history_popup(AppState& state, const Prompt& prompt) {
  Journal& journal = *state.journal;
  ImVec4 opaque = ImGui::GetStyle().Colors[ImGuiCol_PopupBg];
  opaque.w = 1.0f;  // the list behind must not show through the versions
  ImGui::PushStyleColor(ImGuiCol_PopupBg, opaque);
  bool open = ImGui::BeginPopup("history");
  ImGui::PopStyleColor();
  if (!open) return;
  std::vector<Revision> revisions = journal.history(state.profile, prompt.id);
  ImGui::PushFont(panel_font(PanelFont::Reading));
  ImGui::TextUnformatted("Every saved version");
  ImGui::PopFont();
  ImGui::Separator();
  if (revisions.empty()) ImGui::TextDisabled("Nothing saved yet.");
  float width = std::min(640.0f, ImGui::GetIO().DisplaySize.x * 0.6f);
  for (int i = static_cast<int>(revisions.size()) - 1; i >= 0; --i) {
    const Revision& r = revisions[static_cast<std::size_t>(i)];
    ImGui::PushID(i);
    ImGui::TextColored(accent(), "%s", when_saved(r.answer.saved_at).c_str());
    ImGui::SameLine();
    if (i + 1 == static_cast<int>(revisions.size())) ImGui::TextDisabled("(current)");
    else if (r.pending) ImGui::TextColored(kWarningColour, "(in memory, not saved yet)");
    else if (voiced::SmallButton("Restore")) {
      state.drafts.save_now(journal, state.profile, prompt.id);
      journal.restore_revision(state.profile, prompt.id, r.id);
      state.drafts.forget(journal, state.profile, prompt.id);
    }
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    std::string words = answer_in_words(prompt, r.answer);
    ImGui::TextUnformatted(words.empty() ? "(empty)" : words.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    ImGui::PopID();
  }
  ImGui::EndPopup();
}

// An open answer: a field that word-wraps as the reader types (Ctrl+Z / Ctrl+Y undo, redo).
// Returns true if the text changed; sets `save_at_once` when the field is left.
bool open_field(AppState& state, const Prompt& prompt, Answer& answer, bool focus, bool& save_at_once) {
  std::string key = std::to_string(state.profile) + "/" + prompt.id;
  ImGui::PushFont(panel_font(PanelFont::Reading));
  const ImGuiStyle& style = ImGui::GetStyle();
  float width = ImGui::GetContentRegionAvail().x;
  float min_height = ImGui::GetTextLineHeight() * 5 + style.FramePadding.y * 2;
  EditField& field = state.answer_fields[key];
  TextEdit& edit = field.edit;
  // The answer may have changed elsewhere (restored from its history, the same prompt answered
  // in another place): the field follows it unless the reader is typing in it.
  if (edit.text() != answer.text && ImGui::GetActiveID() != ImGui::GetID("##answer")) edit.reset(answer.text);
  EditorResult r = wrapped_editor("##answer", field, width, min_height, focus);
  if (r.changed) answer.text = edit.text();
  if (r.deactivated) save_at_once = true;  // left the field: save now
  ImGui::PopFont();
  return r.changed;
}

}  // namespace

bool draw_prompt_answer(const Story& story, int prompt_index, AppState& state, bool focus) {
  if (prompt_index < 0 || prompt_index >= static_cast<int>(story.prompts.size()) || !state.journal) return false;
  const Prompt& prompt = story.prompts[static_cast<std::size_t>(prompt_index)];
  ImGui::PushID(static_cast<int>(state.profile));  // another reader's field is another field
  ImGui::PushID(prompt.id.c_str());
  ImGui::PushFont(panel_font(PanelFont::Reading));
  ImGui::TextWrapped("%s", prompt.text.c_str());
  ImGui::PopFont();
  if (state.settings.teacher_view && !prompt.teacher_notes.empty()) wrapped("For the teacher: " + prompt.teacher_notes, accent());
  ImGui::Spacing();
  if (focus && state.voices.self_voicing)  // the field takes the keys: say what it asks
    state.outbox.post(Command::speak(prompt.text + (prompt.kind == PromptKind::Open
                                                        ? " Answer field: type your answer; it is saved as you write. Escape leaves it."
                                                        : " Choose an answer.")));
  bool changed = draw_answer_controls(story, prompt_index, state, focus);
  ImGui::PopID();
  ImGui::PopID();
  return changed;
}

bool draw_answer_controls(const Story& story, int prompt_index, AppState& state, bool focus) {
  if (prompt_index < 0 || prompt_index >= static_cast<int>(story.prompts.size()) || !state.journal) return false;
  const Prompt& prompt = story.prompts[static_cast<std::size_t>(prompt_index)];
  Journal& journal = *state.journal;
  AnswerDrafts& drafts = state.drafts;
  Answer& answer = drafts.edit(journal, state.profile, prompt.id);
  bool changed = false, save_at_once = false;

  switch (prompt.kind) {
    case PromptKind::Open:
      if (open_field(state, prompt, answer, focus, save_at_once)) {
        drafts.changed(journal, state.profile, prompt.id, answer_clock());
        changed = true;
      }
      break;
    case PromptKind::Choice:
      if (options_row(prompt, answer)) changed = save_at_once = true;
      break;
    case PromptKind::Scale: {
      int value = answer.scale.value_or(0);
      if (points_row("scale", prompt.scale_low, prompt.scale_high, prompt.scale_points, value)) {
        answer.scale = value;
        changed = save_at_once = true;
      }
      break;
    }
    case PromptKind::Evidence:
      ImGui::TextDisabled("Which reading does this moment point to?");
      if (options_row(prompt, answer)) changed = save_at_once = true;
      ImGui::AlignTextToFramePadding();
      ImGui::TextDisabled("How sure are you?");
      ImGui::SameLine();
      if (points_row("sure", kSureness[1], kSureness[5], 5, answer.confidence)) changed = save_at_once = true;
      break;
  }
  if (changed && prompt.kind != PromptKind::Open) drafts.changed(journal, state.profile, prompt.id, answer_clock());
  if (save_at_once) drafts.save_now(journal, state.profile, prompt.id);

  ImGui::Spacing();
  status_line(state, prompt, answer);
  if (answer.saved_at > 0) {  // something was saved: there is a history
    ImGui::SameLine();
    if (voiced::SmallButton("History")) ImGui::OpenPopup("history");
    history_popup(state, prompt);
  }
  return changed;
}

}  // namespace lineage
