// Benchmark of the story-script loader: parse + resolve throughput on a synthetic story of
// 10,000 moments (~5 MB, generated in memory), the time for 1 MB of script, and the time to
// load the bundled story. Usage: bench_story_load [STORY_DIR]   (default: the source tree's story/)
// Targets (issue 3): bundled story < 5 ms, 1 MB < 20 ms.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "core/script/loader.hpp"

namespace {

using Clock = std::chrono::steady_clock;

// A story of `moments` moments across 4 lanes, with relative dates, beats and prompts.
std::string synthetic_story(int moments) {
  std::string s;
  s.reserve(static_cast<std::size_t>(moments) * 560 + 4096);
  s += "book bench\n  title: Bench\n  author: Nobody\n\nsource notes\n  lines: 100\n  exclude: 90-100\n\n";
  for (int f = 0; f < 50; ++f)
    s += "fact f" + std::to_string(f) + "\n  text: A fact in our own words, number " + std::to_string(f) +
         ".\n  cite: notes:" + std::to_string(f + 1) + "\n\n";
  s += "milestone part-one\n  title: Part one\n  order: 1\n\ntheme t\n  name: Theme\n  colour: #8e5572\n\n";
  for (int l = 0; l < 4; ++l) {
    std::string id = "p" + std::to_string(l);
    s += "lane " + id + "\n  title: Lane " + id + "\n  person: " + id + "\n  order: " + std::to_string(l) + "\n\n";
    s += "person " + id + "\n  name: Person " + id + "\n  lane: " + id + "\n  colour: #7b6d8d\n  born: c. " +
         std::to_string(1900 + 25 * l) + " ± 5\n  facts: f1\n\n";
  }
  for (int i = 0; i < moments; ++i) {
    std::string id = "m" + std::to_string(i), lane = "p" + std::to_string(i % 4);
    std::string when = i < 4 ? "c. " + std::to_string(1920 + i) + " ± 2"
                             : "about 1 month after m" + std::to_string(i - 4) + " ± 0.5";
    s += "moment " + id + "\n  title: Moment number " + std::to_string(i) + "\n  when: " + when + "\n  lane: " + lane +
         "\n  people: " + lane + "\n  themes: t\n  milestone: part-one\n  facts: f" + std::to_string(i % 50) +
         ", f" + std::to_string((i + 7) % 50) +
         "\n  summary: A summary of the moment, long enough to be a sentence or two of text that a\n"
         "    teacher would write, continued on a second line.\n  tableau: kitchen\n  mood: night\n"
         "  beats:\n    narrate: Our own words, told one beat at a time.\n    say " + lane +
         ": An attributed line.\n    pause: 1.5\n    if reached part-one:\n      narrate: Only later.\n\n";
    if (i % 10 == 0)
      s += "prompt q" + std::to_string(i) + "\n  about: " + id + "\n  kind: choice\n  text: Which?\n"
           "  option a: One\n  option b: Two\n  discussion a: Talk.\n\n";
  }
  return s;
}

// Best of `runs` loads; results are kept until the end so that freeing them is not timed.
template <class F>
double best_ms(int runs, F&& load) {
  double best = 1e300;
  std::vector<lineage::LoadResult> keep;
  keep.reserve(static_cast<std::size_t>(runs));
  for (int i = 0; i < runs; ++i) {
    auto t0 = Clock::now();
    keep.push_back(load());
    best = std::min(best, std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 2) {  // write the synthetic story to a file, for profiling
    std::FILE* f = std::fopen(argv[2], "wb");
    std::string s = synthetic_story(10000);
    std::fwrite(s.data(), 1, s.size(), f);
    std::fclose(f);
    return 0;
  }
  std::filesystem::path bundled = argc > 1 ? argv[1] : LINEAGE_SOURCE_DIR "/story";

  std::string big = synthetic_story(10000);
  int errors = 0;
  std::vector<lineage::ScriptFile> big_files{{"synthetic.story", big}};
  double big_ms = best_ms(5, [&] {
    auto r = lineage::load_story_files(big_files);
    errors = r.errors();
    return r;
  });
  double mb = static_cast<double>(big.size()) / (1 << 20);
  std::printf("synthetic story: 10000 moments, %.2f MB: %.1f ms, %.0f MB/s parse+resolve (%d errors)\n", mb, big_ms,
              mb / (big_ms / 1000), errors);

  // About 1 MB of script: the same generator, fewer moments.
  int n = static_cast<int>(10000 * (1.0 / mb));
  std::string one = synthetic_story(n);
  std::vector<lineage::ScriptFile> one_files{{"one-mb.story", one}};
  double one_ms = best_ms(10, [&] {
    auto r = lineage::load_story_files(one_files);
    errors += r.errors();
    return r;
  });
  std::printf("1 MB of script (%d moments, %.2f MB): %.2f ms (target < 20 ms)%s\n", n,
              static_cast<double>(one.size()) / (1 << 20), one_ms, one_ms < 20 ? "" : "  MISSED");

  lineage::LoadResult r;
  double bundled_ms = best_ms(20, [&] { return r = lineage::load_story(bundled); });
  std::printf("bundled story %s: %d files, %d moments: %.2f ms (target < 5 ms)%s; %d errors, %d warnings\n",
              bundled.string().c_str(), r.files, r.moments, bundled_ms, bundled_ms < 5 ? "" : "  MISSED", r.errors(),
              r.warnings());
  return errors > 0 || r.errors() > 0 ? 1 : 0;
}
