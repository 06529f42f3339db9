// The "What happened?" tally: one row per evidence prompt in play order, sums weighted by how
// sure the reader was, and the two balances (nature / nurture, trust in Blythe's account).
#include "core/model/visibility.hpp"
#include "core/runtime/evidence.hpp"
#include "runtime_util.hpp"

using namespace lineage;
using namespace lineage::testing;

TEST_CASE("runtime: the evidence tally lists the evidence prompts moment by moment", "[runtime]") {
  auto story = bundled_story();
  StoryRuntime rt(*story);
  EvidenceTally t = tally_evidence(*story, rt.state(), rt.order(), INT_MAX);
  std::vector<std::string> prompts;
  for (const EvidenceRow& row : t.rows) {
    prompts.push_back(story->prompts[row.prompt].id);
    CHECK_FALSE(row.choice);
  }
  CHECK(prompts == std::vector<std::string>{"grows-evidence", "violence-evidence", "push-evidence",
                                            "suspects-evidence", "ending-evidence"});
  CHECK(t.answered == 0);
  REQUIRE(t.balances.size() == 2);  // the bundled story's own: nature or nurture, trust
  CHECK_FALSE(t.balances[0]);
  CHECK_FALSE(t.balances[1]);
}

TEST_CASE("runtime: the evidence tally sums readings weighted by confidence", "[runtime]") {
  auto story = bundled_story();
  StoryRuntime rt(*story);
  rt.weigh("grows-evidence", "violet", 5);
  rt.weigh("violence-evidence", "perception", 3);
  rt.weigh("push-evidence", "pattern", 2);
  rt.weigh("suspects-evidence", "violet", 1);
  EvidenceTally t = tally_evidence(*story, rt.state(), rt.order(), INT_MAX);
  CHECK(t.answered == 4);
  CHECK(t.weight == std::vector<int>{6, 3, 2, 0});
  CHECK(t.count == std::vector<int>{2, 1, 1, 0});
  const auto& nature = t.balances[0];
  const auto& trust = t.balances[1];
  REQUIRE(nature);
  CHECK(*nature == Approx((6.0 - 2.0) / 8.0));
  REQUIRE(trust);
  CHECK(*trust == Approx((6.0 - 3.0) / 9.0));
  REQUIRE(t.rows[0].choice);
  CHECK(t.rows[0].choice->confidence == 5);
  CHECK_FALSE(t.rows[4].choice);

  // Changing a choice on replay changes the sums; circumstance pulls towards nurture.
  rt.weigh("grows-evidence", "circumstance", 5);
  t = tally_evidence(*story, rt.state(), rt.order(), INT_MAX);
  CHECK(*t.balances[0] == Approx((1.0 - 7.0) / 8.0));
  CHECK(*t.balances[1] == Approx((1.0 - 3.0) / 4.0));
}

TEST_CASE("runtime: the tally keeps to the spoiler limit", "[runtime]") {
  auto story = bundled_story();
  RuntimeOptions o;
  o.reading_limit = reading_limit(*story, "part-violet");
  StoryRuntime rt(*story, o);
  EvidenceTally t = tally_evidence(*story, rt.state(), rt.order(), o.reading_limit);
  REQUIRE(t.rows.size() == 2);
  CHECK(story->prompts[t.rows[1].prompt].id == "violence-evidence");
}
