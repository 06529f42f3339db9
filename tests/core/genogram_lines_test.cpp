// Relationship lines: routes clear of structural lines, standard patterns, and the style file.
#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>

#include "core/layout/genogram_lines.hpp"
#include "core/layout/genogram_words.hpp"
#include "core/layout/genogram_style.hpp"
#include "core/layout/genogram_view.hpp"
#include "genogram_test_util.hpp"

using namespace lineage;
using namespace lineage::genogram_test;

namespace {
std::vector<GPoint> straight(float length) { return {{0, 0}, {length / 2, 0}, {length, 0}}; }
}  // namespace

TEST_CASE("every bond is routed, from edge to edge, never along a parent-child line", "[genogram]") {
  auto story = the_push();
  GenogramLayout layout = layout_genogram(*story);
  auto routes = route_bonds(*story, layout);
  REQUIRE(routes.size() == story->bonds.size());
  const float r = layout.metrics.radius();
  for (const BondRoute& route : routes) {
    const Bond& bond = story->bonds[route.bond];
    REQUIRE(route.path.size() >= 2);
    GPoint a = layout.nodes[layout.node_of(bond.from)].at, b = layout.nodes[layout.node_of(bond.to)].at;
    CHECK(std::hypot(route.path.front().x - a.x, route.path.front().y - a.y) >= r);
    CHECK(std::hypot(route.path.back().x - b.x, route.path.back().y - b.y) >= r);
    CHECK(route.arrow == !bond.mutual);
  }
  // Cecilia stands straight above Blythe: the cut-off must bow away from the line between them.
  for (const BondRoute& route : routes) {
    const Bond& bond = story->bonds[route.bond];
    if (bond.from != story->person("cecilia")) continue;
    float x = layout.nodes[layout.node_of(bond.from)].at.x;
    GPoint middle = point_along(route.path, path_length(route.path) / 2);
    CHECK(std::abs(middle.x - x) > layout.metrics.node * 0.5f);
  }
  // Bonds between one pair (Blythe and Violet: the missing bond, the coldness, the suspicion)
  // never share a path.
  int blythe = story->person("blythe"), violet = story->person("violet");
  std::vector<GPoint> middles;
  for (const BondRoute& route : routes) {
    const Bond& bond = story->bonds[route.bond];
    if ((bond.from == blythe && bond.to == violet) || (bond.from == violet && bond.to == blythe))
      middles.push_back(point_along(route.path, path_length(route.path) / 2));
  }
  REQUIRE(middles.size() == 3);
  for (std::size_t i = 0; i < middles.size(); ++i)
    for (std::size_t j = i + 1; j < middles.size(); ++j)
      CHECK(std::hypot(middles[i].x - middles[j].x, middles[i].y - middles[j].y) > 20);
}

TEST_CASE("line patterns: double, dashed, zig-zag, broken, arrow", "[genogram]") {
  auto path = straight(200);
  auto solid = pattern_strokes(path, LinePattern::Solid, 2, 1);
  REQUIRE(solid.size() == 1);
  auto twin = pattern_strokes(path, LinePattern::Double, 2, 1);
  REQUIRE(twin.size() == 2);
  CHECK(std::abs(twin[0].points.front().y - twin[1].points.front().y) > 4);
  auto dashed = pattern_strokes(path, LinePattern::Dashed, 2, 1);
  CHECK(dashed.size() >= 8);
  auto zig = pattern_strokes(path, LinePattern::Zigzag, 2, 1);
  REQUIRE(zig.size() == 1);
  int turns = 0;
  for (std::size_t i = 2; i < zig[0].points.size(); ++i)
    if ((zig[0].points[i].y - zig[0].points[i - 1].y) * (zig[0].points[i - 1].y - zig[0].points[i - 2].y) < 0) ++turns;
  CHECK(turns >= 10);
  auto broken = pattern_strokes(path, LinePattern::Broken, 2, 1);
  REQUIRE(broken.size() == 4);  // two halves and two bars
  CHECK(broken[0].points.back().x < 100);
  CHECK(broken[1].points.front().x > 100);
  auto harm = pattern_strokes(path, LinePattern::ZigzagLine, 2, 1, true);
  REQUIRE(harm.size() == 3);
  CHECK(harm.back().filled);
  CHECK(std::abs(harm.back().points[0].x - 200) < 0.5f);  // the tip at the end
  // Zoomed in, the teeth stay the same count per screen length.
  auto big = pattern_strokes(straight(400), LinePattern::Zigzag, 2, 2);
  CHECK(std::abs(static_cast<int>(big[0].points.size()) - static_cast<int>(zig[0].points.size())) <= 2);
}

