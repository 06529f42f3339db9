// The class-responses screen: the class's view (join QR, address and code; the prompt's live
// bars or the answers the teacher shows) on the left, the teacher's controls on the right.
// It hosts the reusable panel (class_panel.hpp) until the present scene's projector and
// presenter views take it over. Offscreen (tests, screenshots) it serves on loopback only.
#include "scenes/class/class_scene.hpp"

#include <algorithm>

#include "core/journal/journal.hpp"
#include "core/model/visibility.hpp"
#include "scenes/class/class_panel.hpp"

namespace lineage {
namespace {

constexpr const char* kStart = "class.start";
constexpr const char* kLock = "class.lock";
constexpr const char* kReveal = "class.reveal";
constexpr const char* kEnd = "class.end";
constexpr const char* kShowNext = "class.show_next";

class ClassScene : public Scene {
 public:
  std::vector<KeyBinding> bindings() const override {
    return {{'s', kStart, "Start class responses"}, {'l', kLock, "Lock or unlock"}, {'r', kReveal, "Reveal"},
            {'e', kEnd, "End"}, {'n', kShowNext, "Show the next held answer"}};
  }

  void enter(AppState& state) override { list_prompts(state); }
  std::string voiced_summary(const AppState& state) const override {
    if (prompts_.empty()) return "No questions to ask the class yet at this point in the book.";
    std::size_t chosen = static_cast<std::size_t>(std::clamp(selected_, 0, int(prompts_.size()) - 1));
    return "Question " + std::to_string(chosen + 1) + " of " + std::to_string(prompts_.size()) + ", selected: " +
           state.story->prompts[std::size_t(prompts_[chosen])].text +
           ". Up and Down choose a question; Return opens it to the class; S starts class responses.";
  }
  void story_changed(AppState& state) override { list_prompts(state); }

  void handle(const Command& command, AppState& state) override {
    using K = Command::Kind;
    if (command.is_action(kStart)) start(state);
    else if (command.is_action(kLock))
      responses_.board().state() == classroom::PromptState::Locked ? responses_.unlock() : responses_.lock();
    else if (command.is_action(kReveal)) responses_.reveal();
    else if (command.is_action(kEnd)) responses_.end();
    else if (command.is_action(kShowNext)) {
      // From a clicker's spare key: the oldest open answer not yet shown goes to the projector.
      for (const auto& a : responses_.board().open_answers())
        if (!a.shown) { responses_.show(a.device, true); break; }
    }
    else if (command.kind == K::Down || command.kind == K::Next)
      selected_ = std::min(selected_ + 1, int(prompts_.size()) - 1);
    else if (command.kind == K::Up || command.kind == K::Prev)
      selected_ = std::max(selected_ - 1, 0);
    else if (command.kind == K::Open && selected_ >= 0 && selected_ < int(prompts_.size()))
      responses_.open_prompt(state.story->prompts[std::size_t(prompts_[std::size_t(selected_)])]);
  }

  bool update(double, AppState&) override {
    responses_.pump();  // the server's events, through the queue: never a wait on the network
    return responses_.running();
  }

  void draw(Canvas& canvas, AppState& state) override {
    canvas.backdrop();
    responses_.pump();
    ImVec2 size = canvas.size();
    float top = state.content_top;
    float split = size.x * 0.62f;
    draw_class_projector(canvas, ImVec2(0, top), ImVec2(split, size.y - top), responses_);
    if (!responses_.running())
      canvas.text_wrapped("sans", canvas.theme().size("body") * canvas.layout_scale(),
                          "S  start class responses on this room's network",
                          ImVec2(32 * canvas.layout_scale(), top + 120 * canvas.layout_scale()),
                          split - 64 * canvas.layout_scale(), canvas.colour("accent"));  // wraps before the teacher's panel
    ClassPanelOptions labels;
    labels.start = "Start class responses (S)";
    bool start_pressed = false;
    labels.start_pressed = &start_pressed;
    draw_class_presenter(responses_, *state.story, prompts_, selected_, ImVec2(split, top),
                         ImVec2(size.x - split, size.y - top), canvas.scale(), labels);
    if (start_pressed) state.outbox.post(Command::action(kStart));
  }

  ~ClassScene() override { responses_.end(); }

 private:
  void list_prompts(AppState& state) {
    prompts_.clear();
    int limit = state.reading_limit();
    for (int p = 0; p < int(state.story->prompts.size()); ++p)
      if (prompt_visible(*state.story, p, limit)) prompts_.push_back(p);
    selected_ = std::clamp(selected_, 0, std::max(0, int(prompts_.size()) - 1));
  }

  void start(AppState& state) {
    if (responses_.running() || !state.journal) return;
    // Offscreen runs are tests and screenshots: loopback and any free port. A window serves the
    // room: the address in settings (class.bind: an address, or "loopback"), else the first
    // private LAN address, on the port in settings (class.port, default 8765).
    std::string bind;
    if (auto it = state.settings.extra.find("class.bind"); it != state.settings.extra.end())
      bind = it->second == "loopback" ? "127.0.0.1" : it->second;  // as a lesson's class responses do
    if (state.offscreen) bind = "127.0.0.1";
    int port = 8765;
    if (auto it = state.settings.extra.find("class.port"); it != state.settings.extra.end()) {
      try { port = std::stoi(it->second); } catch (...) {}
    }
    if (state.offscreen) port = 0;
    responses_.start(state.journal->database_path(), bind, port, "");
    state.status = responses_.running() ? "Class responses: " + responses_.join_url() : responses_.error();
  }

  ClassResponses responses_;
  std::vector<int> prompts_;
  int selected_ = 0;
};

}  // namespace

std::unique_ptr<Scene> make_class_scene() { return std::make_unique<ClassScene>(); }

}  // namespace lineage
