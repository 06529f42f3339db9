// Line ends and the message cap: a story reads the same whatever line ends its editor wrote,
// and a long list of warnings never turns into an error that refuses the story.
#include <catch2/catch.hpp>

#include <string>

#include "core/script/loader.hpp"
#include "script_test_util.hpp"

using namespace lineage;
using script_test::all_text;
using script_test::kScripts;
using script_test::read;

namespace {
// `text` with every line end (LF or CRLF) replaced by `style`; "mixed" cycles through all three.
std::string with_line_ends(const std::string& text, const std::string& style) {
  static const char* const kCycle[] = {"\n", "\r\n", "\r"};
  std::string out;
  int n = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    if (text[i] != '\n') {
      out += text[i];
      continue;
    }
    out += style == "mixed" ? kCycle[n++ % 3] : style;
  }
  return out;
}

LoadResult load_family(const std::string& style) {
  const auto valid = kScripts / "valid";
  return load_story_files({{"family.story", with_line_ends(read(valid / "family.story"), style)},
                           {"my-class/prompts.story", with_line_ends(read(valid / "my-class" / "prompts.story"), style)}},
                          valid);
}
}  // namespace

TEST_CASE("Line ends: LF, CRLF, lone CR and a mix of them read alike", "[script][line-ends]") {
  LoadResult lf = load_family("\n");
  INFO(all_text(lf));
  REQUIRE(lf.story);
  REQUIRE(lf.errors() == 0);
  for (std::string style : {"\r\n", "\r", "mixed"}) {
    DYNAMIC_SECTION("style " << (style == "\r" ? "CR" : style == "\r\n" ? "CRLF" : style)) {
      LoadResult r = load_family(style);
      INFO(all_text(r));
      CHECK(r.errors() == 0);
      CHECK(r.warnings() == lf.warnings());
      CHECK(r.moments == lf.moments);
      CHECK(r.prompts == lf.prompts);
      CHECK(r.people == lf.people);
      REQUIRE(r.diagnostics.size() == lf.diagnostics.size());
      for (std::size_t i = 0; i < r.diagnostics.size(); ++i)
        CHECK(r.diagnostics[i].loc.line == lf.diagnostics[i].loc.line);
    }
  }
}

TEST_CASE("Message cap: more than 100 warnings in a file stay warnings and the story loads",
          "[script][cap]") {
  // 300 moments in one lane, written latest first: each is an ordering warning, none an error.
  std::string text;
  for (int i = 300; i >= 1; --i)
    text += "moment m" + std::to_string(i) + "\n  title: Moment " + std::to_string(i) + "\n  when: " +
            std::to_string(1700 + i) + "\n  lane: ada\n  facts: f-ada\n\n";
  LoadResult r = script_test::load_with_base(text);
  CHECK(r.errors() == 0);
  CHECK(r.story);
  CHECK(r.moments == 301);
  CHECK(r.warnings() <= 100);
  CHECK(script_test::has_message(r, "more warning(s) and note(s) in this file not shown"));
  CHECK_FALSE(script_test::has_message(r, "too many errors"));
}

TEST_CASE("Message cap: more than 100 errors still stop the file with one closing error", "[script][cap]") {
  std::string text;
  for (int i = 0; i < 300; ++i) text += "nonsense line " + std::to_string(i) + "\n";
  LoadResult r = script_test::load_with_base(text);
  CHECK_FALSE(r.story);
  CHECK(script_test::has_message(r, "too many errors in this file; stopping here"));
}
