// Lessons: loading and diagnostics (story scripts), and a lesson being presented (LessonRun):
// stepping, holding content-noted steps, covers, the countdown, clocks and ahead/behind.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "core/present/lesson_run.hpp"
#include "core/script/json_dump.hpp"
#include "core/script/loader.hpp"
#include "script_test_util.hpp"

using namespace lineage;
using script_test::all_text;
using script_test::has_message;
using script_test::load_with_base;

namespace {

// A later milestone, a content note and a moment behind both, beside base.story.
const std::string kWorld = R"(milestone part-two
  title: Part two
  order: 2

content-note grief
  label: Grief

moment bea-mourns
  title: Bea mourns
  when: c. 1970
  lane: ada
  milestone: part-two
  content: grief
  facts: f-ada
  gentle: Bea grieves.

parent ada -> bea
  label: the leaving

prompt later
  about: bea-mourns
  text: What does Bea lose?
)";

const std::string kLesson = R"(lesson one
  title: One
  class-milestone: part-two
  minutes: 20
  steps:
    blank:
      title: Welcome
      minutes: 2
      notes: Hello.
    moment ada-leaves:
      minutes: 5
    moment bea-mourns:
      show: story
      minutes: 5
    reflect why:
      countdown: 2
      minutes: 4
    lineage:
      view: pattern
      link: ada -> bea
      minutes: 2
    discuss later:
      minutes: 2
)";

LoadResult load_lesson(const std::string& lesson) { return load_with_base(kWorld + "\n" + lesson); }

}  // namespace

TEST_CASE("a lesson loads with its steps resolved to the story") {
  LoadResult r = load_lesson(kLesson);
  REQUIRE(r.errors() == 0);
  const Story& s = *r.story;
  REQUIRE(s.lessons.size() == 1);
  const Lesson& l = s.lessons[0];
  CHECK(s.lesson("one") == 0);
  CHECK(l.title == "One");
  CHECK(l.minutes == 20);
  CHECK(s.milestones[static_cast<std::size_t>(l.milestone)].id == "part-two");
  REQUIRE(l.steps.size() == 6);
  CHECK(l.steps[0].kind == StepKind::Blank);
  CHECK(l.steps[0].title == "Welcome");
  CHECK(l.steps[0].notes == "Hello.");
  CHECK(l.steps[1].moment == s.moment("ada-leaves"));
  CHECK(l.steps[1].content_notes.empty());
  CHECK(l.steps[2].show == MomentShow::Story);
  REQUIRE(l.steps[2].content_notes.size() == 1);  // the moment's own content note
  CHECK(s.content_notes[static_cast<std::size_t>(l.steps[2].content_notes[0])].id == "grief");
  CHECK(l.steps[3].kind == StepKind::Reflect);
  CHECK(l.steps[3].prompt == s.prompt("why"));
  CHECK(l.steps[3].countdown_minutes == 2);
  CHECK(l.steps[4].lineage == LineageShow::Pattern);
  REQUIRE(l.steps[4].link >= 0);
  CHECK(s.parents[static_cast<std::size_t>(l.steps[4].link)].parent == s.person("ada"));
  CHECK(l.steps[5].kind == StepKind::Discuss);
}

TEST_CASE("the bundled lessons load, each about 45 minutes with a class milestone") {
  LoadResult r = load_story(std::filesystem::path(LINEAGE_SOURCE_DIR) / "story");
  INFO(all_text(r));
  REQUIRE(r.errors() == 0);
  const Story& s = *r.story;
  REQUIRE(s.lessons.size() == 3);
  for (const Lesson& l : s.lessons) {
    INFO(l.id);
    CHECK(l.minutes == 45);
    CHECK(l.milestone >= 0);
    CHECK(l.steps.size() >= 6);
    bool holds = false;
    for (const LessonStep& step : l.steps) {
      holds = holds || !step.content_notes.empty();
      CHECK(step.notes.rfind("Interpretation:", 0) == 0);  // new notes say what they are
    }
    CHECK(holds);  // each lesson meets at least one content-noted step
  }
}

