// `lineage check` and `lineage dump --json`: output, summary line, exit codes, JSON schema.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <sstream>

#include "core/script/check.hpp"
#include "core/script/json_dump.hpp"
#include "script_test_util.hpp"

using namespace lineage;
namespace fs = std::filesystem;

namespace {
fs::path scratch(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("lineage-script-test-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}
}  // namespace

TEST_CASE("check on a clean story prints only the summary and returns 0") {
  std::ostringstream out;
  fs::path dir = script_test::kScripts / "valid";
  CHECK(check_command(dir, out) == 0);
  CHECK(out.str() == dir.generic_string() + ": 2 files, 4 people, 3 moments, 4 prompts; 0 errors, 0 warnings\n");
}

TEST_CASE("check on a broken copy prints file:line:col diagnostics and returns 1") {
  fs::path dir = scratch("check");
  fs::copy_file(script_test::kScripts / "base.story", dir / "base.story");
  fs::copy_file(script_test::kScripts / "notes.txt", dir / "notes.txt");
  std::ofstream(dir / "broken.story") << "person cal\n  name: Cal\n  lane: ade\n  facts: f-ada\n";
  std::ostringstream out;
  CHECK(check_command(dir, out) == 1);
  std::string name = (dir / "broken.story").generic_string();
  CHECK(out.str() == name + ":3:9: error: unknown lane `ade`\n"
                            "    lane: ade\n"
                            "          ^~~\n"
                            "  hint: did you mean `ada`?\n" +
                         dir.generic_string() + ": 2 files, 3 people, 1 moment, 1 prompt; 1 error, 0 warnings\n");
  fs::remove_all(dir);
}

TEST_CASE("warnings alone do not fail check") {
  fs::path dir = scratch("warn");
  fs::copy_file(script_test::kScripts / "base.story", dir / "base.story");
  fs::copy_file(script_test::kScripts / "notes.txt", dir / "notes.txt");
  std::ofstream(dir / "w.story") << "person cal\n  name: Cal\n";
  std::ostringstream out;
  CHECK(check_command(dir, out) == 0);
  CHECK(out.str().find("warning: person `cal` cites no fact") != std::string::npos);
  CHECK(out.str().find("; 0 errors, 1 warning\n") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("dump --json writes the resolved model with ids for references") {
  std::ostringstream out;
  CHECK(dump_command(script_test::kScripts / "valid", out) == 0);
  auto j = nlohmann::json::parse(out.str());
  CHECK(j["schema"] == "lineage-story");
  CHECK(j["version"] == 1);
  CHECK(j["ok"] == true);
  CHECK(j["summary"]["moments"] == 3);
  CHECK(j["diagnostics"].empty());
  const auto& s = j["story"];
  CHECK(s["book"]["title"] == "The Lamp");
  CHECK(s["people"][0]["id"] == "ada");
  CHECK(s["people"][0]["lane"] == "ada");
  CHECK(s["people"][0]["born"]["estimate"] == 1930.0);
  CHECK(s["people"][0]["born"]["uncertainty"] == 5.0);
  CHECK(s["people"][0]["born"]["earliest"] == 1925.0);
  CHECK(s["people"][3]["born"].is_null());
  CHECK(s["parents"][0]["parent"] == "ada");
  CHECK(s["parents"][0]["child"] == "bea");
  CHECK(s["partnerships"][0]["status"] == "divorced");
  CHECK(s["bonds"][1]["mutual"] == true);
  CHECK(s["moments"][1]["when"]["estimate"] == 1963.0);
  CHECK(s["moments"][0]["beats"][2]["kind"] == "quote");
  CHECK(s["moments"][0]["beats"][2]["cites"][0]["source"] == "notes");
  CHECK(s["moments"][0]["beats"][9]["conditions"][0]["kind"] == "chose");
  CHECK(s["chronological"] == nlohmann::json({"ada-leaves", "wedding", "dan-leaves"}));
  CHECK(s["telling_order"] == nlohmann::json({"wedding", "ada-leaves"}));
  CHECK(s["prompts"][3]["options"].size() == 4);
  CHECK(s["prompts"][3]["confidence"] == "How sure are you?");
  CHECK(s["readings"].size() == 4);
  CHECK(s["readings"][0] == nlohmann::json({{"id", "nature"}, {"text", "It points to something in Ada"},
                                            {"title", "Something in Ada"}, {"colour", "#c77d9bff"},
                                            {"loc", s["readings"][0]["loc"]}}));
  CHECK(s["readings"][1]["colour"].is_null());
  CHECK(s["balances"][0]["left"] == nlohmann::json({"nature"}));
  CHECK(s["balances"][0]["right"] == nlohmann::json({"pattern", "circumstance"}));
  CHECK(s["prompts"][2]["scale"]["points"] == 7);
  CHECK(s["prompts"][0]["about"] == nlohmann::json({{"kind", "moment"}, {"id", "ada-leaves"}}));
  CHECK(s["cards"][0]["about"]["kind"] == "person");
  CHECK(s["facts"][0]["cites"][0]["line"] == 3);
  CHECK(s["themes"][0]["colour"] == "#8e5572ff");
}

TEST_CASE("dump --json of a broken story has the diagnostics and a null story") {
  auto r = script_test::load_with_base(std::string("theme t\n  name: caf\xFF\n"));
  auto j = nlohmann::json::parse(dump_json(r));  // invalid UTF-8 is replaced, never thrown
  CHECK(j["ok"] == false);
  CHECK(j["story"].is_null());
  REQUIRE(j["diagnostics"].size() == 1);
  CHECK(j["diagnostics"][0]["severity"] == "error");
  CHECK(j["diagnostics"][0]["file"] == "snippet.story");
  CHECK(j["diagnostics"][0]["line"] == 2);
  CHECK(j["diagnostics"][0]["column"] == 12);
}

TEST_CASE("the bundled story checks clean", "[bundled]") {
  std::ostringstream out;
  int rc = check_command(fs::path(LINEAGE_SOURCE_DIR) / "story", out);
  INFO(out.str());
  CHECK(rc == 0);
}
