// Story mode's panels (Dear ImGui): the history of beats seen (H; a click rolls back to one),
// the chapter list (C; jump to any moment the reader may see, and the order of play) and the
// content notes (N; which ones get a card, and the choices remembered).
#include <imgui.h>

#include "core/text/wrap.hpp"
#include "platform/imgui_style.hpp"
#include "scenes/story/story_view.hpp"
#include "scenes/widgets/prompt_answer.hpp"
#include "platform/voiced_widgets.hpp"

namespace lineage {
void StoryScene::draw_panels(AppState& state, const StoryLayout& l) {
  const Story& st = story();
  // The side columns the layout left free: history over notes on the left, chapters on the right.
  const float top = state.content_top, height = l.size.y - top, w = l.panel_width;
  const float history_h = notes_open_ ? height * 0.5f : height;
  const ImGuiWindowFlags flags = kNoFocusOnAppearing | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                 ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings;
  // Labels too long for a row end in "…" (the beat or moment itself shows them whole).
  auto fitted = [](const std::string& text) {
    float room = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().FramePadding.x * 2;
    return ellipsize_text(text, room, [](std::string_view s) { return ImGui::CalcTextSize(s.data(), s.data() + s.size()).x; });
  };
  auto wrapped_disabled = [](const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
  };
  if (history_open_) {
    ImGui::SetNextWindowPos(ImVec2(0, top));
    ImGui::SetNextWindowSize(ImVec2(w, history_h));
    if (ImGui::Begin("History", &history_open_, flags)) {
      wrapped_disabled("Click a beat to go back to it, exactly as it was.");
      ImGui::Separator();
      const auto& history = rt_->history();
      std::string last_moment;
      voiced::Group rows;
      for (std::size_t i = 0; i < history.size(); ++i) {
        const RuntimeState& s = history[i];
        if (s.moment != last_moment) {
          int m = st.moment(s.moment);
          ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.84f, 0.67f, 0.47f, 1));
          ImGui::TextWrapped("%s", m >= 0 ? st.moments[static_cast<std::size_t>(m)].title.c_str() : "Your reading");
          ImGui::PopStyleColor();
          last_moment = s.moment;
        }
        std::string label;
        int m = st.moment(s.moment);
        if (s.stage == Stage::Care) label = "Content-care card";
        else if (s.stage == Stage::Summary) label = "Summary";
        else if (s.stage == Stage::Reading) label = "Your reading";
        else if (m >= 0) {
          const Beat& b = st.moments[static_cast<std::size_t>(m)].beats[static_cast<std::size_t>(s.beat)];
          label = b.kind == BeatKind::Prompt ? "Prompt: " + st.prompts[static_cast<std::size_t>(b.prompt)].text : b.text;
          if (b.speaker >= 0) label = st.people[static_cast<std::size_t>(b.speaker)].name + ": " + label;
        }
        label = fitted("  " + label) + "##h" + std::to_string(i);
        if (voiced::Selectable(label.c_str(), i + 1 == history.size())) state.outbox.post(Command::action(kStoryRollback, static_cast<int>(i)));
      }
      if (ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - 4) ImGui::SetScrollHereY(1.0f);
    }
    ImGui::End();
  }

  if (chapters_open_) {
    ImGui::SetNextWindowPos(ImVec2(l.size.x - w, top));
    ImGui::SetNextWindowSize(ImVec2(w, height));
    if (ImGui::Begin("Chapters", &chapters_open_, flags)) {
      int order = static_cast<int>(rt_->state().order);
      {
        voiced::Group orders;
        if (voiced::RadioButton("Story order", order == 0)) state.outbox.post(Command::action(kStoryOrder, 0));
        if (st.telling_order.empty()) ImGui::BeginDisabled();
        if (voiced::RadioButton("The novel's telling order", order == 1)) state.outbox.post(Command::action(kStoryOrder, 1));
        if (st.telling_order.empty()) {
          ImGui::EndDisabled();
          if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
            ImGui::SetTooltip("This story's script does not give a telling order.");
        }
      }
      ImGui::Separator();
      int milestone = -2;
      int n = 0;
      voiced::Group rows;
      for (int m : rt_->order()) {
        const Moment& moment = st.moments[static_cast<std::size_t>(m)];
        if (moment.milestone != milestone) {
          milestone = moment.milestone;
          wrapped_disabled(milestone >= 0 ? milestone_title(st, milestone, state.reading_limit()) : "");
        }
        std::string label = fitted(std::to_string(++n) + ".  " + moment.title) + "##c" + moment.id;
        if (voiced::Selectable(label.c_str(), moment.id == rt_->state().moment)) state.outbox.post(Command::action(kStoryJump, m));
      }
      ImGui::Separator();
      wrapped_disabled("Moments past your reading milestone stay hidden.");
    }
    ImGui::End();
  }

  if (notes_open_) {
    ImGui::SetNextWindowPos(ImVec2(0, history_open_ ? top + history_h : top));
    ImGui::SetNextWindowSize(ImVec2(w, history_open_ ? height - history_h : height));
    if (ImGui::Begin("Content notes", &notes_open_, flags)) {
      ImGui::TextWrapped("Show a card before moments with:");
      RuntimeOptions o = rt_->options();
      bool changed = false;
      voiced::Group notes;
      for (const ContentNote& n : st.content_notes) {
        bool warn = !o.quiet.count(n.id);
        if (voiced::Checkbox((n.label + "##n" + n.id).c_str(), &warn)) {
          if (warn) o.quiet.erase(n.id);
          else o.quiet.insert(n.id);
          changed = true;
        }
        // The description on its own lines under its box, whole.
        if (!n.description.empty()) {
          ImGui::Indent(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
          wrapped_disabled(n.description);
          ImGui::Unindent(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
        }
      }
      ImGui::Separator();
      ImGui::TextWrapped("Choices you asked Lineage to remember:");
      if (o.remembered.empty()) ImGui::TextDisabled("none");
      for (auto it = o.remembered.begin(); it != o.remembered.end();) {
        int m = st.moment(it->first);
        std::string text = (m >= 0 ? st.moments[static_cast<std::size_t>(m)].title : it->first) + ": " + care_id(it->second);
        ImGui::TextWrapped("%s", text.c_str());
        if (voiced::SmallButton(("forget##f" + it->first).c_str())) {
          it = o.remembered.erase(it);
          changed = true;
        } else {
          ++it;
        }
      }
      if (changed) {
        rt_->set_options(o);
        save(state);
      }
    }
    ImGui::End();
  }
}

void StoryScene::draw_answer_field(AppState& state) {
  if (answer_prompt_ < 0) {
    focus_answer_ = false;
    return;
  }
  ImGui::SetNextWindowPos(answer_pos_);
  ImGui::SetNextWindowSize(ImVec2(answer_width_, answer_height_));
  ImGui::SetNextWindowBgAlpha(0.0f);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                 kNoFocusOnAppearing;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));  // the field lines up with the text
  bool shown = ImGui::Begin("##story-answer", nullptr, flags);
  ImGui::PopStyleVar();
  if (shown) {
    ImGui::PushID(static_cast<int>(state.profile));
    ImGui::PushID(story().prompts[static_cast<std::size_t>(answer_prompt_)].id.c_str());
    draw_answer_controls(story(), answer_prompt_, state, focus_answer_);
    ImGui::PopID();
    ImGui::PopID();
  }
  ImGui::End();
  focus_answer_ = false;
}

}  // namespace lineage
