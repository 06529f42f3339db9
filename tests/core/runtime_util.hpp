// Shared by the runtime tests: the bundled story and the fixture family, loaded once each.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "core/runtime/story_runtime.hpp"
#include "core/script/loader.hpp"

namespace lineage::testing {

inline std::shared_ptr<const Story> bundled_story() {
  static std::shared_ptr<const Story> story = [] {
    LoadResult r = load_story(LINEAGE_SOURCE_DIR "/story");
    REQUIRE(r.story);
    return r.story;
  }();
  return story;
}

inline std::shared_ptr<const Story> fixture_story() {
  static std::shared_ptr<const Story> story = [] {
    LoadResult r = load_story(LINEAGE_TEST_DATA "/scripts/valid");
    REQUIRE(r.story);
    return r.story;
  }();
  return story;
}

// Plays to "Your reading", showing every moment that has a card. Returns the moments entered
// (ids, in order) and counts the beats stopped at per moment.
struct Playthrough {
  std::vector<std::string> moments;
  std::vector<std::pair<std::string, int>> beats;  // moment id, beat index
  int cards = 0;
};

inline Playthrough play_all(StoryRuntime& rt, CareChoice at_cards = CareChoice::Show) {
  Playthrough p;
  for (int guard = 0; guard < 10000 && !rt.at_end(); ++guard) {
    const RuntimeState& s = rt.state();
    if (p.moments.empty() || p.moments.back() != s.moment) p.moments.push_back(s.moment);
    if (s.stage == Stage::Beat) p.beats.emplace_back(s.moment, s.beat);
    if (s.stage == Stage::Care) {
      ++p.cards;
      REQUIRE(rt.decide_care(at_cards));
    } else {
      REQUIRE(rt.next());
    }
  }
  REQUIRE(rt.at_end());
  return p;
}

}  // namespace lineage::testing
