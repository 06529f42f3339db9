// The study screens as a student uses them: a memory-cue drill by clicker and by keyboard at
// "part-violet", coming back the next day (the date injected with --today), and Ask opened from
// three screens, answering from cited facts and never from beyond her milestone.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>

#include "core/study/cue_schedule.hpp"
#include "offscreen.hpp"

using namespace lineage;
using namespace lineage::testing;

namespace {

bool drawn(App& app, const std::string& text) {
  const auto& all = app.drawn_strings();
  return std::find(all.begin(), all.end(), text) != all.end();
}

// A card's front is drawn word-wrapped: its first line is the front or a long start of it.
bool front_drawn(App& app, const std::string& front) {
  for (const std::string& s : app.drawn_strings())
    if (s == front || (s.size() >= 20 && front.rfind(s, 0) == 0)) return true;
  return false;
}

bool drawn_containing(App& app, const std::string& part) {
  for (const std::string& s : app.drawn_strings())
    if (s.find(part) != std::string::npos) return true;
  return false;
}

std::filesystem::path reader_at(const std::string& name, const std::string& milestone) {
  auto dir = temp_dir(name);
  std::ofstream(dir / "settings.txt") << "milestone = " << milestone << "\n";
  return dir;
}

}  // namespace

TEST_CASE("a clicker alone drills ten cues, each kept in the journal, and the next day brings the forgotten one back",
          "[app][cues]") {
  auto dir = reader_at("cues-clicker", "part-violet");
  std::string first_front, forgotten_front;
  {
    auto app = start_offscreen({"--scene", "cues", "--today", "2026-05-11"}, dir);
    app->settle();
    REQUIRE(app->scene_name() == "cues");
    CHECK(drawn_containing(*app, "Cue 1 of "));
    const Story& story = *app->state().story;
    Visibility visibility(story, app->state().reading_limit());
    // Every card drawn is one the reader may see.
    for (int i = 0; i < 10; ++i) {
      const Card* shown = nullptr;
      for (std::size_t c = 0; c < story.cards.size(); ++c)
        if (front_drawn(*app, story.cards[c].front)) {
          shown = &story.cards[c];
          CHECK(visibility.card(int(c)));
        }
      REQUIRE(shown);
      if (i == 0) first_front = shown->front;
      CHECK_FALSE(drawn(*app, "3  Good"));  // the front alone: no ratings yet
      REQUIRE(app->press_key("Right"));     // clicker next: the back, and the ratings
      app->settle();
      CHECK(drawn(*app, "3  Good"));
      if (i == 4) {
        forgotten_front = shown->front;
        REQUIRE(app->press_key("Left"));  // clicker back: Again
      } else {
        REQUIRE(app->press_key("PageDown"));  // clicker next again: Good
      }
      app->settle();
    }
    CHECK(drawn_containing(*app, "Cue 11 of "));
    auto log = app->state().journal->reviews(app->state().profile);
    REQUIRE(log.size() == 10);
    CHECK(std::count_if(log.begin(), log.end(), [](const CueReview& r) { return r.rating == 1; }) == 1);
    CHECK(std::all_of(log.begin(), log.end(), [](const CueReview& r) { return r.day == *parse_day("2026-05-11"); }));
  }
  {
    // Next day: the forgotten cue (due in a day) comes first; the nine rated Good wait (3 days).
    auto app = start_offscreen({"--scene", "cues", "--today", "2026-05-12"}, dir);
    app->settle();
    CHECK(front_drawn(*app, forgotten_front));
    CHECK_FALSE(front_drawn(*app, first_front));
  }
  {
    auto app = start_offscreen({"--scene", "title", "--today", "2026-05-14"}, dir);
    app->settle();
    // Three days on, the nine are due again and the title says so (with the new cards).
    const Story& story = *app->state().story;
    CueSchedule schedule;
    schedule.replay(app->state().journal->reviews(app->state().profile));
    CueCounts counts = count_cues(story, Visibility(story, app->state().reading_limit()), schedule, *parse_day("2026-05-14"));
    CHECK(counts.due == 10);
    CHECK(drawn_containing(*app, cues_due_words(counts) + ": F7 memory cues"));
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("the keyboard drills with Space and 1-4, and a finished session sums up", "[app][cues]") {
  auto dir = reader_at("cues-keys", "part-before");
  auto app = start_offscreen({"--scene", "cues", "--today", "2026-05-11"}, dir);
  app->settle();
  const Story& story = *app->state().story;
  int visible = count_cues(story, Visibility(story, app->state().reading_limit()), CueSchedule{}, 0).visible;
  REQUIRE(visible > 3);
  const char* ratings[] = {"1", "2", "3", "4"};
  for (int i = 0; i < visible; ++i) {
    REQUIRE(app->press_key("space"));
    REQUIRE(app->press_key(ratings[i % 4]));
  }
  // The forgotten ones come back once at the end of the session.
  int again = (visible + 3) / 4;
  for (int i = 0; i < again; ++i) {
    REQUIRE(app->press_key("space"));
    REQUIRE(app->press_key("3"));
  }
  app->settle();
  CHECK(drawn(*app, "Session done: " + std::to_string(visible + again) + " reviews"));
  CHECK(drawn_containing(*app, "Again " + std::to_string(again)));
  CHECK(app->state().journal->reviews(app->state().profile).size() == std::size_t(visible + again));
  std::filesystem::remove_all(dir);
}

TEST_CASE("Ask opens from any screen and answers from cited facts", "[app][ask]") {
  auto dir = temp_dir("ask-anywhere");
  for (const char* scene : {"title", "timeline", "lineage"}) {
    auto app = start_offscreen({"--scene", scene}, dir);
    app->settle();
    REQUIRE(app->press_key("/"));
    app->settle();
    CHECK(app->scene_name() == "ask");
    app->type_text("who is Etta");
    app->settle();
    CHECK(drawn(*app, "Etta is Blythe's grandmother."));
    CHECK(drawn(*app, "from the notes, notes:27"));
  }
  auto app = start_offscreen({"--scene", "reflections"}, dir);
  app->settle();
  REQUIRE(app->press_key("ctrl+k"));
  app->settle();
  CHECK(app->scene_name() == "ask");
  // Ctrl is let go after Ctrl+K, as a hand would: the letters that follow type, not shortcut.
  app->type_text("who is Etta");
  app->settle();
  CHECK(drawn(*app, "Etta is Blythe's grandmother."));
  std::filesystem::remove_all(dir);
}

TEST_CASE("Ask at part-violet neither answers nor hints at what comes later", "[app][ask][spoilers]") {
  auto dir = reader_at("ask-violet", "part-violet");
  auto app = start_offscreen({"--scene", "ask"}, dir);
  app->settle();
  app->type_text("who is Gemma");
  app->settle();
  CHECK(drawn_containing(*app, "You have not reached that part of the book yet"));
  for (const std::string& s : app->drawn_strings()) {
    INFO(s);
    CHECK(s.find("Gemma") == std::string::npos);
    CHECK(s.find("Fox remarries") == std::string::npos);
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("a takeaway's moment opens on the timeline; the theme tracker opens a cell's first moment",
          "[app][takeaways][themes]") {
  auto dir = reader_at("takeaways", "part-violet");
  auto app = start_offscreen({"--scene", "takeaways"}, dir);
  app->settle();
  CHECK(drawn(*app, "Key takeaways"));
  CHECK(drawn_containing(*app, "INTERPRETATION"));
  const Story& story = *app->state().story;
  Visibility visibility(story, app->state().reading_limit());
  for (std::size_t t = 0; t < story.takeaways.size(); ++t)
    if (!visibility.takeaway(int(t))) CHECK_FALSE(drawn_containing(*app, story.takeaways[t].text.substr(0, 30)));
  // Step to a takeaway that rests on moments, choose the second, open it.
  std::string chosen;
  for (int i = 0; i < 10 && chosen.empty(); ++i) {
    if (drawn(*app, "RESTS ON THESE MOMENTS")) {
      REQUIRE(app->press_key("Down"));
      app->settle();
      // The links in the order drawn (a drawn pointer marks the chosen one, no arrow character):
      // Down from the first chose the second, or the only one.
      std::vector<std::string> links;
      for (const std::string& s : app->drawn_strings())
        for (const Moment& m : story.moments)
          if (s == "    " + m.title) links.push_back(m.id);
      if (!links.empty()) chosen = links[std::min<std::size_t>(1, links.size() - 1)];
      break;
    }
    REQUIRE(app->press_key("Right"));
    app->settle();
  }
  REQUIRE(!chosen.empty());
  REQUIRE(app->press_key("Return"));
  app->settle();
  CHECK(app->scene_name() == "timeline");
  CHECK(app->state().selected_moment == chosen);

  app->show_scene("themes");
  app->settle();
  CHECK(drawn(*app, "Theme tracker"));
  CHECK_FALSE(drawn(*app, "Sam"));
  REQUIRE(app->press_key("Return"));  // perfect motherhood in Etta's generation: no moment, stays
  app->settle();
  CHECK(app->scene_name() == "themes");
  REQUIRE(app->press_key("Down"));
  REQUIRE(app->press_key("Down"));  // the inherited pattern, in Etta's generation
  CHECK(drawn_containing(*app, "in Etta's generation: "));
  REQUIRE(app->press_key("Return"));
  app->settle();
  CHECK(app->scene_name() == "timeline");
  CHECK(visibility.moment(story.moment(app->state().selected_moment)));
  std::filesystem::remove_all(dir);
}

TEST_CASE("+ and - set the reader's desired retention, kept in the journal, and the intervals follow",
          "[app][cues]") {
  auto dir = reader_at("cues-retention", "part-before");
  auto app = start_offscreen({"--scene", "cues", "--today", "2026-05-11"}, dir);
  app->settle();
  CHECK(drawn(*app, "Desired retention 90%  (+ / -)"));
  for (int i = 0; i < 5; ++i) REQUIRE(app->press_key("="));
  app->settle();
  CHECK(drawn(*app, "Desired retention 95%  (+ / -)"));
  CHECK(app->state().journal->setting(app->state().profile, kRetentionSetting) == "0.95");
  for (int i = 0; i < 30; ++i) REQUIRE(app->press_key("-"));
  app->settle();
  CHECK(drawn(*app, "Desired retention 80%  (+ / -)"));  // never below 80%
  REQUIRE(app->press_key("space"));
  app->settle();
  // A first Easy waits 8 days at 90% and 28 days at 80% (ts-fsrs, tests/data/fsrs_vectors.txt:
  // "0 4 8.2956 1 8" at retention 0.9, "0 4 8.2956 1 28" at 0.8): the Easy button says so.
  CHECK(drawn(*app, "in 28 days"));
  std::filesystem::remove_all(dir);
}

// The View menu says how many cues wait today, as the title screen does.
TEST_CASE("study: the View menu shows the cues due beside Memory cues", "[app][study]") {
  auto dir = temp_dir("study-menu-due");
  auto app = start_offscreen({"--scene", "timeline", "--size", "1280x720", "--today", "2026-05-11"}, dir);
  app->record_panel_text(true);
  app->settle();
  REQUIRE(app->press_key("F10"));
  app->settle();
  REQUIRE(app->press_key("Right"));
  app->settle();
  REQUIRE(app->shown_menu() == "View");
  INFO(app->panel_text());
  CHECK(app->panel_text().find("Memory cues (") != std::string::npos);
  // A new reader has drilled nothing: her cards are new, not due.
  CHECK(app->panel_text().find(" new cues)") != std::string::npos);
  CHECK(app->panel_text().find("due") == std::string::npos);
}
