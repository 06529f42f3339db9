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
