// Help (#15): the keys, by keyboard from the menu bar or F1 (the self-voicing key among them),
// and the study guide for screen readers, written as HTML and its path said.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "offscreen.hpp"

using namespace lineage;
using namespace lineage::testing;

namespace {
std::vector<std::string> hear(App& app, const char* key) {
  std::size_t before = app.spoken().size();
  INFO("key " << key);
  REQUIRE(app.press_key(key));
  app.settle();
  app.finish_speech();
  for (int i = 0; i < 5; ++i) app.frame(1.0 / 60, false);  // a control's label is asked for over a few frames
  app.finish_speech();
  std::size_t now = app.spoken().size();
  std::size_t fresh = now >= before ? now - before : now;
  return std::vector<std::string>(app.spoken().end() - static_cast<std::ptrdiff_t>(fresh), app.spoken().end());
}
bool any_has(const std::vector<std::string>& heard, const std::string& part) {
  return std::any_of(heard.begin(), heard.end(), [&](const std::string& s) { return s.find(part) != std::string::npos; });
}
}  // namespace

TEST_CASE("Help > Keys by the keyboard lists every key, Ctrl+Alt+V among them, and self-voicing reads them", "[app][help][speech]") {
  auto dir = temp_dir("help-keys");
  auto app = start_offscreen({"--scene", "lineage", "--self-voicing", "--speech-out", (dir / "keys.wav").string()}, dir);
  app->record_panel_text(true);
  app->settle();
  app->finish_speech();
  // F10 opens File; Left goes round to Help, the last menu.
  hear(*app, "F10");
  auto heard = hear(*app, "Left");
  REQUIRE(app->shown_menu() == "Help");
  for (const auto& s : heard) UNSCOPED_INFO("heard: " << s);
  CHECK(any_has(heard, "Help menu. Keys"));
  heard = hear(*app, "Return");
  REQUIRE(app->keys_open());
  for (const auto& s : heard) UNSCOPED_INFO("heard: " << s);
  CHECK(any_has(heard, "Keys. Everywhere: F1, this list of keys."));
  CHECK(any_has(heard, "Ctrl+Alt+V, self-voicing on or off"));
  CHECK(any_has(heard, "On the Lineage screen: P, Pattern."));  // the screen's own letter keys
  CHECK(any_has(heard, "Close, button"));                        // the keyboard is on Close
  const std::string& shown = app->panel_text();
  CHECK(shown.find("Ctrl+Alt+V") != std::string::npos);
  CHECK(shown.find("F10, or Alt alone") != std::string::npos);
  CHECK(shown.find("On this screen (Lineage)") != std::string::npos);
  hear(*app, "Escape");
  CHECK_FALSE(app->keys_open());
  // F1 opens it from anywhere, and F1 again closes it.
  hear(*app, "F1");
  CHECK(app->keys_open());
  hear(*app, "F1");
  CHECK_FALSE(app->keys_open());
  std::filesystem::remove_all(dir);
}

TEST_CASE("Help > Study guide for screen readers writes the HTML guide and says where it is", "[app][help][speech]") {
  auto dir = temp_dir("help-guide");
  auto app = start_offscreen({"--scene", "timeline", "--self-voicing", "--speech-out", (dir / "guide.wav").string()}, dir);
  app->record_panel_text(true);
  app->settle();
  app->finish_speech();
  for (const char* key : {"F10", "Left", "Down"}) hear(*app, key);
  REQUIRE(app->shown_menu() == "Help");
  CHECK(app->spoken().back() == "Study guide for screen readers (HTML), menu item");
  auto heard = hear(*app, "Return");
  REQUIRE(app->guide_note_open());
  // Offscreen there is no browser to open: the path is said and shown.
  std::filesystem::path guide;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().extension() == ".html") guide = entry.path();
  REQUIRE_FALSE(guide.empty());
  std::ifstream in(guide);
  std::stringstream html;
  html << in.rdbuf();
  CHECK(html.str().find("<h1") != std::string::npos);
  CHECK(html.str().find("The Push") != std::string::npos);
  for (const auto& s : heard) UNSCOPED_INFO("heard: " << s);
  CHECK(any_has(heard, "The study guide for screen readers is saved at " + guide.string()));
  CHECK(app->panel_text().find(guide.string()) != std::string::npos);
  hear(*app, "Escape");
  CHECK_FALSE(app->guide_note_open());
  std::filesystem::remove_all(dir);
}
