// A modal dialog is drawn in front of everything, whatever panel appeared or was focused after it
// opened: the diagnostics band (F12 reaches it while a dialog is open) drew over the care dialog.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/layout/text_boxes.hpp"
#include "offscreen.hpp"

using namespace lineage;
using namespace lineage::testing;

TEST_CASE("a modal dialog stays in front of a panel that appears after it", "[app][layout]") {
  auto dir = temp_dir("modal-front");
  auto app = start_offscreen({"--scene", "lineage", "--size", "1280x720"}, dir);
  app->record_text_layout(true);
  app->settle();
  // Settings, then Content care...
  for (const char* key : {"F10", "Right", "Right", "Down", "Down", "Return"}) {
    REQUIRE(app->press_key(key));
    app->settle();
  }
  REQUIRE(app->care_dialog_open());
  REQUIRE(app->press_key("F12"));  // the diagnostics band appears under the menu bar
  app->settle();
  const FrameTextLayout& layout = app->text_layout();
  auto problems = text_layout_problems(layout.texts, layout.panels, layout.window);
  // The dialog's own words: none may lie under another panel.
  std::vector<std::string> hidden_dialog;
  for (const auto& p : problems)
    if (p.find("under Diagnostics") != std::string::npos) hidden_dialog.push_back(p);
  std::string all;
  for (const auto& p : hidden_dialog) all += p + "\n";
  INFO(all);
  CHECK(std::any_of(layout.texts.begin(), layout.texts.end(),
                    [](const PlacedText& t) { return t.text.find("Before you begin") != std::string::npos; }));
  CHECK(hidden_dialog.empty());
  std::filesystem::remove_all(dir);
}
