#include <catch2/catch.hpp>

#include "core/util/startup_timings.hpp"

using namespace lineage;

TEST_CASE("start-up timings list each phase in order, then the total", "[util]") {
  StartupTimings on(true);
  on.mark("story load");
  on.mark("first frame");
  const std::string report = on.report();
  const auto story = report.find("story load"), frame = report.find("first frame"),
             total = report.find("total to first frame");
  REQUIRE(story != std::string::npos);
  REQUIRE(frame != std::string::npos);
  REQUIRE(total != std::string::npos);
  CHECK(story < frame);
  CHECK(frame < total);
  CHECK(report.find(" ms\n") != std::string::npos);

  StartupTimings off(false);
  off.mark("story load");
  CHECK(off.report().find("story load") == std::string::npos);  // off: nothing is recorded
}
