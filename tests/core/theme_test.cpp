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
  // One scale for every scene; the lineage view alone may shrink to 0.7 so its legend fits at 800x600.
  CHECK(load.theme.layout.at(800, 600) == Approx(0.75));
  CHECK(load.theme.layout.at(1280, 720) == Approx(1.0));
  CHECK(load.theme.layout.at(800, 600, load.theme.lineage.min_scale) == Approx(0.7));
}

TEST_CASE("the layout scale fits the window to the design size within its limits", "[theme]") {
  LayoutScale layout;  // 1280x720, 0.75 to 2.2
  CHECK(layout.at(1280, 720) == Approx(1.0));
  CHECK(layout.at(1920, 1080) == Approx(1.5));
  CHECK(layout.at(2560, 720) == Approx(1.0));   // the tighter side decides
  CHECK(layout.at(800, 600) == Approx(0.75));   // 0.625 would be too small to read
  CHECK(layout.at(3840, 2160) == Approx(2.2));  // 3.0 would balloon
  CHECK(layout.at(800, 600, 0.7f) == Approx(0.7));    // a scene's own lower limit
  CHECK(layout.at(800, 600, 5.0f) == Approx(2.2));    // which never passes the maximum
  CHECK(layout.at(1280, 720, 0.7f) == Approx(1.0));
}

TEST_CASE("the theme reads the layout scale and scene metrics", "[theme]") {
  InterfaceThemeLoad load = parse_theme(
      "layout.design-width = 1920\nlayout.design-height = 1080\nlayout.min-scale = 0.5\nlayout.max-scale = 3\n"
      "timeline.header-width = 200\nstory.picture-share = 0.5\nlineage.legend-max = 500\n",
      "theme.conf");
  CHECK(load.warnings.empty());
  CHECK(load.theme.layout.at(1920, 1080) == Approx(1.0));
  CHECK(load.theme.layout.at(480, 270) == Approx(0.5));
  CHECK(load.theme.layout.at(7680, 4320) == Approx(3.0));
  CHECK(load.theme.timeline.header_width == Approx(200));
  CHECK(load.theme.story.picture_share == Approx(0.5));
  CHECK(load.theme.lineage.legend_max == Approx(500));
  CHECK(load.theme.lineage.legend_min == Approx(LineageMetrics{}.legend_min));  // unset: the default
}

TEST_CASE("bad layout numbers are reported and leave the defaults", "[theme]") {
  InterfaceThemeLoad load = parse_theme(
      "layout.min-scale = small\nlayout.max-scale = 0\nstory.picture-share = 0.5x\ntimeline.lane-height = 3\n",
      "theme.conf");
  REQUIRE(load.warnings.size() == 4);
  CHECK(load.warnings[0].rfind("theme.conf:1:", 0) == 0);
  CHECK(load.warnings[1].find("from 0.25 to 8") != std::string::npos);
  CHECK(load.warnings[2].rfind("theme.conf:3:", 0) == 0);
  CHECK(load.warnings[3].find("unknown setting `timeline.lane-height`") != std::string::npos);
  CHECK(load.theme.layout.min == Approx(0.75));
  CHECK(load.theme.layout.max == Approx(2.2));
  CHECK(load.theme.story.picture_share == Approx(0.58));
}

TEST_CASE("a minimum above its maximum is reported and both go back to the defaults", "[theme]") {
  // Each value is in range on its own; together they would make std::clamp undefined.
  InterfaceThemeLoad load = parse_theme("layout.min-scale = 3\nlayout.max-scale = 1\nlineage.card-min = 900\n",
                                        "theme.conf");
  REQUIRE(load.warnings.size() == 2);
  CHECK(load.warnings[0].find("layout scale") != std::string::npos);
  CHECK(load.warnings[1].find("lineage card width") != std::string::npos);
  CHECK(load.theme.layout.min == Approx(0.75));
  CHECK(load.theme.layout.max == Approx(2.2));
  CHECK(load.theme.lineage.card_min == Approx(330));
  CHECK(load.theme.lineage.card_max == Approx(560));
}

TEST_CASE("the backdrop runs from background-top down to background, with defaults for both", "[theme]") {
  InterfaceThemeLoad load = parse_theme("colour.background-top = #102030\ncolour.background = #000000\n", "theme.conf");
  CHECK(load.theme.backdrop().top == Colour{16, 32, 48, 255});
  CHECK(load.theme.backdrop().bottom == Colour{0, 0, 0, 255});
  InterfaceTheme built_in;
  CHECK(built_in.backdrop().top == Colour{34, 30, 41, 255});  // not the loud magenta of a missing colour
  CHECK(built_in.backdrop().bottom == Colour{24, 22, 28, 255});
}

// One type scale: every step is named in the bundled theme (none falls back to a built-in size),
// the steps rise in order, and the older size.NAME spelling still sets a step.
TEST_CASE("the type scale: named steps from theme.conf, in order, size.NAME as an alias", "[theme]") {
  InterfaceThemeLoad load = load_theme(std::string(LINEAGE_SOURCE_DIR) + "/assets/theme.conf");
  CHECK(load.warnings.empty());
  const Type steps[] = {Type::Caption, Type::Small, Type::Ui, Type::Label, Type::Lead,
                        Type::Body, Type::Subtitle, Type::Heading, Type::Display, Type::Title};
  float previous = 0;
  for (Type step : steps) {
    INFO(type_name(step));
    CHECK(load.theme.sizes.count(type_name(step)) == 1);
    CHECK(load.theme.type(step) > previous);
    previous = load.theme.type(step);
  }
  InterfaceThemeLoad old = parse_theme("size.small = 15\ntype.body = 30\n", "theme.conf");
  CHECK(old.warnings.empty());
  CHECK(old.theme.type(Type::Small) == Approx(15));
  CHECK(old.theme.size("small") == Approx(15));
  CHECK(old.theme.type(Type::Body) == Approx(30));
}
