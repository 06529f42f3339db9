// Hostile and unusual input: encodings, line ends, tabs, NUL bytes, huge files, garbage. Each
// gets a clear diagnostic at the right place, or is handled; none crashes or hangs.
#include <catch2/catch.hpp>

#include <chrono>
#include <random>

#include "core/script/loader.hpp"
#include "script_test_util.hpp"

using namespace lineage;
using script_test::all_text;
using script_test::has_message;
using script_test::load_with_base;

namespace {
const char* kTheme = "theme t\n  name: Theme\n";

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}
}  // namespace

TEST_CASE("a UTF-8 byte order mark is dropped silently") {
  auto r = load_with_base(std::string("\xEF\xBB\xBF") + kTheme);
  INFO(all_text(r));
  CHECK(r.diagnostics.empty());
  REQUIRE(r.story);
  CHECK(r.story->themes[0].id == "t");
}

TEST_CASE("CRLF line ends are accepted") {
  auto r = load_with_base("theme t\r\n  name: Theme\r\n  description: two\r\n    lines\r\n");
  INFO(all_text(r));
  REQUIRE(r.story);
  CHECK(r.story->themes[0].name == "Theme");
  CHECK(r.story->themes[0].description == "two lines");
}

TEST_CASE("a tab in the indentation is an error at its column") {
  auto r = load_with_base("theme t\n \tname: Theme\n");
  CHECK(r.errors() == 1);
  CHECK(all_text(r).find("snippet.story:2:2: error: tab in indentation\n"
                         "    name: Theme\n"
                         "   ^\n"
                         "  hint: indent with spaces, two per level\n") != std::string::npos);
  CHECK_FALSE(r.story);
}

TEST_CASE("a tab inside a value is fine") {
  auto r = load_with_base("theme t\n  name: A\tB\n");
  CHECK(r.errors() == 0);
}

TEST_CASE("NUL bytes and invalid UTF-8 are reported at their column") {
  std::string nul = "theme t\n  name: A";
  nul += '\0';
  nul += "B\n";
  auto r = load_with_base(nul);
  REQUIRE(r.errors() >= 1);
  CHECK(r.diagnostics[0].message == "NUL byte in a story script");
  CHECK(r.diagnostics[0].loc.line == 2);
  CHECK(r.diagnostics[0].loc.column == 10);

  auto u = load_with_base("theme t\n  name: caf\xC3\xA9 \xFF!\n");
  REQUIRE(u.errors() >= 1);
  CHECK(u.diagnostics[0].message == "invalid UTF-8 (byte 0xFF)");
  CHECK(u.diagnostics[0].loc.column == 14);  // in characters: the é counts once
  // The printed source line never carries invalid bytes.
  CHECK(u.diagnostics[0].source_line == "  name: caf\xC3\xA9 \xEF\xBF\xBD!");
}

TEST_CASE("columns count characters, so carets line up under non-ASCII text") {
  auto r = load_with_base("moment m\n  title: Étté\n  when: c. 1960\n  facts: f-ada\n  people: ada, bée\n");
  REQUIRE(r.errors() == 1);
  CHECK(all_text(r) == "snippet.story:5:16: error: `bée` is not a valid id\n"
                       "    people: ada, bée\n"
                       "                 ^~~\n"
                       "  hint: ids are lowercase letters, digits and `-`\n");
}

TEST_CASE("a truncated file gives the diagnostics of what is missing") {
  std::string full = "moment m\n  title: T\n  when: c. 1960\n  facts: f-ada\n";
  auto r = load_with_base(full.substr(0, 22));  // cut inside `when`
  INFO(all_text(r));
  CHECK(has_message(r, "moment `m` has no `when:`"));
  auto cut = load_with_base("theme t\n  name: caf\xC3");  // cut inside a character
  CHECK(has_message(cut, "invalid UTF-8 (byte 0xC3)"));
}

TEST_CASE("binary garbage stops at 100 diagnostics per file, quickly") {
  std::mt19937 rng(7);
  std::string junk(1 << 20, '\0');
  for (char& c : junk) c = static_cast<char>(rng());
  auto t0 = std::chrono::steady_clock::now();
  auto r = load_with_base(junk);
  CHECK(seconds_since(t0) < 5.0);
  int in_snippet = 0;
  for (const auto& d : r.diagnostics) in_snippet += d.loc.file == "snippet.story";
  CHECK(in_snippet == 101);  // 100 and "too many errors"
  CHECK(r.diagnostics.back().message == "too many errors in this file; stopping here");
  CHECK_FALSE(r.story);
}

TEST_CASE("printable garbage and unknown words are capped too") {
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "zzz" + std::to_string(i) + " x\n";
  auto r = load_with_base(text);
  CHECK(r.errors() == 101);
}

TEST_CASE("a 1 MB line and a 100,000-line file load without trouble") {
  std::string line = "theme t\n  name: " + std::string(1 << 20, 'a') + "\n";
  auto r = load_with_base(line);
  CHECK(r.errors() == 0);
  REQUIRE(r.story);
  CHECK(r.story->themes[0].name.size() == (1u << 20));

  std::string many;
  many.reserve(3 << 20);
  for (int i = 0; i < 25000; ++i)
    many += "fact f" + std::to_string(i) + "\n  text: T\n  cite: notes:3\n\n";
  auto t0 = std::chrono::steady_clock::now();
  auto m = load_with_base(many);
  CHECK(seconds_since(t0) < 10.0);
  CHECK(m.errors() == 0);
  REQUIRE(m.story);
  CHECK(m.story->facts.size() == 25001);
}

