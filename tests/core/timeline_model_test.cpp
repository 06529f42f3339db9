// The timeline model: lanes, align by motherhood, spoilers, navigation, echoes, strands.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "core/layout/timeline_camera.hpp"
#include "core/layout/timeline_model.hpp"
#include "core/model/visibility.hpp"
#include "timeline_fixture.hpp"

using namespace lineage;

TEST_CASE("the bundled story gives one lane per generation, oldest on top", "[timeline]") {
  auto story = timeline_test::bundled();
  REQUIRE(story);
  TimelineModel model = build_timeline(*story);
  REQUIRE(model.lanes.size() == story->lanes.size());
  REQUIRE(model.lanes.size() >= 4);
  int last_generation = 0;
  for (const TimelineLane& lane : model.lanes) {
    REQUIRE(lane.person >= 0);
    CHECK(story->people[lane.person].generation > last_generation);
    last_generation = story->people[lane.person].generation;
  }
  for (int m = 0; m < static_cast<int>(story->moments.size()); ++m) {
    int row = model.row_of_moment[m];
    REQUIRE(row >= 0);
    CHECK(model.lanes[row].lane == story->moments[m].lane);
  }
  CHECK(model.from < model.to);
}

TEST_CASE("align mode puts each daughter's birth at the same x", "[timeline]") {
  auto story = timeline_test::bundled();
  REQUIRE(story);
  TimelineModel model = build_timeline(*story);
  TimelineCamera camera;
  camera.set_plot(240, 1600);
  camera.jump(camera.fitted(model.aligned_from, model.aligned_to));
  int with_daughter = 0;
  double x = 0;
  for (int r = 0; r < static_cast<int>(model.lanes.size()); ++r) {
    const TimelineLane& lane = model.lanes[r];
    if (!lane.daughter_birth) continue;
    // The base is found from the data: the daughter (a child of the lane-woman) and her birth.
    REQUIRE(lane.daughter >= 0);
    const Person& daughter = story->people[lane.daughter];
    CHECK(daughter.sex == Sex::Female);
    bool is_child = std::any_of(story->parents.begin(), story->parents.end(), [&](const ParentLink& p) {
      return p.parent == lane.person && p.child == lane.daughter;
    });
    CHECK(is_child);
    if (daughter.born) CHECK(*lane.daughter_birth == Approx(daughter.born->estimate));
    double bx = camera.to_x(*lane.daughter_birth + lane_shift(model, r, 1.0));
    if (with_daughter++ == 0) x = bx;
    CHECK(std::fabs(bx - x) < 0.5);
    // Without align, the births are generations apart.
    CHECK(lane_shift(model, r, 0.0) == 0.0);
  }
  CHECK(with_daughter >= 3);  // Etta -> Cecilia, Cecilia -> Blythe, Blythe -> Violet
  // Half-way through the transition each lane has moved half its shift.
  for (int r = 0; r < static_cast<int>(model.lanes.size()); ++r)
    CHECK(lane_shift(model, r, 0.5) == Approx(model.lanes[r].shift * 0.5));
}

TEST_CASE("a synthetic family aligns on each daughter's birth; the youngest keeps her mother's shift",
          "[timeline]") {
  Story s = timeline_test::synthetic(4, 3, 2.0);
  TimelineModel model = build_timeline(s);
  REQUIRE(model.lanes[0].daughter_birth);
  CHECK(*model.lanes[0].daughter_birth == Approx(1925));
  CHECK(*model.lanes[2].daughter_birth == Approx(1975));
  CHECK_FALSE(model.lanes[3].daughter_birth);
  CHECK(model.lanes[3].shift == Approx(model.lanes[2].shift));
  for (int r = 0; r < 3; ++r) CHECK(*model.lanes[r].daughter_birth + model.lanes[r].shift == Approx(model.align_reference));
}

