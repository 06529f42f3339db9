// The present scene offscreen: a bundled lesson run with a clicker's keys alone, checked on
// both views (the projector's and the presenter view's drawn strings) and in the lesson's
// state; the holding card and its gentle summary; number + Return; ending the lesson.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>

#include "core/cli/options.hpp"
#include "core/speech/wav.hpp"
#include "offscreen.hpp"
#include "scenes/present/present_scene.hpp"

using namespace lineage;
using namespace lineage::testing;

namespace {

std::unique_ptr<App> start_lesson(const std::string& lesson, const std::filesystem::path& dir,
                                  std::vector<std::string> more = {}) {
  std::vector<std::string> args = {"present", lesson, "--screenshot", (dir / "unused.png").string(),
                                   "--data-dir", dir.string(), "--size", "1920x1080"};
  args.insert(args.end(), more.begin(), more.end());
  ParseResult parsed = parse_options(args);
  REQUIRE(parsed.error.empty());
  auto app = std::make_unique<App>(parsed.options);
  std::string error;
  INFO(error);
  REQUIRE(app->start(error));
  app->settle();
  return app;
}

std::string joined(const std::vector<std::string>& strings) {
  std::string out;
  for (const auto& s : strings) out += s + "\n";
  return out;
}

bool shows(const std::vector<std::string>& drawn, const std::string& part) {
  return joined(drawn).find(part) != std::string::npos;
}

// Wrapped text is drawn a line at a time: compare with the spaces between lines folded.
bool shows_text(const std::vector<std::string>& drawn, std::string text) {
  std::string all;
  for (const auto& s : drawn) all += s + " ";
  auto squeeze = [](std::string s) {
    std::string out;
    for (char c : s)
      if (c != ' ' && c != '\n') out += c;
    return out;
  };
  return squeeze(all).find(squeeze(std::move(text))) != std::string::npos;
}

const LessonRun& run_of(App& app) {
  const LessonRun* run = running_lesson(*app.scene());
  REQUIRE(run != nullptr);
  return *run;
}

void press(App& app, const std::string& key) {
  REQUIRE(app.press_key(key));
  app.frame(1.0 / 60.0);
  app.frame(1.0 / 60.0);
}

}  // namespace

TEST_CASE("a clicker alone runs a whole bundled lesson on both views", "[app][present]") {
  auto dir = temp_dir("present-clicker");
  auto app = start_lesson("mothers-before-blythe", dir);
  REQUIRE(app->scene_name() == "present");
  REQUIRE(app->second_view_open());
  const Story& story = *app->state().story;
  const Lesson& lesson = story.lessons[static_cast<std::size_t>(story.lesson("mothers-before-blythe"))];
  CHECK(run_of(*app).step() == 0);
  CHECK(shows(app->drawn_strings(), "The mothers before Blythe"));
  CHECK(shows(app->second_drawn_strings(), "Now: step 1 of 9"));
  CHECK(shows_text(app->second_drawn_strings(), "Class has read to: Part one: before Violet is born"));
  // The next step is the family tree; the one after it holds: the teacher is told ahead.
  press(*app, "PageDown");
  CHECK(run_of(*app).step() == 1);
  CHECK(shows(app->drawn_strings(), "The family so far"));
  CHECK(shows_text(app->second_drawn_strings(), "Prepare the class. Next step's content notes: Grief."));

  // A content-noted moment: the class sees the neutral card, the teacher sees the moment.
  press(*app, "PageDown");
  CHECK(run_of(*app).holding());
  CHECK(shows(app->drawn_strings(), "The next part deals with"));
  CHECK_FALSE(shows(app->drawn_strings(), "A widow in the blizzard"));
  CHECK(shows(app->second_drawn_strings(), "Moment: A widow in the blizzard"));
  press(*app, "PageDown");  // next = show it
  CHECK(run_of(*app).reveal() == Reveal::Full);
  CHECK(shows(app->drawn_strings(), "A widow in the blizzard"));

  // Black screen with '.', back with B; a black projector draws no words at all.
  press(*app, ".");
  CHECK(run_of(*app).cover() == Cover::Black);
  CHECK(app->drawn_strings().empty());
  CHECK(shows(app->second_drawn_strings(), "Screen is black"));
  press(*app, "b");
  CHECK(run_of(*app).cover() == Cover::None);

  // Back and forward, then F5 from the start, then the whole lesson with PageDown alone.
  press(*app, "PageUp");
  CHECK(run_of(*app).step() == 1);
  press(*app, "F5");
  CHECK(run_of(*app).step() == 0);
  int presses = 0;
  std::vector<bool> seen(lesson.steps.size(), false);
  while (presses < 40) {
    const LessonRun& run = run_of(*app);
    seen[static_cast<std::size_t>(run.step())] = true;
    const LessonStep& step = run.current();
    if (step.kind == StepKind::Reflect && !run.countdown_started()) {
      CHECK(shows(app->drawn_strings(), "Think  ·  pair  ·  share"));
      CHECK(shows(app->drawn_strings(), "think time"));
    }
    if (step.kind == StepKind::Discuss) CHECK(shows(app->drawn_strings(), "Discuss"));
    if ((step.kind == StepKind::Reflect || step.kind == StepKind::Discuss) && run.projector_shows_prompt())
      CHECK(shows_text(app->drawn_strings(), story.prompts[static_cast<std::size_t>(step.prompt)].text));
    if (run.step() + 1 == run.step_count() && !run.holding() && !(run.has_countdown() && !run.countdown_started())) break;
    press(*app, "PageDown");
    ++presses;
  }
  CHECK(std::all_of(seen.begin(), seen.end(), [](bool b) { return b; }));
  CHECK(run_of(*app).step() == 8);
  press(*app, "PageDown");  // past the end: nothing changes
  CHECK(run_of(*app).step() == 8);
  CHECK(shows(app->second_drawn_strings(), "Next: the end of the lesson"));

  // Esc ends the lesson: the presenter view closes and the program is back as it was.
  press(*app, "Escape");
  app->frame(1.0 / 60.0);
  CHECK(app->scene_name() != "present");
  CHECK_FALSE(app->second_view_open());
  std::filesystem::remove_all(dir);
}

