// Self-voicing of the ImGui panels: a reader who cannot see hears the menu item, button or
// field the keyboard reaches (and the dialog it is in), once each time it changes, never
// again while it stays.
#include <catch2/catch.hpp>

#include "app/focus_voice.hpp"
#include "platform/voiced_widgets.hpp"
#include "offscreen.hpp"

using namespace lineage;
using namespace lineage::testing;

namespace {
bool said(App& app, const std::string& part) {
  for (const std::string& s : app.spoken())
    if (s.find(part) != std::string::npos) return true;
  return false;
}

ItemRole role(const char* kind, int checked, const char* value, int position, int count) {
  ItemRole r;
  r.id = 1, r.role = kind, r.checked = checked, r.value = value, r.position = position, r.count = count;
  return r;
}

void press(App& app, const char* key) {
  REQUIRE(app.press_key(key));
  app.settle();
  app.finish_speech();
  for (int i = 0; i < 4; ++i) app.frame(1.0 / 60, false);  // the label is asked for over a few frames
}
}  // namespace

TEST_CASE("focus voice: the label in ImGui's ID record, and the words made of it", "[speech][focus-voice]") {
  CHECK(FocusVoice::label_of("\"Read aloud##card\"") == "Read aloud");
  CHECK(FocusVoice::label_of("Reader###reader") == "Reader");
  CHECK(FocusVoice::label_of("12") == "");
  CHECK(FocusVoice::label_of("\"\"") == "");
  CHECK(FocusVoice::label_of("(void*)0x5612") == "");
  CHECK(FocusVoice::label_of("\"Gentle summaries: tell hard moments more softly, everyw", true) ==
        "Gentle summaries: tell hard moments more softly");
  FocusVoice::Item quit{"Quit", "##Menu_00", true, false, false, ""};
  CHECK(FocusVoice::words_for(quit, "") == "Quit, menu item");
  FocusVoice::Item save{"Save", "Before you begin", false, false, false, "button"};
  CHECK(FocusVoice::words_for(save, "##MainMenuBar") == "Before you begin. Save, button");
  CHECK(FocusVoice::words_for(save, "Before you begin") == "Save, button");  // the same dialog: not named again
  // The role's words: its state, its value, its place in its group ("1 of 1" says nothing).
  CHECK(role_words(role("button", -1, "", 1, 3)) == "button, 1 of 3");
  CHECK(role_words(role("button", -1, "", 1, 1)) == "button");
  CHECK(role_words(role("radio button", 0, "", 2, 5)) == "radio button, not checked, 2 of 5");
  CHECK(role_words(role("combo box", -1, "espeak-en", 2, 9)) == "combo box, espeak-en, 2 of 9");
  CHECK(role_words(role("slider", -1, "175", 0, 0)) == "slider, 175");
  FocusVoice::Item field{"##answer", "Moment##timeline-card", false, false, true, ""};
  field.label = "Your answer";
  CHECK(FocusVoice::words_for(field, "") == "Moment. Your answer, edit field");
}

TEST_CASE("self-voicing speaks the menus and a dialog's controls as the keyboard reaches them", "[speech][app][focus-voice]") {
  auto dir = temp_dir("focus-voice");
  auto app = start_offscreen({"--scene", "timeline", "--self-voicing", "--speech-out", (dir / "x.wav").string()}, dir);
  app->settle();
  press(*app, "F10");
  for (const auto& s : app->spoken()) UNSCOPED_INFO("said: " << s);
  REQUIRE(app->shown_menu() == "File");
  CHECK(said(*app, "File menu. Export study guide"));
  CHECK(said(*app, "menu item"));
  press(*app, "Down");
  CHECK(app->spoken().back() == "Study guide for screen readers (HTML)\u2026, menu item");
  // Said once: frames that change nothing say nothing more.
  std::size_t heard = app->spoken().size();
  for (int i = 0; i < 30; ++i) app->frame(1.0 / 60, false);
  CHECK(app->spoken().size() == heard);
  press(*app, "Right");
  CHECK(app->spoken().back().rfind("View menu. ", 0) == 0);
  press(*app, "Escape");

  // Settings, Content care: the dialog is named with the button the keyboard starts on (Begin,
  // for a reader who has not seen it yet).
  for (const char* key : {"F10", "Right", "Right", "Down", "Down", "Return"}) press(*app, key);
  REQUIRE(app->care_dialog_open());
  for (const auto& s : app->spoken()) UNSCOPED_INFO("said: " << s);
  CHECK(app->spoken().back() == "Before you begin. Begin, button");
  press(*app, "Up");
  CHECK(app->spoken().back() == "Gentle summaries: tell hard moments more softly, check box, not checked");
  std::filesystem::remove_all(dir);
}

TEST_CASE("self-voicing off: the panels say nothing", "[speech][app][focus-voice]") {
  auto dir = temp_dir("focus-voice-off");
  auto app = start_offscreen({"--scene", "timeline", "--speech-out", (dir / "x.wav").string()}, dir);
  press(*app, "F10");
  press(*app, "Down");
  CHECK(app->spoken().empty());
  std::filesystem::remove_all(dir);
}
