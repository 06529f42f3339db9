// The timeline's ImGui panels: the toolbar (reading milestone, order, strands, align, zoom)
// and the moment card (title, when, lane, people, themes, content notes, summary, sources,
// reflection prompts, echoes). Spoilers: a veiled moment's card says only that it is veiled.
#include <imgui.h>

#include <algorithm>
#include <optional>

#include "core/model/when_words.hpp"
#include "core/text/wrap.hpp"
#include "platform/imgui_style.hpp"
#include "scenes/timeline/timeline_scene.hpp"
#include "scenes/widgets/prompt_answer.hpp"
#include "scenes/widgets/same_line.hpp"
#include "platform/voiced_widgets.hpp"

namespace lineage {
namespace {

ImVec4 vec(Colour c, float alpha = 1.0f) { return ImVec4(c.r / 255.0f, c.g / 255.0f, c.b / 255.0f, alpha); }

ImVec4 light(Colour c) {
  auto mix = [](std::uint8_t v) { return (v + (255 - v) * 0.45f) / 255.0f; };
  return ImVec4(mix(c.r), mix(c.g), mix(c.b), 1.0f);
}

// Secondary text that wraps within the card rather than running past its edge.
void disabled_wrapped(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
  ImGui::TextWrapped("%s", text);
  ImGui::PopStyleColor();
}

void heading(const char* text) {
  ImGui::Spacing();
  ImGui::TextDisabled("%s", text);
}

}  // namespace

void TimelineScene::draw_toolbar(AppState& state) {
  const Story& story = *state.story;
  TimelineView& v = view_;
  ImGui::SetNextWindowPos(ImVec2(0, state.content_top));
  ImGui::SetNextWindowSize(ImVec2(v.width, 0));
  ImGui::SetNextWindowBgAlpha(0.0f);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                 ImGuiWindowFlags_AlwaysAutoResize | kNoFocusOnAppearing;
  // Every control on one row while they fit; at a large scale in a small window they flow onto
  // a second row (the lanes start below however many rows it takes).
  if (ImGui::Begin("##timeline-toolbar", nullptr, flags)) {
    voiced::Group toolbar;  // each control said with its place on the bar
    const float wide = ImGui::GetFontSize() * 1.5f;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("I have read up to");
    same_line_if_fits(ImGui::GetFontSize() * 14);
    int current = story.milestone(state.settings.milestone);
    const int limit = state.reading_limit();
    std::string preview = current >= 0 ? milestone_title(story, current, limit) : "The end (show everything)";
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
    const int milestones = static_cast<int>(story.milestones.size());
    voiced::name_next_item("I have read up to");
    if (voiced::BeginCombo("##milestone", preview.c_str(), current >= 0 ? current : milestones, milestones + 1)) {
      voiced::Group rows;
      for (int i = 0; i < milestones; ++i)
        if (voiced::Selectable((milestone_title(story, i, limit) + "##" + story.milestones[i].id).c_str(), i == current, "option"))
          state.outbox.post(Command::with_text(Command::Kind::SetMilestone, story.milestones[i].id));
      if (voiced::Selectable("The end (show everything)", current < 0, "option"))
        state.outbox.post(Command::with_text(Command::Kind::SetMilestone, ""));
      ImGui::EndCombo();
    }
    bool has_telling = !story.telling_order.empty();
    int order = v.telling && has_telling ? 1 : 0;
    const char* orders[] = {"Story time order", "Telling order"};
    float order_width = ImGui::CalcTextSize(orders[0]).x + ImGui::GetFrameHeight() + ImGui::GetStyle().FramePadding.x * 3;
    same_line_if_fits(order_width, wide);
    ImGui::BeginDisabled(!has_telling);
    ImGui::SetNextItemWidth(order_width);
    voiced::name_next_item("Order");
    if (voiced::Combo("##order", &order, orders, 2) && (order == 1) != v.telling)
      state.outbox.post(Command::action(kTellingOrder));
    if (!has_telling && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
      ImGui::SetTooltip("The script gives no telling order, so Next and Previous follow story time.");
    ImGui::EndDisabled();
    const std::string strands_label = label_with_key(bindings(), kStrands), align_label = label_with_key(bindings(), kAlign);
    same_line_if_fits(checkbox_width(strands_label.c_str()), wide);
    bool strands = v.strands;
    if (voiced::Checkbox(strands_label.c_str(), &strands)) state.outbox.post(Command::action(kStrands));
    same_line_if_fits(checkbox_width(align_label.c_str()));
    bool align = v.align;
    if (voiced::Checkbox(align_label.c_str(), &align)) state.outbox.post(Command::action(kAlign));
    const float zoom_width = button_width("Fit (Home)") + button_width(" \u2212 ") + button_width(" + ") +
                             ImGui::GetStyle().ItemSpacing.x * 2;
    same_line_if_fits(zoom_width, wide);
    if (voiced::Button("Fit (Home)")) state.outbox.post(Command::simple(Command::Kind::Home));
    ImGui::SameLine();
    if (voiced::Button(" \u2212 ")) state.outbox.post(Command::simple(Command::Kind::ZoomOut));
    ImGui::SameLine();
    if (voiced::Button(" + ")) state.outbox.post(Command::simple(Command::Kind::ZoomIn));
    const char* hint = "\u2190 \u2192 moments   \u2191 \u2193 generations   Return: card";
    float w = ImGui::CalcTextSize(hint).x;
    if (ImGui::GetItemRectMax().x + w + 60 < v.width) {
      ImGui::SameLine(v.width - w - ImGui::GetStyle().WindowPadding.x * 2);
      ImGui::AlignTextToFramePadding();
      ImGui::TextDisabled("%s", hint);
    }
    v.toolbar_height = ImGui::GetWindowHeight();
  }
  ImGui::End();
}

void TimelineScene::draw_card(AppState& state) {
  TimelineView& v = view_;
  const Story& story = *state.story;
  if (!v.card_open || v.selected < 0 || v.selected >= static_cast<int>(story.moments.size())) return;
  const Moment& m = story.moments[v.selected];
  const float s = v.s;
  ImGui::SetNextWindowPos(ImVec2(v.plot_right + 10 * s, v.lanes_top - 26 * s));
  ImGui::SetNextWindowSize(ImVec2(v.card_width, v.lanes_bottom - v.lanes_top + 26 * s));
  bool open = true;
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                 ImGuiWindowFlags_NoSavedSettings | kNoFocusOnAppearing;
  if (ImGui::Begin("Moment##timeline-card", &open, flags)) {
    if (v.model.veiled[v.selected]) {
      ImGui::PushFont(panel_font(PanelFont::Heading));
      ImGui::TextWrapped("Not yet");
      ImGui::PopFont();
      std::string where = m.milestone >= 0 ? milestone_title(story, m.milestone, state.reading_limit()) : "later";
      ImGui::TextWrapped("This moment comes after the point you have read to. It opens when \"I have read up to\" "
                         "reaches \"%s\".", where.c_str());
    } else {
      ImGui::PushFont(panel_font(PanelFont::Heading));
      // Wrapped half an em short of the edge: the heading's last glyph overhangs its advance.
      ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() * 0.5f);
      ImGui::TextUnformatted(m.title.c_str());
      ImGui::PopTextWrapPos();
      ImGui::PopFont();
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
      ImGui::TextWrapped("%s", when_long(m.when).c_str());
      ImGui::PopStyleColor();
      int row = v.model.row_of_moment[v.selected];
      if (row >= 0) {
        const TimelineLane& lane = v.model.lanes[row];
        std::string title = story.lanes[lane.lane].title;
        Colour c = lane.person >= 0 ? story.people[lane.person].colour : Colour{200, 200, 200, 255};
        ImGui::TextDisabled("Lane");
        ImGui::SameLine();
        ImGui::TextColored(light(c), "%s", title.c_str());
      }
      if (!m.people.empty()) {
        ImGui::TextDisabled("People");
        for (std::size_t i = 0; i < m.people.size(); ++i) {
          const Person& p = story.people[m.people[i]];
          ImGui::SameLine();
          ImGui::TextColored(light(p.colour), "%s%s", p.name.c_str(), i + 1 < m.people.size() ? "," : "");
        }
      }
      if (!m.themes.empty()) {
        heading("Themes");
        float right = ImGui::GetWindowContentRegionMax().x;
        const float row_room = ImGui::GetContentRegionAvail().x - ImGui::GetFontSize();  // a whole row, less a margin
        voiced::Group chips;
        for (std::size_t i = 0; i < m.themes.size(); ++i) {
          const Theme& t = story.themes[m.themes[i]];
          // A chip on the row while it fits, else on the next; a name wider than the card ends in
          // "…" (its tooltip and the theme tracker have it whole).
          const float pad = ImGui::GetStyle().FramePadding.x * 2;
          std::string name = ellipsize_text(t.name, row_room - pad, [](std::string_view n) {
            return ImGui::CalcTextSize(n.data(), n.data() + n.size()).x;
          });
          ImVec2 size = ImGui::CalcTextSize(name.c_str());
          if (i > 0) {
            ImGui::SameLine();
            if (ImGui::GetCursorPosX() + size.x + pad > right) ImGui::NewLine();
          }
          ImGui::PushStyleColor(ImGuiCol_Button, vec(t.colour, 0.55f));
          ImGui::PushStyleColor(ImGuiCol_ButtonHovered, vec(t.colour, 0.8f));
          ImGui::PushStyleColor(ImGuiCol_ButtonActive, vec(t.colour, 1.0f));
          ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, 12.0f);
          // A full button, not a small one: its frame padding holds a reading font's tall glyphs,
          // which a small button's bare line clips.
          if (voiced::Button((name + "##theme").c_str()) && !v.strands) state.outbox.post(Command::action(kStrands));
          if (ImGui::IsItemHovered() && !t.description.empty()) ImGui::SetTooltip("%s", t.description.c_str());
          ImGui::PopStyleVar();
          ImGui::PopStyleColor(3);
        }
      }
      for (int n : m.content_notes) {
        const ContentNote& note = story.content_notes[n];
        ImGui::Spacing();
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.90f, 0.71f, 0.35f, 1));
        ImGui::TextWrapped("Content note: %s. %s", note.label.c_str(), note.description.c_str());
        ImGui::PopStyleColor();
      }
      ImGui::Separator();
      // The same choice as story mode's care card: nothing of the moment's telling shows until the
      // reader has chosen (or kept a choice), and a gentle summary is gentle in every part.
      std::optional<CareChoice> care = card_care(state);
      bool noted = !m.content_notes.empty();
      bool gentle = care == CareChoice::Gentle || (state.settings.gentle_summaries && !m.gentle_summary.empty());
      if (!care) {
        ImGui::TextWrapped("You asked to be warned before moments like this one. How would you like to see it?");
        ImGui::Spacing();
        {
          voiced::Group answers;  // "Show it, button, 1 of 3"
          if (voiced::Button("Show it")) state.outbox.post(Command::action(kCareShow));
          // Tab into the card: the keyboard starts on the question (arrows to the other answers).
          if (v.focus_card) focus_last_item_by_keyboard(), v.focus_card = false;
          ImGui::BeginDisabled(m.gentle_summary.empty());
          if (voiced::Button("Show a gentle summary instead")) state.outbox.post(Command::action(kCareGentle));
          ImGui::EndDisabled();
          if (voiced::Button("Skip it")) state.outbox.post(Command::action(kCareSkip));
        }
        bool remember = v.care_remember;
        if (voiced::Checkbox("Remember my choice", &remember)) state.outbox.post(Command::action(kCareRemember));
        disabled_wrapped("Story mode asks the same, and a kept choice holds there too.");
      } else if (care == CareChoice::Skip) {
        ImGui::TextWrapped("You chose to skip this moment.");
        if (voiced::Button("Choose again")) state.outbox.post(Command::action(kCareAgain));
      } else {
        ImGui::PushFont(panel_font(PanelFont::Reading));
        const std::string& summary = gentle && !m.gentle_summary.empty() ? m.gentle_summary : m.summary;
        ImGui::TextWrapped("%s", summary.c_str());
        ImGui::PopFont();
        // Gentle means gentle in every part: the sources and questions tell the moment in full.
        bool spare = gentle && noted;
        if (spare) {
          ImGui::Spacing();
          disabled_wrapped("A gentle summary, so its sources and questions are not shown.");
          if (care == CareChoice::Gentle && voiced::Button("Choose again")) state.outbox.post(Command::action(kCareAgain));
        }
        if (!spare && !m.facts.empty()) {
          heading("Sources");
          for (int f : m.facts) {
            const Fact& fact = story.facts[f];
            std::string cites;
            for (const Citation& c : fact.cites)
              cites += (cites.empty() ? "" : ", ") + (c.source >= 0 ? story.sources[c.source].id : std::string("?")) + ":" +
                       std::to_string(c.line);
            ImGui::Bullet();
            ImGui::TextWrapped("%s  (%s)", fact.text.c_str(), cites.c_str());
          }
        }
        std::vector<int> prompts = spare ? std::vector<int>{} : prompts_about(story, Subject::Kind::Moment, v.selected, state.reading_limit());
        if (!prompts.empty()) {
          heading("Reflect");
          // Tab gives the keyboard to the first question with a field (others by Tab from there).
          int focus = -1;
          for (int p : prompts)
            if (focus < 0 && v.focus_card && story.prompts[p].kind == PromptKind::Open) focus = p;
          if (focus >= 0) v.focus_card = false;
          for (int p : prompts) {
            ImGui::PushID(p);
            draw_prompt_answer(story, p, state, p == focus);
            ImGui::PopID();
            ImGui::Spacing();
          }
        }
      }
      std::vector<int> echoes = echoes_of(story, v.model, v.selected);
      if (!echoes.empty()) {
        heading("Echoes across the generations");
        voiced::Group rows;
        for (int e : echoes) {
          int echo_row = v.model.row_of_moment[e];
          std::string lane = echo_row >= 0 ? story.lanes[v.model.lanes[echo_row].lane].title : "";
          // Ends in "…" when wider than the card (choosing it opens the moment whole).
          std::string label = ellipsize_text("\u2192 " + story.moments[e].title + "  (" + lane + ")",
                                             ImGui::GetContentRegionAvail().x, [](std::string_view t) {
                                               return ImGui::CalcTextSize(t.data(), t.data() + t.size()).x;
                                             }) +
                              "##echo" + std::to_string(e);
          if (voiced::Selectable(label.c_str())) {
            select(e, state, true);
          }
        }
      }
      if (care == CareChoice::Show && !gentle && state.settings.teacher_view && !m.presenter_notes.empty() &&
          ImGui::CollapsingHeader("Presenter notes")) {
        ImGui::TextWrapped("%s", m.presenter_notes.c_str());
      }
      ImGui::Spacing();
      voiced::Group buttons;
      if (voiced::Button("Play in story mode  (Return)")) state.outbox.post(Command::play(m.id));
      if (v.focus_card) focus_last_item_by_keyboard(), v.focus_card = false;  // no question, no field: here
      same_line_if_room("Read aloud");  // at 150% and 200% it goes below rather than off the card
      if (voiced::Button("Read aloud")) {  // what the card shows: its summary only once the reader chose to see it
        std::string words = m.title + ". ";
        if (care && care != CareChoice::Skip) words += gentle && !m.gentle_summary.empty() ? m.gentle_summary : m.summary;
        state.outbox.post(Command::speak(words));
      }
    }
  }
  v.focus_card = false;
  ImGui::End();
  if (!open) v.card_open = false;
}

}  // namespace lineage
