// Reaching every control by keyboard: Return and Space choose the focused control in menus,
// modal dialogs, plain dialogs and the panels the keyboard moved into, on scenes that take the
// arrows, Return and Space for themselves (the timeline, story mode) as on those that do not.
#include <catch2/catch.hpp>

#include "offscreen.hpp"
#include "scenes/timeline/timeline_scene.hpp"

using namespace lineage;
using namespace lineage::testing;

namespace {

void press(App& app, const char* key) {
  INFO("key " << key);
  REQUIRE(app.press_key(key));
  app.settle();
}

bool shows(App& app, const std::string& text) { return app.panel_text().find(text) != std::string::npos; }

// The words self-voicing said last (the focused control's label, once ImGui gave it).
std::string heard_last(App& app) {
  app.finish_speech();
  for (int i = 0; i < 4; ++i) app.frame(1.0 / 60, false);
  return app.spoken().empty() ? "" : app.spoken().back();
}

}  // namespace

TEST_CASE("keyboard: a menu item chosen with Return leaves Return and Space working in the dialog it opens",
          "[app][keyboard]") {
  // Return on a menu item closes the menu (and holds the item): its release must still reach
  // ImGui as Space's, or ImGui holds Space down and the dialog's Return does nothing.
  auto dir = temp_dir("keyboard-return");
  auto app = start_offscreen({"--scene", "reflections"}, dir);
  app->settle();
  for (const char* key : {"F10", "Right", "Right", "Down", "Down", "Return"}) press(*app, key);
  REQUIRE(app->care_dialog_open());
  press(*app, "Return");  // Begin (or Save), where the keyboard starts
  CHECK_FALSE(app->care_dialog_open());
  for (const char* key : {"F10", "Right", "Right", "Down", "Down", "space"}) press(*app, key);
  REQUIRE(app->care_dialog_open());
  press(*app, "space");
  CHECK_FALSE(app->care_dialog_open());
  std::filesystem::remove_all(dir);
}

TEST_CASE("keyboard: the Reading aloud dialog works by keys over the timeline, which owns the arrows",
          "[app][keyboard]") {
  auto dir = temp_dir("keyboard-voice-dialog");
  auto app = start_offscreen({"--scene", "timeline", "--self-voicing", "--speech-out", (dir / "x.wav").string()}, dir);
  app->settle();
  auto* timeline = dynamic_cast<TimelineScene*>(app->scene());
  REQUIRE(timeline);
  const std::string selected = timeline->selected_title(app->state());
  for (const char* key : {"F10", "Right", "Right", "Down", "Down", "Down", "Return"}) press(*app, key);
  REQUIRE(app->voice_dialog_open());
  // Down through the dialog to its first switch: the timeline's selection stays where it was.
  bool reached = false;
  for (int i = 0; i < 8 && !reached; ++i) {
    press(*app, "Down");
    reached = heard_last(*app).find("Read each beat aloud") != std::string::npos;
  }
  REQUIRE(reached);
  CHECK(timeline->selected_title(app->state()) == selected);
  REQUIRE_FALSE(app->state().voices.read_each_beat);
  press(*app, "Return");
  CHECK(app->state().voices.read_each_beat);
  press(*app, "space");
  CHECK_FALSE(app->state().voices.read_each_beat);
  // Escape closes it; the arrows are the timeline's again.
  press(*app, "Escape");
  CHECK_FALSE(app->voice_dialog_open());
  press(*app, "Right");
  CHECK(timeline->selected_title(app->state()) != selected);
  std::filesystem::remove_all(dir);
}

TEST_CASE("keyboard: the timeline card's content-note choice is answered by keys", "[app][keyboard][care]") {
  auto dir = temp_dir("keyboard-card-care");
  auto app = start_offscreen({"--scene", "timeline", "--select", "violet-born", "--size", "1920x1080"}, dir);
  app->record_panel_text(true);
  app->settle();
  auto* timeline = dynamic_cast<TimelineScene*>(app->scene());
  REQUIRE(timeline);
  const Story& story = *app->state().story;
  const Moment& moment = story.moments[static_cast<std::size_t>(story.moment("violet-born"))];
  const std::string title = timeline->selected_title(app->state());
  REQUIRE(shows(*app, "You asked to be warned"));

  SECTION("Tab, then Space: Show it") {
    press(*app, "Tab");
    press(*app, "space");
    CHECK(timeline->selected_title(app->state()) == title);  // Space chose; it did not step on
    CHECK_FALSE(shows(*app, "You asked to be warned"));
    CHECK(shows(*app, moment.summary.substr(0, 40)));
  }
  SECTION("Tab, Down to Skip it, Return; Escape gives the arrows back to the timeline") {
    press(*app, "Tab");
    press(*app, "Down");  // the gentle summary
    press(*app, "Down");  // Skip it
    press(*app, "Return");
    CHECK(timeline->selected_title(app->state()) == title);
    CHECK(shows(*app, "You chose to skip this moment."));
    press(*app, "Escape");
    press(*app, "Right");
    CHECK(timeline->selected_title(app->state()) != title);
  }
  std::filesystem::remove_all(dir);
}
