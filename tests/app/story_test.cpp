// Story mode offscreen: every tableau draws something of its own, keys step the beats (the
// narration on screen changes and comes back on rollback), the content-care card comes before
// a flagged moment, progress resumes after a restart, and a clicker alone reaches "Your reading".
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>

#include "core/journal/journal.hpp"
#include "offscreen.hpp"
#include "platform/layers.hpp"
#include "platform/output.hpp"
#include "scenes/story/story_view.hpp"
#include "scenes/tableaux/tableau.hpp"

using namespace lineage;
using namespace lineage::testing;

namespace {

bool drawn(App& app, const std::string& text) {
  const auto& d = app.drawn_strings();
  return std::find(d.begin(), d.end(), text) != d.end();
}

// True when some drawn line is a piece of `text` (narration is drawn wrapped, line by line).
bool drawn_part_of(App& app, const std::string& text) {
  for (const auto& s : app.drawn_strings())
    if (s.size() > 12 && text.find(s) != std::string::npos) return true;
  return false;
}

void step(App& app, const std::string& key, int frames = 3) {
  REQUIRE(app.press_key(key));
  for (int i = 0; i < frames; ++i) app.frame(1.0 / 60, false);
}

const Beat& nth_stop(const Moment& m, int n) {  // the n-th narration beat without conditions
  for (const Beat& b : m.beats)
    if (b.kind == BeatKind::Narrate && b.conditions.empty() && n-- == 0) return b;
  FAIL("no such beat");
  return m.beats.front();
}

}  // namespace

TEST_CASE("story: every tableau renders, is not blank, and differs from every other", "[app][story]") {
  auto dir = temp_dir("story-tableaux");
  std::map<std::string, Image> pictures;
  std::set<std::string> registered;
  for (const TableauEntry& e : tableaux()) registered.insert(e.name);
  std::vector<std::pair<std::string, std::string>> moments;  // id, tableau (one App at a time)
  {
    auto probe = start_offscreen({"--scene", "story"}, dir / "probe");
    for (const Moment& m : probe->state().story->moments) moments.emplace_back(m.id, m.visual.tableau);
  }
  REQUIRE(registered.size() == 14);
  for (const auto& [id, tableau] : moments) {
    INFO(id);
    CHECK(registered.count(tableau) == 1);
    if (pictures.count(tableau)) continue;
    auto app = start_offscreen({"--scene", "story", "--select", id, "--size", "960x540"}, dir / id);
    app->settle(4);
    if (drawn(*app, "Show it")) step(*app, "Return");  // the content-care card
    REQUIRE_FALSE(drawn(*app, "Show it"));
    step(*app, "T");  // picture only
    Image image = capture(*app, dir / (id + ".png"));
    REQUIRE(image.width == 960);
    // Not blank: real shapes, well above a flat gradient's variance.
    CHECK(image.luminance_variance(0, 40, 960, 540) > 40.0);
    pictures[tableau] = image;
  }
  REQUIRE(pictures.size() == 14);
  for (auto a = pictures.begin(); a != pictures.end(); ++a)
    for (auto b = std::next(a); b != pictures.end(); ++b) {
      INFO(a->first << " vs " << b->first);
      CHECK(a->second.difference(b->second) > 0.25);
    }
  std::filesystem::remove_all(dir);
}

