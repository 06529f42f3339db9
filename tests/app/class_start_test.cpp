// Class responses from the class screen, as a teacher new to it finds them (found walking it):
// - with the mouse alone: the teacher's panel had no way to start, only "S" on the left;
// - where the computer has no address on a room network, Lineage served on 127.0.0.1 and showed
//   that address and its QR code to the class with no word that no phone can reach it.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/layout/text_boxes.hpp"
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
  std::string said;  // the class's view, its wrapped lines joined
  for (const std::string& line : app->drawn_strings()) said += line + " ";
  CHECK(said.find("No room network: only this computer can open this.") != std::string::npos);
  CHECK(panel_text(*app, "no room network"));
  std::filesystem::remove_all(dir);
}

// Started on a laptop at large type (found walking the screen at 150% and 200%): the joined
// count fell below the window, "Join code" overlapped the code in OpenDyslexic, and the teacher's
// four buttons ran off the panel ("Reve…", no End). (The prompt list's long rows are cut by
// design: each is shown whole on the class's view when opened. The panel scrolls, so a button
// below its foot at 200% is reached by scrolling, and by its key.)
TEST_CASE("Class scene: started, the class's words and the teacher's buttons are on screen and whole", "[class][layout]") {
  struct Look {
    const char* size;
    const char* scale;
    const char* font;
  };
  for (Look look : {Look{"1280x720", "1.5", "opendyslexic"}, Look{"1366x768", "2", "default"}, Look{"1280x720", "1", "default"},
                    Look{"1920x1080", "2", "opendyslexic"}, Look{"1920x1080", "1", "default"}}) {
    INFO(look.size << " x" << look.scale << " " << look.font);
    auto dir = temp_dir("class-started-layout");
    auto app = start_offscreen({"--scene", "class", "--size", look.size, "--scale", look.scale, "--font", look.font}, dir);
    app->record_text_layout(true);
    app->settle();
    REQUIRE(app->press_key("s"));
    app->settle();
    const FrameTextLayout& layout = app->text_layout();
    std::vector<std::string> problems;
    for (const auto& p : text_layout_problems(layout.texts, layout.panels, layout.window))
      for (const char* mine : {"devices have joined", "Join code", "http://", "only this computer", "Open (Return)", "Lock (L)",
                               "Reveal (R)", "End (E)"})
        if (p.find(mine) != std::string::npos && p.find("##MainMenuBar") == std::string::npos) problems.push_back(p);
    for (const auto& p : layout.overflows)
      if (p.find("panel Class responses is wider") != std::string::npos) problems.push_back(p);
    std::string all;
    for (const auto& p : problems) all += p + "\n";
    INFO(all);
    CHECK(problems.empty());
    CHECK(drawn(*app, "devices have joined"));
    if (std::string(look.scale) != "2") CHECK(panel_text(*app, "Open (Return)"));  // up to 150%, without scrolling
    std::filesystem::remove_all(dir);
  }
}

// The menu bar's status line ("Class responses: http://…") ran past the window's right edge at
// 200% on a laptop, under nothing, cut mid-address.
TEST_CASE("Class scene: the menu bar's status stays within the window at large type", "[class][layout]") {
  for (const char* scale : {"1", "2"}) {
    INFO("x" << scale);
    auto dir = temp_dir("class-status");
    auto app = start_offscreen({"--scene", "class", "--size", "1366x768", "--scale", scale}, dir);
    app->record_text_layout(true);
    app->settle();
    REQUIRE(app->press_key("s"));
    app->settle();
    const FrameTextLayout& layout = app->text_layout();
    std::string all;
    for (const auto& p : text_layout_problems(layout.texts, layout.panels, layout.window))
      if (p.find("##MainMenuBar") != std::string::npos) all += p + "\n";
    INFO(all);
    CHECK(all.empty());
    std::filesystem::remove_all(dir);
  }
}

// The class's view said "only this computer…" in one line shrunk to the room beside the code: at
// 150% on a 1280x720 laptop it stood a third the height of "Join code", the line under it at the
// same size. It wraps instead, as large as "Join code".
TEST_CASE("Class scene: the no-network warning is as large as the join code's label", "[class][layout]") {
  for (const char* scale : {"1", "1.5"}) {
    INFO("x" << scale);
    auto dir = temp_dir("class-warning-size");
    auto app = start_offscreen({"--scene", "class", "--size", "1280x720", "--scale", scale, "--font", "opendyslexic"}, dir);
    app->record_text_layout(true);
    app->settle();
    REQUIRE(app->press_key("s"));
    app->settle();
    const PlacedText *warning = nullptr, *label = nullptr;
    for (const PlacedText& t : app->text_layout().texts) {
      if (t.owner != "canvas") continue;
      if (t.text.rfind("No room", 0) == 0) warning = &t;  // its first line
      if (t.text == "Join code") label = &t;
    }
    REQUIRE(warning);
    REQUIRE(label);
    CHECK(warning->box.y1 - warning->box.y0 >= 0.9f * (label->box.y1 - label->box.y0));
    std::filesystem::remove_all(dir);
  }
}
