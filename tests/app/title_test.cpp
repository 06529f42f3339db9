// The title scene rendered offscreen: right size, not blank, the serif title really drawn.
#include <catch2/catch.hpp>

#include <algorithm>

#include "offscreen.hpp"

using namespace lineage;
using namespace lineage::testing;

TEST_CASE("the title scene renders offscreen at the requested size", "[app][title]") {
  auto dir = temp_dir("title");
  auto app = start_offscreen({"--scene", "title", "--size", "1280x720"}, dir);
  Image image = capture(*app, dir / "title.png");
  REQUIRE(image.width == 1280);
  REQUIRE(image.height == 720);
  // Not blank: type and drawing give real contrast, far above a flat gradient's.
  CHECK(image.luminance_variance() > 50.0);
  // The serif title's band (top centre) differs from the plain background at the edges.
  double title_band = image.luminance_variance(440, 90, 840, 210);
  double corner = image.luminance_variance(0, 600, 120, 700);
  CHECK(title_band > 200.0);
  CHECK(title_band > corner * 20.0);
  const auto& drawn = app->drawn_strings();
  CHECK(std::count(drawn.begin(), drawn.end(), "Lineage") == 1);
  std::filesystem::remove_all(dir);
}

TEST_CASE("the title scene names the four generations from the story", "[app][title]") {
  auto dir = temp_dir("title-names");
  auto app = start_offscreen({"--scene", "title"}, dir);
  app->settle();
  const auto& drawn = app->drawn_strings();
  for (const char* name : {"Etta", "Cecilia", "Blythe", "Violet"})
    CHECK(std::find(drawn.begin(), drawn.end(), name) != drawn.end());
  std::filesystem::remove_all(dir);
}

TEST_CASE("key presses reach the app through the same input path as a window", "[app][keys]") {
  auto dir = temp_dir("keys");
  auto app = start_offscreen({"--scene", "title"}, dir);
  Image before = capture(*app, dir / "before.png");
  REQUIRE(app->press_key("F12"));  // the Diagnostics panel
  Image after = capture(*app, dir / "after.png");
  CHECK(after.difference(before) > 0.01);
  CHECK_FALSE(app->press_key("NoSuchKey"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("Return on the title asks for the timeline", "[app][keys]") {
  auto dir = temp_dir("return");
  auto app = start_offscreen({"--scene", "title"}, dir);
  app->settle();
  REQUIRE(app->press_key("Return"));
  app->settle();
  std::string expected = app->find_scene("timeline") ? "timeline" : "title";
  CHECK(app->scene_name() == expected);
  std::filesystem::remove_all(dir);
}

TEST_CASE("a larger interface scale draws larger type at once", "[app][scale]") {
  auto dir = temp_dir("scale");
  auto app = start_offscreen({"--scene", "title"}, dir);
  Image normal = capture(*app, dir / "normal.png");
  app->set_interface_scale(1.5f);
  Image larger = capture(*app, dir / "larger.png");
  CHECK(app->state().settings.interface_scale == Approx(1.5f));
  CHECK(larger.difference(normal) > 0.02);
  std::filesystem::remove_all(dir);
}
