// The command line of `lineage present` and `lineage export --lesson`.
#include <catch2/catch.hpp>

#include "core/cli/options.hpp"

using namespace lineage;

TEST_CASE("present LESSON with a step and a projector display") {
  ParseResult r = parse_options({"present", "whose-account", "--step", "5", "--projector-display", "2"});
  REQUIRE(r.error.empty());
  CHECK(r.options.mode == Options::Mode::Run);
  CHECK(r.options.scene == "present");
  CHECK(r.options.lesson == "whose-account");
  CHECK(r.options.start_step == 5);
  CHECK(r.options.projector_display == 2);
  CHECK_FALSE(r.options.present_class);
  CHECK(parse_options({"present", "whose-account", "--class"}).options.present_class);
  CHECK(parse_options({"--class"}).error == "unknown option '--class'");  // only with present
}

TEST_CASE("present --list, and what present refuses") {
  CHECK(parse_options({"present", "--list"}).options.mode == Options::Mode::PresentList);
  CHECK(parse_options({"present"}).error.find("present needs a lesson id") != std::string::npos);
  CHECK(parse_options({"present", "x", "--step", "0"}).error == "--step needs a number from 1 to 1000");
  CHECK(parse_options({"present", "x", "--step", "two"}).error == "--step needs a number from 1 to 1000");
  CHECK(parse_options({"present", "x", "--presenter-screenshot", "p.png"}).error ==
        "--presenter-screenshot works with --screenshot");
  CHECK(parse_options({"--step", "3"}).error == "unknown option '--step'");  // only with present
  ParseResult shots = parse_options({"present", "x", "--screenshot", "a.png", "--presenter-screenshot", "b.png",
                                     "--keys", "PageDown b"});
  REQUIRE(shots.error.empty());
  CHECK(shots.options.presenter_screenshot == "b.png");
  CHECK(shots.options.keys.size() == 2);
}

TEST_CASE("export --lesson takes a format and a file, and --presenter") {
  ParseResult r = parse_options({"export", "--lesson", "whose-account", "--format", "pdf", "--out", "plan.pdf", "--presenter"});
  REQUIRE(r.error.empty());
  CHECK(r.options.mode == Options::Mode::Export);
  CHECK(r.options.lesson == "whose-account");
  CHECK(r.options.presenter);
  CHECK(parse_options({"export", "--lesson", "x", "--format", "epub", "--out", "a.epub"}).error ==
        "export --lesson needs --format pdf|html|md and --out FILE");
  CHECK(parse_options({"export", "--worksheet", "--out", "a.pdf", "--presenter"}).error ==
        "--presenter works with export --lesson");
}
