// File links to the HTML study guide, the screen-reader twin of the canvas: a reader who
// cannot see reaches it by ear (F10, Down) and it opens the export dialog with HTML chosen.
#include <catch2/catch.hpp>

#include "app/reader_menu.hpp"
#include "offscreen.hpp"

using namespace lineage;
using namespace lineage::testing;

TEST_CASE("File opens the study guide for screen readers as an HTML export, by keyboard and by ear",
          "[app][commands][speech]") {
  auto dir = temp_dir("help-menu");
  auto app = start_offscreen({"--scene", "timeline", "--self-voicing", "--speech-out", (dir / "x.wav").string()}, dir);
  app->settle();
  for (const char* key : {"F10", "Down"}) {
    REQUIRE(app->press_key(key));
    app->settle();
    app->finish_speech();
    for (int i = 0; i < 4; ++i) app->frame(1.0 / 60, false);
  }
  REQUIRE(app->shown_menu() == "File");
  for (const auto& s : app->spoken()) UNSCOPED_INFO("said: " << s);
  CHECK(app->spoken().back() == "Study guide for screen readers (HTML)\u2026, menu item");
  REQUIRE(app->press_key("space"));
  app->settle();
  CHECK(app->export_dialog_open());
  CHECK(app->reader_dialogs().choice.format == ExportFormat::Html);
  std::filesystem::remove_all(dir);
}
