// Every action is a command: panel buttons, keys and menus reach the app through the outbox,
// and the keyboard reaches every field and menu (issue 11's user-facing defects).
#include <catch2/catch.hpp>

#include <imgui.h>
#include <imgui_internal.h>  // hovered item and window lookup: finding a panel button as a mouse would

#include <algorithm>
#include <set>

#include "app/reader_menu.hpp"
#include "offscreen.hpp"
#include "scenes/scene_table.hpp"
#include "app/care_dialog.hpp"
#include "scenes/timeline/timeline_scene.hpp"

using namespace lineage;
using namespace lineage::testing;

namespace {

constexpr double kFrame = 1.0 / 60.0;

bool drawn(App& app, const std::string& text) {
  const auto& d = app.drawn_strings();
  return std::find(d.begin(), d.end(), text) != d.end();
}

// Where the mouse must be to hover the button `label` (a top-level item of `window`): found
// by moving the pointer down the window, as a person would look for it, at the top of the
// window and then scrolled to its end.
std::optional<ImVec2> find_button(App& app, const char* window_name, const char* label) {
  ImGuiWindow* window = ImGui::FindWindowByName(window_name);
  if (!window) return std::nullopt;
  const ImGuiID id = ImHashStr(label, 0, window->ID);
  for (bool to_end : {false, true}) {
    ImGui::SetScrollY(window, to_end ? window->ScrollMax.y : 0.0f);
    app.frame(kFrame, false);
    app.frame(kFrame, false);
    for (float y = window->Pos.y + 4; y < window->Pos.y + window->Size.y; y += 4)
      for (float dx : {30.0f, 60.0f}) {
        app.move_pointer(window->Pos.x + dx, y);
        app.frame(kFrame, false);
        if (GImGui->HoveredId == id) return ImVec2(window->Pos.x + dx, y);
      }
  }
  return std::nullopt;
}

void click_at(App& app, ImVec2 at) {
  app.press_pointer(at.x, at.y);
  app.frame(kFrame, false);
  app.release_pointer(at.x, at.y);
}

}  // namespace

TEST_CASE("commands: Play in story mode on a timeline card works in the next frame, without moving the pointer",
          "[app][commands]") {
  auto dir = temp_dir("commands-play");
  auto app = start_offscreen({"--scene", "timeline", "--size", "1920x1080", "--select", "violet-born"}, dir);
  app->settle();
  std::optional<ImVec2> at = find_button(*app, "Moment##timeline-card", "Play in story mode  (Return)");
  REQUIRE(at);
  click_at(*app, *at);
  app->frame(kFrame, false);  // the button is pressed while the card draws; it posts Play
  app->frame(kFrame, false);  // the next frame applies it: the pointer has not moved
  CHECK(app->scene_name() == "story");
  CHECK(app->state().selected_moment == "violet-born");
  std::filesystem::remove_all(dir);
}

TEST_CASE("commands: Show on timeline on a person card works in the next frame", "[app][commands]") {
  auto dir = temp_dir("commands-show");
  auto app = start_offscreen({"--scene", "lineage", "--size", "1920x1080"}, dir);
  app->settle();
  const Story& story = *app->state().story;
  // Open Blythe's card with the keyboard: Return opens the selected person's card.
  int blythe = story.person("blythe");
  REQUIRE(blythe >= 0);
  app->state().selected_person = "blythe";
  app->show_scene("lineage");
  app->settle();
  REQUIRE(app->press_key("Return"));
  app->settle();
  std::string window = story.people[static_cast<std::size_t>(blythe)].name + "###lineage-card";
  std::optional<ImVec2> at = find_button(*app, window.c_str(), "Show on timeline");
  REQUIRE(at);
  click_at(*app, *at);
  app->frame(kFrame, false);
  app->frame(kFrame, false);
  CHECK(app->scene_name() == "timeline");
  CHECK(app->state().selected_person == "blythe");
  std::filesystem::remove_all(dir);
}

