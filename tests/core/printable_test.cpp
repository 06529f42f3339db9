// Text from outside echoed to a terminal: control bytes escaped, long text cut, UTF-8 kept.
#include <catch2/catch.hpp>

#include <string>

#include "core/script/diagnostic.hpp"
#include "core/layout/genogram_style.hpp"
#include "core/settings/settings.hpp"
#include "core/settings/theme.hpp"
#include "core/util/printable.hpp"

TEST_CASE("Echoed outside text: control bytes are escaped, UTF-8 kept, long text cut", "[printable]") {
  CHECK(lineage::printable("a\nb\r\t\x1b[31m\x7f caf\xC3\xA9 \xFF") == "a\\nb\\r\\t\\x1B[31m\\x7F caf\xC3\xA9 \\xFF");
  CHECK(lineage::printable(std::string(1000, 'x'), 10) == "xxxxxxxxxx... (990 more bytes)");
}

TEST_CASE("Echoed outside text: a file name with a newline keeps a diagnostic on one line", "[printable]") {
  lineage::Diagnostic d;
  d.loc.file = "story/evil\nname.story";
  d.loc.line = 3;
  d.loc.column = 4;
  d.message = "something is wrong";
  std::string first_line = lineage::format_diagnostic(d);
  first_line = first_line.substr(0, first_line.find('\n'));
  CHECK(first_line == "story/evil\\nname.story:3:4: error: something is wrong");
}

TEST_CASE("Echoed outside text: a 1 MB bad settings line is cut and escaped in the warning", "[printable][settings]") {
  std::string line = "\x1b]0;owned\x07" + std::string(1 << 20, 'A');
  auto load = lineage::parse_settings(line + "\n");
  REQUIRE(load.corrupt);
  CHECK(load.warning.size() < 400);
  CHECK(load.warning.find('\x1b') == std::string::npos);
  CHECK(load.warning.find('\x07') == std::string::npos);
  CHECK(load.warning.find("\\x1B]0;owned") != std::string::npos);
}

TEST_CASE("Echoed outside text: a huge bad theme or genogram value is cut and escaped", "[printable][settings]") {
  std::string value = "\x1b[2J" + std::string(1 << 20, 'B');
  // As a value of a known key and as an unknown key: both are quoted in the warning.
  auto theme = lineage::parse_theme("colour.text = " + value + "\n" + value + " = 1\n", "theme.conf");
  REQUIRE_FALSE(theme.warnings.empty());
  for (const auto& warning : theme.warnings) {
    CHECK(warning.size() < 400);
    CHECK(warning.find('\x1b') == std::string::npos);
  }
  auto style = lineage::parse_genogram_style(value + " = 1\n", "genogram.conf");
  REQUIRE_FALSE(style.warnings.empty());
  CHECK(style.warnings[0].size() < 400);
  CHECK(style.warnings[0].find('\x1b') == std::string::npos);
}
