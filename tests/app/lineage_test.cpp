// The lineage scene offscreen: the genogram drawn from the story, a person card, the pattern,
// the cycle and the time slider, each visibly different, and nothing beyond the milestone.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/layout/genogram_style.hpp"
#include "core/layout/genogram_time.hpp"
#include "offscreen.hpp"
#include "scenes/lineage/lineage_scene.hpp"

using namespace lineage;
using namespace lineage::testing;

namespace {

bool drawn(const App& app, const std::string& text) {
  const auto& all = app.drawn_strings();
  return std::find(all.begin(), all.end(), text) != all.end();
}

void press(App& app, std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    REQUIRE(app.press_key(key));
    app.frame(1.0 / 60, false);
  }
}

}  // namespace

TEST_CASE("lineage: default, card, pattern and early time are distinct, non-blank pictures", "[app][genogram]") {
  auto dir = temp_dir("lineage-shots");
  auto app = start_offscreen({"--scene", "lineage", "--size", "1280x720"}, dir);
  REQUIRE(app->scene_name() == "lineage");
  Image base = capture(*app, dir / "default.png");
  REQUIRE(base.width == 1280);
  CHECK(base.luminance_variance() > 50.0);
  // The family, by name, from the story; the generations; relationship words.
  for (const char* name : {"Etta", "Cecilia", "Blythe Connor", "Violet", "Fox", "Gemma", "Sam", "Jet", "Etta's husband"})
    CHECK(drawn(*app, name));
  CHECK(drawn(*app, "generation 1"));
  CHECK(drawn(*app, "generation 4"));
  CHECK(drawn(*app, "she left"));

  press(*app, {"Down", "Down", "Down", "Return"});  // Etta, Cecilia, Blythe: open her card
  CHECK(app->state().selected_person == "blythe");
  Image card = capture(*app, dir / "card.png");
  CHECK(card.difference(base) > 0.05);
  // The card takes the right of the window: it is not the background there any more.
  CHECK(card.luminance_variance(1000, 100, 1280, 600) > base.luminance_variance(1000, 100, 1280, 600));

  press(*app, {"Escape", "P"});
  Image pattern = capture(*app, dir / "pattern.png");
  CHECK(pattern.difference(base) > 0.01);
  CHECK(pattern.difference(card) > 0.05);
  for (const char* label : {"the bathtub", "the note on the counter", "the bond that never came"}) CHECK(drawn(*app, label));

  press(*app, {"P", "T"});  // leave the pattern; Left/Right now move through story time
  for (int i = 0; i < 20; ++i) press(*app, {"Left"});
  Image early = capture(*app, dir / "early.png");
  CHECK(early.difference(base) > 0.01);
  CHECK(early.difference(pattern) > 0.01);
  CHECK(drawn(*app, "Etta"));
  for (const char* later : {"Blythe Connor", "Violet", "Sam", "Jet", "Gemma", "Fox"}) CHECK_FALSE(drawn(*app, later));
  std::filesystem::remove_all(dir);
}

TEST_CASE("lineage: the cycle walks the pattern one link at a time with the moment's summary", "[app][genogram]") {
  auto dir = temp_dir("lineage-cycle");
  auto app = start_offscreen({"--scene", "lineage"}, dir);
  app->settle();
  press(*app, {"C"});
  app->settle();
  const Story& story = *app->state().story;
  const Moment& bathtub = story.moments[story.moment("bathtub")];
  CHECK(drawn(*app, "the bathtub"));
  CHECK(app->state().selected_person == "cecilia");
  const std::string summary = bathtub.summary;  // a copy: the app is restarted below
  auto summary_shown = [&] {
    for (const auto& s : app->drawn_strings())
      if (s.size() > 20 && summary.find(s) == 0) return true;  // a line of it, not a name
    return false;
  };
  // The bathtub carries content notes the reader has not chosen about: no summary until she does.
  CHECK_FALSE(summary_shown());
  press(*app, {"Right"});
  app->settle();
  CHECK(app->state().selected_person == "blythe");
  press(*app, {"Right", "Right", "Right"});  // stops at the last link
  app->settle();
  CHECK(app->state().selected_person == "violet");
  // A choice kept elsewhere ("show it", remembered in story mode or on the timeline) holds here.
  REQUIRE(app->state().journal->set_setting(app->state().profile, "story.remember", "bathtub:show"));
  app.reset();  // one app (and one ImGui context) at a time
  app = start_offscreen({"--scene", "lineage"}, dir);
  app->settle();
  press(*app, {"C"});
  app->settle();
  CHECK(app->state().selected_person == "cecilia");
  CHECK(summary_shown());
  std::filesystem::remove_all(dir);
}

