// Dates as written: exact, range, approximate, relative; and their diagnostics.
#include <catch2/catch.hpp>

#include "core/script/loader.hpp"
#include "script_test_util.hpp"

using namespace lineage;

namespace {
// The date of moment `m` written as `when`, after ada-leaves (c. 1960, ± 2).
When date(const std::string& when) {
  auto r = script_test::load_with_base("moment m\n  title: M\n  when: " + when + "\n  facts: f-ada\n");
  INFO(script_test::all_text(r));
  REQUIRE(r.story);
  return r.story->moments[static_cast<std::size_t>(r.story->moment("m"))].when;
}
std::string error_of(const std::string& when) {
  auto r = script_test::load_with_base("moment m\n  title: M\n  when: " + when + "\n  facts: f-ada\n");
  return r.errors() ? r.diagnostics[0].message : std::string();
}
}  // namespace

TEST_CASE("absolute dates") {
  When w = date("1987");
  CHECK(w.estimate == 1987);
  CHECK(w.uncertainty == 0);
  CHECK_FALSE(w.approximate);
  CHECK(w.text == "1987");
  w = date("1985-1990");
  CHECK(w.estimate == 1987.5);
  CHECK(w.uncertainty == 2.5);
  CHECK(w.approximate);
  w = date("c. 1987");
  CHECK(w.estimate == 1987);
  CHECK(w.uncertainty == 2);
  CHECK(w.approximate);
  CHECK(date("c. 1987 ± 5").uncertainty == 5);
  CHECK(date("c.1987 ±5").uncertainty == 5);
  CHECK(date("about 1987 +/- 3").uncertainty == 3);
  CHECK(date("1987 ± 1").approximate);
  CHECK(date("~1987").uncertainty == 2);
}

TEST_CASE("relative dates keep their anchor's uncertainty") {
  When w = date("3 years after ada-leaves");
  CHECK(w.estimate == 1963);
  CHECK(w.uncertainty == 2);
  CHECK(w.approximate);  // because its anchor is
  w = date("about 3 years after ada-leaves");
  CHECK(w.uncertainty == 3);  // about adds ± 1
  w = date("about 3 years after ada-leaves ± 4");
  CHECK(w.uncertainty == 6);
  CHECK(date("2 years before ada-leaves").estimate == 1958);
  CHECK(date("6 months after ada-leaves").estimate == Approx(1960.5));
  CHECK(date("same time as ada-leaves").estimate == 1960);
  CHECK(date("1 year after ada-leaves").text == "1 year after ada-leaves");
}

TEST_CASE("unreadable dates say what a date looks like") {
  CHECK(error_of("soon") == "cannot read the date `soon`");
  CHECK(error_of("1990-1980") == "the range `1990-1980` ends before it starts");
  CHECK(error_of("c. 1987 ±") == "expected a number of years after `±`");
  CHECK(error_of("3 fortnights after ada-leaves") == "unknown unit `fortnights`");
  CHECK(error_of("3 years after ada-leavs") == "unknown moment `ada-leavs`");
  CHECK(error_of("many years after ada-leaves") == "expected a number of years or months, not `many`");
}
