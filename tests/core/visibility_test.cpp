// The one visibility rule: nothing beyond the reader's milestone shows, whether it is a moment,
// a prompt, a memory card, a takeaway or a bond, and whoever asks.
#include <catch2/catch.hpp>

#include "core/model/visibility.hpp"

using namespace lineage;
using K = Subject::Kind;

namespace {

// Two milestones (early: order 1, late: order 2); moment 0 is early, moment 1 late.
Story two_parts() {
  Story s;
  s.milestones = {{"early", "Early", 1, {}, ""}, {"late", "Late", 2, {}, ""}};
  s.milestone_index = {{"early", 0}, {"late", 1}};
  s.moments.resize(2);
  s.moments[0].milestone = 0;
  s.moments[1].milestone = 1;
  return s;
}

}  // namespace

TEST_CASE("a reading limit comes from a milestone's id or index, unknown means the whole book", "[model][visibility]") {
  Story s = two_parts();
  CHECK(reading_limit(s, "early") == 1);
  CHECK(reading_limit(s, "") == INT_MAX);
  CHECK(reading_limit_of(s, 1) == 2);
  CHECK(reading_limit_of(s, -1) == INT_MAX);
  CHECK(reading_limit_of(s, 7) == INT_MAX);
  CHECK(Visibility::up_to(s, 0).moment(0));
  CHECK_FALSE(Visibility::up_to(s, 0).moment(1));
  CHECK(Visibility::whole_book(s).moment(1));
}

TEST_CASE("a prompt about a later moment stays hidden even with an earlier milestone of its own",
          "[model][visibility]") {
  Story s = two_parts();
  Prompt about_late;
  about_late.about = {K::Moment, 1};
  about_late.milestone = 0;  // set earlier than its moment: must not reveal the moment
  Prompt about_person;
  about_person.about = {K::Person, 0};
  about_person.milestone = 1;
  Prompt about_book;
  s.prompts = {about_late, about_person, about_book};
  Visibility early(s, 1), late(s, 2);
  CHECK_FALSE(early.prompt(0));
  CHECK(late.prompt(0));
  CHECK_FALSE(early.prompt(1));
  CHECK(late.prompt(1));
  CHECK(early.prompt(2));
  CHECK_FALSE(early.prompt(3));  // no such prompt
  CHECK(early.prompts_about(K::Moment, 1).empty());
  CHECK(late.prompts_about(K::Moment, 1) == std::vector<int>{0});
}

TEST_CASE("cards and takeaways follow their own milestone and their subject's", "[model][visibility]") {
  Story s = two_parts();
  s.cards.resize(2);
  s.cards[0].about = {K::Moment, 1};
  s.cards[1].about = {K::Theme, 0};
  s.takeaways.resize(2);
  s.takeaways[0].milestone = 1;
  s.takeaways[1].about = {K::Moment, 0};
  Visibility early(s, 1);
  CHECK_FALSE(early.card(0));
  CHECK(early.card(1));
  CHECK_FALSE(early.takeaway(0));
  CHECK(early.takeaway(1));
  CHECK(Visibility(s, 2).card(0));
}

TEST_CASE("a bond shows from the moment it begins, one with no beginning always", "[model][visibility]") {
  Story s = two_parts();
  s.bonds.resize(2);
  s.bonds[0].begins = 1;
  Visibility early(s, 1);
  CHECK_FALSE(early.bond(0));
  CHECK(early.bond(1));
  CHECK(Visibility(s, 2).bond(0));
  CHECK(early.subject({K::Moment, 0}));
  CHECK_FALSE(early.subject({K::Moment, 1}));
  CHECK(early.subject({K::Person, 5}));
}