TEST_CASE("lineage: nothing beyond the reader's milestone is drawn", "[app][genogram]") {
  auto dir = temp_dir("lineage-spoilers");
  auto app = start_offscreen({"--scene", "lineage"}, dir);
  app->state().settings.milestone = "part-before";
  app->settle();
  CHECK(drawn(*app, "Cecilia"));
  for (const char* later : {"Violet", "Sam", "Jet", "Gemma", "she seems to suspect Violet", "the bond that never came"})
    CHECK_FALSE(drawn(*app, later));
  std::filesystem::remove_all(dir);
}

TEST_CASE("lineage: arriving with a moment selected shows the family as it stood then", "[app][genogram]") {
  auto dir = temp_dir("lineage-timeline");
  auto app = start_offscreen({"--scene", "lineage", "--select", "bathtub"}, dir);
  app->settle();
  CHECK(drawn(*app, "Cecilia"));
  CHECK_FALSE(drawn(*app, "Violet"));
  std::filesystem::remove_all(dir);
}

// Every relationship line the diagram shows has its words beside it: none is left out for want
// of room, at either window size, at 150% and in OpenDyslexic (the layout test checks that the
// words lie clear of each other and of the people's names).
TEST_CASE("lineage: every bond shown is named on the diagram, at every size, scale and font", "[app][genogram][layout]") {
  struct Look {
    const char* size;
    const char* scale;
    const char* font;
  };
  for (Look look : {Look{"1280x720", "1", "default"}, Look{"1920x1080", "1", "default"}, Look{"1280x720", "1.5", "default"},
                    Look{"1920x1080", "1.5", "default"}, Look{"1280x720", "1.5", "opendyslexic"},
                    Look{"1920x1080", "1.5", "opendyslexic"}, Look{"1920x1080", "1", "opendyslexic"}}) {
    auto dir = temp_dir("lineage-bond-words");
    auto app = start_offscreen({"--scene", "lineage", "--size", look.size, "--scale", look.scale, "--font", look.font}, dir);
    app->settle();
    const Story& story = *app->state().story;
    const int limit = app->state().reading_limit();
    const std::vector<int> stops = time_stops(story, limit);
    REQUIRE_FALSE(stops.empty());
    const FamilyAt family = family_at(story, limit, stops.back());  // where the slider starts
    const std::vector<std::string>& drawn = app->drawn_strings();
    int named = 0;
    for (std::size_t b = 0; b < story.bonds.size(); ++b) {
      const Bond& bond = story.bonds[b];
      if (bond.label.empty() || !family.bond_shown[b]) continue;
      INFO(look.size << " x" << look.scale << " " << look.font << ": \"" << bond.label << "\"");
      // Whole on one line, or (where one long line finds no place) broken onto two lines drawn
      // one after the other.
      bool shown = std::find(drawn.begin(), drawn.end(), bond.label) != drawn.end();
      for (std::size_t i = 0; !shown && i + 1 < drawn.size(); ++i) shown = drawn[i] + " " + drawn[i + 1] == bond.label;
      CHECK(shown);
      ++named;
    }
    CHECK(named >= 5);
    std::filesystem::remove_all(dir);
  }
}