TEST_CASE("segments cross, touch and overlap", "[genogram]") {
  CHECK(segments_cross({0, 0}, {10, 10}, {0, 10}, {10, 0}));
  CHECK_FALSE(segments_cross({0, 0}, {10, 0}, {10, 0}, {20, 0}));  // meeting end to end
  CHECK_FALSE(segments_cross({0, 0}, {10, 0}, {0, 5}, {10, 5}));
  CHECK(segments_cross({0, 0}, {10, 0}, {5, 0}, {20, 0}));         // lying on top of each other
}

TEST_CASE("the bundled genogram.conf parses cleanly and sets every relationship's look", "[genogram]") {
  auto load = load_genogram_style(std::filesystem::path(LINEAGE_SOURCE_DIR) / "assets" / "genogram.conf");
  INFO((load.warnings.empty() ? "" : load.warnings.front()));
  CHECK(load.warnings.empty());
  const GenogramStyle& s = load.style;
  CHECK(s.bond(BondKind::Distant).pattern == LinePattern::Dashed);
  CHECK(s.bond(BondKind::Conflict).pattern == LinePattern::Zigzag);
  CHECK(s.bond(BondKind::Cutoff).pattern == LinePattern::Broken);
  CHECK(s.bond(BondKind::Close).pattern == LinePattern::Double);
  // Harm has its own colour, unlike any other line.
  for (BondKind k : {BondKind::Close, BondKind::Distant, BondKind::Conflict, BondKind::Cutoff})
    CHECK_FALSE(s.bond(k).colour == s.bond(BondKind::Harm).colour);
  for (const LineStyle& line : s.bonds) {
    CHECK_FALSE(line.name.empty());
    CHECK_FALSE(line.words.empty());
  }
  for (const char* symbol : {"woman", "man", "deceased", "couple", "separated", "divorced", "child"}) {
    CHECK_FALSE(s.symbol_words(symbol).empty());
    CHECK_FALSE(s.symbol_short(symbol).empty());  // the compact legend's words
  }
}

TEST_CASE("genogram.conf: a symbol's compact words (`legend.SYMBOL.short`) in either order", "[genogram]") {
  auto load = parse_genogram_style("legend.woman.short = Woman\nlegend.woman = A woman or girl\nlegend.man = A man\n"
                                   "legend.man.long = nonsense\n",
                                   "g.conf");
  REQUIRE(load.warnings.size() == 1);  // `.long` is no property
  CHECK(load.warnings[0].rfind("g.conf:4:", 0) == 0);
  REQUIRE(load.style.symbols.size() == 2);
  CHECK(load.style.symbols[0].id == "woman");  // in the order first named
  CHECK(load.style.symbol_words("woman") == "A woman or girl");
  CHECK(load.style.symbol_short("woman") == "Woman");
  CHECK(load.style.symbol_short("man").empty());
}

TEST_CASE("genogram.conf: mistakes are reported and ignored", "[genogram]") {
  auto load = parse_genogram_style(
      "bond.close.pattern = wavy\nbond.friend.colour = #fff\nline.couple.width = 5\nnonsense\n"
      "bond.harm.colour = #102030\nlegend.woman = A circle.\n",
      "g.conf");
  REQUIRE(load.warnings.size() == 3);
  CHECK(load.warnings[0].rfind("g.conf:1:", 0) == 0);
  CHECK(load.style.bond(BondKind::Close).pattern == default_genogram_style().bond(BondKind::Close).pattern);
  CHECK(load.style.couple_width == 5);
  CHECK(load.style.bond(BondKind::Harm).colour == Colour{0x10, 0x20, 0x30, 255});
  CHECK(load.style.symbol_words("woman") == "A circle.");
  CHECK(load_genogram_style("/no/such/genogram.conf").warnings.size() == 1);
}

