// `lineage present --list`, `lineage present` offscreen with both screenshots, and
// `lineage export --lesson`, run as the built binary.
#include <catch2/catch.hpp>

#include "offscreen.hpp"

using namespace lineage::testing;

TEST_CASE("present --list prints each bundled lesson on a line", "[cli][present]") {
  std::string out;
  REQUIRE(run(std::string(LINEAGE_BINARY) + " present --list", out) == 0);
  CHECK(out == "mothers-before-blythe\tThe mothers before Blythe\t45 min\tpart-before\n"
               "whose-account\tWhose account do we trust?\t45 min\tpart-push\n"
               "ending-and-cycle\tThe ending and the cycle\t45 min\tpart-ending\n");
}

TEST_CASE("present writes both views offscreen, and names a mistyped lesson", "[cli][present]") {
  auto dir = temp_dir("present-cli");
  std::string out;
  std::string command = std::string(LINEAGE_BINARY) + " present ending-and-cycle --data-dir " + dir.string() +
                        " --screenshot " + (dir / "p.png").string() + " --presenter-screenshot " +
                        (dir / "t.png").string() + " --keys \"PageDown w\"";
  REQUIRE(run(command, out) == 0);
  Image projector = read_png(dir / "p.png"), presenter = read_png(dir / "t.png");
  REQUIRE(projector.width == 1280);
  REQUIRE(presenter.width == 1280);
  auto white = projector.pixel(640, 360);  // W: a white projector
  CHECK(white[0] == 255);
  CHECK(white[2] == 255);
  CHECK(presenter.luminance_variance() > 50.0);  // the presenter view is not covered
  CHECK(run(std::string(LINEAGE_BINARY) + " present ending-and-cycel --screenshot " + (dir / "x.png").string(), out) == 2);
  CHECK(out.find("did you mean 'ending-and-cycle'?") != std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST_CASE("export --lesson writes the handout", "[cli][present]") {
  auto dir = temp_dir("present-export");
  std::string out;
  REQUIRE(run(std::string(LINEAGE_BINARY) + " export --lesson mothers-before-blythe --format html --out " +
                  (dir / "h.html").string(), out) == 0);
  CHECK(out.find("the handout for The mothers before Blythe (9 steps)") != std::string::npos);
  CHECK(std::filesystem::file_size(dir / "h.html") > 1000);
  std::filesystem::remove_all(dir);
}
