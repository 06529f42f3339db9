// The Reflections scene: a quiet reading column over the title screen's ground. Headings are
// drawn on the canvas in serif; the list and the answers are ImGui, so they take typing.
#include "core/text/wrap.hpp"
#include "scenes/reflections_scene.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdint>
#include <set>

#include "core/model/subject_name.hpp"
#include "platform/imgui_style.hpp"
#include "core/journal/answer_drafts.hpp"
#include "scenes/widgets/prompt_answer.hpp"
#include "platform/voiced_widgets.hpp"

namespace lineage {
namespace {

const char* const kKindNames[] = {"Open question", "Choice", "Scale", "Evidence"};
const char* const kShowNames[] = {"All prompts", "Answered", "Not answered"};

bool contains(const std::vector<int>& v, int x) { return std::find(v.begin(), v.end(), x) != v.end(); }

// A combo over "All <what>" and the given names; `value` is an index into `indices` or -1.
void filter_combo(const char* label, const char* spoken_name, const char* all, const std::vector<std::pair<int, std::string>>& items,
                  int& value, float width) {
  std::string preview = all;
  for (const auto& [index, name] : items)
    if (index == value) preview = name;
  ImGui::SetNextItemWidth(width);
  // The chosen filter as the combo shows it, ending in "…" if it is wider (the list shows it whole).
  float room = width - ImGui::GetFrameHeight() - ImGui::GetStyle().FramePadding.x * 2;
  const std::string whole = preview;
  preview = ellipsize_text(preview, room, [](std::string_view t) { return ImGui::CalcTextSize(t.data(), t.data() + t.size()).x; });
  int chosen = 0;  // "All …" first, then each name
  for (std::size_t i = 0; i < items.size(); ++i)
    if (items[i].first == value) chosen = static_cast<int>(i) + 1;
  voiced::name_next_item(spoken_name);
  if (!voiced::BeginCombo(label, preview.c_str(), chosen, static_cast<int>(items.size()) + 1, 0, whole.c_str())) return;
  voiced::Group rows;
  if (voiced::Selectable(all, value < 0, "option")) value = -1;
  for (const auto& [index, name] : items)
    if (voiced::Selectable((name + "##" + std::to_string(index)).c_str(), value == index, "option")) value = index;
  ImGui::EndCombo();
}

class ReflectionsScene : public Scene {
 public:

  void enter(AppState&) override { focus_list_ = true; }
  void story_changed(AppState&) override { moment_ = person_ = theme_ = kind_ = -1; }

  // The list is walked with ImGui's keyboard navigation: arrows move, Space or Return opens.
  bool owns_navigation_keys() const override { return false; }

  std::string voiced_summary(const AppState& state) const override {
    std::string who = state.profile_name.empty() ? "No reader profile" : "Answers of " + state.profile_name;
    return who + ", " + summary_.count_text + ". Up and Down move through the questions; Return opens one to answer.";
  }

  void handle(const Command& command, AppState& state) override {
    if (command.kind == Command::Kind::Back) state.outbox.post(Command::open_scene("title"));
  }

