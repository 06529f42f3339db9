// The reading look: theme variants laid over theme.conf, the OpenDyslexic font, and the
// high-contrast theme measured against WCAG AAA (7:1) for every text colour on the page and
// on the panels.
#include <catch2/catch.hpp>

#include "core/settings/reading_look.hpp"

using namespace lineage;

namespace {
const std::filesystem::path kAssets = std::filesystem::path(LINEAGE_SOURCE_DIR) / "assets";
}

TEST_CASE("contrast ratios follow WCAG 2", "[reading-look]") {
  CHECK(contrast_ratio({0, 0, 0, 255}, {255, 255, 255, 255}) == Approx(21.0));
  CHECK(contrast_ratio({255, 255, 255, 255}, {255, 255, 255, 255}) == Approx(1.0));
  CHECK(contrast_ratio({118, 118, 118, 255}, {255, 255, 255, 255}) == Approx(4.54).margin(0.01));
  CHECK(over({255, 255, 255, 128}, {0, 0, 0, 255}) == Colour{128, 128, 128, 255});
}

TEST_CASE("the high-contrast theme gives every text colour 7:1 on the page and the panels", "[reading-look]") {
  InterfaceThemeLoad load = load_reading_look(kAssets, "high-contrast", "");
  CHECK(load.warnings.empty());
  const InterfaceTheme& t = load.theme;
  for (const char* surface : {"background", "background-top", "panel"}) {
    Colour under = over(t.colour(surface), t.colour("background"));
    for (const char* text : {"text", "muted", "accent", "warning", "error"}) {
      INFO(text << " on " << surface);
      CHECK(contrast_ratio(t.colour(text), under) >= 7.0);
    }
  }
}

TEST_CASE("the dark theme's body text already meets 7:1; its muted text is why high contrast exists", "[reading-look]") {
  const InterfaceTheme t = load_reading_look(kAssets, "", "").theme;
  CHECK(contrast_ratio(t.colour("text"), t.colour("background")) >= 7.0);
  CHECK(contrast_ratio(t.colour("muted"), t.colour("background")) < 7.0);
}

TEST_CASE("the projector theme and OpenDyslexic lay over the theme; unknown ones are warned about", "[reading-look]") {
  InterfaceThemeLoad projector = load_reading_look(kAssets, "projector", "opendyslexic");
  CHECK(projector.warnings.empty());
  CHECK(contrast_ratio(projector.theme.colour("text"), projector.theme.colour("background")) >= 7.0);
  CHECK(projector.theme.font_families("serif").front() == "OpenDyslexic");
  CHECK(projector.theme.font_families("sans").front() == "OpenDyslexic");
  CHECK(projector.theme.size("body") == load_reading_look(kAssets, "", "").theme.size("body"));  // the rest is theme.conf's

  InterfaceThemeLoad odd = load_reading_look(kAssets, "neon", "comic");
  REQUIRE(odd.warnings.size() == 2);
  CHECK(odd.warnings[0] == "theme 'neon' is not available; using the dark theme");
  CHECK(odd.warnings[1] == "font 'comic' is not available; using the theme's fonts");
  CHECK(odd.theme.font_families("serif").front() == "EB Garamond");
}