TEST_CASE("a held moment can be told gently, and skipped, from the keys", "[app][present]") {
  auto dir = temp_dir("present-gentle");
  auto app = start_lesson("mothers-before-blythe", dir, {"--step", "4"});
  const Story& story = *app->state().story;
  const Moment& bathtub = story.moments[static_cast<std::size_t>(story.moment("bathtub"))];
  CHECK(run_of(*app).step() == 3);
  CHECK(run_of(*app).holding());
  CHECK(shows(app->drawn_strings(), "The next part deals with"));
  CHECK(shows(app->drawn_strings(), "Child harm, maternal ambivalence"));
  CHECK(shows(app->second_drawn_strings(), "Gentle summary (G)"));
  press(*app, "g");
  CHECK(run_of(*app).reveal() == Reveal::Gentle);
  CHECK(shows_text(app->drawn_strings(), bathtub.gentle_summary));
  CHECK_FALSE(shows_text(app->drawn_strings(), bathtub.summary));
  CHECK(shows(app->second_drawn_strings(), "The class sees the gentle summary"));
  press(*app, "PageUp");  // the step before holds too (grief)...
  CHECK(run_of(*app).step() == 2);
  CHECK(run_of(*app).holding());
  press(*app, "PageDown");  // ...next shows it...
  CHECK(run_of(*app).step() == 2);
  press(*app, "PageDown");  // ...and the bathtub, come back to, is held again
  CHECK(run_of(*app).step() == 3);
  CHECK(run_of(*app).holding());
  press(*app, "s");  // skip: on to the next step, the moment never shown
  CHECK(run_of(*app).step() == 4);
  std::filesystem::remove_all(dir);
}

TEST_CASE("number and Return jump to a step and back; the countdown runs on both views", "[app][present]") {
  auto dir = temp_dir("present-jump");
  auto app = start_lesson("mothers-before-blythe", dir);
  press(*app, "5");
  CHECK(shows(app->second_drawn_strings(), "Go to step 5"));
  press(*app, "Return");
  CHECK(run_of(*app).step() == 4);
  CHECK(run_of(*app).current().kind == StepKind::Reflect);
  press(*app, "PageDown");  // starts the countdown
  CHECK(run_of(*app).countdown_running());
  for (int i = 0; i < 120; ++i) app->frame(1.0 / 60.0, false);  // two seconds
  app->frame(1.0 / 60.0);
  CHECK(shows(app->drawn_strings(), "2:58"));
  CHECK(shows(app->second_drawn_strings(), "2:58"));
  press(*app, "t");  // pause
  CHECK_FALSE(run_of(*app).countdown_running());
  press(*app, "1");
  press(*app, "Return");
  CHECK(run_of(*app).step() == 0);
  press(*app, "9");
  press(*app, "9");
  press(*app, "Return");  // no step 99: nothing moves
  CHECK(run_of(*app).step() == 0);
  std::filesystem::remove_all(dir);
}

TEST_CASE("closing the presenter view does not end the lesson; P reopens it", "[app][present]") {
  auto dir = temp_dir("present-close");
  auto app = start_lesson("whose-account", dir);
  REQUIRE(app->second_view_open());
  app->close_second_view();
  app->frame(1.0 / 60.0);
  CHECK_FALSE(app->second_view_open());
  CHECK(app->scene_name() == "present");
  press(*app, "PageDown");
  CHECK(run_of(*app).step() == 1);
  press(*app, "p");
  CHECK(app->second_view_open());
  std::filesystem::remove_all(dir);
}

