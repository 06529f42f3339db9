// Every construct of the language, loaded from tests/data/scripts/valid/ and checked in the model.
#include <catch2/catch.hpp>

#include <climits>

#include "core/model/visibility.hpp"
#include "core/script/loader.hpp"
#include "script_test_util.hpp"

using namespace lineage;

namespace {
const Story& valid_story() {
  static LoadResult r = load_story(script_test::kScripts / "valid");
  INFO(script_test::all_text(r));
  REQUIRE(r.diagnostics.empty());
  REQUIRE(r.story);
  return *r.story;
}
}  // namespace

TEST_CASE("a folder loads every .story file below it, ids shared across files") {
  LoadResult r = load_story(script_test::kScripts / "valid");
  CHECK(r.files == 2);
  CHECK(r.errors() == 0);
  CHECK(r.warnings() == 0);
  REQUIRE(r.story);
  // The my-class prompt refers to a moment of the other file, and the moment to the prompt.
  CHECK(r.story->prompt("lamp-why") >= 0);
  CHECK(r.story->moments[0].beats[7].prompt == r.story->prompt("lamp-why"));
}

TEST_CASE("book, sources, facts and about sections") {
  const Story& s = valid_story();
  CHECK(s.book.id == "lamp");
  CHECK(s.book.title == "The Lamp");
  CHECK(s.book.author == "A. Tester");
  CHECK(s.book.year == 2020);
  CHECK(s.book.description == "An invented family, told over three generations.");
  REQUIRE(s.sources.size() == 1);
  CHECK(s.sources[0].lines == 10);  // counted from the file
  CHECK(s.sources[0].excluded_lines == std::vector<int>{8, 9});
  REQUIRE(s.facts.size() == 4);
  CHECK(s.facts[0].id == "f-ada-widowed");
  REQUIRE(s.facts[0].cites.size() == 1);
  CHECK(s.facts[0].cites[0].source == 0);
  CHECK(s.facts[0].cites[0].line == 3);
  CHECK(s.facts[0].loc.line == 30);
  REQUIRE(s.about.size() == 2);
  CHECK(s.about[0].id == "author");  // sorted by order
  CHECK(s.about[0].text == "A. Tester writes tests.\n\nA second paragraph.");
  CHECK(s.about[0].cites.size() == 2);
  CHECK(s.about[1].id == "premise");
}

TEST_CASE("lanes are sorted, people resolved") {
  const Story& s = valid_story();
  REQUIRE(s.lanes.size() == 3);
  CHECK(s.lanes[0].id == "ada");
  CHECK(s.lanes[1].id == "bea");
  CHECK(s.lanes[2].id == "cal");
  CHECK(s.lanes[2].title.empty());
  CHECK(s.lanes[1].person == s.person("bea"));
  const Person& ada = s.people[static_cast<std::size_t>(s.person("ada"))];
  CHECK(ada.name == "Ada");
  CHECK(ada.lane == 0);
  CHECK(ada.generation == 1);
  CHECK(ada.sex == Sex::Female);
  CHECK(ada.colour == Colour{0x7b, 0x6d, 0x8d, 255});
  REQUIRE(ada.born);
  CHECK(ada.born->estimate == 1930);
  CHECK(ada.born->uncertainty == 5);
  CHECK(ada.born->approximate);
  REQUIRE(ada.died);
  CHECK(ada.died->estimate == 1992);
  CHECK(ada.died->uncertainty == 2);
  CHECK(ada.facts == std::vector<int>{0, 1});
  const Person& bea = s.people[static_cast<std::size_t>(s.person("bea"))];
  CHECK(bea.colour.a == 0x80);
  CHECK(bea.narrator_note == "Her telling may be unreliable.");
  REQUIRE(bea.born);
  CHECK(bea.born->estimate == 1960);  // same time as ada-leaves
  CHECK(bea.born->text == "same time as ada-leaves");
  const Person& dan = s.people[static_cast<std::size_t>(s.person("dan"))];
  CHECK(dan.sex == Sex::Unknown);
  CHECK(dan.lane == -1);
  CHECK_FALSE(dan.born);
  CHECK(s.people[static_cast<std::size_t>(s.person("cal"))].sex == Sex::Male);
}

TEST_CASE("parents, partners and bonds") {
  const Story& s = valid_story();
  REQUIRE(s.parents.size() == 2);
  CHECK(s.parents[0].parent == s.person("ada"));
  CHECK(s.parents[0].child == s.person("bea"));
  CHECK(s.parents[0].label == "the lamp");
  CHECK(s.parents[0].moment == s.moment("ada-leaves"));
  CHECK(s.parents[0].facts == std::vector<int>{1});
  REQUIRE(s.partnerships.size() == 1);
  const Partnership& p = s.partnerships[0];
  CHECK(p.a == s.person("dan"));
  CHECK(p.b == s.person("bea"));
  CHECK(p.status == PartnerStatus::Divorced);
  CHECK(p.order == 1);
  CHECK(p.begins == s.moment("wedding"));
  CHECK(p.ends == s.moment("dan-leaves"));
  REQUIRE(s.bonds.size() == 2);
  CHECK(s.bonds[0].kind == BondKind::Cutoff);
  CHECK_FALSE(s.bonds[0].mutual);
  CHECK(s.bonds[0].perspective == "as Bea tells it");
  CHECK(s.bonds[0].begins == s.moment("ada-leaves"));
  CHECK(s.bonds[1].mutual);
  CHECK(s.bonds[1].kind == BondKind::Close);
  CHECK(s.bonds[1].from == s.person("bea"));
  CHECK(s.bonds[1].to == s.person("cal"));
}

