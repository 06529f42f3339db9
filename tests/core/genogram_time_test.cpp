// The family as it stands at a moment, spoiler limits, the pattern chain and the card's lists.
#include <catch2/catch.hpp>

#include <algorithm>
#include <climits>

#include "core/layout/genogram_time.hpp"
#include "core/model/visibility.hpp"
#include "genogram_test_util.hpp"

using namespace lineage;
using namespace lineage::genogram_test;

namespace {
int partnership(const Story& s, const char* a, const char* b) {
  for (int i = 0; i < static_cast<int>(s.partnerships.size()); ++i) {
    auto pair = std::minmax(s.partnerships[i].a, s.partnerships[i].b);
    if (pair == std::minmax(s.person(a), s.person(b))) return i;
  }
  return -1;
}
}  // namespace

TEST_CASE("early in the story only the first generations exist", "[genogram]") {
  auto story = the_push();
  FamilyAt at = family_at(*story, INT_MAX, story->moment("bathtub"));
  CHECK(at.present[story->person("etta")]);
  CHECK(at.present[story->person("cecilia")]);
  CHECK(at.present[story->person("etta-husband")]);
  CHECK(at.deceased[story->person("etta-husband")]);
  CHECK_FALSE(at.deceased[story->person("etta")]);
  for (const char* later : {"blythe", "fox", "gemma", "violet", "sam", "jet"}) CHECK_FALSE(at.present[story->person(later)]);
  // The harm of the bathtub is there from that moment; later bonds are not.
  for (std::size_t b = 0; b < story->bonds.size(); ++b)
    CHECK(at.bond_shown[b] == (story->bonds[b].from == story->person("etta")));
}

TEST_CASE("relationships form and break as time passes", "[genogram]") {
  auto story = the_push();
  int blythe_fox = partnership(*story, "blythe", "fox"), fox_gemma = partnership(*story, "fox", "gemma");
  REQUIRE(blythe_fox >= 0);
  REQUIRE(fox_gemma >= 0);
  FamilyAt married = family_at(*story, INT_MAX, story->moment("sam-born"));
  CHECK(married.partnership_shown[blythe_fox]);
  CHECK(married.slashes[blythe_fox] == 0);
  CHECK_FALSE(married.partnership_shown[fox_gemma]);
  CHECK(married.present[story->person("sam")]);
  CHECK_FALSE(married.present[story->person("jet")]);

  FamilyAt apart = family_at(*story, INT_MAX, story->moment("marriage-ends"));
  CHECK(apart.slashes[blythe_fox] == 2);  // divorced: Fox remarries (notes line 14)
  CHECK_FALSE(apart.partnership_shown[fox_gemma]);

  FamilyAt now = family_at(*story, INT_MAX, -1);
  CHECK(now.moment == story->chronological.back());
  CHECK(now.partnership_shown[fox_gemma]);
  CHECK(now.present[story->person("jet")]);
  // At the end every pair shows its latest bond; an earlier one's words have been replaced.
  int replaced = 0;
  for (int b = 0; b < static_cast<int>(story->bonds.size()); ++b) {
    CHECK(now.bond_shown[b] == (bond_successor(*story, b) < 0));
    replaced += bond_successor(*story, b) >= 0;
  }
  CHECK(replaced > 0);  // Blythe and Violet: the missing bond, coldness, then suspicion
  // A widowing is not a separation: no slash.
  CHECK(now.slashes[partnership(*story, "etta", "etta-husband")] == 0);
}

TEST_CASE("nothing beyond the reader's milestone shows", "[genogram]") {
  auto story = the_push();
  int limit = reading_limit(*story, "part-before");
  auto reach = people_in_reach(*story, limit);
  CHECK(reach[story->person("etta")]);
  CHECK(reach[story->person("blythe")]);
  for (const char* later : {"violet", "sam", "gemma", "jet"}) CHECK_FALSE(reach[story->person(later)]);
  for (int m : time_stops(*story, limit)) CHECK(story->moments[m].milestone == story->milestone("part-before"));
  // Asking for a moment beyond the limit gives the latest one within it.
  FamilyAt at = family_at(*story, limit, story->moment("ending"));
  CHECK(at.moment == time_stops(*story, limit).back());
  CHECK_FALSE(at.present[story->person("violet")]);
  int fox_gemma = partnership(*story, "fox", "gemma");
  CHECK_FALSE(at.partnership_shown[fox_gemma]);
  // The marriage has not ended yet for this reader.
  FamilyAt sam = family_at(*story, reading_limit(*story, "part-sam"), -1);
  CHECK(sam.slashes[partnership(*story, "blythe", "fox")] == 0);
}

TEST_CASE("the pattern chain runs Etta, Cecilia, Blythe, Violet with each link's label", "[genogram]") {
  auto story = the_push();
  auto chain = pattern_chain(*story);
  REQUIRE(chain.size() == 3);
  const char* ids[] = {"etta", "cecilia", "blythe", "violet"};
  for (std::size_t i = 0; i < chain.size(); ++i) {
    const ParentLink& link = story->parents[chain[i]];
    CHECK(link.parent == story->person(ids[i]));
    CHECK(link.child == story->person(ids[i + 1]));
    CHECK_FALSE(link.label.empty());
    CHECK(link.moment >= 0);
  }
  // Labels are spoilers until their moment is reached.
  FamilyAt early = family_at(*story, INT_MAX, story->moment("bathtub"));
  CHECK(early.link_labelled[chain[0]]);
  CHECK_FALSE(early.link_shown[chain[1]]);
}

TEST_CASE("a person's moments and themes, within the limit", "[genogram]") {
  auto story = the_push();
  auto all = moments_of(*story, story->person("blythe"), INT_MAX);
  auto early = moments_of(*story, story->person("blythe"), reading_limit(*story, "part-before"));
  CHECK(all.size() > early.size());
  CHECK_FALSE(early.empty());
  for (std::size_t i = 1; i < all.size(); ++i) CHECK(story->moments[all[i - 1]].when.estimate <= story->moments[all[i]].when.estimate);
  auto themes = themes_of(*story, story->person("blythe"), INT_MAX);
  CHECK_FALSE(themes.empty());
  std::vector<int> sorted = themes;
  std::sort(sorted.begin(), sorted.end());
  CHECK(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
}

TEST_CASE("someone who marries in joins the family when the couple forms, not at birth", "[genogram]") {
  auto story = the_push();
  // Blythe is a child of the family: there from her birth. Fox is not yet part of it.
  FamilyAt young = family_at(*story, INT_MAX, story->moment("kitchen-note"));
  CHECK(young.present[story->person("blythe")]);
  CHECK_FALSE(young.present[story->person("fox")]);
  int blythe_fox = partnership(*story, "blythe", "fox");
  CHECK_FALSE(young.partnership_shown[blythe_fox]);
  // By Violet's birth they are a couple.
  FamilyAt parents = family_at(*story, INT_MAX, story->moment("violet-born"));
  CHECK(parents.present[story->person("fox")]);
  CHECK(parents.partnership_shown[blythe_fox]);
  // Etta's husband is there at the first moment, already dead.
  FamilyAt first = family_at(*story, INT_MAX, story->chronological.front());
  CHECK(first.present[story->person("etta-husband")]);
}