TEST_CASE("camera: fit, zoom about the pointer, hit testing", "[genogram]") {
  auto story = the_push();
  GenogramLayout layout = layout_genogram(*story);
  GRect screen{100, 50, 1100, 650};
  GenogramCamera cam = GenogramCamera::fit(layout.bounds, screen, 3);
  GPoint tl = cam.to_screen({layout.bounds.x0, layout.bounds.y0}), br = cam.to_screen({layout.bounds.x1, layout.bounds.y1});
  CHECK(tl.x >= screen.x0 - 0.5f);
  CHECK(tl.y >= screen.y0 - 0.5f);
  CHECK(br.x <= screen.x1 + 0.5f);
  CHECK(br.y <= screen.y1 + 0.5f);
  GPoint pointer{400, 300}, before = cam.to_world(pointer);
  cam.zoom_at(pointer, 1.5f, 0.1f, 5);
  GPoint after = cam.to_world(pointer);
  CHECK(std::abs(before.x - after.x) < 0.01f);
  CHECK(std::abs(before.y - after.y) < 0.01f);
  GPoint fox = layout.nodes[layout.node_of(story->person("fox"))].at;
  CHECK(hit_person(layout, fox, 4) == story->person("fox"));
  CHECK(hit_person(layout, {fox.x + 3, fox.y + layout.metrics.radius() + 20}, 4) == story->person("fox"));  // the name
  CHECK(hit_person(layout, {layout.bounds.x0 - 500, 0}, 4) == -1);
  std::vector<bool> present(story->people.size(), true);
  present[story->person("fox")] = false;
  CHECK(hit_person(layout, fox, 4, present) == -1);
}

TEST_CASE("arrow keys walk the family: generations up and down, a row left and right", "[genogram]") {
  auto story = the_push();
  GenogramLayout layout = layout_genogram(*story);
  int p = step_person(layout, -1, Step::Down);
  CHECK(p == story->person("etta"));
  p = step_person(layout, p, Step::Down);
  CHECK(p == story->person("cecilia"));
  p = step_person(layout, p, Step::Down);
  CHECK(p == story->person("blythe"));
  p = step_person(layout, p, Step::Down);
  CHECK(p == story->person("violet"));
  CHECK(step_person(layout, p, Step::Down) == p);  // the bottom row stays put
  CHECK(step_person(layout, story->person("blythe"), Step::Right) == story->person("fox"));
  CHECK(step_person(layout, story->person("fox"), Step::Right) == story->person("gemma"));
  CHECK(step_person(layout, story->person("blythe"), Step::Left) == story->person("blythe"));
  CHECK(step_person(layout, story->person("violet"), Step::Up) == story->person("blythe"));
  // Someone absent (not yet born) is skipped.
  std::vector<bool> present(story->people.size(), true);
  present[story->person("sam")] = false;
  CHECK(step_person(layout, story->person("violet"), Step::Right, present) == story->person("jet"));
}

TEST_CASE("a mother-daughter link runs along the family's own lines", "[genogram]") {
  auto story = the_push();
  GenogramLayout layout = layout_genogram(*story);
  const float r = layout.metrics.radius();
  auto etta = descent_path(layout, story->person("etta"), story->person("cecilia"));
  REQUIRE(etta.size() >= 3);
  GPoint e = layout.nodes[layout.node_of(story->person("etta"))].at, c = layout.nodes[layout.node_of(story->person("cecilia"))].at;
  CHECK(std::abs(etta.front().y - e.y) < 0.5f);          // leaves along the couple line
  CHECK(std::abs(etta.back().x - c.x) < 0.5f);           // arrives on top of Cecilia
  CHECK(std::abs(etta.back().y - (c.y - r)) < 0.5f);
  auto blythe = descent_path(layout, story->person("cecilia"), story->person("blythe"));
  REQUIRE(blythe.size() >= 2);
  CHECK(blythe.front().y > c.y);
  CHECK(descent_path(layout, story->person("gemma"), story->person("violet")).empty());
}

