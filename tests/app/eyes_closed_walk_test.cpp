// Issue 15's "eyes closed" walk: with self-voicing on, a reader who cannot see goes through
// every screen by the keyboard alone (the F-keys, Ctrl+K, the View menu) and hears, on each,
// its name and what it shows or has chosen; and every control the keyboard reaches in the
// panels and dialogs is said with its role ("Show it, button"; "…, check box, not checked").
#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>

#include "offscreen.hpp"
#include "scenes/scene_table.hpp"

using namespace lineage;
using namespace lineage::testing;

namespace {

// Presses a key and waits, as a listener would, until what it made is said.
std::vector<std::string> hear(App& app, const std::string& key) {
  std::size_t before = app.spoken().size();
  INFO("key " << key);
  REQUIRE(app.press_key(key));
  app.settle();
  app.finish_speech();
  for (int i = 0; i < 5; ++i) app.frame(1.0 / 60, false);  // a control's label is asked for over a few frames
  app.finish_speech();
  // spoken() keeps the last 200: what is new is at its end.
  std::size_t now = app.spoken().size();
  std::size_t fresh = now >= before ? now - before : now;
  return std::vector<std::string>(app.spoken().end() - static_cast<std::ptrdiff_t>(fresh), app.spoken().end());
}

std::size_t words_in(const std::string& s) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    bool letter = std::isalnum(static_cast<unsigned char>(c)) != 0;
    if (letter && !in_word) ++n;
    in_word = letter;
  }
  return n;
}

