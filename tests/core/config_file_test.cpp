// The line walk every `name = value` file shares.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/util/config_file.hpp"

TEST_CASE("config lines: blanks and comments skipped, numbers kept, a line without = reported", "[settings]") {
  std::vector<std::string> seen;
  lineage::for_each_config_line("# a comment\n\n  colour.text = #fff \r\nno equals sign\nsize.ui=15",
                                [&](int number, std::string_view key, std::string_view value, std::string_view line) {
                                  seen.push_back(std::to_string(number) + "|" + std::string(key) + "|" +
                                                 std::string(value) + "|" + std::string(line));
                                });
  CHECK(seen == std::vector<std::string>{"3|colour.text|#fff|colour.text = #fff", "4|||no equals sign",
                                         "5|size.ui|15|size.ui=15"});
  CHECK_FALSE(lineage::read_text_file("/no/such/lineage/file").has_value());
}
