// The present scene: a chooser of lessons until one starts, then the projector (this window,
// fullscreen) and the presenter view (the second window). Keys a clicker sends, and the
// presenter view's buttons, arrive as Commands and become calls on the LessonRun.
#include "scenes/present/present_scene.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <optional>

#include "core/journal/journal.hpp"
#include "core/model/visibility.hpp"
#include "scenes/class/class_panel.hpp"
#include "scenes/present/present_view.hpp"
#include "scenes/present/presenter_view.hpp"

namespace lineage {

class PresentScene : public Scene {
 public:
  const LessonRun* run() const { return run_ ? &*run_ : nullptr; }
  int answers_in_view() const { return answers_in_view_; }

  std::string voiced_summary(const AppState& state) const override {
    const auto& lessons = state.story->lessons;
    if (!run_ && lessons.empty()) return "The story has no lessons to present.";
    if (!run_)
      return std::to_string(lessons.size()) + (lessons.size() == 1 ? " lesson; " : " lessons; ") +
             lessons[std::size_t(std::clamp(chosen_, 0, int(lessons.size()) - 1))].title +
             ", selected. Up and Down choose; Return or F5 starts it.";
    return run_->lesson().title + ", step " + std::to_string(run_->step() + 1) + " of " +
           std::to_string(run_->step_count()) + ". Right or the clicker moves on; Escape ends the lesson.";
  }

  void enter(AppState& state) override {
    presenter_.moods = load_theme(state.assets_dir / "moods.conf").theme;
    run_.reset();
    chosen_ = 0;
    if (!state.present_lesson.empty()) {
      start(state, state.story->lesson(state.present_lesson), state.present_step);
      state.present_lesson.clear();
      if (state.present_class && run_) start_class(state);
      state.present_class = false;
    }
  }

  void story_changed(AppState& state) override {
    // A reload swaps the story: keep the lesson and the step by id and number.
    if (!run_) return;
    std::string id = run_->lesson().id;
    int step = run_->step();
    double elapsed = run_->elapsed(clock_);
    run_.reset();
    start(state, state.story->lesson(id), 0);
    if (!run_) return;
    run_->restart(clock_ - elapsed);  // the lesson's clock goes on
    run_->jump(std::min(step, run_->step_count() - 1), clock_);
  }

  std::vector<KeyBinding> bindings() const override {
    std::vector<KeyBinding> keys = {{'b', "present.black", "Black screen"}, {'.', "present.black", "Black screen"},
                                    {'w', "present.white", "White screen"}, {'g', "present.gentle", "Gentle summary"},
                                    {'s', "present.skip", "Skip this part"}, {'t', "present.countdown", "Start or pause the countdown"},
                                    {'l', "present.light", "Light or dark projector"}, {'p', "present.presenter", "Presenter view"},
                                    {'x', "present.swap", "Swap the displays"},
                                    {'k', "present.class", "Class responses: start, or show the join screen"},
                                    {'c', "present.class-lock", "Class responses: lock or unlock answers"},
                                    {'v', "present.class-reveal", "Class responses: reveal results"},
                                    {'n', "present.class-show", "Class responses: show the next held answer"},
                                    {'d', "present.class-clear", "Class responses: clear the newest answer"},
                                    {'e', "present.class-end", "Class responses: end them (the lesson goes on)"},
                                    {'a', "present.chime", "A soft chime when a countdown ends: on or off"}};
    for (char d = '0'; d <= '9'; ++d) keys.push_back({d, "present.digit", "Step number"});
    return keys;
  }

  bool presenting() const override { return run_.has_value(); }
  bool wants_second_view() const override { return run_.has_value() && presenter_open_; }
  void second_view_closed(AppState&) override { presenter_open_ = false; }

