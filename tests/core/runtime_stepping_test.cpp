// Stepping through the bundled story: every moment in story order, every beat the script
// gives, content-care cards, the spoiler limit, tableau changes and the telling order.
#include <algorithm>

#include "core/model/visibility.hpp"
#include "runtime_util.hpp"

using namespace lineage;
using namespace lineage::testing;

namespace {

// Beats a reader should stop at, computed straight from the model (no runtime involved).
int expected_stops(const Story& story, const Moment& m, int limit) {
  int n = 0;
  for (const Beat& b : m.beats) {
    bool shown = b.kind == BeatKind::Narrate || b.kind == BeatKind::Say || b.kind == BeatKind::Quote ||
                 b.kind == BeatKind::Perspective ||
                 (b.kind == BeatKind::Prompt && milestone_visible(story, story.prompts[b.prompt].milestone, limit));
    for (const Condition& c : b.conditions) {
      REQUIRE(c.kind == Condition::Kind::ReachedMilestone);  // the bundled story uses only these
      if (milestone_visible(story, c.milestone, limit) == c.negated) shown = false;
    }
    n += shown ? 1 : 0;
  }
  return n;
}

}  // namespace

TEST_CASE("runtime: stepping plays every moment of the bundled story in story order", "[runtime]") {
  auto story = bundled_story();
  StoryRuntime rt(*story);
  Playthrough p = play_all(rt);
  std::vector<std::string> chronological;
  for (int m : story->chronological) chronological.push_back(story->moments[m].id);
  REQUIRE(chronological.size() == 14);
  CHECK(p.moments == chronological);
  for (const Moment& m : story->moments) {
    int stops = static_cast<int>(std::count_if(p.beats.begin(), p.beats.end(),
                                               [&](const auto& b) { return b.first == m.id; }));
    INFO(m.id);
    CHECK(stops == expected_stops(*story, m, INT_MAX));
    CHECK(stops > 0);
  }
  int flagged = static_cast<int>(std::count_if(story->moments.begin(), story->moments.end(),
                                               [](const Moment& m) { return !m.content_notes.empty(); }));
  CHECK(p.cards == flagged);
  CHECK_FALSE(rt.next());
  CHECK(rt.state().stage == Stage::Reading);
}

TEST_CASE("runtime: tableau beats change the drawn scene as they are passed", "[runtime]") {
  auto story = bundled_story();
  RuntimeOptions quiet;
  for (const ContentNote& n : story->content_notes) quiet.quiet.insert(n.id);
  StoryRuntime rt(*story, quiet);
  REQUIRE(rt.jump_to(story->moment("bathtub")));
  CHECK(rt.state().stage == Stage::Beat);
  CHECK(rt.state().tableau == "bathtub");
  CHECK(rt.state().mood == "night");
  while (rt.state().moment == "bathtub" && rt.beat()->kind != BeatKind::Perspective) REQUIRE(rt.next());
  CHECK(rt.state().mood == "cold");  // `tableau: bathtub / cold` came before the interpretation
  CHECK(rt.lens() == "interpretation");
  REQUIRE(rt.prev());
  CHECK(rt.state().mood == "night");
}

TEST_CASE("runtime: a beat's tableau state is set, rolled back, saved and read back", "[runtime]") {
  auto story = bundled_story();
  RuntimeOptions quiet;
  for (const ContentNote& n : story->content_notes) quiet.quiet.insert(n.id);
  StoryRuntime rt(*story, quiet);
  REQUIRE(rt.jump_to(story->moment("the-push")));
  CHECK(rt.state().tableau == "absence");
  CHECK(rt.state().tableau_state == "lit");  // `tableau: absence / grey / lit` before the first words
  while (rt.beat()->text.find("still an infant, dies") == std::string::npos) REQUIRE(rt.next());
  CHECK(rt.state().tableau_state == "out");
  const RuntimeState at_out = rt.state();
  REQUIRE(rt.prev());
  CHECK(rt.state().tableau_state == "lit");
  REQUIRE(rt.next());
  CHECK(rt.state() == at_out);

  // The saved form keeps it, and reads it back.
  std::string saved = serialise(at_out);
  CHECK(saved.find("tableau-state out\n") != std::string::npos);
  auto back = deserialise(saved, *story);
  REQUIRE(back);
  CHECK(back->tableau_state == "out");
  CHECK(*back == at_out);
  StoryRuntime resumed(*story, quiet);
  REQUIRE(resumed.resume(saved));
  CHECK(resumed.state().tableau_state == "out");

  // A form saved before states existed has no such line: it loads, with the first state.
  std::string old = saved;
  old.erase(old.find("tableau-state out\n"), std::string("tableau-state out\n").size());
  auto old_back = deserialise(old, *story);
  REQUIRE(old_back);
  CHECK(old_back->tableau == "absence");
  CHECK(old_back->tableau_state.empty());
  CHECK(old_back->beat == at_out.beat);
  StoryRuntime old_resumed(*story, quiet);
  REQUIRE(old_resumed.resume(old));
  CHECK(old_resumed.state().moment == "the-push");
  CHECK(old_resumed.state().tableau_state.empty());

  // Another moment starts its own tableau in its first state.
  REQUIRE(rt.jump_to(story->moment("blythe-suspects")));
  CHECK(rt.state().tableau == "doubt");
  CHECK(rt.state().tableau_state.empty());
}