namespace {

// The legend entries (full words, compact words) for what the diagram draws with the slider
// where it starts, worked out from the story (not from the legend's own list).
std::vector<std::pair<std::string, std::string>> legend_wanted(App& app) {
  const Story& story = *app.state().story;
  const GenogramStyle style = load_genogram_style(app.state().assets_dir / "genogram.conf").style;
  const int limit = app.state().reading_limit();
  const std::vector<int> stops = time_stops(story, limit);
  REQUIRE_FALSE(stops.empty());
  const FamilyAt family = family_at(story, limit, stops.back());
  std::vector<std::string> symbols;
  auto want = [&](const char* id) {
    if (std::find(symbols.begin(), symbols.end(), id) == symbols.end()) symbols.push_back(id);
  };
  for (std::size_t p = 0; p < story.people.size(); ++p) {
    if (!family.present[p]) continue;
    if (story.people[p].sex == Sex::Female) want("woman");
    if (story.people[p].sex == Sex::Male) want("man");
    if (family.deceased[p]) want("deceased");
  }
  std::vector<int> partners(story.people.size(), 0);
  for (std::size_t i = 0; i < story.partnerships.size(); ++i) {
    if (!family.partnership_shown[i]) continue;
    want("couple");
    if (family.slashes[i] == 1) want("separated");
    if (family.slashes[i] == 2) want("divorced");
    if (++partners[story.partnerships[i].a] > 1 || ++partners[story.partnerships[i].b] > 1) want("remarriage");
  }
  for (std::size_t i = 0; i < story.parents.size(); ++i)
    if (family.link_shown[i]) want("child");
  std::vector<std::pair<std::string, std::string>> entries;
  for (const std::string& id : symbols) entries.emplace_back(style.symbol_words(id), style.symbol_short(id));
  std::vector<bool> kinds(style.bonds.size(), false);
  bool perspective = false;
  for (std::size_t b = 0; b < story.bonds.size(); ++b) {
    if (!family.bond_shown[b]) continue;
    kinds[static_cast<int>(story.bonds[b].kind)] = true;
    perspective = perspective || !story.bonds[b].perspective.empty();
  }
  for (std::size_t k = 0; k < kinds.size(); ++k)
    if (kinds[k]) entries.emplace_back(style.bonds[k].words, style.bonds[k].name);
  if (perspective) entries.emplace_back(style.symbol_words("perspective"), style.symbol_short("perspective"));
  return entries;
}

// An entry drawn whole: on one line, or wrapped onto lines drawn one after the other.
bool drawn_whole(const App& app, const std::string& words) {
  const std::vector<std::string>& drawn = app.drawn_strings();
  if (words.empty()) return false;
  for (std::size_t i = 0; i < drawn.size(); ++i) {
    std::string run = drawn[i];
    for (std::size_t j = i + 1; run.size() < words.size() && j < drawn.size(); ++j) run += " " + drawn[j];
    if (run == words) return true;
  }
  return false;
}

}  // namespace

// Every symbol and line kind the diagram draws has its entry in the legend ("How to read it"),
// in full or in its compact form, and the legend's words are set at a legible size: at 150% in
// OpenDyslexic the legend once shrank to half its type (7 px at 100%) and still lost "Harm".
TEST_CASE("lineage: the legend explains every symbol and line drawn, legibly, at every size, scale and font",
          "[app][genogram][layout]") {
  for (const char* size : {"1280x720", "1920x1080"})
    for (const char* scale : {"1", "1.5"})
      for (const char* font : {"default", "opendyslexic"}) {
        auto dir = temp_dir("lineage-legend");
        auto app = start_offscreen({"--scene", "lineage", "--size", size, "--scale", scale, "--font", font}, dir);
        app->settle();
        const auto entries = legend_wanted(*app);
        INFO(size << " x" << scale << " " << font);
        CHECK(entries.size() >= 10);  // The Push's family: both sexes, a death, a divorce, four kinds of line
        for (const auto& [full, compact] : entries) {
          INFO("legend entry \"" << full << "\" (or \"" << compact << "\")");
          CHECK((drawn_whole(*app, full) || drawn_whole(*app, compact)));
        }
        CHECK(lineage_legend_words_px(app->scene()) >= 12.0f);
        std::filesystem::remove_all(dir);
      }
}

// Where a window is too small for the whole legend even in two compact columns, the entries it
// leaves out are counted on its last line, never dropped in silence.
TEST_CASE("lineage: a legend with no room for every entry counts the ones it leaves out", "[app][genogram][layout]") {
  auto dir = temp_dir("lineage-legend-small");
  auto app = start_offscreen({"--scene", "lineage", "--size", "1024x600", "--scale", "2", "--font", "opendyslexic"}, dir);
  app->settle();
  const auto entries = legend_wanted(*app);
  int shown = 0;
  for (const auto& [full, compact] : entries) shown += drawn_whole(*app, full) || drawn_whole(*app, compact);
  int counted = -1;
  for (const std::string& s : app->drawn_strings())
    if (s.rfind("+", 0) == 0 && s.find(" more") != std::string::npos) counted = std::stoi(s.substr(1));
  INFO(shown << " entries drawn of " << entries.size());
  REQUIRE(counted > 0);  // this window is too small for all of them
  CHECK(shown + counted == static_cast<int>(entries.size()));
  CHECK(lineage_legend_words_px(app->scene()) >= 12.0f);
  std::filesystem::remove_all(dir);
}
