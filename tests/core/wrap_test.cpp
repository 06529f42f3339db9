#include <catch2/catch.hpp>

#include "core/text/wrap.hpp"

using lineage::wrap_text;

namespace {
// Every byte is 10 units wide: easy to reason about.
float fixed_width(std::string_view s) { return 10.0f * static_cast<float>(s.size()); }
}  // namespace

TEST_CASE("wrapping breaks at spaces and keeps lines within the width", "[wrap]") {
  auto lines = wrap_text("we were supposed to want each other", 120, fixed_width);
  REQUIRE(lines == std::vector<std::string>{"we were", "supposed to", "want each", "other"});
  for (const auto& line : lines) CHECK(fixed_width(line) <= 120);
}

TEST_CASE("wrapping honours newlines and paragraph gaps", "[wrap]") {
  auto lines = wrap_text("one\n\ntwo", 1000, fixed_width);
  CHECK(lines == std::vector<std::string>{"one", "", "two"});
}

TEST_CASE("a word wider than the line gets a line of its own", "[wrap]") {
  auto lines = wrap_text("a extraordinarily b", 50, fixed_width);
  CHECK(lines == std::vector<std::string>{"a", "extraordinarily", "b"});
}

TEST_CASE("wrapping never splits a UTF-8 character", "[wrap]") {
  auto lines = wrap_text("café naïve résumé", 60, fixed_width);
  for (const auto& line : lines)
    for (unsigned char c : line.substr(line.empty() ? 0 : line.size() - 1)) CHECK((c & 0xC0) != 0xC0);
  CHECK(lines.size() == 3);
}

TEST_CASE("an estimated year keeps its c. on its line", "[wrap]") {
  // "An open ending (c." would fit in 18 units, leaving "2016)" alone on the next line.
  auto lines = wrap_text("An open ending (c. 2016)", 180, fixed_width);
  CHECK(lines == std::vector<std::string>{"An open ending", "(c. 2016)"});
  CHECK(wrap_text("born c. 1951 in winter", 120, fixed_width) == std::vector<std::string>{"born c. 1951", "in winter"});
  // "c." before a word, not a year, is an ordinary word.
  CHECK(wrap_text("abc c. what", 60, fixed_width) == std::vector<std::string>{"abc c.", "what"});
}