  void draw(Canvas& canvas, AppState& state) override {
    const Story& story = *state.story;
    ImDrawList* dl = canvas.list();
    ImVec2 size = canvas.size();
    canvas.backdrop();
    summarise(story, state);

    float s = canvas.scale();
    // The heading and the line under it grow with the window as the panel below does (its type is
    // the interface scale times the window's panel-type fit): at 1920x1080 they had stayed at
    // their 1280 sizes above a list set a third larger. Sizes are steps of the type scale.
    const InterfaceTheme& theme = canvas.theme();
    // Capped as layouts are (Canvas::layout_scale: 480 lengths of height), so that at 200% the
    // heading does not take the list's room.
    const float fit = theme.layout.panel_type_at(size.x, size.y);
    const float type = std::min(s * fit, std::max(fit, size.y / Canvas::kLeastLayoutHeight));
    float width = std::min(size.x - 64 * s, 1080 * s);  // not wider: lines of the list stay readable
    float left = (size.x - width) * 0.5f;
    float top = state.content_top + 22 * s;
    float heading = theme.type(Type::Display) * type;
    canvas.text("serif", heading, "Reflections", ImVec2(left, top), canvas.colour("text"));
    canvas.text("serif-italic", theme.type(Type::Lead) * type, summary_.count_text,
                ImVec2(left + width, top + heading * 0.32f), canvas.colour("accent"), Align::Right);
    std::string who = state.profile_name.empty() ? "No reader profile" : "Answers of " + state.profile_name;
    who += " \u00b7 saved as you write \u00b7 change reader in the Reader menu";
    // Each line below the one above as measured (a reading font's lines stand taller).
    const float small = theme.type(Type::Small) * type;
    const float who_y = top + std::max(heading * 1.25f, canvas.line_height("serif", heading));
    const float rule_y = who_y + std::max(26 * s, canvas.line_height("sans", small) + 4 * s);
    canvas.text("sans", small, who, ImVec2(left, who_y), canvas.colour("muted"));
    dl->AddLine(ImVec2(left, rule_y), ImVec2(left + width, rule_y), to_imgui(canvas.colour("accent"), 0.35f), 1.0f * s);

    float panel_top = rule_y + 12 * s;
    float pad = ImGui::GetStyle().WindowPadding.x;  // the list lines up with the heading
    ImGui::SetNextWindowPos(ImVec2(left - pad, panel_top));
    ImGui::SetNextWindowSize(ImVec2(width + 2 * pad, std::max(120.0f, size.y - panel_top - 16 * s)));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0, 0, 0, 0));
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                             ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                             ImGuiWindowFlags_NoBringToFrontOnFocus | kNoFocusOnAppearing;
    // Focused on entering (not on appearing: a panel appearing under a dialog must not take focus).
    if (focus_list_ && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) {
      ImGui::SetNextWindowFocus();
      focus_list_ = false;
    }
    if (ImGui::Begin("##reflections", nullptr, flags)) {
      filters(story, state);
      ImGui::Separator();
      // Flattened: keyboard navigation walks from the filters straight into the rows.
      ImGui::BeginChild("list", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
      list(story, state);
      ImGui::EndChild();
    }
    ImGui::End();
    ImGui::PopStyleColor();
  }

  const ReflectionsSummary& summary() const { return summary_; }

 private:
  bool matches(const Story& story, const Prompt& p, bool answered) const {
    const Moment* moment = p.about.kind == Subject::Kind::Moment && p.about.index >= 0
                               ? &story.moments[static_cast<std::size_t>(p.about.index)]
                               : nullptr;
    if (moment_ >= 0 && !(moment && p.about.index == moment_)) return false;
    if (person_ >= 0 && !((p.about.kind == Subject::Kind::Person && p.about.index == person_) ||
                          (moment && contains(moment->people, person_))))
      return false;
    if (theme_ >= 0 && !((p.about.kind == Subject::Kind::Theme && p.about.index == theme_) ||
                         (moment && contains(moment->themes, theme_))))
      return false;
    if (kind_ >= 0 && static_cast<int>(p.kind) != kind_) return false;
    if (show_ == 1 && !answered) return false;
    if (show_ == 2 && answered) return false;
    return true;
  }

  // The journal is read only when it, the reader or the story changed: not once a frame.
  void read_answers(const Story& story, AppState& state) {
    AnswersKey key{state.journal, state.journal ? state.journal->changes() : 0, state.profile, state.story_version};
    if (read_once_ && key == read_key_) return;
    read_once_ = true;
    read_key_ = key;
    ++journal_reads_;
    answered_.clear();
    if (state.journal)
      for (const Answer& a : state.journal->answers(state.profile)) {
        int p = story.prompt(a.prompt);
        if (p >= 0 && answer_given(story.prompts[static_cast<std::size_t>(p)], a)) answered_.insert(p);
      }
  }