TEST_CASE("commands: Tab takes the keyboard into the timeline card's answer; letters type, not toggle",
          "[app][commands]") {
  auto dir = temp_dir("commands-tab");
  auto app = start_offscreen({"--scene", "timeline", "--size", "1920x1080"}, dir);
  app->settle();
  const Story& story = *app->state().story;
  // A moment with an open question about it, and no content note (its card would ask first).
  std::string moment, prompt;
  for (const Prompt& p : story.prompts)
    if (p.kind == PromptKind::Open && p.about.kind == Subject::Kind::Moment &&
        story.moments[static_cast<std::size_t>(p.about.index)].content_notes.empty()) {
      moment = story.moments[static_cast<std::size_t>(p.about.index)].id;
      prompt = p.id;
      break;
    }
  REQUIRE_FALSE(moment.empty());
  app->state().selected_moment = moment;
  app->show_scene("timeline");
  app->settle();
  auto& timeline = static_cast<TimelineScene&>(*app->scene());
  REQUIRE(timeline.view().card_open);
  bool aligned = timeline.view().align;
  REQUIRE(app->press_key("Tab"));
  app->settle();
  app->type_text("a thought");
  app->settle();
  CHECK(timeline.view().align == aligned);  // "a" typed, not Align by motherhood
  flush_pending_answers(app->state());
  auto saved = app->state().journal->answer(app->state().profile, prompt);
  REQUIRE(saved);
  CHECK(saved->text == "a thought");
  // Esc leaves the field; then letters are shortcuts again.
  REQUIRE(app->press_key("Escape"));
  app->settle();
  REQUIRE(app->press_key("a"));
  app->settle();
  CHECK(timeline.view().align != aligned);
  std::filesystem::remove_all(dir);
}

TEST_CASE("commands: story mode's open questions have an answer field the keyboard reaches", "[app][commands]") {
  auto dir = temp_dir("commands-story-answer");
  auto app = start_offscreen({"--scene", "story", "--size", "1920x1080"}, dir);
  app->settle();
  const char* invitation = "Take a moment with it, or write your thoughts below. Right goes on when you are ready.";
  bool found = false;
  for (int i = 0; i < 200 && !found; ++i) {
    REQUIRE(app->press_key("Right"));
    app->settle();
    found = drawn(*app, invitation);
  }
  REQUIRE(found);
  REQUIRE(app->press_key("Tab"));
  app->settle();
  app->type_text("hand on heart");  // "h" would open the history if it went to the scene
  app->settle();
  flush_pending_answers(app->state());
  bool saved = false;
  for (const Answer& a : app->state().journal->answers(app->state().profile)) saved = saved || a.text == "hand on heart";
  CHECK(saved);
  CHECK(drawn(*app, invitation));  // still at the question: typing did not move the story on
  std::filesystem::remove_all(dir);
}

TEST_CASE("commands: F10 and Alt open the menus; arrows move between them; Return chooses", "[app][commands]") {
  auto dir = temp_dir("commands-menus");
  auto app = start_offscreen({"--scene", "timeline", "--size", "1280x720"}, dir);
  app->settle();
  CHECK(app->shown_menu().empty());
  REQUIRE(app->press_key("F10"));
  app->settle();
  CHECK(app->shown_menu() == "File");
  REQUIRE(app->press_key("Down"));
  app->settle();
  REQUIRE(app->press_key("Right"));
  app->settle();
  CHECK(app->shown_menu() == "View");
  REQUIRE(app->press_key("Right"));
  app->settle();
  CHECK(app->shown_menu() == "Settings");
  REQUIRE(app->press_key("Left"));
  app->settle();
  CHECK(app->shown_menu() == "View");
  REQUIRE(app->press_key("Escape"));
  app->settle();
  CHECK(app->shown_menu().empty());
  // Alt alone, then Return: File's first item, the export dialog.
  REQUIRE(app->press_key("Left Alt"));
  app->settle();
  CHECK(app->shown_menu() == "File");
  REQUIRE(app->press_key("Return"));
  app->settle();
  CHECK(app->export_dialog_open());
  CHECK(app->scene_name() == "timeline");  // the keys went to the menu, not the scene
  std::filesystem::remove_all(dir);
}

