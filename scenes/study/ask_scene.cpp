// Ask: one field; on every keystroke the ranked results, and for a question ("who is ...",
// "why did ...", or anything ending in "?") an answer made of the story's cited facts, each
// with its citation. The index (core/study/ask) holds only what the reader may see, and is
// rebuilt when the story or her milestone changes, never per keystroke. An answer can be read
// aloud (its button, reached by Down from the field); a reader who reads as she goes (read each
// beat, self-voicing) hears it once her typing has paused.
#include "scenes/study/ask_scene.hpp"

#include <imgui.h>

#include <algorithm>

#include "core/study/ask.hpp"
#include "platform/bounded_field.hpp"
#include "platform/imgui_style.hpp"
#include "platform/voiced_widgets.hpp"

namespace lineage {
namespace {

// `line` cut at a word, with an ellipsis, to fit `width` (results are one line each).
std::string fit(Canvas& canvas, float size, const std::string& line, float width) {
  if (canvas.measure("sans", size, line).x <= width) return line;
  std::string cut = line;
  while (!cut.empty()) {
    std::size_t space = cut.rfind(' ');
    cut = space == std::string::npos ? std::string() : cut.substr(0, space);
    if (canvas.measure("sans", size, cut + "\u2026").x <= width) return cut + "\u2026";
  }
  return "\u2026";
}

constexpr double kTypingPause = 0.8;  // seconds without a keystroke before an answer is read by itself

class AskScene : public Scene {
 public:
  void enter(AppState&) override { focus_field_ = true; }
  bool owns_navigation_keys() const override { return false; }
  std::string voiced_summary(const AppState&) const override {
    return "Type a question and pause: the answer comes only from the notes' cited facts, and only up to where you "
           "have read. Escape goes back.";
  }

  bool update(double dt, AppState& state) override {
    if (until_read_ <= 0) return false;
    until_read_ -= dt;
    if (until_read_ > 0) return true;  // frames keep coming until the pause is over
    if (state.voices.read_each_beat || state.voices.self_voicing) read_aloud(state);
    return false;
  }

  void handle(const Command& command, AppState& state) override {
    using K = Command::Kind;
    switch (command.kind) {
      case K::Back:
        state.outbox.post(Command::open_scene("title"));
        return;
      case K::FocusPanel:
        focus_field_ = true;
        return;
      case K::Open:
        open_first(state);
        return;
      default:
        return;
    }
  }

