// Frame times of every screen: each scene rendered offscreen at 1920x1080 with the software
// renderer through the real App, drawing every frame (even one identical to the last), while it
// animates or sits still, and stepped with the clicker's key every 30 frames. Prints the median
// and 99th percentile. Then each scene again as a window runs it, a frame identical to the last
// not drawn again (platform/frame_memory.hpp): labelled "unchanged frames skipped".
// Then the lineage view and story mode again with a synthetic family of 200 people (a saga of
// eight generations, 2,000 moments), and the lineage view with 1,000 people (ten generations):
// their frames must not grow with the story.
// Usage: bench_scenes [FRAMES]     Target (project): every scene's p99 under 16.7 ms (60 fps).
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "app/app.hpp"
#include "core/script/loader.hpp"
#include "scenes/scene_table.hpp"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double cpu_now_ms() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// A family of `people` in a binary tree of parents (p0 the eldest; p(i)'s children are p(2i+1)
// and p(2i+2)), each generation born 25 years after the last, four of them with lanes, and
// `moments` moments each naming two of them, with beats for story mode.
std::string family_story(int people, int moments) {
  std::string s = "book bench\n  title: Bench\n  author: Nobody\n\nsource notes\n  lines: 10\n\n"
                  "fact f1\n  text: A fact.\n  cite: notes:1\n\nmilestone part-one\n  title: Part one\n  order: 1\n\n"
                  "theme t\n  name: Theme\n  colour: #8e5572\n\n";
  auto generation = [](int i) {
    int g = 0;
    for (int n = i + 1; n > 1; n /= 2) ++g;
    return g;
  };
  for (int i = 0; i < people; ++i) {
    std::string id = "p" + std::to_string(i);
    s += "person " + id + "\n  name: Person " + std::to_string(i) + "\n  sex: " + (i % 2 ? "male" : "female") +
         "\n  born: c. " + std::to_string(1800 + 25 * generation(i)) + " ± 3\n  facts: f1\n  description: Of the " +
         std::to_string(generation(i) + 1) + "th generation, like Person " + std::to_string((i + 1) % people) +
         ".\n  narrator-note: As Person " + std::to_string((i + 2) % people) + " tells it.\n";
    if (i < 4) s += "  lane: " + id + "\n";
    s += "\n";
    if (i < 4) s += "lane " + id + "\n  title: Lane " + id + "\n  person: " + id + "\n  order: " + std::to_string(i + 1) + "\n\n";
    if (i > 0) s += "parent p" + std::to_string((i - 1) / 2) + " -> " + id + "\n\n";
  }
  for (int i = 0; i < moments; ++i) {
    int a = i % people, b = (i * 7 + 3) % people;
    char when[32];
    std::snprintf(when, sizeof when, "c. %.2f ± 1", 1810 + 200.0 * i / moments);
    s += "moment m" + std::to_string(i) + "\n  title: Moment " + std::to_string(i) + "\n  when: " + when +
         "\n  lane: p" + std::to_string(i % 4) + "\n  people: p" + std::to_string(a) + (a == b ? "" : ", p" + std::to_string(b)) +
         "\n  themes: t\n  facts: f1\n  summary: A moment of the family.\n  beats:\n    narrate: Told one beat at a time.\n"
         "    say p" + std::to_string(a) + ": A line.\n    narrate: And another.\n\n";
  }
  return s;
}

struct Run {
  double median = 0, p99 = 0, worst = 0, cpu_median = 0, cpu_p99 = 0;
};

