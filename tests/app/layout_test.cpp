// Every screen's text where a reader can read it: for every scene in the scene table (and the
// panels the issue named: story mode's notes, chapters and history, the timeline's card, the
// lineage view's story time and person card, the diagnostics panel, both views of a lesson), at
// 1280x720, 1920x1080 and 3840x2160, at 100% and 150% interface scale and in the theme's fonts and
// OpenDyslexic, no drawn string is cut
// by its panel or by the box drawn for it, runs off the window, lies over another string or hides
// under a panel. The boxes are the real frame's: the canvas's strings as drawn, the panels' text
// read back glyph by glyph from ImGui's draw data.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>

#include "core/cli/options.hpp"
#include "core/layout/genogram_words.hpp"
#include "core/layout/text_boxes.hpp"
#include "offscreen.hpp"
#include "scenes/lineage/lineage_scene.hpp"
#include "scenes/scene_table.hpp"

using namespace lineage;
using namespace lineage::testing;

namespace {

struct Screen {
  std::string name;
  std::vector<std::string> args;  // before the common ones
  std::vector<std::string> keys;
  bool presenter = false;         // also check the presenter view
};

std::vector<Screen> screens() {
  std::vector<Screen> out;
  for (const SceneEntry& e : scene_table()) out.push_back({e.name, {"--scene", e.name}, {}});
  out.push_back({"story beat", {"--scene", "story"}, {"Return"}});
  out.push_back({"story notes", {"--scene", "story"}, {"n"}});
  out.push_back({"story chapters", {"--scene", "story"}, {"Return", "c"}});
  out.push_back({"story history", {"--scene", "story"}, {"Return", "Right", "h"}});
  out.push_back({"timeline card", {"--scene", "timeline", "--select", "kitchen-note"}, {}});  // a deep link opens its card
  out.push_back({"timeline strands", {"--scene", "timeline"}, {"t"}});
  out.push_back({"timeline aligned", {"--scene", "timeline"}, {"a"}});  // the axis counts years from a birth
  out.push_back({"diagnostics", {"--scene", "timeline"}, {"F12"}});
  out.push_back({"lineage time", {"--scene", "lineage"}, {"t"}});
  out.push_back({"lineage card", {"--scene", "lineage"}, {"Return"}});
  out.push_back({"lesson", {"present", "mothers-before-blythe", "--step", "4"}, {"PageDown"}, true});
  return out;
}

std::string report(const std::vector<std::string>& problems) {
  std::string out;
  for (const auto& p : problems) out += "  " + p + "\n";
  return out;
}

// The lineage view's bond words, each near the line it names: the strings drawn in its box lie
// within a line of their own type of that line (measured from the boxes as drawn, to the line as
// drawn), or, where there was no room, its number is drawn on the line and its words in the key.
std::vector<std::string> bond_word_problems(App& app, const FrameTextLayout& layout) {
  std::vector<std::string> out;
  const std::vector<BondWordsPlaced>* placed = lineage_bond_words(app.scene());
  if (!placed) return out;
  const Story& story = *app.state().story;
  for (const BondWordsPlaced& p : *placed) {
    const Bond& bond = story.bonds[p.bond];
    GRect drawn{1e9f, 1e9f, -1e9f, -1e9f};
    float line = 0;
    for (const PlacedText& t : layout.texts) {
      if (t.owner != "canvas" || t.box.x0 < p.box.x0 - 1.5f || t.box.x1 > p.box.x1 + 1.5f || t.box.y0 < p.box.y0 - 1.5f ||
          t.box.y1 > p.box.y1 + 1.5f)
        continue;
      drawn = {std::min(drawn.x0, t.box.x0), std::min(drawn.y0, t.box.y0), std::max(drawn.x1, t.box.x1),
               std::max(drawn.y1, t.box.y1)};
      line = std::max(line, t.box.y1 - t.box.y0);
    }
    char buf[160];
    if (line == 0) {
      out.push_back(std::string(p.marker ? "bond marker" : "bond words") + " not drawn: \"" + bond.label + "\"");
      continue;
    }
    float far = distance_to_path(drawn, p.path);
    if (far > line) {
      std::snprintf(buf, sizeof buf, " %.0f px from its line (at most %.0f)", far, line);
      out.push_back("bond words far from their line: \"" + bond.label + "\"" + buf);
    }
    if (p.marker > 0 && !bond.label.empty()) {
      bool keyed = std::any_of(layout.texts.begin(), layout.texts.end(), [&](const PlacedText& t) { return t.text == bond.label; });
      if (!keyed) out.push_back("bond marker " + std::to_string(p.marker) + " with no words in the key: \"" + bond.label + "\"");
    }
  }
  return out;
}

std::vector<std::string> problems_at(const Screen& screen, const std::string& size, const std::string& scale,
                                     const std::string& font) {
  auto dir = temp_dir("layout");
  std::vector<std::string> args = screen.args;
  std::vector<std::string> common = {"--screenshot", (dir / "unused.png").string(), "--data-dir", dir.string(),
                                     "--size", size, "--scale", scale, "--font", font};
  args.insert(args.end(), common.begin(), common.end());
  ParseResult parsed = parse_options(args);
  REQUIRE(parsed.error.empty());
  auto app = std::make_unique<App>(parsed.options);
  std::string error;
  REQUIRE(app->start(error));
  app->record_text_layout(true);
  app->settle();
  for (const auto& key : screen.keys) {
    REQUIRE(app->press_key(key));
    app->settle();
  }
  app->settle();
  std::vector<std::string> problems;
  auto check = [&](const FrameTextLayout& layout, const std::string& view) {
    // A screen with nothing measured would pass vacuously: it must have drawn some text.
    INFO(screen.name << view << " at " << size << " x" << scale << " " << font);
    CHECK(layout.texts.size() > 2);
    for (auto& p : text_layout_problems(layout.texts, layout.panels, layout.window)) problems.push_back(view + p);
    for (auto& p : layout.overflows) problems.push_back(view + p);
  };
  check(app->text_layout(), "");
  for (auto& p : bond_word_problems(*app, app->text_layout())) problems.push_back(p);
  if (screen.presenter) check(app->second_text_layout(), "presenter: ");
  std::filesystem::remove_all(dir);
  return problems;
}

}  // namespace