  void draw(Canvas& canvas, AppState& state) override {
    refresh(state);
    canvas.backdrop();
    ImVec2 size = canvas.size();
    float s = canvas.layout_scale();
    const InterfaceTheme& theme = canvas.theme();
    float width = std::min(900 * s, size.x - 80 * s);
    float left = (size.x - width) * 0.5f;
    float top = state.content_top + 26 * s;
    Colour text = canvas.colour("text"), muted = canvas.colour("muted"), accent = canvas.colour("accent");

    canvas.text("serif", theme.size("heading") * s, "Ask", ImVec2(left, top), text);
    canvas.text("sans", theme.size("small") * s,
                "answers come only from the notes' cited facts, and only up to where you have read",
                ImVec2(left + width, top + 18 * s), muted, Align::Right);

    // The field: ImGui owns the typing (and the caret, selection, paste).
    float field_y = top + 58 * s;
    const float padding = ImGui::GetStyle().WindowPadding.x;  // the field lines up with the text below
    ImGui::SetNextWindowPos(ImVec2(left - padding, field_y));
    ImGui::SetNextWindowSize(ImVec2(width + padding * 2, 0));
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                             ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                             ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_AlwaysAutoResize | kNoFocusOnAppearing;
    if (ImGui::Begin("##ask", nullptr, flags)) {
      if (focus_field_) {
        ImGui::SetKeyboardFocusHere();
        focus_field_ = false;
      }
      ImGui::SetNextItemWidth(width);
      if (bounded_text_field("##question", "a name, a moment, a word, or a question such as \"who is Etta?\"",
                             query_, kQuestionLimit, ImGuiInputTextFlags_EnterReturnsTrue))
        open_first(state);
      field_bottom_ = ImGui::GetItemRectMax().y;
      if (query_ != searched_) run_query();
      if (asked_) {  // Down from the field reaches it (ImGui 1.86 tabs only between fields); Space presses it
        if (voiced::Button("Read the answer aloud")) read_aloud(state);
        field_bottom_ = ImGui::GetItemRectMax().y;
      }
    }
    ImGui::End();

    float y = std::max(field_bottom_, field_y + 30 * s) + 26 * s;
    if (query_.find_first_not_of(' ') == std::string::npos) {
      canvas.text_wrapped("sans", theme.size("label") * s,
                          "Type to search people, moments, facts, themes, prompts, memory cues, takeaways and "
                          "\"about the book\". Misspellings are forgiven. Return opens the first moment found.",
                          ImVec2(left, y), width, muted);
      return;
    }
    for (const auto& [from, to] : answer_.corrected) {
      canvas.text("sans", theme.size("small") * s, "reading \"" + from + "\" as \"" + to + "\"", ImVec2(left, y), muted);
      y += 26 * s;
    }
    if (asked_) {
      if (!answer_.note.empty()) {
        y += canvas.text_wrapped("serif-italic", theme.size("body") * 0.9f * s, answer_.note, ImVec2(left, y), width, muted);
        y += 10 * s;
      }
      for (const AnswerSentence& sentence : answer_.sentences) {
        y += canvas.text_wrapped("serif", theme.size("body") * 0.9f * s, sentence.text, ImVec2(left, y), width, text);
        std::string cites;
        for (const Citation& c : sentence.cites) cites += (cites.empty() ? "" : ", ") + index_->citation_text(c);
        canvas.text("sans", theme.size("small") * s, "from the notes, " + cites, ImVec2(left, y + 2 * s), accent);
        y += 34 * s;
      }
      y += 14 * s;
    }
    if (hits_.empty()) {
      if (!asked_) canvas.text("sans", theme.size("label") * s, "Nothing found: our source is silent on that.",
                               ImVec2(left, y), muted);
      return;
    }
    y += 6 * s;
    canvas.list()->AddLine(ImVec2(left, y), ImVec2(left + width, y), to_imgui(muted, 0.3f), 1.0f * s);
    y += 16 * s;
    for (const AskHit& hit : hits_) {
      if (y > size.y - 60 * s) break;
      canvas.text("sans", theme.size("small") * s, ask_kind_name(hit.kind), ImVec2(left, y + 3 * s), accent);
      std::string line = fit(canvas, theme.size("label") * s, hit.title.empty() ? hit.text : hit.title,
                             width - 150 * s);
      canvas.text("sans", theme.size("label") * s, line, ImVec2(left + 150 * s, y), text);
      y += 34 * s;
    }
  }

 private:
  void refresh(AppState& state) {
    if (index_ && story_version_ == state.story_version && milestone_ == state.settings.milestone &&
        gentle_ == state.settings.gentle_summaries)
      return;
    story_version_ = state.story_version;
    milestone_ = state.settings.milestone;
    gentle_ = state.settings.gentle_summaries;
    index_ = std::make_unique<AskIndex>(*state.story, Visibility(*state.story, state.reading_limit()), gentle_);
    story_ = state.story;
    searched_ = "\x01";  // search again with the new index
  }

  // The answer as shown: the note, then each sentence (the citations stay on screen).
  void read_aloud(AppState& state) {
    until_read_ = 0;
    if (!asked_) return;
    std::string words = answer_.note;
    for (const AnswerSentence& sentence : answer_.sentences) words += (words.empty() ? "" : " ") + sentence.text;
    if (words.empty()) words = "Nothing found: our source is silent on that.";
    state.outbox.post(Command::speak(words));
  }

  void run_query() {
    searched_ = query_;
    until_read_ = kTypingPause;
    asked_ = looks_like_question(query_);
    std::vector<std::pair<std::string, std::string>> corrected;
    hits_ = index_->search(query_, 10, true, &corrected);
    answer_ = asked_ ? index_->ask(query_, false) : AskAnswer{};
    if (!asked_) answer_.corrected = corrected;
  }

  void open_first(AppState& state) {
    for (const AskHit& hit : hits_)
      if (hit.kind == AskKind::Moment) {
        state.selected_moment = state.story->moments[std::size_t(hit.index)].id;
        state.outbox.post(Command::open_scene("timeline"));
        return;
      }
  }

  std::unique_ptr<AskIndex> index_;
  std::shared_ptr<const Story> story_;  // the index reads it: keep it alive as long as the index
  int story_version_ = -1;
  std::string milestone_;
  bool gentle_ = false;
  std::string query_, searched_;
  bool asked_ = false;
  bool focus_field_ = true;
  double until_read_ = 0;  // counting down the pause after typing; at 0 the answer is read
  float field_bottom_ = 0;
  std::vector<AskHit> hits_;
  AskAnswer answer_;
};

}  // namespace

std::unique_ptr<Scene> make_ask_scene() { return std::make_unique<AskScene>(); }

}  // namespace lineage
