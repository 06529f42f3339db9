// One formatting of an estimated date: the year is the nearest one, "c." marks any uncertainty.
#include <catch2/catch.hpp>

#include "core/model/when_words.hpp"

using namespace lineage;

namespace {
When when(double estimate, double uncertainty, bool approximate) {
  When w;
  w.estimate = estimate, w.uncertainty = uncertainty, w.approximate = approximate;
  w.text = "as written";
  return w;
}
}  // namespace

TEST_CASE("a date's year is the nearest year, halfway going up", "[model][when]") {
  CHECK(year_of(2005.0) == 2005);
  CHECK(year_of(2004.5) == 2005);             // 6 months before 2005
  CHECK(year_of(2009.5) == 2010);             // the push: 6 months after 2009
  CHECK(year_of(2005 - 1.0 / 12) == 2005);    // a month before 2005 is not 2004
  CHECK(year_of(2004.0 + 12 * (1.0 / 12)) == 2005);  // float sums of months
  CHECK(year_of(1987.3) == 1987);
}

TEST_CASE("the short form: a year, with c. when approximate or uncertain", "[model][when]") {
  CHECK(when_short(when(1950, 0, false)) == "1950");
  CHECK(when_short(when(2004.5, 5.5, true)) == "c. 2005");
  CHECK(when_short(when(2005, 0, true)) == "c. 2005");
  CHECK(when_short(when(2005, 1, false)) == "c. 2005");  // uncertain is never shown as exact
  CHECK(when_short(when(0, 0, false)) == "as written");   // never resolved
}

TEST_CASE("the long form gives the range in words", "[model][when]") {
  CHECK(when_long(when(1950, 0, false)) == "1950");
  CHECK(when_long(when(2005, 0, true)) == "approx. 2005");
  CHECK(when_long(when(1950, 11, true)) == "approx. 1950  (between 1939 and 1961)");
  CHECK(when_long(when(2009.5, 4.5, true)) == "approx. 2010  (between 2005 and 2014)");
}