  void summarise(const Story& story, AppState& state) {
    read_answers(story, state);
    summary_ = {};
    summary_.journal_reads = journal_reads_;
    int limit = state.reading_limit();
    for (int i = 0; i < static_cast<int>(story.prompts.size()); ++i) {
      if (!prompt_visible(story, i, limit)) continue;
      bool answered = answered_.count(i) > 0;
      ++summary_.visible;
      if (answered) ++summary_.answered;
      const Prompt& prompt = story.prompts[static_cast<std::size_t>(i)];
      if (!matches(story, prompt, answered)) continue;
      summary_.listed.push_back(prompt.id);
      summary_.content_notes.push_back(content_notes_in_words(story, prompt.about));
    }
    summary_.count_text = std::to_string(summary_.answered) + " of " + std::to_string(summary_.visible) + " answered";
  }

  void filters(const Story& story, AppState& state) {
    int limit = state.reading_limit();
    std::vector<std::pair<int, std::string>> moments, people, themes, kinds, show;
    for (int m : story.chronological)
      if (moment_visible(story, m, limit)) moments.emplace_back(m, story.moments[static_cast<std::size_t>(m)].title);
    // Only people the reader has met: in a moment she may see, or the subject of a prompt.
    std::set<int> met;
    for (int m = 0; m < static_cast<int>(story.moments.size()); ++m)
      if (moment_visible(story, m, limit)) met.insert(story.moments[static_cast<std::size_t>(m)].people.begin(),
                                                      story.moments[static_cast<std::size_t>(m)].people.end());
    for (int i = 0; i < static_cast<int>(story.prompts.size()); ++i)
      if (story.prompts[static_cast<std::size_t>(i)].about.kind == Subject::Kind::Person && prompt_visible(story, i, limit))
        met.insert(story.prompts[static_cast<std::size_t>(i)].about.index);
    for (int i : met) people.emplace_back(i, story.people[static_cast<std::size_t>(i)].name);
    for (int i = 0; i < static_cast<int>(story.themes.size()); ++i)
      themes.emplace_back(i, story.themes[static_cast<std::size_t>(i)].name);
    for (int i = 0; i < 4; ++i) kinds.emplace_back(i, kKindNames[i]);
    for (int i = 1; i < 3; ++i) show.emplace_back(i, kShowNames[i]);
    // One row of five where the words fit; at large type, as many a row as show their choice
    // whole (a row of five "Every…" cannot be told apart).
    const float avail = ImGui::GetContentRegionAvail().x, gap = ImGui::GetStyle().ItemSpacing.x;
    float needed = 0;
    for (const char* words : {"Every moment", "Every person", "Every theme", "Every kind", kShowNames[0]})
      needed = std::max(needed, ImGui::CalcTextSize(words).x);
    needed += ImGui::GetFrameHeight() + ImGui::GetStyle().FramePadding.x * 2;
    int per_row = std::clamp(static_cast<int>((avail + gap) / (needed + gap)), 1, 5);
    if (per_row == 4) per_row = 3;  // 3 and 2 rather than 4 and 1
    const float w = (avail - gap * float(per_row - 1)) / float(per_row);
    int placed = 0;
    auto next = [&] {
      if (++placed % per_row != 0) ImGui::SameLine();
    };
    filter_combo("##moment", "Moment", "Every moment", moments, moment_, w);
    next();
    filter_combo("##person", "Person", "Every person", people, person_, w);
    next();
    filter_combo("##theme", "Theme", "Every theme", themes, theme_, w);
    next();
    filter_combo("##kind", "Kind", "Every kind", kinds, kind_, w);
    next();
    int shown = show_ == 0 ? -1 : show_;
    filter_combo("##show", "Show", kShowNames[0], show, shown, w);
    show_ = shown < 0 ? 0 : shown;
  }