// Two labels whose lines meet at one point: the second does not jump to the nearest free row
// (far from its line) but slides along its own line to the first clear place there.
TEST_CASE("bond labels take the first clear place along their own line", "[genogram]") {
  std::vector<GRect> boxes = {{90, 95, 110, 105}, {90, 95, 110, 105}};
  std::vector<std::vector<GPoint>> places = {{{100, 100}}, {{100, 100}, {100, 130}, {150, 150}}};
  std::vector<bool> clear = place_labels(boxes, places, 2);
  REQUIRE(clear.size() == 2);
  CHECK(clear[0]);
  CHECK(clear[1]);
  CHECK(boxes[0].x0 == 90);
  CHECK(boxes[0].y0 == 95);
  // The second place along its line (30 below) is clear: taken, as it was given.
  CHECK(boxes[1].x0 == 90);
  CHECK(boxes[1].y0 == 125);
  // With that place taken by a name, the third.
  boxes = {{90, 95, 110, 105}, {90, 95, 110, 105}};
  clear = place_labels(boxes, places, 2, {{80, 120, 120, 140}});
  CHECK(clear[1]);
  CHECK(boxes[1].x0 == 140);
  CHECK(boxes[1].y0 == 145);
  // No clear place along the line, nor outside bounds: moved up or down as before.
  boxes = {{90, 95, 110, 105}, {90, 95, 110, 105}};
  clear = place_labels(boxes, {{{100, 100}}, {{100, 100}}}, 2);
  CHECK(clear[1]);
  CHECK((boxes[1].y0 >= 107 || boxes[1].y1 <= 93));
}

// The bonds' words never drift from their line to the nearest free row: where every place near
// it is taken, the box is left unplaced (for the scene to show as a marker on the line) and not
// moved past what is in the way.
TEST_CASE("bond words stay within reach of their own line, or are left unplaced", "[genogram]") {
  const std::vector<GPoint> line = {{0, 100}, {200, 100}};
  CHECK(distance_to_path({90, 95, 110, 105}, line) == 0.0f);  // the line runs through it
  CHECK(distance_to_path({90, 110, 110, 120}, line) == Approx(10.0f));
  // A box on the line, its place taken by a fixed box; the nearest free rows are 27 above and below.
  std::vector<GRect> boxes = {{90, 95, 110, 105}};
  const std::vector<std::vector<GPoint>> places = {{{100, 100}}};
  const std::vector<GRect> fixed = {{80, 70, 120, 130}};
  std::vector<GRect> far = boxes;
  REQUIRE(place_near_lines(far, places, {line}, 1000, 2, fixed).at(0));
  CHECK(distance_to_path(far[0], line) > 30);  // unbounded: off it went
  std::vector<bool> placed = place_near_lines(boxes, places, {line}, 12, 2, fixed);
  CHECK_FALSE(placed.at(0));
  // With a place along the line that is clear, it takes that.
  std::vector<GRect> along = {{90, 95, 110, 105}};
  REQUIRE(place_near_lines(along, {{{100, 100}, {160, 100}}}, {line}, 12, 2, fixed).at(0));
  CHECK(along[0].x0 == 150);
  CHECK(distance_to_path(along[0], line) == 0.0f);
  // A marker finds a clear spot on the line, away from what covers its middle.
  bool clear = false;
  GRect marker = marker_on_line(line, 10, 2, fixed, {}, &clear);
  CHECK(clear);
  CHECK(distance_to_path(marker, line) <= 10);
  CHECK((marker.x1 < 80 || marker.x0 > 120));
}