TEST_CASE("lesson diagnostics name the place and the problem") {
  SECTION("an unknown moment, with a suggestion") {
    LoadResult r = load_lesson(R"(lesson x
  title: X
  class-milestone: part-two
  minutes: 1
  steps:
    moment ada-leave:
      minutes: 1
)");
    CHECK(all_text(r).find("snippet.story:29:12: error: unknown moment `ada-leave`") != std::string::npos);
    CHECK(all_text(r).find("did you mean `ada-leaves`?") != std::string::npos);
  }
  SECTION("minutes that do not add up") {
    LoadResult r = load_lesson(R"(lesson x
  title: X
  class-milestone: part-two
  minutes: 45
  steps:
    blank:
      minutes: 40
)");
    CHECK(all_text(r).find("snippet.story:27:12: error: the steps add up to 40 minutes, but the lesson says 45") !=
          std::string::npos);
  }
  SECTION("a step beyond the class milestone") {
    LoadResult r = load_lesson(R"(lesson x
  title: X
  class-milestone: part-one
  minutes: 2
  steps:
    moment bea-mourns:
      minutes: 1
    discuss later:
      minutes: 1
)");
    CHECK(has_message(r, "step 1's moment `bea-mourns` belongs to milestone `part-two`, beyond the class milestone `part-one`"));
    CHECK(has_message(r, "step 2's prompt `later` belongs to milestone `part-two`"));
    CHECK(r.errors() == 2);
  }
  SECTION("an unknown step kind, a missing id, a key in the wrong step, a missing link") {
    LoadResult r = load_lesson(R"(lesson x
  title: X
  class-milestone: part-two
  minutes: 4
  steps:
    slide:
      minutes: 1
    reflect:
      minutes: 1
    blank:
      show: story
      minutes: 1
    lineage:
      link: bea -> ada
      minutes: 1
)");
    std::string text = all_text(r);
    CHECK(text.find("snippet.story:29:5: error: unknown step `slide`") != std::string::npos);
    CHECK(text.find("snippet.story:31:5: error: `reflect` needs an id before the colon") != std::string::npos);
    CHECK(text.find("snippet.story:34:7: error: `show:` is only for `moment` steps") != std::string::npos);
    CHECK(text.find("snippet.story:37:13: error: the story has no parent link `bea -> ada`") != std::string::npos);
  }
  SECTION("a countdown longer than its step, and a step with no minutes") {
    LoadResult r = load_lesson(R"(lesson x
  title: X
  class-milestone: part-two
  minutes: 2
  steps:
    reflect why:
      countdown: 3
      minutes: 2
    blank:
      title: no minutes
)");
    CHECK(has_message(r, "the countdown (3 minutes) is longer than the step (2)"));
    CHECK(has_message(r, "step 2 (`blank`) has no `minutes:`"));
  }
}

namespace {
struct Fixture {
  LoadResult r = load_lesson(kLesson);
  const Story& s() { return *r.story; }
};
}  // namespace

TEST_CASE("a run steps forward and back and jumps; next holds at a content-noted step") {
  Fixture f;
  REQUIRE(f.r.errors() == 0);
  LessonRun run(f.s(), 0, 100.0);
  CHECK(run.step() == 0);
  CHECK(run.reveal() == Reveal::Full);
  CHECK_FALSE(run.prev(100));
  CHECK(run.next(101));
  CHECK(run.step() == 1);
  CHECK(run.next(102));
  CHECK(run.step() == 2);
  CHECK(run.holding());  // the class sees the neutral card first
  CHECK(run.next(103));   // the clicker's next shows it...
  CHECK(run.step() == 2);
  CHECK(run.reveal() == Reveal::Full);
  CHECK(run.next(104));  // ...and the next press moves on
  CHECK(run.step() == 3);
  CHECK(run.prev(105));
  CHECK(run.holding());  // coming back holds again
  run.show_gentle();
  CHECK(run.reveal() == Reveal::Gentle);
  CHECK(run.jump(5, 106));
  CHECK(run.step() == 5);
  CHECK_FALSE(run.next(107));  // the last step
  CHECK_FALSE(run.jump(6, 107));
  CHECK_FALSE(run.jump(-1, 107));
  CHECK(run.jump(2, 108));
  run.skip(108);  // skipping a held step goes on without showing it
  CHECK(run.step() == 3);
  run.restart(200);
  CHECK(run.step() == 0);
  CHECK(run.elapsed(230) == Approx(30));
}

TEST_CASE("covers toggle and a new step uncovers; the prompt hook follows what the class sees") {
  Fixture f;
  LessonRun run(f.s(), 0, 0);
  run.toggle_cover(Cover::Black);
  CHECK(run.cover() == Cover::Black);
  run.toggle_cover(Cover::White);
  CHECK(run.cover() == Cover::White);
  run.toggle_cover(Cover::White);
  CHECK(run.cover() == Cover::None);
  CHECK(run.current_prompt_id().empty());
  CHECK_FALSE(run.projector_shows_prompt());
  run.jump(3, 1);
  CHECK(run.current_prompt_id() == "why");
  CHECK(run.projector_shows_prompt());
  run.toggle_cover(Cover::Black);
  CHECK_FALSE(run.projector_shows_prompt());
  run.jump(4, 2);
  CHECK(run.cover() == Cover::None);
}

TEST_CASE("the think-pair-share countdown starts, pauses, resumes and ends") {
  Fixture f;
  LessonRun run(f.s(), 0, 0);
  CHECK_FALSE(run.has_countdown());
  run.toggle_countdown(0);  // no countdown on a blank step: nothing happens
  CHECK_FALSE(run.countdown_running());
  run.jump(3, 10);
  REQUIRE(run.has_countdown());
  CHECK(run.countdown_left(10) == Approx(120));
  CHECK_FALSE(run.countdown_started());
  run.toggle_countdown(10);
  CHECK(run.countdown_left(40) == Approx(90));
  run.toggle_countdown(40);  // pause
  CHECK(run.countdown_left(100) == Approx(90));
  run.toggle_countdown(100);  // resume
  CHECK(run.countdown_left(150) == Approx(40));
  CHECK_FALSE(run.countdown_over(150));
  CHECK(run.countdown_over(190));
  CHECK(run.countdown_left(500) == 0);
}