TEST_CASE("moments beyond the reading milestone are veiled", "[timeline]") {
  auto story = timeline_test::bundled();
  REQUIRE(story);
  REQUIRE(!story->milestones.empty());
  int limit = story->milestones.front().order;
  TimelineModel model = build_timeline(*story, limit);
  int veiled = 0;
  for (int m = 0; m < static_cast<int>(story->moments.size()); ++m) {
    CHECK(static_cast<bool>(model.veiled[m]) == !moment_visible(*story, m, limit));
    veiled += model.veiled[m];
  }
  CHECK(veiled > 0);
  // Veiled moments carry no strands, no echoes, and navigation steps over them.
  for (const ThemeStrand& strand : model.strands)
    for (int m : strand.moments) CHECK_FALSE(model.veiled[m]);
  for (int m = 0; m < static_cast<int>(story->moments.size()); ++m)
    for (int e : echoes_of(*story, model, m)) CHECK_FALSE(model.veiled[e]);
  int m = -1;
  for (int i = 0; i < 40; ++i) {
    m = step_in_order(story->chronological, model, m, +1);
    REQUIRE(m >= 0);
    CHECK_FALSE(model.veiled[m]);
  }
}

TEST_CASE("Next and Prev walk story order; Up and Down find the nearest moment a lane away", "[timeline]") {
  auto story = timeline_test::bundled();
  REQUIRE(story);
  TimelineModel model = build_timeline(*story);
  const auto& order = story_order(*story, false);
  int m = step_in_order(order, model, -1, +1);
  CHECK(m == order[0]);
  for (int i = 0; i < 3; ++i) m = step_in_order(order, model, m, +1);
  CHECK(m == order[3]);
  CHECK(step_in_order(order, model, m, -1) == order[2]);
  CHECK(step_in_order(order, model, order.back(), +1) == order.back());  // stays at the end
  CHECK(step_in_order(order, model, -1, -1) == order.back());
  // The telling order falls back to chronological when the script gives none.
  if (story->telling_order.empty()) CHECK(&story_order(*story, true) == &story->chronological);

  int top = model.lanes[0].moments.front();
  int below = nearest_in_next_lane(*story, model, top, +1, 0.0);
  REQUIRE(below >= 0);
  CHECK(model.row_of_moment[below] == 1);
  // Nearest in time among lane 1's moments.
  double t = story->moments[top].when.estimate;
  for (int other : model.lanes[1].moments)
    CHECK(std::fabs(story->moments[below].when.estimate - t) <= std::fabs(story->moments[other].when.estimate - t));
  CHECK(nearest_in_next_lane(*story, model, top, -1, 0.0) == -1);  // nothing above the top lane
  int back_up = nearest_in_next_lane(*story, model, below, -1, 0.0);
  CHECK(model.row_of_moment[back_up] == 0);
}

TEST_CASE("an echo declared on one side only is found from the other, once, in story order", "[timeline]") {
  Story story = timeline_test::synthetic(2, 6, 1.0);
  // Moments 7 and 2 echo moment 4 (moment 7 naming it twice); moment 4 names moment 9 itself.
  story.moments[7].echoes = {4, 4};
  story.moments[2].echoes = {4};
  story.moments[4].echoes = {9};
  TimelineModel model = build_timeline(story);
  CHECK(echoes_of(story, model, 4) == std::vector<int>{9, 2, 7});
  CHECK(echoes_of(story, model, 9) == std::vector<int>{4});
  CHECK(echoes_of(story, model, 7) == std::vector<int>{4});
  CHECK(echoes_of(story, model, 0).empty());
}

TEST_CASE("echoes are found in both directions and theme strands cross lanes", "[timeline]") {
  auto story = timeline_test::bundled();
  REQUIRE(story);
  TimelineModel model = build_timeline(*story);
  for (int m = 0; m < static_cast<int>(story->moments.size()); ++m)
    for (int e : echoes_of(*story, model, m)) {
      auto back = echoes_of(*story, model, e);
      CHECK(std::find(back.begin(), back.end(), m) != back.end());
    }
  bool crosses = false;
  for (const ThemeStrand& strand : model.strands) {
    for (std::size_t i = 1; i < strand.moments.size(); ++i) {
      CHECK(story->moments[strand.moments[i - 1]].when.estimate <= story->moments[strand.moments[i]].when.estimate);
      crosses = crosses || model.row_of_moment[strand.moments[i]] != model.row_of_moment[strand.moments[0]];
    }
  }
  CHECK(crosses);
}