TEST_CASE("runtime: a pause before a beat is reported so the scene can hold its reveal", "[runtime]") {
  auto story = bundled_story();
  RuntimeOptions quiet;
  for (const ContentNote& n : story->content_notes) quiet.quiet.insert(n.id);
  StoryRuntime rt(*story, quiet);
  REQUIRE(rt.jump_to(story->moment("bathtub")));
  while (rt.beat()->text.find("last possible moment") == std::string::npos) REQUIRE(rt.next());
  CHECK(rt.pause_before() == Approx(2.5));
  REQUIRE(rt.prev());
  CHECK(rt.pause_before() == Approx(0));
}

TEST_CASE("runtime: content care: a card before flagged moments, and show, gentle or skip", "[runtime]") {
  auto story = bundled_story();
  StoryRuntime rt(*story);
  // The first moment (the blizzard) carries "profound grief".
  CHECK(rt.state().moment == "etta-widowed");
  CHECK(rt.state().stage == Stage::Care);
  CHECK_FALSE(rt.next());  // a card needs a decision

  SECTION("gentle: the gentle summary, then only the moment's prompts") {
    REQUIRE(rt.decide_care(CareChoice::Gentle));
    CHECK(rt.state().stage == Stage::Summary);
    CHECK(rt.state().care.at("etta-widowed") == CareChoice::Gentle);
    REQUIRE(rt.next());
    REQUIRE(rt.beat());
    CHECK(rt.beat()->kind == BeatKind::Prompt);
    REQUIRE(rt.next());
    CHECK(rt.state().moment == "bathtub");
    CHECK(rt.state().stage == Stage::Care);
  }
  SECTION("skip: straight to the next moment") {
    REQUIRE(rt.decide_care(CareChoice::Skip));
    CHECK(rt.state().moment == "bathtub");
    CHECK(rt.state().care.at("etta-widowed") == CareChoice::Skip);
    REQUIRE(rt.prev());
    CHECK(rt.state().stage == Stage::Care);  // rollback brings the card back
  }
  SECTION("a remembered choice is applied without a card") {
    REQUIRE(rt.decide_care(CareChoice::Skip, true));
    CHECK(rt.options().remembered.at("etta-widowed") == CareChoice::Skip);
    rt.start();
    CHECK(rt.state().moment == "bathtub");
    CHECK(rt.state().stage == Stage::Care);
  }
  SECTION("notes the reader turned off give no card") {
    RuntimeOptions o;
    for (const ContentNote& n : story->content_notes) o.quiet.insert(n.id);
    StoryRuntime quiet(*story, o);
    Playthrough p = play_all(quiet);
    CHECK(p.cards == 0);
    CHECK(p.moments.size() == 14);
  }
}

TEST_CASE("runtime: the spoiler limit hides later moments and later beats", "[runtime]") {
  auto story = bundled_story();
  RuntimeOptions o;
  o.reading_limit = reading_limit(*story, "part-violet");
  StoryRuntime rt(*story, o);
  Playthrough p = play_all(rt, CareChoice::Show);
  for (const std::string& id : p.moments) {
    INFO(id);
    CHECK(moment_visible(*story, story->moment(id), o.reading_limit));
  }
  CHECK(std::find(p.moments.begin(), p.moments.end(), "the-push") == p.moments.end());
  CHECK(std::find(p.moments.begin(), p.moments.end(), "violet-violence") != p.moments.end());
  // The bathtub's "if reached part-push" interpretation is not shown to this reader.
  const Moment& bathtub = story->moments[story->moment("bathtub")];
  int stops = static_cast<int>(std::count_if(p.beats.begin(), p.beats.end(),
                                             [](const auto& b) { return b.first == "bathtub"; }));
  CHECK(stops == expected_stops(*story, bathtub, o.reading_limit));
  CHECK(stops == expected_stops(*story, bathtub, INT_MAX) - 1);
  CHECK_FALSE(rt.jump_to(story->moment("ending")));
}

TEST_CASE("runtime: the telling order plays the moments the script numbers, in that order", "[runtime]") {
  auto story = fixture_story();
  REQUIRE(story->telling_order.size() == 2);
  StoryRuntime rt(*story);
  rt.start(StoryOrder::Telling);
  Playthrough p = play_all(rt);
  CHECK(p.moments == std::vector<std::string>{"wedding", "ada-leaves"});
  rt.start(StoryOrder::Chronological);
  p = play_all(rt);
  CHECK(p.moments == std::vector<std::string>{"ada-leaves", "wedding", "dan-leaves"});
}

TEST_CASE("runtime: a moment without beats is told by its summary", "[runtime]") {
  auto story = fixture_story();
  StoryRuntime rt(*story);
  REQUIRE(rt.jump_to(story->moment("wedding")));
  CHECK(rt.state().stage == Stage::Summary);
  CHECK(rt.beat() == nullptr);
  REQUIRE(rt.next());
  CHECK(rt.state().moment == "dan-leaves");
}
