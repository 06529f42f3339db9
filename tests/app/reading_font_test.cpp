// The reading font changes at once: Settings > Dyslexia-friendly font turns the canvas type
// (what Diagnostics reports and what the screen shows) to OpenDyslexic in the next frames,
// without a restart, and back again. Reached as a reader who cannot see would, by ear.
#include <catch2/catch.hpp>

#include "core/settings/reading_look.hpp"
#include "offscreen.hpp"
#include "platform/fonts.hpp"

using namespace lineage;
using namespace lineage::testing;

namespace {
void press(App& app, const char* key) {
  REQUIRE(app.press_key(key));
  app.settle();
}

// Settings, then Down until self-voicing names the dyslexia-friendly font, then Space.
void toggle_dyslexia_font(App& app) {
  for (const char* key : {"F10", "Right", "Right"}) press(app, key);
  REQUIRE(app.shown_menu() == "Settings");
  for (int i = 0; i < 12 && app.spoken().back().find("Dyslexia-friendly font") == std::string::npos; ++i) {
    press(app, "Down");
    for (int f = 0; f < 4; ++f) app.frame(1.0 / 60, false);
  }
  REQUIRE(app.spoken().back().find("Dyslexia-friendly font") != std::string::npos);
  press(app, "space");  // ImGui's own key for choosing a menu item
  REQUIRE(app.shown_menu().empty());
}

std::string serif_line(App& app) {
  const std::string& text = app.panel_text();
  std::size_t at = text.find("Serif font");
  return at == std::string::npos ? "" : text.substr(at, text.find('\n', at) - at);
}
}  // namespace

TEST_CASE("the dyslexia-friendly font takes over the canvas at once, and gives it back", "[app][reading-look]") {
  auto dir = temp_dir("reading-font");
  auto app = start_offscreen({"--scene", "title", "--size", "1280x720", "--self-voicing", "--speech-out", (dir / "x.wav").string()}, dir);
  app->settle();
  app->record_panel_text(true);
  press(*app, "F12");  // Diagnostics names the canvas's fonts
  const std::string before = serif_line(*app);
  INFO("before: " << before);
  REQUIRE_FALSE(before.empty());
  CHECK(before.find("OpenDyslexic") == std::string::npos);
  Image plain = capture(*app, dir / "plain.png");

  toggle_dyslexia_font(*app);
  const std::string after = serif_line(*app);
  INFO("after: " << after);
  CHECK(after.find("OpenDyslexic") != std::string::npos);
  Image dyslexic = capture(*app, dir / "dyslexic.png");
  CHECK(plain.difference(dyslexic) > 0.01);  // the type on screen changed, not just the report

  toggle_dyslexia_font(*app);
  CHECK(serif_line(*app) == before);
  std::filesystem::remove_all(dir);
}

// OpenDyslexic's line is 1.75 em (DejaVu Sans's 1.16) and its x as tall as DejaVu Sans's at one
// em (taller than EB Garamond's): set at the theme's sizes unchanged it came out a third smaller
// in the panels (ImGui sizes a font by its line) and a third larger in the serif roles. Each role
// is now set so its lowercase stands as tall as the theme's own font for that role.
TEST_CASE("the legible sans, Andika, keeps the x-height it replaces and opens up the lines", "[reading-look]") {
  const auto assets = std::filesystem::path(LINEAGE_SOURCE_DIR) / "assets";
  const InterfaceTheme plain = load_reading_look(assets, "", "").theme;
  const InterfaceThemeLoad load = load_reading_look(assets, "", "andika");
  CHECK(load.warnings.empty());
  const InterfaceTheme& andika = load.theme;
  CHECK(plain.line_spacing == 1.0f);
  CHECK(andika.line_spacing > 1.05f);
  for (const char* role : {"serif", "sans"}) {
    INFO(role);
    REQUIRE(find_font(andika.font_families(role)).family == "Andika");
    FontShape theirs = font_shape(find_font(plain.font_families(role)).path);
    FontShape ours = font_shape(find_font(andika.font_families(role)).path);
    REQUIRE(ours.x_height > 0);
    CHECK(font_size_factor(andika, role, false) * ours.x_height == Approx(theirs.x_height).epsilon(0.03));
  }
}

TEST_CASE("the dyslexia-friendly font keeps the x-height of the fonts it replaces", "[reading-look]") {
  const auto assets = std::filesystem::path(LINEAGE_SOURCE_DIR) / "assets";
  const InterfaceTheme plain = load_reading_look(assets, "", "").theme;
  const InterfaceTheme dyslexic = load_reading_look(assets, "", "opendyslexic").theme;
  for (const char* role : {"serif", "sans"}) {
    INFO(role);
    CHECK(font_size_factor(plain, role, false) == 1.0f);
    CHECK(font_size_factor(plain, role, true) == 1.0f);
    FontShape theirs = font_shape(find_font(plain.font_families(role)).path);
    FontShape ours = font_shape(find_font(dyslexic.font_families(role)).path);
    REQUIRE(find_font(dyslexic.font_families(role)).family == "OpenDyslexic");
    REQUIRE(ours.x_height > 0);
    // At one em (the canvas, SDL2_ttf) and at one line (the panels, ImGui).
    float by_em = font_size_factor(dyslexic, role, false) * ours.x_height;
    CHECK(by_em == Approx(theirs.x_height).epsilon(0.03));
    float by_line = font_size_factor(dyslexic, role, true) * ours.x_height / ours.line_height;
    CHECK(by_line == Approx(theirs.x_height / theirs.line_height).epsilon(0.03));
  }
}
