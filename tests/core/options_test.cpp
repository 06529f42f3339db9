#include <catch2/catch.hpp>

#include "core/cli/options.hpp"

using namespace lineage;

TEST_CASE("options parse scene, size, keys and screenshot", "[cli]") {
  ParseResult r = parse_options({"--scene", "timeline", "--size", "1920x1080", "--screenshot", "a.png", "--keys",
                                 "Right Right Return", "--frames", "5", "--select", "bathtub"});
  REQUIRE(r.error.empty());
  CHECK(r.options.scene == "timeline");
  CHECK(r.options.width == 1920);
  CHECK(r.options.height == 1080);
  CHECK(r.options.keys == std::vector<std::string>{"Right", "Right", "Return"});
  CHECK(r.options.frames == 5);
  CHECK(r.options.select == "bathtub");
}

TEST_CASE("bad options give one-line errors", "[cli]") {
  CHECK(parse_options({"--bogus"}).error == "unknown option '--bogus'");
  CHECK_FALSE(parse_options({"--size", "800"}).error.empty());
  CHECK_FALSE(parse_options({"--size", "10x10"}).error.empty());
  CHECK_FALSE(parse_options({"--frames", "0"}).error.empty());
  CHECK_FALSE(parse_options({"--story"}).error.empty());
  CHECK_FALSE(parse_options({"--keys", "Right"}).error.empty());  // keys need --screenshot
  CHECK_FALSE(parse_options({"dump"}).error.empty());             // dump needs --json
  CHECK_FALSE(parse_options({"export", "--format", "doc"}).error.empty());
}

TEST_CASE("subcommands take their folder and flags", "[cli]") {
  ParseResult check = parse_options({"check", "story/"});
  REQUIRE(check.error.empty());
  CHECK(check.options.mode == Options::Mode::Check);
  CHECK(check.options.story_dir == "story/");
  ParseResult dump = parse_options({"dump", "--json"});
  REQUIRE(dump.error.empty());
  CHECK(dump.options.mode == Options::Mode::Dump);
  ParseResult exp = parse_options({"export", "--profile", "Ana", "--format", "pdf", "--out", "a.pdf"});
  REQUIRE(exp.error.empty());
  CHECK(exp.options.paper == "a4");
  CHECK_FALSE(exp.options.gentle);
  CHECK_FALSE(exp.options.teacher);
  ParseResult care = parse_options({"export", "--worksheet", "--gentle", "--teacher", "--out", "a.md"});
  REQUIRE(care.error.empty());
  CHECK(care.options.gentle);
  CHECK(care.options.teacher);
  CHECK_FALSE(parse_options({"--gentle"}).error.empty());  // an export option only
}

TEST_CASE("Empty option values: every option that takes a value refuses an empty one", "[cli][empty]") {
  // An empty --data-dir used to fall back to the user's own data folder and write to it.
  for (const char* option : {"--data-dir", "--story", "--scene", "--select", "--screenshot", "--profile", "--out",
                             "--milestone"}) {
    DYNAMIC_SECTION(option) {
      auto r = lineage::parse_options({option, ""});
      CHECK(r.error.find(option) != std::string::npos);
      CHECK(r.error.find("empty") != std::string::npos);
    }
  }
}

TEST_CASE("Key lists: type:\"words\" keeps its spaces as one entry", "[cli][keys]") {
  auto r = lineage::parse_options({"--screenshot", "x.png", "--keys", "Tab type:\"I think so\" ctrl+z type:one"});
  REQUIRE(r.error.empty());
  CHECK(r.options.keys == std::vector<std::string>{"Tab", "type:I think so", "ctrl+z", "type:one"});
  CHECK_FALSE(lineage::parse_options({"--screenshot", "x.png", "--keys", "type:\"unclosed"}).error.empty());
}

TEST_CASE("options: --renderer takes auto, software or accelerated", "[cli]") {
  CHECK(parse_options({}).options.renderer == "auto");
  CHECK(parse_options({"--renderer", "software"}).options.renderer == "software");
  CHECK(parse_options({"--renderer", "accelerated"}).options.renderer == "accelerated");
  CHECK(parse_options({"--renderer", "opengl"}).error == "--renderer needs one of auto, software, accelerated");
  CHECK_FALSE(parse_options({"--renderer"}).error.empty());
}

TEST_CASE("ask takes one question and --milestone; --today takes a real date", "[cli][ask]") {
  auto ask = lineage::parse_options({"ask", "who is Etta", "--milestone", "part-violet"});
  REQUIRE(ask.error.empty());
  CHECK(ask.options.mode == lineage::Options::Mode::Ask);
  CHECK(ask.options.question == "who is Etta");
  CHECK(ask.options.milestone == "part-violet");
  CHECK(lineage::parse_options({"ask"}).error.find("ask needs a question") != std::string::npos);
  CHECK(!lineage::parse_options({"ask", "a", "b"}).error.empty());  // one question only
  auto today = lineage::parse_options({"--today", "2026-05-14"});
  REQUIRE(today.error.empty());
  CHECK(today.options.today == "2026-05-14");
  CHECK(lineage::parse_options({"--today", "2026-02-30"}).error.find("--today needs a date") != std::string::npos);
  CHECK(!lineage::parse_options({"--today", "tomorrow"}).error.empty());
  CHECK(!lineage::parse_options({"--today"}).error.empty());
}

TEST_CASE("speak, speech and reading-look options parse, and bad values say why", "[cli]") {
  ParseResult r = parse_options({"speak", "--moment", "bathtub", "--voice", "flite-slt", "--rate", "220", "--pitch", "40",
                                 "--out", "x.wav"});
  REQUIRE(r.error.empty());
  CHECK(r.options.mode == Options::Mode::Speak);
  CHECK(r.options.moment == "bathtub");
  CHECK(r.options.voice == "flite-slt");
  CHECK(r.options.rate == 220);
  CHECK(r.options.pitch == 40);
  CHECK(parse_options({"speak", "--list-voices"}).options.list_voices);
  CHECK(parse_options({"speak", "--moment", "bathtub"}).error == "speak needs --moment ID and --out FILE.wav, or --list-voices");
  CHECK(parse_options({"speak", "--moment", "b", "--out", "x.wav", "--rate", "9"}).error == "--rate needs a number from 80 to 400");

  r = parse_options({"--screenshot", "a.png", "--speech-out", "a.wav", "--self-voicing", "--theme", "high-contrast", "--font",
                     "opendyslexic", "--scale", "1.5"});
  REQUIRE(r.error.empty());
  CHECK(r.options.speech_out == "a.wav");
  CHECK(r.options.self_voicing);
  CHECK(r.options.theme == "high-contrast");
  CHECK(r.options.font == "opendyslexic");
  CHECK(r.options.scale == 1.5f);
  CHECK(parse_options({"--speech-out", "a.wav"}).error == "--speech-out works with --screenshot");
  CHECK(parse_options({"--theme", "neon"}).error == "--theme needs dark, projector or high-contrast");
  CHECK(parse_options({"--font", "comic"}).error == "--font needs default, opendyslexic or andika");
  CHECK(parse_options({"--font", "andika"}).options.font == "andika");
  CHECK(parse_options({"--scale", "9"}).error == "--scale needs a number from 0.75 to 2.5, e.g. 1.5");
  CHECK(parse_options({"--scale", "1.5x"}).error == "--scale needs a number from 0.75 to 2.5, e.g. 1.5");
}