  void handle(const Command& c, AppState& state) override {
    using K = Command::Kind;
    if (!run_) return choose(c, state);
    LessonRun& run = *run_;
    if (c.kind == K::Next || c.kind == K::Prev || c.kind == K::Open) class_join_ = false;  // the lesson goes on
    if (c.kind == K::Next) run.next(clock_), digits_.clear();
    else if (c.kind == K::Prev) run.prev(clock_), digits_.clear();
    else if (c.kind == K::Open && !digits_.empty()) {
      run.jump(std::stoi(digits_) - 1, clock_);
      digits_.clear();
    } else if (c.kind == K::Back) {
      if (!digits_.empty()) digits_.clear();
      else end(state);
    } else if (c.kind == K::Up) presenter_.scroll_notes(-1);
    else if (c.kind == K::Down) presenter_.scroll_notes(+1);
    else if (c.kind == K::Wheel && c.view == 1) {
      if (!presenter_.scroll_list(ImVec2(c.x, c.y), -c.delta)) presenter_.scroll_notes(-c.delta);
    } else if (c.kind == K::PointerMove && c.view == 1) presenter_.hover(ImVec2(c.x, c.y));
    else if (c.kind == K::FunctionKey && c.text == "F5") {
      if (c.detail == "shift") run.toggle_cover(Cover::None), presenter_open_ = true;  // from here
      else run.restart(clock_);  // from the beginning
    } else if (c.kind == K::PointerMove && c.view == 0) {
      laser_ = ImVec2(c.x, c.y);
      laser_since_ = clock_;
    } else if (c.kind == K::PointerDown && c.view == 1) {
      if (auto action = presenter_.hit(ImVec2(c.x, c.y))) act(*action, run, state);
    } else if (c.kind == K::Action) {
      if (c.is_action("present.digit")) {
        if (digits_.size() < 3) digits_ += static_cast<char>('0' + c.value);
      } else {
        act({c.text, 0}, run, state);
      }
    }
  }

  bool ticks() const override { return run_.has_value(); }

  bool update(double dt, AppState& state) override {
    // The lesson's clock: real time in a window (frames come only a few times a second when
    // nothing moves, and dt is capped), fixed steps offscreen so renders are reproducible.
    if (state.offscreen) clock_ += dt;
    else clock_ = std::chrono::duration<double>(std::chrono::steady_clock::now() - origin_).count();
    if (!run_) return false;
    // The countdown's end: a soft chime, once, if the teacher turned it on (the visual cue is always there).
    bool over = run_->has_countdown() && run_->countdown_over(clock_);
    if (over && !chimed_ && chime_) state.outbox.post(Command::action("app.chime"));
    chimed_ = over;
    class_.pump();  // the students' answers, through the server's queue: never a wait on the network
    open_class_prompt(state);
    bool laser = laser_since_ >= 0 && clock_ - laser_since_ < 2.0;
    const LessonStep& step = run_->current();
    bool picture = step.kind == StepKind::Moment && step.show == MomentShow::Story && run_->reveal() == Reveal::Full &&
                   run_->cover() == Cover::None && !state.settings.reduced_motion;
    // Only what moves asks for every frame (live answers move).
    return !state.offscreen && (laser || picture || class_.running());
  }

  void draw(Canvas& canvas, AppState& state) override {
    if (!run_) return draw_chooser(canvas, state);
    ProjectorFrame f = frame_for(canvas, run_->step(), run_->reveal(), run_->cover(), state);
    if (class_on_projector()) {
      // The join screen, or the open prompt with its live bars and the answers the teacher shows.
      draw_class_picture(canvas, f.min, f.max, f.k);
    } else {
      draw_projector(canvas, f);
    }
    // The pointer, only while it moves: a large, soft laser dot, fading out (gone at once after
    // its two seconds under reduced motion).
    double since = clock_ - laser_since_;
    if (laser_since_ >= 0 && since < 2.0) {
      float fade = state.settings.reduced_motion ? 1.0f : static_cast<float>(1.0 - since / 2.0), k = f.k;
      canvas.list()->AddCircleFilled(laser_, 34 * k, IM_COL32(235, 40, 40, static_cast<int>(60 * fade)));
      canvas.list()->AddCircleFilled(laser_, 16 * k, IM_COL32(255, 60, 50, static_cast<int>(230 * fade)));
    }
  }

