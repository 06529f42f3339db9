// Frame times of every screen: each scene rendered offscreen at 1920x1080 with the software
// renderer through the real App, rasterising every frame, while it animates or sits still, and
// stepped with the clicker's key every 30 frames. Prints the median and 99th percentile.
// Usage: bench_scenes [FRAMES]     Target (project): every scene's p99 under 16.7 ms (60 fps).
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "app/app.hpp"
#include "scenes/scene_table.hpp"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
  int frames = argc > 1 ? std::max(60, std::atoi(argv[1])) : 300;
  fs::path data = fs::temp_directory_path() / ("lineage-bench-scenes-" + std::to_string(::getpid()));
  fs::create_directories(data);
  bool all_met = true;
  for (const lineage::SceneEntry& entry : lineage::scene_table()) {
    const char* scene = entry.name;
    std::vector<std::string> args = {"--screenshot", (data / "unused.png").string(), "--size", "1920x1080",
                                     "--scene", scene, "--data-dir", data.string()};
    lineage::App app(lineage::parse_options(args).options);
    std::string error;
    if (!app.start(error)) {
      std::fprintf(stderr, "bench_scenes: %s\n", error.c_str());
      return 2;
    }
    app.settle();
    std::vector<double> ms;
    for (int f = 0; f < frames; ++f) {
      if (f % 30 == 29) app.press_key("Right");
      auto start = Clock::now();
      app.frame(1.0 / 60.0, true);
      ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(ms.begin(), ms.end());
    double median = ms[ms.size() / 2], p99 = ms[std::min(ms.size() - 1, static_cast<std::size_t>(ms.size() * 0.99))];
    bool met = p99 < 16.7;
    all_met = all_met && met;
    std::printf("%-12s 1920x1080 software: median %6.2f ms, p99 %6.2f ms, worst %6.2f ms  %s\n", scene, median, p99,
                ms.back(), met ? "" : "(over 16.7 ms)");
  }
  fs::remove_all(data);
  std::printf("%s\n", all_met ? "every scene within 60 fps" : "NOT every scene within 60 fps");
  return all_met ? 0 : 1;
}
