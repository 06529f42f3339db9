// Beat conditions (`if reached`, `if chose`, `not`, nested) against the fixture family's
// moment "ada-leaves", whose last beats are conditional.
#include <algorithm>

#include "core/model/visibility.hpp"
#include "runtime_util.hpp"

using namespace lineage;
using namespace lineage::testing;

namespace {

// The texts of the narration beats the reader stops at in "ada-leaves".
std::vector<std::string> narration(StoryRuntime& rt) {
  std::vector<std::string> out;
  REQUIRE(rt.jump_to(rt.story().moment("ada-leaves")));
  if (rt.state().stage == Stage::Care) REQUIRE(rt.decide_care(CareChoice::Show));
  while (rt.state().moment == "ada-leaves") {
    if (rt.beat() && rt.beat()->kind == BeatKind::Narrate) out.push_back(rt.beat()->text);
    REQUIRE(rt.next());
  }
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

TEST_CASE("runtime: if reached: beats past the reader's milestone stay hidden", "[runtime]") {
  auto story = fixture_story();
  RuntimeOptions early;
  early.reading_limit = reading_limit(*story, "part-one");
  StoryRuntime before(*story, early);
  auto seen = narration(before);
  CHECK_FALSE(has(seen, "Bea never turns the lamp off."));
  CHECK(has(seen, "Ada stands at the door."));

  StoryRuntime after(*story);  // read to the end
  CHECK(has(narration(after), "Bea never turns the lamp off."));
}

TEST_CASE("runtime: if chose: beats follow the reader's choices, with not and nesting", "[runtime]") {
  auto story = fixture_story();
  RuntimeOptions early;
  early.reading_limit = reading_limit(*story, "part-one");
  StoryRuntime rt(*story, early);

  auto none = narration(rt);
  CHECK_FALSE(has(none, "You chose a."));
  CHECK_FALSE(has(none, "Nested."));

  rt.choose("lamp-choice", "a");
  auto chose_a = narration(rt);
  CHECK(has(chose_a, "You chose a."));
  CHECK(has(chose_a, "Nested."));  // `if not chose lamp-evidence nature` holds: nothing weighed

  rt.weigh("lamp-evidence", "nature", 4);  // an evidence reading counts as a choice
  auto weighed = narration(rt);
  CHECK(has(weighed, "You chose a."));
  CHECK_FALSE(has(weighed, "Nested."));

  rt.choose("lamp-choice", "b");
  CHECK_FALSE(has(narration(rt), "You chose a."));

  // `and not reached part-two`: a reader who has read on does not get the early line.
  StoryRuntime later(*story);
  later.choose("lamp-choice", "a");
  CHECK_FALSE(has(narration(later), "You chose a."));
}
