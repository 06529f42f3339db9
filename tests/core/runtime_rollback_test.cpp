// Exact rollback: after any sequence of steps, choices, card decisions and jumps, stepping back
// restores exactly the state that was current before, choices included.
#include <random>

#include "runtime_util.hpp"

using namespace lineage;
using namespace lineage::testing;

TEST_CASE("runtime: rollback undoes a choice only when stepping back past its beat", "[runtime]") {
  auto story = bundled_story();
  StoryRuntime rt(*story);
  REQUIRE(rt.decide_care(CareChoice::Show));
  while (!(rt.beat() && rt.beat()->kind == BeatKind::Prompt)) REQUIRE(rt.next());
  RuntimeState before_choice = rt.state();
  rt.choose("bathtub-passed-down", "b");
  RuntimeState with_choice = rt.state();
  REQUIRE(rt.next());
  REQUIRE(rt.prev());
  CHECK(rt.state() == with_choice);  // back at the prompt: the choice is still there
  REQUIRE(rt.prev());
  CHECK(rt.state().choices.count("bathtub-passed-down") == 0);
  CHECK(rt.state() != before_choice);  // an earlier beat
}

TEST_CASE("runtime: rollback restores the state exactly after random sequences", "[runtime]") {
  auto story = bundled_story();
  const std::vector<std::string> prompts = {"grows-evidence", "push-evidence", "bathtub-passed-down",
                                            "suspects-believe"};
  for (unsigned seed = 1; seed <= 25; ++seed) {
    INFO("seed " << seed);
    std::mt19937 rng(seed);
    auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    StoryRuntime rt(*story);
    std::vector<RuntimeState> mirror{rt.state()};  // our own copy of every pushed state
    for (int step = 0; step < 300; ++step) {
      int op = pick(10);
      if (op <= 3) {
        if (rt.state().stage == Stage::Care) {
          REQUIRE(rt.decide_care(static_cast<CareChoice>(pick(3)), pick(4) == 0));
          mirror.push_back(rt.state());
        } else if (rt.next()) {
          mirror.push_back(rt.state());
        }
      } else if (op == 4) {
        rt.weigh(prompts[pick(2)], story->readings[static_cast<std::size_t>(pick(4))].id, 1 + pick(5));
        mirror.back() = rt.state();
      } else if (op == 5) {
        rt.choose(prompts[2 + pick(2)], std::string(1, static_cast<char>('a' + pick(3))));
        mirror.back() = rt.state();
      } else if (op == 6) {
        rt.set_lens(pick(2) ? "blythe" : "interpretation");
        mirror.back() = rt.state();
      } else if (op == 7) {
        REQUIRE(rt.jump_to(story->chronological[static_cast<std::size_t>(pick(14))]));
        mirror.push_back(rt.state());
      } else if (op == 8) {
        bool went = rt.prev();
        CHECK(went == (mirror.size() > 1));
        if (went) mirror.pop_back();
        REQUIRE(rt.state() == mirror.back());
      } else if (mirror.size() > 2) {
        std::size_t to = static_cast<std::size_t>(pick(static_cast<int>(mirror.size())));
        REQUIRE(rt.rollback_to(to));
        mirror.resize(to + 1);
        REQUIRE(rt.state() == mirror.back());
      }
      REQUIRE(rt.history().size() == mirror.size());
    }
    // Unwind everything: each state comes back exactly, in reverse.
    while (mirror.size() > 1) {
      REQUIRE(rt.prev());
      mirror.pop_back();
      REQUIRE(rt.state() == mirror.back());
    }
    CHECK_FALSE(rt.prev());
  }
}
