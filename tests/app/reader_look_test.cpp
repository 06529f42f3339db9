// Issue 15: the interface scale, reduced motion and gentle summaries are each reader's own, kept
// in her journal settings, changed by keys alone, and taken up when she starts or is switched to.
#include <catch2/catch.hpp>

#include "app/reader_menu.hpp"
#include "offscreen.hpp"

using namespace lineage;
using namespace lineage::testing;

namespace {
void press(App& app, const char* key) {
  INFO("key " << key);
  REQUIRE(app.press_key(key));
  app.settle();
}
}  // namespace

TEST_CASE("reading settings: scale, reduced motion and gentle summaries are kept per reader", "[app][reading-look]") {
  auto dir = temp_dir("reader-look");
  std::int64_t first = 0;
  {
    auto app = start_offscreen({"--scene", "reflections"}, dir);
    app->settle();
    AppState& state = app->state();
    first = state.profile;
    const std::string first_name = state.profile_name;
    REQUIRE(state.settings.interface_scale == 1.0f);
    // By keys: Ctrl+= twice, and Settings > Reduced motion and Gentle summaries by the menu.
    press(*app, "ctrl+=");
    press(*app, "ctrl+=");
    for (const char* key : {"F10", "Right", "Right", "Return"}) press(*app, key);
    for (const char* key : {"F10", "Right", "Right", "Down", "Return"}) press(*app, key);
    CHECK(state.settings.interface_scale == 1.25f);
    CHECK(state.settings.reduced_motion);
    CHECK(state.settings.gentle_summaries);
    CHECK(state.journal->setting(first, "reading.scale") == std::optional<std::string>("1.25"));
    CHECK(state.journal->setting(first, "reading.reduced-motion") == std::optional<std::string>("on"));
    CHECK(state.journal->setting(first, "reading.gentle-summaries") == std::optional<std::string>("on"));

    // Another reader has the computer's settings until she chooses her own.
    std::optional<Profile> second = state.journal->create_profile("Second reader");
    REQUIRE(second);
    switch_profile(state, *second);
    app->settle();
    CHECK(state.settings.interface_scale == 1.0f);
    CHECK_FALSE(state.settings.reduced_motion);
    CHECK_FALSE(state.settings.gentle_summaries);
    press(*app, "ctrl+-");
    CHECK(state.settings.interface_scale == 0.875f);
    // Back to the first: hers again.
    std::optional<Profile> back = state.journal->find_profile(first_name);
    REQUIRE(back);
    REQUIRE(back->id == first);
    switch_profile(state, *back);
    app->settle();
    CHECK(state.settings.interface_scale == 1.25f);
    CHECK(state.settings.reduced_motion);
    CHECK(state.settings.gentle_summaries);
  }
  // A new start: the last reader's own, from her journal.
  auto again = start_offscreen({"--scene", "reflections"}, dir);
  again->settle();
  CHECK(again->state().profile == first);
  CHECK(again->state().settings.interface_scale == 1.25f);
  CHECK(again->state().settings.reduced_motion);
  // This run's option wins, and is not kept.
  auto given = start_offscreen({"--scene", "reflections", "--scale", "2"}, dir);
  given->settle();
  CHECK(given->state().settings.interface_scale == 2.0f);
  CHECK(given->state().journal->setting(first, "reading.scale") == std::optional<std::string>("1.25"));
  std::filesystem::remove_all(dir);
}

// The teacher view shows teacher and presenter notes and makes her exports teachers' copies:
// it belongs to whoever is reading, so a student who picks her own name on the teacher's
// computer does not inherit it, and the teacher finds it on again when she comes back.
TEST_CASE("reading settings: the teacher view is kept per reader, not for the whole computer", "[app][reading-look]") {
  auto dir = temp_dir("reader-teacher");
  std::int64_t teacher = 0;
  {
    auto app = start_offscreen({"--scene", "reflections"}, dir);
    app->settle();
    AppState& state = app->state();
    teacher = state.profile;
    const std::string teacher_name = state.profile_name;
    REQUIRE_FALSE(state.settings.teacher_view);
    // Settings > Teacher view, by keys: the eighth item of the Settings menu.
    for (const char* key : {"F10", "Right", "Right", "Down", "Down", "Down", "Down", "Down", "Down", "Down", "Return"})
      press(*app, key);
    REQUIRE(state.settings.teacher_view);
    CHECK(state.journal->setting(teacher, "reading.teacher-view") == std::optional<std::string>("on"));

    std::optional<Profile> student = state.journal->create_profile("A student");
    REQUIRE(student);
    switch_profile(state, *student);
    app->settle();
    CHECK_FALSE(state.settings.teacher_view);
    CHECK_FALSE(state.journal->setting(student->id, "reading.teacher-view"));
    std::optional<Profile> back = state.journal->find_profile(teacher_name);
    REQUIRE(back);
    switch_profile(state, *back);
    app->settle();
    CHECK(state.settings.teacher_view);
    switch_profile(state, *student);
    app->settle();
  }
  // The computer's settings.txt keeps its own (off): the student was the last reader, and a
  // new start finds the teacher view off for her, on for the teacher.
  auto again = start_offscreen({"--scene", "reflections"}, dir);
  again->settle();
  CHECK(again->state().profile_name == "A student");
  CHECK_FALSE(again->state().settings.teacher_view);
  std::filesystem::remove_all(dir);
}

// "I have read up to" guards against spoilers: on a shared computer one reader's point must
// neither reveal the story to another who has read less nor hide it from one who read more.
TEST_CASE("reading settings: how far she has read is kept per reader", "[app][reading-look]") {
  auto dir = temp_dir("reader-milestone");
  std::int64_t first = 0;
  std::string first_name;
  {
    auto app = start_offscreen({"--scene", "timeline"}, dir);
    app->settle();
    AppState& state = app->state();
    first = state.profile;
    first_name = state.profile_name;
    const std::string computer = state.settings.milestone;
    state.settings.milestone = "part-violet";  // as the Reader menu's "Up to" sets it
    const int limited = state.reading_limit();
    app->settle();
    CHECK(state.journal->setting(first, "reading.milestone") == std::optional<std::string>("part-violet"));

    std::optional<Profile> other = state.journal->create_profile("Another reader");
    REQUIRE(other);
    switch_profile(state, *other);
    app->settle();
    CHECK(state.settings.milestone == computer);  // not the first reader's point
    state.settings.milestone = "part-after";
    app->settle();
    std::optional<Profile> back = state.journal->find_profile(first_name);
    REQUIRE(back);
    switch_profile(state, *back);
    app->settle();
    CHECK(state.settings.milestone == "part-violet");
    CHECK(state.reading_limit() == limited);
  }
  // settings.txt keeps the computer's own point; each reader finds hers on a new start.
  auto again = start_offscreen({"--scene", "timeline"}, dir);
  again->settle();
  AppState& state = again->state();
  CHECK(state.settings.milestone == (state.profile_name == first_name ? "part-violet" : "part-after"));
  std::optional<Profile> first_again = state.journal->find_profile(first_name);
  REQUIRE(first_again);
  switch_profile(state, *first_again);
  again->settle();
  CHECK(state.settings.milestone == "part-violet");
  std::filesystem::remove_all(dir);
}