  void draw_second_view(Canvas& canvas, AppState& state) override {
    if (!run_) return;
    PresenterInput in;
    in.run = &*run_;
    in.now = clock_;
    in.time = canvas.time();
    in.light = light_;
    in.chime = chime_;
    in.digits = digits_;
    // Offscreen renders are reproducible (goldens, tests): they show no wall-clock time.
    char buf[16] = "--:--";
    std::time_t t = std::time(nullptr);
    std::tm local{};
    if (!state.offscreen && localtime_r(&t, &local)) std::strftime(buf, sizeof buf, "%H:%M", &local);
    in.wall_clock = buf;
    in.still = state.settings.reduced_motion;
    in.class_running = class_.running();
    if (class_on_projector()) in.class_picture = [this](Canvas& c, ImVec2 min, ImVec2 max, float k) { draw_class_picture(c, min, max, k); };
    presenter_.draw(canvas, in);
    answers_in_view_ = 0;
    if (class_.running()) {
      auto [min, max] = presenter_.class_area();
      answers_in_view_ = draw_class_presenter(class_, *state.story, class_prompts_, class_selected_, min,
                           ImVec2(max.x - min.x, max.y - min.y), canvas.scale(), class_labels());
    }
  }

  ~PresentScene() override { class_.end(); }

 private:
  void start(AppState& state, int lesson, int step) {
    if (lesson < 0 || lesson >= static_cast<int>(state.story->lessons.size())) return;
    if (state.story->lessons[static_cast<std::size_t>(lesson)].steps.empty()) return;
    run_.emplace(*state.story, lesson, clock_);
    if (step > 0) run_->jump(std::min(step, run_->step_count() - 1), clock_);
    presenter_open_ = true;
    digits_.clear();
  }

  // The class-responses picture in the projector's palette (dark or light), at scale k of
  // 1080p: on the projector, and small in the presenter view's "now".
  void draw_class_picture(Canvas& canvas, ImVec2 min, ImVec2 max, float k) {
    ProjectorPalette p = projector_palette(light_);
    // The class picture's type follows the theme's sizes, designed at 1280x720: 1.5 at 1080p.
    ClassPicture picture{p.background, p.text, p.muted, p.accent, p.warning, 1.5f * k};
    draw_class_projector(canvas, min, ImVec2(max.x - min.x, max.y - min.y), class_, &picture);
    if (run_->has_countdown() && run_->countdown_started()) {
      // The think-pair-share countdown stays on the class's screen, in the free bottom corner, in
      // the type the projector's own countdown has (the display step: it was a literal 72).
      bool over = run_->countdown_over(clock_);
      canvas.text("sans", projector_type(canvas, Type::Display) * k, over ? "Time" : clock_text(std::ceil(run_->countdown_left(clock_))),
                  ImVec2(max.x - 48 * k, max.y - 130 * k), over ? p.accent : p.text, Align::Right);
    }
  }

  // Ends class responses; the lesson goes on (K starts a new class session).
  void end_class() {
    class_.end();  // returns at once: the server closes on its own thread
    class_opened_.clear();
    class_join_ = false;
  }

  void end(AppState& state) {
    end_class();
    run_.reset();
    std::string back = state.previous_scene.empty() || state.previous_scene == "present" ? "title" : state.previous_scene;
    state.outbox.post(Command::open_scene(back));
  }

  void act(const PresenterAction& a, LessonRun& run, AppState& state) {
    const std::string& n = a.name;
    if (n == "present.black") run.toggle_cover(Cover::Black);
    else if (n == "present.white") run.toggle_cover(Cover::White);
    else if (n == "present.gentle") run.show_gentle();
    else if (n == "present.skip") run.skip(clock_);
    else if (n == "present.show") run.show_full();
    else if (n == "present.countdown") run.toggle_countdown(clock_);
    else if (n == "present.light") light_ = !light_;
    else if (n == "present.chime") chime_ = !chime_;
    else if (n == "present.presenter") presenter_open_ = true;
    else if (n == "present.swap") state.outbox.post(Command::action("app.swap-displays"));
    else if (n == "present.jump") run.jump(a.value, clock_);
    else if (n == "present.end") end(state);
    else if (n == "present.class") class_.running() ? void(class_join_ = true) : start_class(state);
    else if (n == "present.class-lock")
      class_.board().state() == classroom::PromptState::Locked ? class_.unlock() : class_.lock();
    else if (n == "present.class-reveal") class_.reveal();
    else if (n == "present.class-show") {
      for (const auto& answer : class_.board().open_answers())  // the oldest answer not yet shown
        if (!answer.shown) { class_.show(answer.device, true); break; }
    } else if (n == "present.class-end") {
      end_class();
    } else if (n == "present.class-clear") {
      const auto& answers = class_.board().open_answers();
      if (!answers.empty()) class_.clear(answers.back().device);
    }
  }

