// Benchmark of the timeline scene: renders it offscreen at 1920x1080 with the software renderer,
// through the real App (input path, ImGui, SDL2_ttf text, rasterising every frame), for the
// bundled story and for a synthetic story of 10,000 moments. Each run pans by dragging on every
// frame and zooms with the wheel every 40 frames (so label layout is redone while zooms animate),
// then prints the median and 99th-percentile frame times.
// Usage: bench_timeline [FRAMES]     Targets (issue 5): bundled median < 4 ms; 10k p99 < 16.7 ms.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "app/app.hpp"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

// Four generations, each the previous one's daughter, and `moments` moments spread over them
// (with uncertain dates, themes, and an echo on every tenth).
std::string synthetic_story(int moments) {
  std::string s;
  s += "book bench\n  title: Bench\n  author: Nobody\n\nsource notes\n  lines: 10\n\n";
  s += "fact f1\n  text: A fact.\n  cite: notes:1\n\n";
  s += "milestone part-one\n  title: Part one\n  order: 1\n\n";
  const char* colours[] = {"#8fa6cc", "#cf8f9b", "#dcaa6c", "#a98fdc"};
  const char* themes[] = {"#d4a373", "#bc4749", "#8e5572", "#6a994e"};
  for (int t = 0; t < 4; ++t)
    s += "theme t" + std::to_string(t) + "\n  name: Theme " + std::to_string(t) + "\n  colour: " + themes[t] + "\n\n";
  for (int l = 0; l < 4; ++l) {
    std::string id = "p" + std::to_string(l);
    s += "lane " + id + "\n  title: Woman " + std::to_string(l) + "\n  person: " + id + "\n  order: " +
         std::to_string(l + 1) + "\n\n";
    s += "person " + id + "\n  name: Woman " + std::to_string(l) + "\n  lane: " + id + "\n  sex: female\n  colour: " +
         colours[l] + "\n  born: c. " + std::to_string(1900 + 27 * l) + " ± 3\n  facts: f1\n\n";
    if (l > 0) s += "parent p" + std::to_string(l - 1) + " -> " + id + "\n\n";
  }
  for (int i = 0; i < moments; ++i) {
    int lane = i % 4;
    double year = 1900 + 27 * lane + 15 + (i / 4) * (70.0 / (moments / 4));
    char when[64];
    std::snprintf(when, sizeof when, "c. %.2f ± %d", year, 1 + i % 3);
    s += "moment m" + std::to_string(i) + "\n  title: Moment number " + std::to_string(i) + " of the bench\n  when: " +
         when + "\n  lane: p" + std::to_string(lane) + "\n  themes: t" + std::to_string(i % 4) + "\n  facts: f1\n";
    if (i % 10 == 0 && i + 4 < moments) s += "  echoes: m" + std::to_string(i + 4) + "\n";
    s += "  summary: A moment.\n\n";
  }
  return s;
}

struct Figures {
  double median = 0, p99 = 0, worst = 0;
};

Figures run(const std::string& story_dir, const fs::path& data_dir, int frames) {
  std::vector<std::string> args = {"--screenshot", (data_dir / "unused.png").string(), "--size", "1920x1080",
                                   "--scene", "timeline", "--data-dir", data_dir.string()};
  if (!story_dir.empty()) args.insert(args.end(), {"--story", story_dir});
  lineage::ParseResult parsed = lineage::parse_options(args);
  lineage::App app(parsed.options);
  std::string error;
  if (!app.start(error)) {
    std::fprintf(stderr, "bench_timeline: %s\n", error.c_str());
    std::exit(2);
  }
  app.settle();
  // Press in the middle of the plot, then drag a little on every frame.
  app.move_pointer(960, 500);
  app.press_pointer(960, 500);
  std::vector<double> ms;
  int x = 960;
  for (int f = 0; f < frames; ++f) {
    int dx = (f / 60) % 2 ? -4 : 4;
    x += dx;
    app.move_pointer(static_cast<float>(x), 500, true);
    if (f % 40 == 20) app.turn_wheel((f / 40) % 4 < 2 ? 2.0f : -2.0f);
    auto start = Clock::now();
    app.frame(1.0 / 60.0, true);
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  std::sort(ms.begin(), ms.end());
  const lineage::DrawDataStats& d = app.last_draw();
  std::printf("  last frame: %d solid rects (%ld px), %d gradients (%ld px), %d SDL copies + %d text masks (%ld px), "
              "%d solid triangles (%ld px), %d geometry batches for SDL (%d triangles, ~%ld px)\n",
              d.solid_rects, d.solid_pixels, d.gradient_rects, d.gradient_pixels, d.copies, d.mask_copies, d.copy_pixels,
              d.direct_triangles, d.direct_triangle_pixels, d.geometry_batches, d.geometry_triangles, d.geometry_pixels);
  Figures out;
  out.median = ms[ms.size() / 2];
  out.p99 = ms[std::min(ms.size() - 1, static_cast<std::size_t>(ms.size() * 0.99))];
  out.worst = ms.back();
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  int frames = argc > 1 ? std::max(100, std::atoi(argv[1])) : 600;
  fs::path tmp = fs::temp_directory_path() / ("lineage-bench-timeline-" + std::to_string(::getpid()));
  fs::create_directories(tmp / "data");
  fs::create_directories(tmp / "story");
  std::ofstream(tmp / "story" / "bench.story") << synthetic_story(10000);

  Figures bundled = run("", tmp / "data", frames);
  std::printf("timeline 1920x1080, software renderer, bundled story: median %.2f ms, p99 %.2f ms, worst %.2f ms"
              "  (target: median < 4 ms)\n", bundled.median, bundled.p99, bundled.worst);
  Figures big = run((tmp / "story").string(), tmp / "data", frames);
  std::printf("timeline 1920x1080, software renderer, 10,000 moments: median %.2f ms, p99 %.2f ms, worst %.2f ms"
              "  (target: p99 < 16.7 ms)\n", big.median, big.p99, big.worst);
  fs::remove_all(tmp);
  bool ok = bundled.median < 4.0 && big.p99 < 16.7;
  std::printf("%s\n", ok ? "targets met" : "targets NOT met");
  return ok ? 0 : 1;
}
