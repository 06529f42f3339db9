// StoryWatcher: notices added, removed and saved *.story files, and nothing else.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "core/script/watch.hpp"

namespace fs = std::filesystem;

TEST_CASE("the watcher notices story files changing, and only those") {
  fs::path dir = fs::temp_directory_path() / "lineage-watch-test";
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  std::ofstream(dir / "a.story") << "theme t\n  name: T\n";
  lineage::StoryWatcher w(dir);
  CHECK_FALSE(w.changed());

  std::ofstream(dir / "notes.txt") << "not a script";
  CHECK_FALSE(w.changed());

  std::ofstream(dir / "sub" / "b.story") << "theme u\n";
  CHECK(w.changed());
  CHECK_FALSE(w.changed());  // reported once

  std::ofstream(dir / "a.story", std::ios::app) << "  description: longer\n";  // size changes
  CHECK(w.changed());

  auto t = fs::last_write_time(dir / "a.story");  // same size, new time
  fs::last_write_time(dir / "a.story", t + std::chrono::seconds(5));
  CHECK(w.changed());

  fs::remove(dir / "sub" / "b.story");
  CHECK(w.changed());
  CHECK_FALSE(w.changed());
  fs::remove_all(dir);
}

TEST_CASE("a watcher on a missing folder reports nothing and does not throw") {
  lineage::StoryWatcher w(fs::temp_directory_path() / "lineage-no-such-folder");
  CHECK_FALSE(w.changed());
}