TEST_CASE("commands: the scene table drives the function keys, and every letter key is a named action",
          "[app][commands]") {
  auto dir = temp_dir("commands-table");
  auto app = start_offscreen({"--scene", "title", "--size", "1280x720"}, dir);
  app->settle();
  for (const SceneEntry& entry : scene_table()) {
    if (*entry.key == '\0') continue;
    REQUIRE(app->press_key(entry.key));
    app->settle();
    CHECK(app->scene_name() == entry.name);
    std::set<char> keys;
    for (const KeyBinding& b : app->scene()->bindings()) {
      CHECK(keys.insert(b.key).second);  // one action a key
      CHECK(std::string(b.action).find('.') != std::string::npos);
      CHECK(*b.label != '\0');
    }
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("commands: the Export dialog is modal, its buttons stay put when the format changes, and it "
          "names the file it wrote",
          "[app][commands]") {
  auto dir = temp_dir("commands-export");
  auto app = start_offscreen({"--scene", "timeline", "--size", "1280x720"}, dir);
  app->settle();
  // Opened as File > Export does (the menu's keyboard path is tested above).
  app->reader_dialogs().show_export = true;
  app->settle();
  REQUIRE(app->export_dialog_open());
  ImGuiWindow* dialog = ImGui::FindWindowByName("Export study guide");
  REQUIRE(dialog);
  CHECK((dialog->Flags & ImGuiWindowFlags_Modal) != 0);

  ReaderDialogs& dialogs = app->reader_dialogs();
  dialogs.choice.format = ExportFormat::Pdf;
  app->settle();
  auto export_on_pdf = find_button(*app, "Export study guide", "Export");
  REQUIRE(export_on_pdf);
  dialogs.choice.format = ExportFormat::Html;  // the PDF-only paper row is not needed now
  app->settle();
  auto export_on_html = find_button(*app, "Export study guide", "Export");
  REQUIRE(export_on_html);
  CHECK(export_on_html->y == export_on_pdf->y);

  dialogs.choice.worksheet = true;  // no reader is needed for a blank worksheet
  dialogs.choice.path = (dir / "from the dialog.html").string();
  click_at(*app, *export_on_html);
  app->settle();
  CHECK(std::filesystem::exists(dir / "from the dialog.html"));
  CHECK(dialogs.result_ok);
  CHECK(dialogs.result.find((dir / "from the dialog.html").string()) != std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST_CASE("care screen: Settings > Content care by keyboard; a note unticked is not warned about", "[app][commands][care]") {
  auto dir = temp_dir("commands-care");
  auto app = start_offscreen({"--scene", "timeline", "--size", "1280x720"}, dir);
  app->settle();
  app->record_panel_text(true);
  CHECK_FALSE(app->care_dialog_open());  // offscreen renders never open it by themselves
  for (const char* key : {"F10", "Right", "Right", "Down", "Down", "Return"}) {
    REQUIRE(app->press_key(key));
    app->settle();
  }
  CHECK(app->shown_menu().empty());
  REQUIRE(app->care_dialog_open());
  const Story& story = *app->state().story;
  REQUIRE_FALSE(story.content_notes.empty());
  CHECK(app->panel_text().find("Before you begin") != std::string::npos);
  for (const ContentNote& note : story.content_notes) CHECK(app->panel_text().find(note.label) != std::string::npos);
  // Up from Save reaches the gentle checkbox, then the last note; Space unticks it; back to Save.
  for (const char* key : {"Up", "Up", "space", "Down", "Down", "Return"}) {
    REQUIRE(app->press_key(key));
    app->settle();
  }
  CHECK_FALSE(app->care_dialog_open());
  const AppState& state = app->state();
  CHECK(state.journal->setting(state.profile, kCareIntroSetting) == std::optional<std::string>("seen"));
  auto quiet = state.journal->setting(state.profile, "story.quiet");
  REQUIRE(quiet);
  CHECK(*quiet == story.content_notes.back().id);
  std::filesystem::remove_all(dir);
}
