// The presenter view with a long lesson (40 steps) and a long step title: the step list shows
// the current step and says which steps are in view, the wheel scrolls it, and a title too long
// for its column wraps (the "Now" line) or ends in "…" with the whole title under the pointer.
#include <catch2/catch.hpp>

#include <fstream>

#include "core/cli/options.hpp"
#include "offscreen.hpp"
#include "scenes/present/present_scene.hpp"

using namespace lineage;
using namespace lineage::testing;
namespace fs = std::filesystem;

namespace {

const std::string kLongTitle = "Everything we know about Violet's behaviour, and what each mother saw in it";

// The tests' small valid story and a lesson of 40 one-minute blank steps; step 20 has the long title.
fs::path long_lesson_story(const fs::path& dir) {
  fs::path story = dir / "story";
  fs::create_directories(story);
  const fs::path scripts = fs::path(LINEAGE_SOURCE_DIR) / "tests" / "data" / "scripts";
  fs::copy_file(scripts / "base.story", story / "base.story");
  fs::copy_file(scripts / "notes.txt", story / "notes.txt");
  std::ofstream out(story / "long.story");
  out << "lesson long\n  title: A long lesson\n  class-milestone: part-one\n  minutes: 40\n  steps:\n";
  for (int i = 1; i <= 40; ++i)
    out << "    blank:\n      title: " << (i == 20 ? kLongTitle : "Pause " + std::to_string(i)) << "\n      minutes: 1\n";
  return story;
}

std::unique_ptr<App> start(const fs::path& dir) {
  ParseResult parsed = parse_options({"present", "long", "--story", long_lesson_story(dir).string(), "--screenshot",
                                      (dir / "unused.png").string(), "--data-dir", (dir / "data").string(), "--size",
                                      "1920x1080"});
  REQUIRE(parsed.error.empty());
  auto app = std::make_unique<App>(parsed.options);
  std::string error;
  INFO(error);
  REQUIRE(app->start(error));
  app->settle();
  REQUIRE(running_lesson(*app->scene()) != nullptr);
  return app;
}

void press(App& app, const std::string& key) {
  REQUIRE(app.press_key(key));
  app.frame(1.0 / 60.0);
  app.frame(1.0 / 60.0);
}

// A command from the presenter view's window (view 1), then a frame.
void from_presenter(App& app, Command c) {
  c.view = 1;
  app.state().outbox.post(std::move(c));
  app.frame(1.0 / 60.0);
  app.frame(1.0 / 60.0);
}

bool has(const std::vector<std::string>& strings, const std::string& text) {
  for (const auto& s : strings)
    if (s == text) return true;
  return false;
}

bool starts_with(const std::vector<std::string>& strings, const std::string& prefix, std::string* found = nullptr) {
  for (const auto& s : strings)
    if (s.rfind(prefix, 0) == 0) {
      if (found) *found = s;
      return true;
    }
  return false;
}

// Wrapped text is drawn a line at a time: compare with the spaces between lines folded.
bool shows_text(const std::vector<std::string>& drawn, const std::string& text) {
  std::string all;
  for (const auto& s : drawn) all += s;
  std::string want;
  for (char c : text)
    if (c != ' ') want += c;
  std::string have;
  for (char c : all)
    if (c != ' ') have += c;
  return have.find(want) != std::string::npos;
}

}  // namespace