  static const ClassPanelOptions& class_labels() {
    static const ClassPanelOptions labels = [] {
      ClassPanelOptions l;
      l.prompts = "The lesson's prompts (each opens when its step is shown; click to choose another)";
      l.open = "Open";
      l.lock = "Lock (C)";
      l.unlock = "Unlock (C)";
      l.reveal = "Reveal (V)";
      l.end = "End (E)";
      l.prompt_list_share = 0.12f;  // the lesson opens its prompts itself: room for the answers
      return l;
    }();
    return labels;
  }

  // Class responses for this lesson: offscreen (tests, screenshots) on loopback and any free
  // port; in a window on the address in settings (class.bind: an address, or "loopback"),
  // else the first private LAN address, and the port in settings (class.port, 8765).
  void start_class(AppState& state) {
    if (class_.running() || !state.journal || !run_) return;
    int port = 8765;
    if (auto it = state.settings.extra.find("class.port"); it != state.settings.extra.end()) {
      try { port = std::stoi(it->second); } catch (...) {}
    }
    std::string bind;
    if (auto it = state.settings.extra.find("class.bind"); it != state.settings.extra.end())
      bind = it->second == "loopback" ? "127.0.0.1" : it->second;
    class_.start(state.journal->database_path(), state.offscreen ? "127.0.0.1" : bind, state.offscreen ? 0 : port,
                 run_->lesson().id);
    state.status = class_.running() ? "Class responses: " + class_.join_url() : class_.error();
    // In a window, said on the terminal too: the teacher (or a script driving the lesson) reads
    // the address and code there as well as off the projector.
    if (!state.offscreen && class_.running())
      std::printf("lineage: class responses at %s, join code %s\n", class_.join_url().c_str(), class_.join_code().c_str());
    else if (!state.offscreen)
      std::fprintf(stderr, "lineage: class responses could not start: %s\n", class_.error().c_str());
    std::fflush(stdout);
    class_prompts_.clear();
    for (const LessonStep& st : run_->lesson().steps)
      if ((st.kind == StepKind::Reflect || st.kind == StepKind::Discuss) && st.prompt >= 0) class_prompts_.push_back(st.prompt);
    class_opened_.clear();
    class_join_ = class_.running();
    open_class_prompt(state);
  }

  // A prompt step the class can see opens its prompt on every device, once per visit.
  void open_class_prompt(AppState& state) {
    if (!class_.running() || !run_) return;
    if (!run_->projector_shows_prompt()) {
      if (run_->current_prompt() < 0) class_opened_.clear();  // coming back to the prompt opens it again
      return;
    }
    std::string id = run_->current_prompt_id();
    if (id == class_opened_) return;
    if (class_.open_prompt(state.story->prompts[static_cast<std::size_t>(run_->current_prompt())])) class_opened_ = id;
  }

  // The class-responses picture replaces the step's: the join screen (until the lesson moves
  // on), and on a prompt step the class can see. A covered screen stays covered.
  bool class_on_projector() const {
    if (!class_.running() || run_->cover() != Cover::None) return false;
    if (class_join_) return true;
    return run_->projector_shows_prompt() && class_.board().prompt() &&
           class_.board().prompt()->id == run_->current_prompt_id();
  }

  void choose(const Command& c, AppState& state) {
    using K = Command::Kind;
    int n = static_cast<int>(state.story->lessons.size());
    if (n == 0) return;
    if (c.kind == K::Down || c.kind == K::Next) chosen_ = std::min(n - 1, chosen_ + 1);
    else if (c.kind == K::Up || c.kind == K::Prev) chosen_ = std::max(0, chosen_ - 1);
    else if (c.kind == K::Open || (c.kind == K::FunctionKey && c.text == "F5")) start(state, chosen_, 0);
  }

