// The model's lookups: ids resolve to indices, unknown ids to -1.
#include <catch2/catch.hpp>

#include "core/model/story.hpp"

TEST_CASE("Story lookups return -1 for unknown ids") {
  lineage::Story story;
  story.people.push_back({});
  story.people[0].id = "etta";
  story.person_index["etta"] = 0;
  CHECK(story.person("etta") == 0);
  CHECK(story.person("cecilia") == -1);
  CHECK(story.moment("etta") == -1);
}

#include "core/model/visibility.hpp"

TEST_CASE("prompts_about finds a subject's prompts within the reading limit") {
  lineage::Story story;
  story.milestones = {{"early", "Early", 0, {}, {}}, {"late", "Late", 1, {}, {}}};
  lineage::Prompt a, b, c;
  a.about = {lineage::Subject::Kind::Person, 0};
  b.about = {lineage::Subject::Kind::Person, 0};
  b.milestone = 1;
  c.about = {lineage::Subject::Kind::Moment, 0};
  story.prompts = {a, b, c};
  story.moments.resize(1);  // the moment prompt c is about (a prompt about no moment shows nowhere)
  CHECK(lineage::prompts_about(story, lineage::Subject::Kind::Person, 0, 0) == std::vector<int>{0});
  CHECK(lineage::prompts_about(story, lineage::Subject::Kind::Person, 0, 1) == std::vector<int>{0, 1});
  CHECK(lineage::prompts_about(story, lineage::Subject::Kind::Moment, 0, 1) == std::vector<int>{2});
  CHECK(lineage::prompts_about(story, lineage::Subject::Kind::Person, 1, 1).empty());
}

TEST_CASE("a fact cited by a later moment stays hidden until the reader reaches it") {
  lineage::Story story;
  story.milestones = {{"early", "Early", 0, {}, {}}, {"late", "Late", 1, {}, {}}};
  story.facts.resize(3);
  lineage::Moment early, late;
  early.milestone = 0;
  early.facts = {0};
  late.milestone = 1;
  late.facts = {0, 1};  // fact 0 is also cited early; fact 2 is cited by nothing
  story.moments = {early, late};
  CHECK(lineage::fact_visible(story, 0, 0));
  CHECK_FALSE(lineage::fact_visible(story, 1, 0));
  CHECK(lineage::fact_visible(story, 1, 1));
  CHECK(lineage::fact_visible(story, 2, 0));
  // The one-pass form that Ask's index uses says the same for every fact at every limit.
  for (int limit : {0, 1})
    for (int f = 0; f < 3; ++f) CHECK(lineage::facts_visible(story, limit)[std::size_t(f)] == lineage::fact_visible(story, f, limit));
  CHECK(lineage::facts_visible(story, 0) == std::vector<bool>{true, false, true});
}