PlacedText placed(const std::string& text, TextRect box) {
  PlacedText t;
  t.text = text;
  t.box = box;
  t.frame = TextRect{0, 0, 100, 100};
  t.owner = "canvas";
  return t;
}

TEST_CASE("the layout checker finds cut, overlapping and hidden text", "[layout]") {
  TextRect window{0, 0, 100, 100};
  PlacedText a = placed("inside", {10, 10, 50, 20});
  CHECK(text_layout_problems({a}, {}, window).empty());
  PlacedText cut = placed("cut", {90, 10, 120, 20});
  CHECK(text_layout_problems({cut}, {}, window).size() == 2);  // cut by its frame, and off the window
  PlacedText over = placed("over", {40, 15, 80, 25});
  CHECK(text_layout_problems({a, over}, {}, window).size() == 1);
  PlacedText touching = placed("touching", {50, 10, 70, 20});  // end to end is no overlap
  CHECK(text_layout_problems({a, touching}, {}, window).empty());
  PanelCover panel;
  panel.rect = TextRect{30, 0, 100, 100};
  panel.layer = 1;
  panel.root = 7;
  panel.owner = "Card";
  auto hidden = text_layout_problems({a}, {panel}, window);
  REQUIRE(hidden.size() == 1);
  CHECK(hidden[0].find("under Card") != std::string::npos);
  PlacedText clipped = a;
  clipped.cut = true;
  CHECK(text_layout_problems({clipped}, {}, window).size() == 1);
}

namespace {

// Every size and scale of one screen; the problems listed by screen, size and scale.
void check_screen(const std::string& name, const std::vector<std::string>& fonts) {
  const std::vector<std::string> sizes = {"1280x720", "1920x1080", "3840x2160"};
  const std::vector<std::string> scales = {"1", "1.5"};
  const std::vector<Screen> all = screens();
  auto screen = std::find_if(all.begin(), all.end(), [&](const Screen& s) { return s.name == name; });
  REQUIRE(screen != all.end());
  std::string found;
  int count = 0;
  for (const auto& font : fonts)
    for (const auto& size : sizes)
      for (const auto& scale : scales) {
        auto problems = problems_at(*screen, size, scale, font);
        count += static_cast<int>(problems.size());
        if (!problems.empty()) found += name + " at " + size + " x" + scale + " " + font + ":\n" + report(problems);
      }
  INFO(found);
  CHECK(count == 0);
}

}  // namespace

// One test per screen, so each stays short; the scene table's every row is among them (checked).
TEST_CASE("the layout tests cover every scene in the scene table", "[layout]") {
  const std::vector<Screen> all = screens();
  for (const SceneEntry& e : scene_table())
    CHECK(std::any_of(all.begin(), all.end(), [&](const Screen& s) { return s.name == e.name; }));
}

// In the theme's fonts, OpenDyslexic and Andika (the legible sans, wider lines), on every screen
// (each reading font adds about a minute of CPU to ctest in all, 2 to 5 s a screen).
#define LAYOUT_TEST(NAME)                                                             \
  TEST_CASE("no text is cut or crowded or hidden: " NAME, "[app][layout]") {          \
    check_screen(NAME, {"default", "opendyslexic", "andika"});                        \
  }
LAYOUT_TEST("title")
LAYOUT_TEST("timeline")
LAYOUT_TEST("lineage")
LAYOUT_TEST("reflections")
LAYOUT_TEST("story")
LAYOUT_TEST("present")
LAYOUT_TEST("cues")
LAYOUT_TEST("ask")
LAYOUT_TEST("takeaways")
LAYOUT_TEST("themes")
LAYOUT_TEST("class")
LAYOUT_TEST("story beat")
LAYOUT_TEST("story notes")
LAYOUT_TEST("story chapters")
LAYOUT_TEST("story history")
LAYOUT_TEST("timeline card")
LAYOUT_TEST("timeline strands")
LAYOUT_TEST("timeline aligned")
LAYOUT_TEST("diagnostics")
LAYOUT_TEST("lineage time")
LAYOUT_TEST("lineage card")
LAYOUT_TEST("lesson")