TEST_CASE("story: tableaux move, and hold still under reduced motion", "[app][story]") {
  auto dir = temp_dir("story-motion");
  for (bool reduced : {false, true}) {
    std::vector<std::string> args = {"--scene", "story", "--select", "cecilia-words", "--size", "960x540"};
    if (reduced) args.push_back("--reduced-motion");
    auto app = start_offscreen(args, dir / (reduced ? "still" : "moving"));
    step(*app, "Return");  // past the content-care card (maternal ambivalence)
    step(*app, "T");
    Image first = capture(*app, dir / "a.png");
    for (int i = 0; i < 90; ++i) app->frame(1.0 / 60, false);
    Image later = capture(*app, dir / "b.png");
    if (reduced) CHECK(later.difference(first, 2) == 0.0);
    else CHECK(later.difference(first, 2) > 0.001);
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("story: keys advance the beats and the narration on screen changes", "[app][story]") {
  auto dir = temp_dir("story-keys");
  auto app = start_offscreen({"--scene", "story", "--select", "cecilia-words", "--size", "1920x1080"}, dir);
  app->settle(4);
  step(*app, "Return");  // past the content-care card (maternal ambivalence)
  const Moment& m = app->state().story->moments[app->state().story->moment("cecilia-words")];
  const Beat& first = nth_stop(m, 0);
  const Beat& second = nth_stop(m, 1);
  CHECK(drawn(*app, m.title));
  CHECK(drawn_part_of(*app, first.text));
  auto before = app->drawn_strings();
  step(*app, "Right");
  CHECK(app->drawn_strings() != before);
  CHECK(drawn_part_of(*app, second.text));
  CHECK_FALSE(drawn_part_of(*app, first.text));
  step(*app, "Space");  // the quotation: Cecilia's words with their citation
  CHECK(drawn(*app, "\u2014 Cecilia"));
  CHECK(std::any_of(app->drawn_strings().begin(), app->drawn_strings().end(),
                    [](const std::string& s) { return s.find("line 27") != std::string::npos; }));
  step(*app, "Left");
  step(*app, "Left");
  CHECK(drawn_part_of(*app, first.text));  // rolled back to the first beat
  std::filesystem::remove_all(dir);
}

TEST_CASE("story: the content-care card comes before a flagged moment", "[app][story]") {
  auto dir = temp_dir("story-care");
  {
    auto app = start_offscreen({"--scene", "story", "--select", "bathtub"}, dir);
    app->settle(4);
    CHECK(drawn(*app, "Before the next moment: The bathtub"));
    CHECK(drawn(*app, "Child harm"));
    CHECK(drawn(*app, "Show a gentle summary instead"));
    const Moment& m = app->state().story->moments[app->state().story->moment("bathtub")];
    CHECK_FALSE(drawn_part_of(*app, nth_stop(m, 0).text));
    SECTION("show it") {
      step(*app, "Right");
      CHECK(drawn_part_of(*app, nth_stop(m, 0).text));
    }
    SECTION("the gentle summary instead") {
      step(*app, "Down");
      step(*app, "Return");
      CHECK(drawn(*app, "A gentle summary, as you asked"));
      CHECK(drawn_part_of(*app, m.gentle_summary));
      CHECK_FALSE(drawn_part_of(*app, nth_stop(m, 0).text));
    }
    SECTION("skip to the next moment") {
      step(*app, "Up");  // wraps round to the last option
      step(*app, "Return");
      const Story& story = *app->state().story;
      // The next moment, behind its own card (maternal ambivalence).
      CHECK(drawn(*app, "CONTENT CARE"));
      CHECK(drawn(*app, "Maternal ambivalence"));
      step(*app, "Return");  // show it
      CHECK(drawn(*app, story.moments[story.moment("cecilia-words")].title));
      CHECK_FALSE(drawn(*app, m.title));
    }
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("story: a gentle summary shows no picture; an illustration of an unnamed place says so", "[app][story]") {
  auto dir = temp_dir("story-gentle-picture");
  for (bool gentle : {false, true}) {
    // Not believed: content notes (infant death) and a room the notes never name.
    auto app = start_offscreen({"--scene", "story", "--select", "blythe-suspects"}, dir / (gentle ? "g" : "s"));
    app->settle(4);
    REQUIRE(drawn(*app, "Show it"));
    if (gentle) step(*app, "Down");
    step(*app, "Return");
    CHECK_FALSE(drawn(*app, "Show it"));
    CHECK(drawn(*app, kIllustrationCaption) == !gentle);  // the caption comes with the picture
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("story: no card for a note the reader turned off", "[app][story]") {
  auto dir = temp_dir("story-quiet");
  {
    Journal journal(dir);
    auto profile = journal.create_profile("Reader");
    REQUIRE(profile);
    REQUIRE(journal.set_setting(profile->id, "story.quiet", "child-harm,maternal-ambivalence"));
  }
  auto app = start_offscreen({"--scene", "story", "--select", "bathtub"}, dir);
  app->settle(4);
  CHECK_FALSE(drawn(*app, "Show it"));
  CHECK(drawn_part_of(*app, "Etta has a daughter now: Cecilia."));
  std::filesystem::remove_all(dir);
}

TEST_CASE("story: progress is saved and resumes at the same beat after a restart", "[app][story]") {
  auto dir = temp_dir("story-resume");
  std::vector<std::string> shown;
  {
    auto app = start_offscreen({"--scene", "story", "--select", "kitchen-note"}, dir);
    app->settle(4);
    step(*app, "Right");  // past the card
    step(*app, "Right");
    step(*app, "Right");
    shown = app->drawn_strings();
  }
  auto again = start_offscreen({"--scene", "story"}, dir);
  again->settle(4);
  CHECK(again->drawn_strings() == shown);
  std::filesystem::remove_all(dir);
}

TEST_CASE("story: a clicker alone plays from the first moment to Your reading", "[app][story]") {
  auto dir = temp_dir("story-clicker");
  auto app = start_offscreen({"--scene", "story"}, dir);
  app->settle(4);
  int presses = 0;
  std::set<std::string> titles;
  while (!drawn(*app, "Your reading") && presses < 400) {
    for (const Moment& m : app->state().story->moments)
      if (drawn(*app, m.title)) titles.insert(m.id);
    step(*app, presses % 2 ? "PageDown" : "Right", 1);
    ++presses;
  }
  CHECK(drawn(*app, "Your reading"));
  CHECK(titles.size() == 14);
  CHECK(std::any_of(app->drawn_strings().begin(), app->drawn_strings().end(),
                    [](const std::string& s) { return s.find("leaves the question open") != std::string::npos; }));
  std::filesystem::remove_all(dir);
}

// A clicker pressed quickly must never land on an empty caption: the words are mostly there in
// the first frame after the press, pause or not, and fully there soon after.
TEST_CASE("story: a beat's words show from the first frame; a pause only slows their settling", "[app][story]") {
  using lineage::caption_opacity;
  for (double pause : {0.0, 1.5, 10.0}) {
    CHECK(caption_opacity(0.0, pause, false) >= 0.6f);
    CHECK(caption_opacity(1.0 / 60, pause, false) >= caption_opacity(0.0, pause, false));
    CHECK(caption_opacity(2.0, pause, false) == 1.0f);
  }
  CHECK(caption_opacity(0.2, 1.5, false) < caption_opacity(0.2, 0.0, false));  // the pause is felt
  CHECK(caption_opacity(0.0, 1.5, true) == 1.0f);                              // reduced motion: at once
}

// The picture is drawn into an offscreen layer at a fraction of the screen's pixels and rendered
// again only when it changes (a step of its clock: 1/15 s); the frames between copy it.
TEST_CASE("story: the picture's layer is rendered once per step of its clock, and still drawn", "[app][story]") {
  auto dir = temp_dir("story-layer");
  for (bool reduced : {false, true}) {
    std::vector<std::string> args = {"--scene", "story", "--select", "cecilia-words", "--size", "1280x720"};
    if (reduced) args.push_back("--reduced-motion");
    auto app = start_offscreen(args, dir / (reduced ? "still" : "moving"));
    app->draw_every_frame(true);
    step(*app, "Return");  // past the content-care card (maternal ambivalence)
    step(*app, "T");       // the picture alone
    Layers& layers = app->main_output().layers();
    std::uint64_t before = layers.renders();
    CHECK(before > 0);
    // 60 frames of 1/60 s: one second, so 15 steps of the clock at most (none under reduced motion).
    for (int i = 0; i < 60; ++i) app->frame(1.0 / 60, true);
    std::uint64_t renders = layers.renders() - before;
    INFO("layer renders in one second: " << renders);
    if (reduced) CHECK(renders == 0);
    else CHECK((renders >= 14 && renders <= 16));
    // The picture is on screen: one scaled copy over the picture area, no full-size fills for it.
    const DrawDataStats& d = app->last_draw();
    CHECK(d.copy_pixels >= 1280L * 600);
    CHECK(d.solid_pixels + d.gradient_pixels < 1280L * 720 * 3 / 2);  // the backdrop and chrome, not the tableau
    Image shot = capture(*app, dir / "picture.png");
    CHECK(shot.luminance_variance(0, 100, 1280, 700) > 1.0);  // a picture, not a blank fill
  }
  std::filesystem::remove_all(dir);
}