  ProjectorFrame frame_for(Canvas& canvas, int step, Reveal reveal, Cover cover, AppState& state) {
    ProjectorFrame f;
    f.min = ImVec2(0, 0);
    f.max = canvas.size();
    f.k = std::min(f.max.x / 1920.0f, f.max.y / 1080.0f);
    f.palette = projector_palette(light_);
    f.run = &*run_;
    f.step = step;
    f.reveal = reveal;
    f.cover = cover;
    f.now = clock_;
    f.time = canvas.time();
    f.still = state.settings.reduced_motion;
    f.moods = &presenter_.moods;
    return f;
  }

  void draw_chooser(Canvas& canvas, AppState& state) {
    canvas.backdrop();
    float s = canvas.layout_scale();
    float x = 80 * s, y = state.content_top + 60 * s;
    canvas.text("serif", canvas.theme().size("heading") * 1.4f * s, "Present a lesson", ImVec2(x, y), canvas.colour("text"));
    y += 80 * s;
    const Story& story = *state.story;
    if (story.lessons.empty()) {
      canvas.text("sans", canvas.theme().size("body") * s, "This story has no lessons: see story/README.md to write one.",
                  ImVec2(x, y), canvas.colour("muted"));
      return;
    }
    // Rows close up a little when the window is short for the type, so the keys still fit below.
    const char* keys = "Up and Down choose, Return or F5 starts. The presenter view opens in a second window.";
    float key_size = canvas.theme().size("label") * s, key_width = canvas.size().x - 2 * x;
    float key_h = canvas.wrapped_height("sans", key_size, keys, key_width);
    float step = std::clamp((canvas.size().y - y - key_h - 40 * s) / static_cast<float>(story.lessons.size()), 80 * s, 100 * s);
    for (std::size_t i = 0; i < story.lessons.size(); ++i) {
      const Lesson& l = story.lessons[i];
      bool here = static_cast<int>(i) == chosen_;
      if (here)
        canvas.list()->AddRectFilled(ImVec2(x - 16 * s, y - 8 * s), ImVec2(canvas.size().x - x, y + 78 * s),
                                     to_imgui(canvas.colour("accent"), 0.18f), 10 * s);
      canvas.text("serif", canvas.theme().size("body") * 1.2f * s, l.title, ImVec2(x, y), canvas.colour("text"));
      std::string about = std::to_string(static_cast<int>(l.minutes)) + " minutes · for a class that has read to: " +
                          (l.milestone >= 0 ? milestone_title(story, l.milestone, class_limit(story, l)) : "the end");
      canvas.text("sans", canvas.theme().size("label") * s, about, ImVec2(x, y + 44 * s), canvas.colour("muted"));
      y += step;
    }
    canvas.text_wrapped("sans", key_size, keys, ImVec2(x, y + 20 * s - (100 * s - step)), key_width, canvas.colour("muted"));
  }

  std::optional<LessonRun> run_;
  PresenterView presenter_;
  double clock_ = 0;
  std::chrono::steady_clock::time_point origin_ = std::chrono::steady_clock::now();
  bool presenter_open_ = true;
  bool light_ = false;
  bool chime_ = false;   // a soft sound when a countdown ends (off unless the teacher turns it on)
  bool chimed_ = false;  // the countdown on show is over and has had its cue
  std::string digits_;
  ImVec2 laser_{0, 0};
  double laser_since_ = -1;
  int chosen_ = 0;
  ClassResponses class_;
  std::vector<int> class_prompts_;  // the lesson's prompts, for the class panel's list
  int class_selected_ = 0;
  std::string class_opened_;  // the prompt opened for the current step
  bool class_join_ = false;   // the projector shows the join screen
  int answers_in_view_ = 0;   // open answers the moderation list shows whole
};

std::unique_ptr<Scene> make_present_scene() { return std::make_unique<PresentScene>(); }

const LessonRun* running_lesson(Scene& scene) {
  auto* present = dynamic_cast<PresentScene*>(&scene);
  return present ? present->run() : nullptr;
}

int moderation_answers_in_view(Scene& scene) {
  auto* present = dynamic_cast<PresentScene*>(&scene);
  return present ? present->answers_in_view() : 0;
}

}  // namespace lineage
