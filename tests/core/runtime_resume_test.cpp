// Resume after reload: the state written to a string (and through the journal) comes back as
// the same position and choices in a new runtime; damaged or stale saves fall back gracefully.
#include "core/journal/journal.hpp"
#include "journal_temp_dir.hpp"
#include "runtime_util.hpp"

using namespace lineage;
using namespace lineage::testing;

namespace {

// Plays a fixed route: a gentle moment, a skipped one, choices, a lens, into "violet-grows".
void play_route(StoryRuntime& rt) {
  REQUIRE(rt.decide_care(CareChoice::Gentle));
  REQUIRE(rt.next());
  rt.choose("bathtub-passed-down", "c");
  rt.set_scale("bathtub-scale", 4);
  while (rt.state().moment != "bathtub") REQUIRE(rt.next());
  REQUIRE(rt.decide_care(CareChoice::Skip));
  while (rt.state().moment != "violet-grows" || rt.state().stage != Stage::Beat) {
    if (rt.state().stage == Stage::Care) REQUIRE(rt.decide_care(CareChoice::Show));
    else REQUIRE(rt.next());
  }
  REQUIRE(rt.next());
  rt.set_lens("interpretation");
  rt.weigh("grows-evidence", "circumstance", 2);
}

}  // namespace

TEST_CASE("runtime: serialise, new runtime, resume: the same beat and the same choices", "[runtime]") {
  auto story = bundled_story();
  StoryRuntime rt(*story);
  play_route(rt);
  std::string saved = serialise(rt.state());
  StoryRuntime again(*story);
  REQUIRE(again.resume(saved));
  CHECK(again.state() == rt.state());
  CHECK(again.beat() == rt.beat());
  CHECK(again.lens() == "interpretation");
  CHECK(again.state().care.at("bathtub") == CareChoice::Skip);
  // And it plays on identically.
  REQUIRE(rt.next());
  REQUIRE(again.next());
  CHECK(again.state() == rt.state());
}

TEST_CASE("runtime: resume through the journal after closing it", "[runtime]") {
  auto story = bundled_story();
  TempDir dir("runtime-resume");
  RuntimeState expected;
  std::int64_t profile = 0;
  {
    Journal journal(dir.path());
    auto p = journal.create_profile("Ada");
    REQUIRE(p);
    profile = p->id;
    StoryRuntime rt(*story);
    play_route(rt);
    expected = rt.state();
    REQUIRE(journal.save_progress(profile, Progress{rt.state().moment, rt.state().beat, serialise(rt.state())}));
  }
  Journal journal(dir.path());
  auto progress = journal.progress(profile);
  REQUIRE(progress);
  CHECK(progress->moment == "violet-grows");
  StoryRuntime rt(*story);
  REQUIRE(rt.resume(progress->state));
  CHECK(rt.state() == expected);
}

TEST_CASE("runtime: resume copes with stale and damaged saves", "[runtime]") {
  auto story = bundled_story();
  StoryRuntime rt(*story);
  SECTION("not a saved state: a fresh start") {
    CHECK_FALSE(rt.resume("garbage"));
    CHECK(rt.state().moment == "etta-widowed");
  }
  SECTION("a moment the story no longer has: the first moment, choices kept") {
    CHECK(rt.resume("lineage-story-state 1\nat beat gone-moment 3\nchoice suspects-believe c\nchoice no-such-prompt a\n"));
    CHECK(rt.state().moment == "etta-widowed");
    CHECK(rt.state().choices.at("suspects-believe") == "c");
    CHECK(rt.state().choices.count("no-such-prompt") == 0);
  }
  SECTION("a beat that is not a stopping beat: the moment's start") {
    CHECK(rt.resume("lineage-story-state 1\nat beat sam-born 0\n"));  // beat 0 is a tableau
    CHECK(rt.state().moment == "sam-born");
    REQUIRE(rt.beat());
    CHECK(rt.beat()->kind == BeatKind::Narrate);
  }
  SECTION("the end") {
    CHECK(rt.resume("lineage-story-state 1\nat reading - -1\nevidence ending-evidence pattern 5\n"));
    CHECK(rt.at_end());
    CHECK(rt.state().evidence.at("ending-evidence") == EvidenceChoice{"pattern", 5});
  }
}
