#include <catch2/catch.hpp>

#include "core/util/strings.hpp"

using lineage::edit_distance;
using lineage::nearest;

TEST_CASE("edit distance counts insertions, deletions and substitutions") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("cecilia", "cecilia") == 0);
  CHECK(edit_distance("cecila", "cecilia") == 1);
  CHECK(edit_distance("etta", "etna") == 1);
  CHECK(edit_distance("abc", "") == 3);
}

TEST_CASE("nearest suggests a close id and nothing for a far one") {
  std::vector<std::string> ids{"etta", "cecilia", "blythe", "violet"};
  CHECK(nearest("cecila", ids) == "cecilia");
  CHECK(nearest("blyth", ids) == "blythe");
  CHECK(nearest("gemma", ids).empty());
}

TEST_CASE("trim removes surrounding whitespace only") {
  CHECK(lineage::trim("  a b \t\r\n") == "a b");
  CHECK(lineage::trim("   ").empty());
}
