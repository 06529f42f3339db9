// Class responses from the class screen, as a teacher new to it finds them (found walking it):
// - with the mouse alone: the teacher's panel had no way to start, only "S" on the left;
// - where the computer has no address on a room network, Lineage served on 127.0.0.1 and showed
//   that address and its QR code to the class with no word that no phone can reach it.
#include <catch2/catch.hpp>

#include <algorithm>

#include "offscreen.hpp"

using namespace lineage;
using namespace lineage::testing;

namespace {
const PlacedText* panel_text(const App& app, const std::string& text) {
  for (const PlacedText& t : app.text_layout().texts)
    if (t.owner != "canvas" && t.text.find(text) != std::string::npos) return &t;
  return nullptr;
}
bool drawn(const App& app, const std::string& text) {
  const auto& all = app.drawn_strings();
  return std::any_of(all.begin(), all.end(), [&](const std::string& s) { return s.find(text) != std::string::npos; });
}
}  // namespace

TEST_CASE("Class scene: the teacher's panel starts class responses with a click", "[class]") {
  auto dir = temp_dir("class-start");
  auto app = start_offscreen({"--scene", "class", "--size", "1366x768"}, dir);
  app->record_text_layout(true);
  app->settle();
  const PlacedText* start = panel_text(*app, "Start class responses");
  REQUIRE(start);
  app->press_pointer((start->box.x0 + start->box.x1) * 0.5f, (start->box.y0 + start->box.y1) * 0.5f);
  app->settle();
  CHECK(drawn(*app, "Join code"));
  CHECK(panel_text(*app, "End (E)"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("Class scene: an address only this computer can open says so, to the class and the teacher", "[class]") {
  auto dir = temp_dir("class-loopback");
  auto app = start_offscreen({"--scene", "class", "--size", "1366x768"}, dir);  // offscreen: loopback
  app->record_text_layout(true);
  app->settle();
  REQUIRE(app->press_key("s"));
  app->settle();
  REQUIRE(drawn(*app, "http://127.0.0.1:"));
  CHECK(drawn(*app, "only this computer can open this"));
  CHECK(panel_text(*app, "no room network"));
  std::filesystem::remove_all(dir);
}
