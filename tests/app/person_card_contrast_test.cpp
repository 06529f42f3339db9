// The lineage view's person card lists her themes. Each name was drawn in its theme's own
// colour, which is a dot's colour, not a text colour: "Grief" (#4a4e69) stood at 2.0:1 on the
// dark card and 2.6:1 on high contrast's black (found walking the lineage view). Every theme
// name must read at WCAG AA (4.5:1) on the card, and at AAA (7:1) in the high-contrast theme.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "core/settings/reading_look.hpp"
#include "offscreen.hpp"

using namespace lineage;
using namespace lineage::testing;

namespace {

Colour at(const Image& image, int x, int y) {
  auto p = image.pixel(x, y);
  return Colour{std::uint8_t(p[0]), std::uint8_t(p[1]), std::uint8_t(p[2]), 255};
}

// The contrast of a line of text as drawn: its most distant pixel against the panel beneath,
// read at the box's left edge (the pen's start, before the first glyph's ink).
double drawn_contrast(const Image& image, const TextRect& box) {
  int x0 = std::max(0, int(std::floor(box.x0))), x1 = std::min(image.width, int(std::ceil(box.x1)));
  int y0 = std::max(0, int(std::floor(box.y0))), y1 = std::min(image.height, int(std::ceil(box.y1)));
  Colour ground = at(image, x0, y0);
  double best = 1;
  for (int y = y0; y < y1; ++y)
    for (int x = x0; x < x1; ++x) best = std::max(best, contrast_ratio(at(image, x, y), ground));
  return best;
}

}  // namespace

TEST_CASE("lineage: a person card's theme names read against the card", "[app][genogram][contrast]") {
  struct Look {
    const char* theme;
    double least;
  };
  for (Look look : {Look{"dark", 4.5}, Look{"high-contrast", 7.0}}) {
    auto dir = temp_dir("person-card-contrast");
    auto app = start_offscreen({"--scene", "lineage", "--size", "1366x768", "--theme", look.theme}, dir);
    app->record_text_layout(true);
    app->settle();
    REQUIRE(app->press_key("Return"));  // Etta's card: her themes include Grief
    app->settle();
    Image image = capture(*app, dir / "card.png");
    const Story& story = *app->state().story;
    int measured = 0;
    bool in_themes = false;  // the lines under the card's THEMES heading, wrapped names too
    for (const PlacedText& placed : app->text_layout().texts) {
      if (placed.owner == "canvas") continue;
      if (placed.text == "THEMES" || placed.text == "FROM THE NOTES") in_themes = placed.text == "THEMES";
      if (!in_themes || placed.text == "THEMES") continue;
      bool is_theme = std::any_of(story.themes.begin(), story.themes.end(),
                                  [&](const Theme& t) { return t.name.find(placed.text) != std::string::npos; });
      REQUIRE(is_theme);
      INFO(look.theme << ": \"" << placed.text << "\" in " << placed.owner);
      CHECK(drawn_contrast(image, placed.box) >= look.least);
      ++measured;
    }
    CHECK(measured >= 4);  // Etta's card names four themes, one on two lines
    std::filesystem::remove_all(dir);
  }
}