bool has_role(const std::string& said) {
  for (const char* role : {", button", ", check box", ", radio button", ", combo box", ", slider", ", edit field", ", menu item", ", menu"})
    if (said.find(role) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("eyes closed: every screen, reached by keys alone, says its name and what it shows", "[app][walk][speech]") {
  auto dir = temp_dir("eyes-closed-walk");
  auto app = start_offscreen({"--scene", "title", "--self-voicing", "--speech-out", (dir / "walk.wav").string()}, dir);
  app->settle();
  app->finish_speech();
  const auto& table = scene_table();
  for (std::size_t i = 0; i < table.size(); ++i) {
    const SceneEntry& entry = table[i];
    if (std::string(entry.name) == "title") continue;  // reached last, by F2, from the last screen
    INFO("screen " << entry.name);
    std::vector<std::string> heard;
    if (*entry.key) {
      heard = hear(*app, entry.key);
    } else {
      // The View menu lists every screen in the table's order.
      hear(*app, "F10");
      hear(*app, "Right");
      for (std::size_t d = 0; d < i; ++d) hear(*app, "Down");
      heard = hear(*app, "Return");
    }
    REQUIRE(app->scene_name() == entry.name);
    for (const auto& s : heard) UNSCOPED_INFO("heard: " << s);
    const std::string named = std::string(entry.title) + ".";
    auto opening = std::find_if(heard.begin(), heard.end(), [&](const std::string& s) { return s.rfind(named, 0) == 0; });
    REQUIRE(opening != heard.end());
    // Its name, then a sentence of what it shows: more than a name.
    CHECK(words_in(opening->substr(named.size())) >= 6);
    const std::string summary = app->scene()->voiced_summary(app->state());
    CHECK(opening->find(summary.substr(0, std::min<std::size_t>(summary.size(), 12))) != std::string::npos);
  }
  std::vector<std::string> heard = hear(*app, "F2");
  REQUIRE(app->scene_name() == "title");
  CHECK(std::any_of(heard.begin(), heard.end(), [](const std::string& s) { return s.rfind("Title. ", 0) == 0 && words_in(s) > 8; }));
  std::filesystem::remove_all(dir);
}

TEST_CASE("eyes closed: the controls the keyboard reaches are said with their roles", "[app][walk][speech]") {
  auto dir = temp_dir("eyes-closed-roles");
  auto app = start_offscreen({"--scene", "timeline", "--select", "violet-born", "--self-voicing", "--speech-out",
                              (dir / "roles.wav").string()}, dir);
  app->settle();
  app->finish_speech();
  // Tab into the timeline's card: its content-note question, each answer a button.
  std::vector<std::string> heard = hear(*app, "Tab");
  for (const auto& s : heard) UNSCOPED_INFO("heard: " << s);
  // Each answer with its place among the three (issue 15's "Show it, button, 1 of 3").
  CHECK(std::find(heard.begin(), heard.end(), "Moment. Show it, button, 1 of 3") != heard.end());
  heard = hear(*app, "Down");
  REQUIRE_FALSE(heard.empty());
  CHECK(heard.back() == "Show a gentle summary instead, button, 2 of 3");
  heard = hear(*app, "Down");
  REQUIRE_FALSE(heard.empty());
  CHECK(heard.back() == "Skip it, button, 3 of 3");
  heard = hear(*app, "Down");
  REQUIRE_FALSE(heard.empty());
  CHECK(heard.back() == "Remember my choice, check box, not checked");
  hear(*app, "Escape");

  // Settings > Reading aloud…: every control down the dialog has its role.
  for (const char* key : {"F10", "Right", "Right", "Down", "Down", "Down", "Return"}) heard = hear(*app, key);
  REQUIRE(app->voice_dialog_open());
  std::vector<std::string> controls = heard;
  for (int i = 0; i < 7; ++i) {
    heard = hear(*app, "Down");
    controls.insert(controls.end(), heard.begin(), heard.end());
  }
  int checkboxes = 0;
  for (const auto& s : controls) {
    INFO("heard: " << s);
    CHECK(has_role(s));
    checkboxes += s.find(", check box, ") != std::string::npos;
  }
  CHECK(checkboxes >= 3);
  // A slider says its value; a combo box its row and the row's place among them.
  CHECK(std::any_of(controls.begin(), controls.end(), [](const std::string& s) { return s.find("Pitch, slider, 50") != std::string::npos; }));
  const std::size_t rows = app->state().installed_voices.size() + 1;
  REQUIRE(rows > 2);
  const std::string voice = "Voice, combo box, (flite-rms, the default), 1 of " + std::to_string(rows);
  CHECK(std::find(controls.begin(), controls.end(), "Reading aloud. " + voice) != controls.end());
  std::filesystem::remove_all(dir);
}

TEST_CASE("eyes closed: filters say their chosen row and its place, a question's answers their place", "[app][walk][speech]") {
  auto dir = temp_dir("eyes-closed-places");
  auto app = start_offscreen({"--scene", "reflections", "--self-voicing", "--speech-out", (dir / "places.wav").string()}, dir);
  app->settle();
  app->finish_speech();
  std::vector<std::string> all;
  for (const char* key : {"Down", "Down", "Down", "space", "Down", "Down"}) {
    auto heard = hear(*app, key);
    all.insert(all.end(), heard.begin(), heard.end());
  }
  for (const auto& s : all) UNSCOPED_INFO("heard: " << s);
  // The filter's hidden label ("##moment") is said by its name, with the row chosen and its place.
  const std::size_t moments = app->state().story->moments.size();
  CHECK(std::any_of(all.begin(), all.end(), [&](const std::string& s) {
    return s.rfind("Moment, combo box, Every moment, 1 of ", 0) == 0 && std::stoul(s.substr(s.rfind(' ') + 1)) <= moments + 1;
  }));
  // The choice prompt opened: its answers are radio buttons, each with its place among them.
  const std::regex first(R"(.+, radio button, not checked, 1 of ([2-9]))"), second(R"(.+, radio button, not checked, 2 of ([2-9]))");
  std::smatch a, b;
  REQUIRE(all.size() >= 2);
  INFO("last two: " << all[all.size() - 2] << " / " << all.back());
  REQUIRE(std::regex_match(all[all.size() - 2], a, first));
  REQUIRE(std::regex_match(all.back(), b, second));
  CHECK(a[1] == b[1]);
  std::filesystem::remove_all(dir);
}