TEST_CASE("a very long id gets an error, and no slow suggestion") {
  std::string id(200000, 'x');
  auto t0 = std::chrono::steady_clock::now();
  auto r = load_with_base("moment m\n  title: T\n  when: c. 1960\n  facts: f-ada\n  people: " + id + "\n");
  CHECK(seconds_since(t0) < 2.0);
  CHECK(has_message(r, "is not a valid id"));
  // The message shortens the word, and the source line is shown as a window.
  CHECK(r.diagnostics[0].message.size() < 120);
  CHECK(r.diagnostics[0].source_line.size() < 200);
}

TEST_CASE("a file over the size limit is refused with a diagnostic") {
  std::string big(kMaxScriptBytes + 1, '#');
  auto r = load_with_base(big);
  CHECK(has_message(r, "file too large (16 MB; the limit is 16 MB)"));
  CHECK_FALSE(r.story);
}

TEST_CASE("a 10 MB story loads") {
  std::string text;
  text.reserve(11 << 20);
  int i = 0;
  while (text.size() < (10u << 20)) {
    text += "moment m" + std::to_string(i) + "\n  title: Moment " + std::to_string(i) +
            "\n  when: about 1 year after ada-leaves\n  lane: ada\n  facts: f-ada\n  summary: " +
            std::string(400, 's') + "\n\n";
    ++i;
  }
  auto t0 = std::chrono::steady_clock::now();
  auto r = load_with_base(text);
  CHECK(seconds_since(t0) < 20.0);
  CHECK(r.errors() == 0);
  REQUIRE(r.story);
  CHECK(r.story->moments.size() == static_cast<std::size_t>(i) + 1);
}

TEST_CASE("deep nesting and long relative-date chains do not overflow the stack") {
  std::string deep = "moment m\n  title: T\n  when: 1960\n  facts: f-ada\n  beats:\n";
  for (int i = 0; i < 2000; ++i) deep += std::string(static_cast<std::size_t>(4 + 2 * i), ' ') + "if reached part-one:\n";
  auto r = load_with_base(deep);
  CHECK(has_message(r, "lines are nested too deeply"));

  std::string chain = "moment c0\n  title: T\n  when: 1900\n  facts: f-ada\n";
  for (int i = 1; i < 20000; ++i)
    chain += "moment c" + std::to_string(i) + "\n  title: T\n  when: 1 day after c" + std::to_string(i - 1) +
             "\n  facts: f-ada\n";
  auto c = load_with_base(chain);
  CHECK(c.errors() == 0);
  REQUIRE(c.story);
  CHECK(c.story->moments[static_cast<std::size_t>(c.story->moment("c19999"))].when.estimate ==
        Approx(1900 + 19999 / 365.25));
}

TEST_CASE("no files, and a folder that does not exist") {
  auto none = load_story_files({});
  CHECK(none.errors() == 1);
  CHECK(none.diagnostics[0].message == "no .story files found");
  auto missing = load_story(script_test::kScripts / "no-such-folder");
  CHECK(missing.errors() == 1);
  CHECK(missing.diagnostics[0].message == "cannot open the story folder");
  CHECK_FALSE(missing.story);
}

// A story of 1 MB or more reads its files' trees on a second thread (loader.cpp): what it
// reports must be what the one-thread path reports, in the same order, at the same places.
TEST_CASE("a large story's diagnostics are the same as a small one's, file by file") {
  auto files = [](std::size_t padding) {
    std::string pad;
    for (std::string line = "# a comment line that pads the file out to a large size\n"; pad.size() < padding;)
      pad += line;
    return std::vector<ScriptFile>{
        {"a.story", "theme t\n  name: Theme\n\tdescription: a tab\n" + pad},
        {"b.story", "theme u\n  name: Other\n  bogus: 1\n" + pad},
        {"c.story", "moment m\n  title: T\n  lane: nowhere\n"}};
  };
  auto diagnostics = [](const LoadResult& r) {
    std::vector<std::string> out;
    for (const Diagnostic& d : r.diagnostics) out.push_back(format_diagnostic(d));
    return out;
  };
  LoadResult small = load_story_files(files(1000));
  LoadResult large = load_story_files(files(600u << 10));  // 1.2 MB in all: two threads
  std::vector<std::string> expected = diagnostics(small), got = diagnostics(large);
  INFO(all_text(large));
  CHECK(got == expected);
  CHECK(small.errors() == large.errors());
  bool in_a = false, in_b = false, in_c = false;
  for (const std::string& d : got) {
    in_a = in_a || d.rfind("a.story:3:", 0) == 0;
    in_b = in_b || d.rfind("b.story:3:", 0) == 0;
    in_c = in_c || d.rfind("c.story:", 0) == 0;
  }
  CHECK(in_a);  // found while reading the tree (the tab)
  CHECK(in_b);  // found while reading the blocks (the unknown key)
  CHECK(in_c);  // found when resolving (the unknown lane)
}
