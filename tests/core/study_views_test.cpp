// Takeaways and the theme tracker, by the one visibility rule, on the bundled story.
#include <catch2/catch.hpp>

#include "core/script/loader.hpp"
#include "core/study/study_views.hpp"

using namespace lineage;

namespace {
const Story& story() {
  static const auto loaded = load_story(std::string(LINEAGE_SOURCE_DIR) + "/story");
  return *loaded.story;
}
}  // namespace

TEST_CASE("a takeaway rests on visible moments only, and its facts are theirs", "[study][visibility]") {
  const Story& s = story();
  REQUIRE(!s.takeaways.empty());
  for (const Milestone& m : s.milestones) {
    Visibility visibility(s, m.order);
    for (int t = 0; t < int(s.takeaways.size()); ++t) {
      auto moments = takeaway_moments(s, visibility, t);
      if (!visibility.takeaway(t)) CHECK(moments.empty());
      for (int moment : moments) CHECK(visibility.moment(moment));
      for (int fact : takeaway_facts(s, visibility, t)) CHECK(visibility.fact(fact));
    }
  }
  // The takeaway on the inherited pattern rests on the bathtub, once it is visible.
  int pattern = -1;
  for (int t = 0; t < int(s.takeaways.size()); ++t)
    if (s.takeaways[std::size_t(t)].id == "t-pattern") pattern = t;
  REQUIRE(pattern >= 0);
  auto whole = takeaway_moments(s, Visibility::whole_book(s), pattern);
  CHECK(std::find(whole.begin(), whole.end(), s.moment("bathtub")) != whole.end());
  CHECK(whole.size() > takeaway_moments(s, Visibility(s, reading_limit(s, "part-before")), pattern).size());
}

TEST_CASE("the theme grid counts visible moments per generation", "[study][visibility]") {
  const Story& s = story();
  ThemeGrid whole = theme_grid(s, Visibility::whole_book(s));
  REQUIRE(whole.cells.size() == s.themes.size());
  REQUIRE(whole.lanes.size() == s.lanes.size());
  int grief = s.theme("grief"), etta = s.lane_index.at("etta");
  // "A widow in the blizzard" carries grief in Etta's generation.
  const auto& cell = whole.cells[std::size_t(grief)][std::size_t(etta)];
  CHECK(std::find(cell.begin(), cell.end(), s.moment("etta-widowed")) != cell.end());
  std::size_t total = 0;
  for (const auto& row : whole.cells)
    for (const auto& c : row) total += c.size();
  std::size_t expected = 0;
  for (const Moment& m : s.moments) expected += m.themes.size();
  CHECK(total == expected);  // every (moment, theme) pair once, in its lane
  Visibility before(s, reading_limit(s, "part-before"));
  ThemeGrid early = theme_grid(s, before);
  for (const auto& row : early.cells)
    for (const auto& c : row)
      for (int m : c) CHECK(before.moment(m));
  CHECK(early.strongest <= whole.strongest);
}
