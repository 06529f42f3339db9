// Class responses started and ended again and again (a teacher's whole day, or the soak):
// each server closes on a thread of its own, and every finished closer is joined, so they do
// not pile up (each kept its stack until the program ended).
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <thread>

#include "offscreen.hpp"
#include "scenes/class/class_panel.hpp"

using namespace lineage;

TEST_CASE("Class responses: servers that have closed are joined, not kept to the end", "[class][closing]") {
  auto dir = testing::temp_dir("class-closing");
  ClassResponses responses;
  for (int i = 0; i < 12; ++i) {
    REQUIRE(responses.start(dir / "class.db", "127.0.0.1", 0, ""));
    CHECK(responses.running());
    responses.end();
    CHECK_FALSE(responses.running());
  }
  // The last closer may still be closing; the rest have been joined by now or are once
  // they finish (pump, called every frame, joins them).
  auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (responses.closing_threads() > 0 && std::chrono::steady_clock::now() < until) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    responses.pump();
  }
  CHECK(responses.closing_threads() == 0);
  std::filesystem::remove_all(dir);
}