TEST_CASE("eras, themes, content notes and milestones") {
  const Story& s = valid_story();
  REQUIRE(s.eras.size() == 2);
  CHECK(s.eras[0].lane == 0);
  CHECK(s.eras[0].from.estimate == 1955);
  CHECK(s.eras[0].to.estimate == 1960);
  CHECK(s.eras[0].colour.a == 0x30);
  CHECK(s.eras[1].lane == -1);
  REQUIRE(s.themes.size() == 1);
  CHECK(s.themes[0].name == "Inheritance");
  CHECK(s.themes[0].colour == Colour{0x8e, 0x55, 0x72, 255});
  REQUIRE(s.content_notes.size() == 1);
  CHECK(s.content_notes[0].label == "Abandonment");
  REQUIRE(s.milestones.size() == 2);
  CHECK(s.milestones[0].id == "part-one");  // sorted by order, then numbered densely
  CHECK(s.milestones[0].order == 0);
  CHECK(s.milestones[1].order == 1);
  CHECK(s.milestone("part-two") == 1);
  CHECK(s.milestones[0].reached_title.empty());
  CHECK(s.milestones[1].reached_title == "Ada has left");
  // Before the reader reaches it, the neutral title; from then on, the revealing one.
  CHECK(milestone_title(s, 1, 0) == "After Ada leaves");
  CHECK(milestone_title(s, 1, 1) == "Ada has left");
  CHECK(milestone_title(s, 1, INT_MAX) == "Ada has left");
  CHECK(milestone_title(s, 0, 0) == "Before");  // no reached-title: always the title
}

TEST_CASE("moments: fields, dates, orders") {
  const Story& s = valid_story();
  const Moment& m = s.moments[static_cast<std::size_t>(s.moment("ada-leaves"))];
  CHECK(m.title == "Ada leaves");
  CHECK(m.when.estimate == 1960);
  CHECK(m.when.uncertainty == 2);
  CHECK(m.lane == s.lane_index.at("ada"));
  CHECK(m.people == std::vector<int>{s.person("ada"), s.person("bea")});
  CHECK(m.themes == std::vector<int>{0});
  CHECK(m.content_notes == std::vector<int>{0});
  CHECK(m.milestone == s.milestone("part-one"));
  CHECK(m.telling == 2);
  CHECK(m.facts == std::vector<int>{1});
  CHECK(m.summary == "Ada leaves the house.");
  CHECK(m.gentle_summary == "Ada goes away.");
  CHECK(m.echoes == std::vector<int>{s.moment("dan-leaves")});
  CHECK(m.visual.tableau == "kitchen-note");
  CHECK(m.visual.mood == "night");
  CHECK(m.presenter_notes == "Ask the class what the lamp stands for.");
  const Moment& w = s.moments[static_cast<std::size_t>(s.moment("wedding"))];
  CHECK(w.when.estimate == 1963);
  CHECK(w.when.uncertainty == 2);  // keeps its anchor's
  const Moment& d = s.moments[static_cast<std::size_t>(s.moment("dan-leaves"))];
  CHECK(d.when.estimate == Approx(1964.5));
  CHECK(d.when.uncertainty == Approx(2.5));
  CHECK(d.telling == -1);
  CHECK(s.chronological == std::vector<int>{0, 1, 2});
  CHECK(s.telling_order == std::vector<int>{s.moment("wedding"), s.moment("ada-leaves")});
}

TEST_CASE("beats of every kind, with conditions") {
  const Story& s = valid_story();
  const auto& b = s.moments[0].beats;
  REQUIRE(b.size() == 11);
  CHECK(b[0].kind == BeatKind::Narrate);
  CHECK(b[0].text == "Ada stands at the door.");
  CHECK(b[0].loc.line == 166);
  CHECK(b[1].kind == BeatKind::Say);
  CHECK(b[1].speaker == s.person("ada"));
  CHECK(b[2].kind == BeatKind::Quote);
  REQUIRE(b[2].cites.size() == 1);
  CHECK(b[2].cites[0].line == 4);
  CHECK(b[3].kind == BeatKind::Perspective);
  CHECK(b[3].perspective == "bea");
  CHECK(b[3].speaker == s.person("bea"));
  CHECK(b[4].perspective == "interpretation");
  CHECK(b[4].speaker == -1);
  CHECK(b[5].kind == BeatKind::Tableau);
  CHECK(b[5].tableau == "absence");
  CHECK(b[5].mood == "dusk");
  CHECK(b[6].kind == BeatKind::Pause);
  CHECK(b[6].seconds == 1.5);
  CHECK(b[7].kind == BeatKind::Prompt);
  REQUIRE(b[8].conditions.size() == 1);
  CHECK(b[8].conditions[0].kind == Condition::Kind::ReachedMilestone);
  CHECK(b[8].conditions[0].milestone == s.milestone("part-two"));
  REQUIRE(b[9].conditions.size() == 2);
  CHECK(b[9].conditions[0].kind == Condition::Kind::ChoseOption);
  CHECK(b[9].conditions[0].prompt == s.prompt("lamp-choice"));
  CHECK(b[9].conditions[0].option == "a");
  CHECK(b[9].conditions[1].negated);
  REQUIRE(b[10].conditions.size() == 3);  // nested `if` adds to its parent's conditions
  CHECK(b[10].conditions[2].negated);
  CHECK(b[10].conditions[2].option == "nature");
}