  void list(const Story& story, AppState& state) {
    if (summary_.listed.empty()) {
      ImGui::Spacing();
      ImGui::TextDisabled(summary_.visible == 0 ? "No prompts yet at this point in the book."
                                                : "No prompt matches these filters.");
    }
    for (std::size_t row = 0; row < summary_.listed.size(); ++row) {
      const std::string& id = summary_.listed[row];
      int index = story.prompt(id);
      const Prompt& prompt = story.prompts[static_cast<std::size_t>(index)];
      bool answered = answered_.count(index) > 0;
      ImGui::PushID(id.c_str());
      ImGui::Spacing();
      std::string label = subject_name(story, prompt.about) + "   \u00b7   " + kKindNames[static_cast<int>(prompt.kind)];
      bool was_open = open_.count(id) > 0;
      ImGui::SetNextItemOpen(was_open);
      bool open = ImGui::TreeNodeEx("##row", ImGuiTreeNodeFlags_SpanAvailWidth, "%s", label.c_str());
      if (open != was_open) open ? (void)open_.insert(id) : (void)open_.erase(id);
      if (open && !was_open) focus_ = id;
      std::string mark = answer_status(answered);
      // Self-voicing: the row the keyboard reaches is said with its state and place.
      if (state.voices.self_voicing && ImGui::IsItemFocused() && voiced_row_ != id) {
        voiced_row_ = id;
        state.outbox.post(Command::speak(label + ". " + mark + ", " + (open ? "open" : "closed") + ", " +
                                         std::to_string(row + 1) + " of " + std::to_string(summary_.listed.size()) +
                                         ". " + prompt.text + (open ? "" : " Space opens it.")));
      }
      ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::CalcTextSize(mark.c_str()).x - 8);
      if (answered) ImGui::TextColored(ImGui::GetStyle().Colors[ImGuiCol_CheckMark], "%s", mark.c_str());
      else ImGui::TextDisabled("%s", mark.c_str());
      // The warning comes before the question, as it does on the moment itself.
      if (!summary_.content_notes[row].empty()) {
        ImGui::Indent();
        ImGui::TextDisabled("%s", summary_.content_notes[row].c_str());
        ImGui::Unindent();
      }
      if (open) {  // the tree node indents what it holds
        draw_prompt_answer(story, index, state, focus_ == id);  // just opened: the field takes the keys
        if (focus_ == id) focus_.clear();
        ImGui::TreePop();
      } else {
        ImGui::Indent();
        ImGui::PushFont(panel_font(PanelFont::Reading));
        ImGui::TextWrapped("%s", prompt.text.c_str());
        ImGui::PopFont();
        if (ImGui::IsItemClicked()) {  // the question itself opens the answer
          open_.insert(id);
          focus_ = id;
        }
        if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ImGui::Unindent();
      }
      ImGui::Spacing();
      ImGui::Separator();
      ImGui::PopID();
    }
  }

  struct AnswersKey {
    const Journal* journal;
    std::uint64_t changes;
    std::int64_t profile;
    int story_version;
    bool operator==(const AnswersKey& o) const {
      return journal == o.journal && changes == o.changes && profile == o.profile && story_version == o.story_version;
    }
  };

  int moment_ = -1, person_ = -1, theme_ = -1, kind_ = -1, show_ = 0;
  std::set<int> answered_;  // prompts the reader has answered, as last read from the journal
  AnswersKey read_key_{};
  bool read_once_ = false;
  int journal_reads_ = 0;
  std::set<std::string> open_;  // ids of the prompts opened to their answers
  std::string focus_;           // a prompt just opened: its field takes the keyboard
  std::string voiced_row_;      // the row self-voicing last said
  bool focus_list_ = false;     // entering the scene: the list takes the keyboard (arrows walk it)
  ReflectionsSummary summary_;
};

}  // namespace

const ReflectionsSummary* reflections_summary(const Scene* scene) {
  auto* reflections = dynamic_cast<const ReflectionsScene*>(scene);
  return reflections ? &reflections->summary() : nullptr;
}

std::unique_ptr<Scene> make_reflections_scene() { return std::make_unique<ReflectionsScene>(); }

}  // namespace lineage