TEST_CASE("present refuses an unknown lesson with a suggestion", "[app][present]") {
  auto dir = temp_dir("present-unknown");
  ParseResult parsed = parse_options({"present", "whose-acount", "--screenshot", (dir / "x.png").string(), "--data-dir",
                                      dir.string()});
  REQUIRE(parsed.error.empty());
  App app(parsed.options);
  std::string error;
  CHECK_FALSE(app.start(error));
  CHECK(error.find("no lesson 'whose-acount'; did you mean 'whose-account'?") != std::string::npos);
  ParseResult far = parse_options({"present", "whose-account", "--step", "12", "--screenshot", (dir / "x.png").string(),
                                   "--data-dir", dir.string()});
  REQUIRE(far.error.empty());
  App app2(far.options);
  CHECK_FALSE(app2.start(error));
  CHECK(error == "--step 12: lesson 'whose-account' has 9 steps");
  std::filesystem::remove_all(dir);
}

TEST_CASE("a story reloaded mid-lesson keeps the step and the lesson's clock", "[app][present]") {
  auto dir = temp_dir("present-reload");
  auto app = start_lesson("whose-account", dir, {"--step", "3"});
  for (int i = 0; i < 120; ++i) app->frame(1.0 / 60.0, false);  // two seconds into the lesson
  app->reload_story();
  app->frame(1.0 / 60.0);
  CHECK(run_of(*app).step() == 2);
  CHECK(shows(app->second_drawn_strings(), "0:02"));  // two seconds in, not back to 0:00
  std::filesystem::remove_all(dir);
}

TEST_CASE("a pointer moving over the projector shows as a laser dot", "[app][present]") {
  auto dir = temp_dir("present-laser");
  auto app = start_lesson("mothers-before-blythe", dir);
  Image before = capture(*app, dir / "before.png");
  auto dark = before.pixel(700, 800);
  CHECK(dark[0] < 40);
  app->move_pointer(700, 800);
  app->frame(1.0 / 60.0);
  Image after = capture(*app, dir / "after.png");
  auto dot = after.pixel(700, 800);
  CHECK(dot[0] > 200);  // red, soft-edged, over the dark projector
  CHECK(dot[1] < 120);
  std::filesystem::remove_all(dir);
}

// X swaps which window is the projector; the titles follow the roles, so after the lesson the
// window left is plain "Lineage", not "Lineage: presenter view".
TEST_CASE("after X swaps the views and the lesson ends, the window left is titled Lineage", "[app][present]") {
  auto dir = temp_dir("present-swap-title");
  auto app = start_lesson("whose-account", dir);
  REQUIRE(app->second_view_open());
  press(*app, "x");
  CHECK(app->window_title() == "Lineage");
  press(*app, "Escape");
  CHECK_FALSE(app->second_view_open());
  CHECK(app->window_title() == "Lineage");
  std::filesystem::remove_all(dir);
}

TEST_CASE("a countdown's end chimes softly only when the teacher turned the chime on", "[app][present][speech]") {
  for (bool on : {false, true}) {
    auto dir = temp_dir(on ? "present-chime-on" : "present-chime-off");
    auto wav = dir / "heard.wav";
    auto app = start_lesson("mothers-before-blythe", dir, {"--step", "5", "--speech-out", wav.string()});
    REQUIRE(run_of(*app).current().kind == StepKind::Reflect);
    CHECK(shows(app->second_drawn_strings(), "end chime off (A)"));
    if (on) {
      press(*app, "a");
      CHECK(shows(app->second_drawn_strings(), "end chime on (A)"));
    }
    press(*app, "PageDown");  // starts the countdown
    REQUIRE(run_of(*app).countdown_running());
    for (int i = 0; i < 12; ++i) app->frame(30.0, false);  // six minutes: the countdown is long over
    app->frame(1.0 / 60.0);
    CHECK(shows(app->drawn_strings(), "Time"));
    REQUIRE(app->write_recording().empty());
    Audio heard;
    std::string error;
    INFO(error);
    REQUIRE(read_wav(wav, heard, error));
    int peak = 0;
    for (auto sample : heard.samples) peak = std::max(peak, std::abs(static_cast<int>(sample)));
    if (on) {
      CHECK(heard.seconds() > 0.5);
      CHECK(heard.seconds() < 1.5);  // one chime, not one a frame
      CHECK(peak > 3000);
      CHECK(peak < 20000);  // soft
    } else {
      CHECK(peak == 0);
    }
    std::filesystem::remove_all(dir);
  }
}