TEST_CASE("a long lesson's step list keeps the current step in view and scrolls with the wheel", "[app][present]") {
  auto dir = temp_dir("present-long-list");
  auto app = start(dir);
  const LessonRun& run = *running_lesson(*app->scene());
  std::string heading;
  REQUIRE(starts_with(app->second_drawn_strings(), "STEPS 1\xe2\x80\x93", &heading));
  CHECK(heading.find(" of 40") != std::string::npos);
  CHECK(has(app->second_drawn_strings(), "Heading: Pause 1"));
  CHECK_FALSE(has(app->second_drawn_strings(), "Heading: Pause 40"));

  // Step 25: the list follows (the step before it first), the current row is drawn.
  press(*app, "2");
  press(*app, "5");
  press(*app, "Return");
  REQUIRE(run.step() == 24);
  CHECK(has(app->second_drawn_strings(), "Heading: Pause 24"));
  CHECK(has(app->second_drawn_strings(), "Heading: Pause 25"));
  CHECK_FALSE(has(app->second_drawn_strings(), "Heading: Pause 1"));
  REQUIRE(starts_with(app->second_drawn_strings(), "STEPS 24\xe2\x80\x93", &heading));
  // Near the end the list stays full: the last step is the last row.
  press(*app, "3");
  press(*app, "9");
  press(*app, "Return");
  REQUIRE(run.step() == 38);
  CHECK(has(app->second_drawn_strings(), "Heading: Pause 39"));
  CHECK(has(app->second_drawn_strings(), "Heading: Pause 40"));
  REQUIRE(starts_with(app->second_drawn_strings(), "STEPS ", &heading));
  CHECK(heading.find("\xe2\x80\x93" "40 of 40") != std::string::npos);

  // Back to step 2, then find where the rows are: a click on a row jumps to its step.
  press(*app, "2");
  press(*app, "Return");
  REQUIRE(run.step() == 1);
  float row_y = -1;
  for (float y = 300; y < 1040 && row_y < 0; y += 12) {
    Command click = Command::simple(Command::Kind::PointerDown);
    click.x = 1300;
    click.y = y;
    from_presenter(*app, click);
    if (run.step() == 2) row_y = y;  // the third row: step 3
  }
  REQUIRE(row_y > 0);
  // The wheel over the list scrolls it by rows, without moving the lesson...
  Command wheel = Command::simple(Command::Kind::Wheel);
  wheel.x = 1300;
  wheel.y = row_y;
  wheel.delta = -10;
  from_presenter(*app, wheel);
  CHECK(run.step() == 2);
  REQUIRE(starts_with(app->second_drawn_strings(), "STEPS 12\xe2\x80\x93", &heading));
  CHECK(has(app->second_drawn_strings(), "Heading: Pause 12"));
  CHECK_FALSE(has(app->second_drawn_strings(), "Heading: Pause 3"));
  // ...and the next step brings the current one back into view.
  press(*app, "PageDown");
  CHECK(run.step() == 3);
  REQUIRE(starts_with(app->second_drawn_strings(), "STEPS 3\xe2\x80\x93", &heading));
  CHECK(has(app->second_drawn_strings(), "Heading: Pause 4"));
  fs::remove_all(dir);
}

TEST_CASE("a step title too long for its column wraps in the presenter view, or ends in an ellipsis", "[app][present]") {
  auto dir = temp_dir("present-long-title");
  auto app = start(dir);
  const LessonRun& run = *running_lesson(*app->scene());
  // Step 19: the long title is the next step's, and in the step list.
  press(*app, "1");
  press(*app, "9");
  press(*app, "Return");
  REQUIRE(run.step() == 18);
  const auto& next = app->second_drawn_strings();
  std::string first_line;
  REQUIRE(starts_with(next, "Next: ", &first_line));
  CHECK(first_line.find("saw in it") == std::string::npos);  // wrapped: not one line cut at the column
  CHECK(shows_text(next, "Next: Heading: " + kLongTitle));
  // The list's row ends in an ellipsis...
  std::string row;
  REQUIRE(starts_with(next, "Heading: Everything we know", &row));
  CHECK(row.size() < ("Heading: " + kLongTitle).size());
  CHECK(row.substr(row.size() - 3) == "\xe2\x80\xa6");
  // ...and the step itself shows its whole title on the "Now" line, in two lines.
  press(*app, "PageDown");
  REQUIRE(run.step() == 19);
  const auto& now = app->second_drawn_strings();
  REQUIRE(starts_with(now, "Now: step 20 of 40", &first_line));
  CHECK(first_line.find("saw in it") == std::string::npos);
  CHECK(shows_text(now, "Now: step 20 of 40 \xc2\xb7 Heading: " + kLongTitle));

  // The pointer resting on the cut row shows the whole title: find the row (a click jumps to it).
  press(*app, "1");
  press(*app, "9");
  press(*app, "Return");
  REQUIRE(run.step() == 18);
  float row_y = -1;
  for (float y = 300; y < 1040 && row_y < 0; y += 12) {
    Command move = Command::simple(Command::Kind::PointerMove);
    move.x = 1300;
    move.y = y;
    from_presenter(*app, move);
    if (shows_text(app->second_drawn_strings(), "20   Heading: " + kLongTitle)) row_y = y;
  }
  CHECK(row_y > 0);
  fs::remove_all(dir);
}