// `scene` offscreen at 1920x1080 for `frames` frames, the clicker's key every 30; exits 2 if the
// app cannot start.
Run run_scene(const char* scene, const fs::path& data, int frames, const std::string& story = {}) {
  std::vector<std::string> args = {"--screenshot", (data / "unused.png").string(), "--size", "1920x1080",
                                   "--scene", scene, "--data-dir", data.string()};
  if (!story.empty()) args.insert(args.end(), {"--story", story});
  lineage::App app(lineage::parse_options(args).options);
  std::string error;
  if (!app.start(error)) {
    std::fprintf(stderr, "bench_scenes: %s\n", error.c_str());
    std::exit(2);
  }
  app.draw_every_frame(true);
  app.settle();
  std::vector<double> ms, cpu;
  for (int f = 0; f < frames; ++f) {
    if (f % 30 == 29) app.press_key("Right");
    auto start = Clock::now();
    double cpu_start = cpu_now_ms();
    app.frame(1.0 / 60.0, true);
    cpu.push_back(cpu_now_ms() - cpu_start);
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  std::sort(ms.begin(), ms.end());
  std::sort(cpu.begin(), cpu.end());
  auto p99 = [](const std::vector<double>& v) { return v[std::min(v.size() - 1, static_cast<std::size_t>(v.size() * 0.99))]; };
  return {ms[ms.size() / 2], p99(ms), ms.back(), cpu[cpu.size() / 2], p99(cpu)};
}

// Every scene of the bundled story, `frames` frames each; `every_frame`: draw even unchanged frames.
bool run_every_scene(const fs::path& data, int frames, bool every_frame) {
  bool all_met = true;
  for (const lineage::SceneEntry& entry : lineage::scene_table()) {
    const char* scene = entry.name;
    std::vector<std::string> args = {"--screenshot", (data / "unused.png").string(), "--size", "1920x1080",
                                     "--scene", scene, "--data-dir", data.string()};
    lineage::App app(lineage::parse_options(args).options);
    std::string error;
    if (!app.start(error)) {
      std::fprintf(stderr, "bench_scenes: %s\n", error.c_str());
      std::exit(2);
    }
    app.draw_every_frame(every_frame);
    app.settle();
    std::vector<double> ms;
    int unchanged = 0;
    for (int f = 0; f < frames; ++f) {
      if (f % 30 == 29) app.press_key("Right");
      auto start = Clock::now();
      app.frame(1.0 / 60.0, true);
      ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
      unchanged += app.last_draw().unchanged ? 1 : 0;
    }
    std::sort(ms.begin(), ms.end());
    double median = ms[ms.size() / 2], p99 = ms[std::min(ms.size() - 1, static_cast<std::size_t>(ms.size() * 0.99))];
    bool met = p99 < 16.7;
    all_met = all_met && met;
    if (every_frame)
      std::printf("%-12s 1920x1080 software: median %6.2f ms, p99 %6.2f ms, worst %6.2f ms  %s\n", scene, median, p99,
                  ms.back(), met ? "" : "(over 16.7 ms)");
    else
      std::printf("%-12s 1920x1080 software, unchanged frames skipped: median %6.2f ms, p99 %6.2f ms, worst %6.2f ms; "
                  "%d of %d frames unchanged\n",
                  scene, median, p99, ms.back(), unchanged, frames);
  }
  return all_met;
}

}  // namespace

int main(int argc, char** argv) {
  int frames = argc > 1 ? std::max(60, std::atoi(argv[1])) : 300;
  fs::path data = fs::temp_directory_path() / ("lineage-bench-scenes-" + std::to_string(::getpid()));
  fs::create_directories(data);
  bool all_met = run_every_scene(data, frames, true);
  // Families of 200 and 1,000 people: the lineage view and story mode (200) and the lineage
  // view alone (1,000: the genogram is what grows with the family), wall and processor time.
  struct Family {
    int people;
    std::vector<const char*> scenes;
  };
  for (const Family& f : {Family{200, {"lineage", "story"}}, Family{1000, {"lineage"}}}) {
    fs::path family = data / ("family-" + std::to_string(f.people));
    fs::create_directories(family);
    std::ofstream(family / "family.story") << family_story(f.people, 2000);
    lineage::LoadResult loaded = lineage::load_story(family);
    if (loaded.errors() > 0 || loaded.people != f.people) {
      std::fprintf(stderr, "bench_scenes: the family story does not load (%d errors, %d people)%s%s\n",
                   loaded.errors(), loaded.people, loaded.diagnostics.empty() ? "" : ": ",
                   loaded.diagnostics.empty() ? "" : loaded.diagnostics[0].message.c_str());
      return 2;
    }
    for (const char* scene : f.scenes) {
      Run r = run_scene(scene, data, frames, family.string());
      bool met = r.p99 < 16.7;
      all_met = all_met && met;
      std::printf("%-12s 1920x1080 software, %d people, 2000 moments: median %6.2f ms, p99 %6.2f ms, worst %6.2f ms "
                  "wall; median %.2f ms, p99 %.2f ms processor time  %s\n",
                  scene, f.people, r.median, r.p99, r.worst, r.cpu_median, r.cpu_p99, met ? "" : "(over 16.7 ms)");
    }
  }
  // As a window runs them: a frame identical to the last one drawn is not drawn again (the figures
  // above draw every frame: those compare with earlier versions).
  std::printf("and as a window draws them, a frame identical to the last one drawn not drawn again:\n");
  run_every_scene(data, frames, false);
  fs::remove_all(data);
  std::printf("%s\n", all_met ? "every scene within 60 fps" : "NOT every scene within 60 fps");
  return all_met ? 0 : 1;
}
