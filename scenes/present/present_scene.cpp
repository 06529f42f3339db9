// The present scene: a chooser of lessons until one starts, then the projector (this window,
// fullscreen) and the presenter view (the second window). Keys a clicker sends, and the
// presenter view's buttons, arrive as Commands and become calls on the LessonRun.
#include "scenes/present/present_scene.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <optional>

#include "core/model/visibility.hpp"
#include "scenes/present/present_view.hpp"
#include "scenes/present/presenter_view.hpp"

namespace lineage {

class PresentScene : public Scene {
 public:
  const LessonRun* run() const { return run_ ? &*run_ : nullptr; }

  void enter(AppState& state) override {
    presenter_.moods = load_theme(state.assets_dir / "moods.conf").theme;
    run_.reset();
    chosen_ = 0;
    if (!state.present_lesson.empty()) {
      start(state, state.story->lesson(state.present_lesson), state.present_step);
      state.present_lesson.clear();
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
                                    {'x', "present.swap", "Swap the displays"}};
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
    else if (c.kind == K::Wheel && c.view == 1) presenter_.scroll_notes(-c.delta);
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
    bool laser = laser_since_ >= 0 && clock_ - laser_since_ < 2.0;
    const LessonStep& step = run_->current();
    bool picture = step.kind == StepKind::Moment && step.show == MomentShow::Story && run_->reveal() == Reveal::Full &&
                   run_->cover() == Cover::None && !state.settings.reduced_motion;
    return !state.offscreen && (laser || picture);  // only what moves asks for every frame
  }

  void draw(Canvas& canvas, AppState& state) override {
    if (!run_) return draw_chooser(canvas, state);
    ProjectorFrame f = frame_for(canvas, run_->step(), run_->reveal(), run_->cover(), state);
    draw_projector(canvas, f);
    // The pointer, only while it moves: a large, soft laser dot.
    double since = clock_ - laser_since_;
    if (laser_since_ >= 0 && since < 2.0) {
      float fade = static_cast<float>(1.0 - since / 2.0), k = f.k;
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
    in.digits = digits_;
    // Offscreen renders are reproducible (goldens, tests): they show no wall-clock time.
    char buf[16] = "--:--";
    std::time_t t = std::time(nullptr);
    std::tm local{};
    if (!state.offscreen && localtime_r(&t, &local)) std::strftime(buf, sizeof buf, "%H:%M", &local);
    in.wall_clock = buf;
    in.still = state.settings.reduced_motion;
    presenter_.draw(canvas, in);
  }

 private:
  void start(AppState& state, int lesson, int step) {
    if (lesson < 0 || lesson >= static_cast<int>(state.story->lessons.size())) return;
    if (state.story->lessons[static_cast<std::size_t>(lesson)].steps.empty()) return;
    run_.emplace(*state.story, lesson, clock_);
    if (step > 0) run_->jump(std::min(step, run_->step_count() - 1), clock_);
    presenter_open_ = true;
    digits_.clear();
  }

  void end(AppState& state) {
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
    else if (n == "present.presenter") presenter_open_ = true;
    else if (n == "present.swap") state.outbox.post(Command::action("app.swap-displays"));
    else if (n == "present.jump") run.jump(a.value, clock_);
    else if (n == "present.end") end(state);
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
      y += 100 * s;
    }
    canvas.text("sans", canvas.theme().size("label") * s,
                "Up and Down choose, Return or F5 starts. The presenter view opens in a second window.",
                ImVec2(x, y + 20 * s), canvas.colour("muted"));
  }

  std::optional<LessonRun> run_;
  PresenterView presenter_;
  double clock_ = 0;
  std::chrono::steady_clock::time_point origin_ = std::chrono::steady_clock::now();
  bool presenter_open_ = true;
  bool light_ = false;
  std::string digits_;
  ImVec2 laser_{0, 0};
  double laser_since_ = -1;
  int chosen_ = 0;
};

std::unique_ptr<Scene> make_present_scene() { return std::make_unique<PresentScene>(); }

const LessonRun* running_lesson(Scene& scene) {
  auto* present = dynamic_cast<PresentScene*>(&scene);
  return present ? present->run() : nullptr;
}

}  // namespace lineage
