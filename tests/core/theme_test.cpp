#include <catch2/catch.hpp>

#include "core/settings/theme.hpp"

using namespace lineage;

TEST_CASE("colours parse as #rrggbb and #rrggbbaa", "[theme]") {
  Colour c;
  REQUIRE(parse_colour("#102030", c));
  CHECK(c == Colour{16, 32, 48, 255});
  REQUIRE(parse_colour("#ff000080", c));
  CHECK(c == Colour{255, 0, 0, 128});
  CHECK_FALSE(parse_colour("red", c));
  CHECK_FALSE(parse_colour("#12345", c));
  CHECK_FALSE(parse_colour("#gg0000", c));
}

TEST_CASE("the theme reads colours, sizes and font roles and warns about the rest", "[theme]") {
  InterfaceThemeLoad load = parse_theme(
      "# comment\ncolour.text = #ffffff\nsize.title = 90\nfont.serif = EB Garamond, DejaVu Serif\n"
      "colour.bad = nope\nwhatever\n",
      "theme.conf");
  CHECK(load.theme.colour("text") == Colour{255, 255, 255, 255});
  CHECK(load.theme.size("title") == Approx(90));
  CHECK(load.theme.font_families("serif") == std::vector<std::string>{"EB Garamond", "DejaVu Serif"});
  REQUIRE(load.warnings.size() == 2);
  CHECK(load.warnings[0].rfind("theme.conf:5:", 0) == 0);
  CHECK(load.warnings[1].rfind("theme.conf:6:", 0) == 0);
}

TEST_CASE("the bundled theme file loads without warnings", "[theme]") {
  InterfaceThemeLoad load = load_theme(std::string(LINEAGE_SOURCE_DIR) + "/assets/theme.conf");
  CHECK(load.warnings.empty());
  CHECK(load.theme.colours.count("background") == 1);
}