TEST_CASE("prompts of the four kinds, cards and takeaways") {
  const Story& s = valid_story();
  const Prompt& why = s.prompts[static_cast<std::size_t>(s.prompt("lamp-why"))];
  CHECK(why.kind == PromptKind::Open);
  CHECK(why.about.kind == Subject::Kind::Moment);
  CHECK(why.about.index == s.moment("ada-leaves"));
  CHECK(why.milestone == s.milestone("part-one"));  // defaults to its moment's
  CHECK(why.teacher_notes == "Let the class disagree.");
  CHECK(why.follow_up == s.prompt("lamp-choice"));
  const Prompt& choice = s.prompts[static_cast<std::size_t>(s.prompt("lamp-choice"))];
  CHECK(choice.kind == PromptKind::Choice);
  CHECK(choice.about.kind == Subject::Kind::Book);
  REQUIRE(choice.options.size() == 2);
  CHECK(choice.options[0].id == "a");
  CHECK(choice.options[0].text == "The lamp");
  CHECK(choice.options[0].discussion == "Talk about light.");
  CHECK(choice.milestone == s.milestone("part-two"));
  const Prompt& scale = s.prompts[static_cast<std::size_t>(s.prompt("lamp-scale"))];
  CHECK(scale.kind == PromptKind::Scale);
  CHECK(scale.about.kind == Subject::Kind::Person);
  CHECK(scale.scale_low == "Not at all");
  CHECK(scale.scale_high == "Completely");
  CHECK(scale.scale_points == 7);
  const Prompt& ev = s.prompts[static_cast<std::size_t>(s.prompt("lamp-evidence"))];
  CHECK(ev.kind == PromptKind::Evidence);
  REQUIRE(ev.options.size() == 4);
  CHECK(ev.options[0].id == "nature");  // the story's own readings, in the order written
  CHECK(ev.options[0].text == "It points to something in Ada");
  CHECK(ev.options[1].id == "memory");
  CHECK(ev.options[2].id == "pattern");
  CHECK(ev.options[2].discussion == "Ada's own loss.");
  CHECK(ev.options[3].id == "circumstance");
  CHECK(ev.confidence == "How sure are you?");
  REQUIRE(s.readings.size() == 4);
  CHECK(s.readings[0].title == "Something in Ada");
  CHECK(s.readings[1].title == "It points to how Bea remembers it");  // no title: its text
  REQUIRE(s.readings[0].colour);
  CHECK(s.readings[0].colour->r == 0xc7);
  REQUIRE(s.balances.size() == 1);
  CHECK(s.balances[0].left == std::vector<int>{0});
  CHECK(s.balances[0].right == std::vector<int>{2, 3});
  REQUIRE(s.cards.size() == 1);
  CHECK(s.cards[0].about.kind == Subject::Kind::Person);
  CHECK(s.cards[0].front == "Who is Ada?");
  CHECK(s.cards[0].back == "The grandmother, widowed young.");
  REQUIRE(s.takeaways.size() == 2);
  CHECK(s.takeaways[0].about.kind == Subject::Kind::Theme);
  CHECK(s.takeaways[0].milestone == s.milestone("part-one"));
  CHECK(s.takeaways[1].about.kind == Subject::Kind::Book);
}

TEST_CASE("comments, continuation lines and explicit subjects") {
  auto r = script_test::load_with_base(
      "# a comment\n"
      "theme t   # a trailing comment\n"
      "  name: Long\n"
      "    and continued\n"
      "\n"
      "    over a paragraph   # comment\n"
      "  colour: #AbCdEf\n"
      "card c\n"
      "  about: theme t\n"
      "  front: F\n"
      "  back:\n"
      "    Written below\n"
      "    # a comment inside\n"
      "    the key.\n");
  INFO(script_test::all_text(r));
  REQUIRE(r.story);
  const Theme& t = r.story->themes[0];
  CHECK(t.name == "Long and continued\n\nover a paragraph");
  CHECK(t.colour == Colour{0xab, 0xcd, 0xef, 255});
  CHECK(r.story->cards[0].about.kind == Subject::Kind::Theme);
  CHECK(r.story->cards[0].back == "Written below the key.");
}
