// Settings persist as text; a corrupt file gives defaults, a warning, and is kept as .bad.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "core/settings/settings.hpp"

namespace fs = std::filesystem;
using namespace lineage;

namespace {
fs::path fresh_dir(const std::string& name) {
  auto dir = fs::temp_directory_path() / ("lineage-settings-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}
}  // namespace

TEST_CASE("settings round-trip through their text form", "[settings]") {
  Settings s;
  s.window_width = 1600;
  s.window_height = 900;
  s.last_scene = "timeline";
  s.interface_scale = 1.5f;
  s.reduced_motion = true;
  s.milestone = "part-two";
  s.extra["timeline.align"] = "true";
  SettingsLoad back = parse_settings(format_settings(s));
  REQUIRE(back.warning.empty());
  CHECK(back.settings.window_width == 1600);
  CHECK(back.settings.window_height == 900);
  CHECK(back.settings.last_scene == "timeline");
  CHECK(back.settings.interface_scale == Approx(1.5f));
  CHECK(back.settings.reduced_motion);
  CHECK(back.settings.milestone == "part-two");
  CHECK(back.settings.extra.at("timeline.align") == "true");
}

TEST_CASE("a missing settings file gives defaults without a warning", "[settings]") {
  auto dir = fresh_dir("missing");
  SettingsLoad load = load_settings(dir / "settings.txt");
  CHECK(load.warning.empty());
  CHECK(load.settings.window_width == 1280);
  CHECK(load.settings.last_scene == "title");
  fs::remove_all(dir);
}

TEST_CASE("a corrupt settings file gives defaults, a warning, and is kept as .bad", "[settings]") {
  auto dir = fresh_dir("corrupt");
  auto path = dir / "settings.txt";
  { std::ofstream(path) << "window.width = 1600\nwindow.height = lots\n"; }
  SettingsLoad load = load_settings(path);
  CHECK(load.corrupt);
  CHECK(load.warning.find("line 2") != std::string::npos);
  CHECK(load.settings.window_width == 1280);
  CHECK_FALSE(fs::exists(path));
  REQUIRE(fs::exists(dir / "settings.txt.bad"));
  std::ifstream kept(dir / "settings.txt.bad");
  std::string first;
  std::getline(kept, first);
  CHECK(first == "window.width = 1600");
  fs::remove_all(dir);
}

TEST_CASE("saving settings writes a file that loads back", "[settings]") {
  auto dir = fresh_dir("save");
  Settings s;
  s.last_scene = "lineage";
  REQUIRE(save_settings(dir / "nested" / "settings.txt", s).empty());
  CHECK(load_settings(dir / "nested" / "settings.txt").settings.last_scene == "lineage");
  fs::remove_all(dir);
}
