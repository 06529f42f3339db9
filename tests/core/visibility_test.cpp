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

TEST_CASE("a later bond between the same pair replaces the earlier one's words", "[model][visibility]") {
  Story s = two_parts();
  s.moments[0].when.estimate = 2000;
  s.moments[1].when.estimate = 2005;
  s.bonds.resize(3);
  s.bonds[0] = Bond{};  // a -> b, from moment 0
  s.bonds[0].from = 0, s.bonds[0].to = 1, s.bonds[0].begins = 0;
  s.bonds[1].from = 1, s.bonds[1].to = 0, s.bonds[1].begins = 1;  // the same pair, reversed, later
  s.bonds[2].from = 0, s.bonds[2].to = 2, s.bonds[2].begins = 0;  // another pair
  CHECK(bond_successor(s, 0) == 1);
  CHECK(bond_successor(s, 1) == -1);
  CHECK(bond_successor(s, 2) == -1);
  Visibility early(s, 1), late(s, 2);
  CHECK(early.bond_current(0));
  CHECK_FALSE(early.bond_current(1));
  CHECK_FALSE(late.bond_current(0));
  CHECK(late.bond_current(1));
  CHECK(late.bond_current(2));
}

TEST_CASE("people, deaths and eras show only once the reading reaches them", "[model][visibility]") {
  Story s = two_parts();
  s.moments[0].when.estimate = 2000;
  s.moments[1].when.estimate = 2005;
  s.people.resize(3);
  s.moments[0].people = {0};
  s.moments[1].people = {0, 1};  // person 1 appears only later; person 2 in no moment
  s.people[0].died = When{2005, 1, true, "c. 2005"};
  Visibility early(s, 1), late(s, 2);
  CHECK(early.person(0));
  CHECK_FALSE(early.person(1));
  CHECK(early.person(2));
  CHECK(late.person(1));
  CHECK_FALSE(early.death(0));  // she dies at the later moment's time
  CHECK(late.death(0));
  CHECK_FALSE(late.death(2));  // no `died:`
  CHECK_FALSE(early.subject({K::Person, 1}));  // a card about her waits too
  CHECK(late.subject({K::Person, 1}));
  s.eras.resize(2);
  s.eras[0].from = When{2004, 0, false, "2004"}, s.eras[0].to = When{2006, 0, false, "2006"};
  s.eras[1].from = When{1900, 0, false, "1900"}, s.eras[1].to = When{1910, 0, false, "1910"};  // holds no moment
  CHECK_FALSE(early.era(0));
  CHECK(late.era(0));
  CHECK(early.era(1));
}

TEST_CASE("text naming someone the reader has not met waits until she has", "[model][visibility]") {
  Story s = two_parts();
  s.people.resize(2);
  s.people[0].name = "Blythe";
  s.people[1].name = "Sam";
  s.people[0].description = "The mother of Sam.";
  s.moments[0].people = {0};
  s.moments[1].people = {1};
  Visibility early(s, 1), late(s, 2);
  CHECK_FALSE(names_only_known(s, "The mother of Sam.", 1));
  CHECK(names_only_known(s, "The same mother.", 1));  // whole words: "same" is not Sam
  CHECK_FALSE(early.description(0));
  CHECK(late.description(0));
}