TEST_CASE("ahead and behind are measured against the current step's planned window") {
  Fixture f;
  LessonRun run(f.s(), 0, 0);
  // Planned: step 1 0-2 min, step 2 2-7, step 3 7-12, step 4 12-16, ...
  CHECK(run.planned_start(2) == Approx(7 * 60));
  CHECK(run.planned_length(3) == Approx(4 * 60));
  CHECK(run.schedule_offset(60) == 0);             // inside step 1's window
  CHECK(run.schedule_offset(180) == Approx(60));   // a minute past it: behind
  run.jump(2, 300);                                // at 5:00 on a step planned for 7:00
  CHECK(run.schedule_offset(300) == Approx(-120));  // two minutes ahead
  CHECK(schedule_text(run.schedule_offset(300)) == "2 min ahead");
  CHECK(schedule_text(90) == "2 min behind");
  CHECK(schedule_text(20) == "on time");
  CHECK(clock_text(65) == "1:05");
  CHECK(clock_text(3725) == "1:02:05");
  CHECK(clock_text(-30) == "-0:30");
}

TEST_CASE("on a reflect step the clicker's next starts the countdown first, then moves on") {
  Fixture f;
  LessonRun run(f.s(), 0, 0);
  run.jump(3, 0);
  CHECK(run.next(1));
  CHECK(run.step() == 3);
  CHECK(run.countdown_running());
  CHECK(run.next(2));
  CHECK(run.step() == 4);
  CHECK_FALSE(run.countdown_running());
}

TEST_CASE("the lesson in story/README.md loads with the bundled story, without errors") {
  namespace fs = std::filesystem;
  std::string readme = script_test::read(fs::path(LINEAGE_SOURCE_DIR) / "story" / "README.md");
  std::size_t section = readme.find("## Your own lesson");
  REQUIRE(section != std::string::npos);
  std::size_t open = readme.find("```\n", section), close = readme.find("```\n", open + 4);
  REQUIRE(close != std::string::npos);
  std::string example = readme.substr(open + 4, close - open - 4);
  REQUIRE(example.rfind("lesson my-first-lesson", 0) == 0);
  // The bundled story's files, with the example beside them as a teacher would add it.
  std::vector<ScriptFile> files;
  fs::path story = fs::path(LINEAGE_SOURCE_DIR) / "story";
  for (const auto& entry : fs::recursive_directory_iterator(story))
    if (entry.path().extension() == ".story" &&
        fs::relative(entry.path(), story).generic_string().rfind("examples/", 0) != 0)  // stories of their own
      files.push_back({fs::relative(entry.path(), story).generic_string(), script_test::read(entry.path())});
  files.push_back({"my-class/my-first-lesson.story", example});
  LoadResult r = load_story_files(files, story);
  INFO(all_text(r));
  REQUIRE(r.errors() == 0);
  const Lesson& l = r.story->lessons[static_cast<std::size_t>(r.story->lesson("my-first-lesson"))];
  CHECK(l.steps.size() == 6);
  CHECK(l.minutes == 20);
}

TEST_CASE("dump --json carries the lessons, their steps resolved to ids") {
  LoadResult r = load_lesson(kLesson);
  REQUIRE(r.errors() == 0);
  auto j = nlohmann::json::parse(dump_json(r));
  const auto& lessons = j["story"]["lessons"];
  REQUIRE(lessons.is_array());
  REQUIRE(lessons.size() == 1);
  const auto& l = lessons[0];
  CHECK(l["id"] == "one");
  CHECK(l["title"] == "One");
  CHECK(l["class_milestone"] == "part-two");
  CHECK(l["minutes"] == 20.0);
  CHECK(l["loc"]["line"].get<int>() > 0);
  const auto& steps = l["steps"];
  REQUIRE(steps.size() == 6);
  CHECK(steps[0]["kind"] == "blank");
  CHECK(steps[0]["title"] == "Welcome");
  CHECK(steps[0]["notes"] == "Hello.");
  CHECK(steps[0]["minutes"] == 2.0);
  CHECK(steps[1]["kind"] == "moment");
  CHECK(steps[1]["moment"] == "ada-leaves");
  CHECK(steps[1]["show"] == "timeline");
  CHECK(steps[1]["content_notes"].empty());
  CHECK(steps[2]["show"] == "story");
  CHECK(steps[2]["content_notes"] == nlohmann::json({"grief"}));
  CHECK(steps[3]["kind"] == "reflect");
  CHECK(steps[3]["prompt"] == "why");
  CHECK(steps[3]["countdown_minutes"] == 2.0);
  CHECK(steps[4]["kind"] == "lineage");
  CHECK(steps[4]["view"] == "pattern");
  CHECK(steps[4]["link"] == nlohmann::json({{"parent", "ada"}, {"child", "bea"}}));
  CHECK(steps[5]["kind"] == "discuss");
  CHECK(steps[5]["prompt"] == "later");
  CHECK(steps[5]["loc"]["line"].get<int>() > steps[4]["loc"]["line"].get<int>());
}
