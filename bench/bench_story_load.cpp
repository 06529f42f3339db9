// Benchmark of the story-script loader: parse + resolve throughput on synthetic stories of
// 10,000 and 100,000 moments (~5 MB and ~48 MB, generated in memory; the larger one split into
// files under the 16 MB per-file limit), the time for 1 MB of script, the time to load the
// bundled story, and the peak resident memory of a fresh process that loads 1k, 10k and 100k
// moments (and the bundled story) from disk.
// Usage: bench_story_load [quick] [STORY_DIR]   (default: the source tree's story/)
//   quick: one load of each size instead of the best of several (tools/bench-smoke).
//   bench_story_load --peak-rss DIR: load DIR once, print the peak RSS (a child of the above).
//   bench_story_load write MOMENTS DIR: write a synthetic story folder (for profiling).
// Targets (issue 3): bundled story < 5 ms, 1 MB < 20 ms. Issue 20: 100k moments < 1 s.
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
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

double cpu_now_ms() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

struct Best {
  double wall_ms = 1e300, cpu_ms = 1e300;  // each the best of the runs
};

// Best of `runs` loads, wall-clock and processor time (the machine may be shared, so the
// processor time is the steadier figure); results are kept until the end so that freeing them
// is not timed.
template <class F>
Best best_of(int runs, F&& load) {
  Best best;
  std::vector<lineage::LoadResult> keep;
  keep.reserve(static_cast<std::size_t>(runs));
  for (int i = 0; i < runs; ++i) {
    auto t0 = Clock::now();
    double c0 = cpu_now_ms();
    keep.push_back(load());
    best.cpu_ms = std::min(best.cpu_ms, cpu_now_ms() - c0);
    best.wall_ms = std::min(best.wall_ms, std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
  }
  return best;
}

template <class F>
double best_ms(int runs, F&& load) {
  return best_of(runs, load).wall_ms;
}

// The synthetic story cut at block boundaries into files of at most `limit` bytes (the loader
// takes at most 16 MB per file; a large story is a folder of files).
std::vector<lineage::ScriptFile> split_story(const std::string& s, std::size_t limit) {
  std::vector<lineage::ScriptFile> files;
  std::size_t start = 0;
  while (start < s.size()) {
    std::size_t end = s.size();
    if (end - start > limit) {
      end = s.rfind("\n\nmoment ", start + limit);
      end = end == std::string::npos || end <= start ? start + limit : end + 2;
    }
    char name[32];
    std::snprintf(name, sizeof name, "synthetic-%03zu.story", files.size());
    files.push_back({name, s.substr(start, end - start)});
    start = end;
  }
  return files;
}

long peak_rss_kb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::atol(line.c_str() + 6);
  return -1;
}

// Child mode: load the story folder `dir` once and print its peak resident memory.
int rss_child(const char* dir) {
  long before = peak_rss_kb();
  lineage::LoadResult r = lineage::load_story(dir);
  long after = peak_rss_kb();
  std::printf("  %7d moments, %d files: peak RSS %.1f MB (%.1f MB before loading)%s\n", r.moments, r.files,
              after / 1024.0, before / 1024.0, r.errors() ? "  LOAD ERRORS" : "");
  return r.errors() ? 1 : 0;
}

// Runs this program again as a fresh process (so peaks do not accumulate) to load `dir`.
bool measure_rss(const std::string& dir) {
  std::fflush(stdout);
  pid_t pid = fork();
  if (pid == 0) {
    execl("/proc/self/exe", "bench_story_load", "--peak-rss", dir.c_str(), static_cast<char*>(nullptr));
    std::perror("bench_story_load: exec");
    _exit(2);
  }
  int status = 0;
  if (pid < 0 || waitpid(pid, &status, 0) < 0) return false;
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

void write_story_dir(const std::filesystem::path& dir, const std::vector<lineage::ScriptFile>& files) {
  std::filesystem::create_directories(dir);
  for (const lineage::ScriptFile& f : files) std::ofstream(dir / f.name, std::ios::binary) << f.text;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 3 && std::strcmp(argv[1], "--peak-rss") == 0) return rss_child(argv[2]);
  if (argc == 4 && std::strcmp(argv[1], "write") == 0) {  // `write MOMENTS DIR`: a story folder, for profiling
    write_story_dir(argv[3], split_story(synthetic_story(std::atoi(argv[2])), 8u << 20));
    return 0;
  }
  if (argc > 2 && std::strcmp(argv[1], "quick") != 0) {  // write the synthetic story to a file, for profiling
    std::FILE* f = std::fopen(argv[2], "wb");
    std::string s = synthetic_story(10000);
    std::fwrite(s.data(), 1, s.size(), f);
    std::fclose(f);
    return 0;
  }
  bool quick = argc > 1 && std::strcmp(argv[1], "quick") == 0;
  int first_path_arg = quick ? 2 : 1;
  std::filesystem::path bundled = argc > first_path_arg ? argv[first_path_arg] : LINEAGE_SOURCE_DIR "/story";
  if (quick) std::printf("quick run: one load of each size (timings are not the best of several)\n");

  std::string big = synthetic_story(10000);
  int errors = 0;
  std::vector<lineage::ScriptFile> big_files{{"synthetic.story", big}};
  double big_ms = best_ms(quick ? 1 : 5, [&] {
    auto r = lineage::load_story_files(big_files);
    errors = r.errors();
    return r;
  });
  double mb = static_cast<double>(big.size()) / (1 << 20);
  std::printf("synthetic story: 10000 moments, %.2f MB: %.1f ms, %.0f MB/s parse+resolve (%d errors)\n", mb, big_ms,
              mb / (big_ms / 1000), errors);

  // A hundred times the bundled story's scale: the same generator, split into files.
  bool huge_ok = false;
  {
    std::string huge = synthetic_story(100000);
    std::vector<lineage::ScriptFile> huge_files = split_story(huge, 8u << 20);
    int huge_errors = 0, huge_moments = 0;
    Best b = best_of(quick ? 1 : 3, [&] {
      auto r = lineage::load_story_files(huge_files);
      huge_errors = r.errors();
      huge_moments = r.moments;
      return r;
    });
    double huge_mb = static_cast<double>(huge.size()) / (1 << 20);
    huge_ok = b.wall_ms < 1000 && huge_errors == 0;
    std::printf("synthetic story: %d moments, %.2f MB in %zu files: %.0f ms wall, %.0f ms processor time, "
                "%.0f MB/s (target < 1 s)%s (%d errors)\n",
                huge_moments, huge_mb, huge_files.size(), b.wall_ms, b.cpu_ms, huge_mb / (b.wall_ms / 1000),
                b.wall_ms < 1000 ? "" : "  MISSED", huge_errors);
    errors += huge_errors;
  }

  // About 1 MB of script: the same generator, fewer moments.
  int n = static_cast<int>(10000 * (1.0 / mb));
  std::string one = synthetic_story(n);
  std::vector<lineage::ScriptFile> one_files{{"one-mb.story", one}};
  double one_ms = best_ms(quick ? 1 : 10, [&] {
    auto r = lineage::load_story_files(one_files);
    errors += r.errors();
    return r;
  });
  std::printf("1 MB of script (%d moments, %.2f MB): %.2f ms (target < 20 ms)%s\n", n,
              static_cast<double>(one.size()) / (1 << 20), one_ms, one_ms < 20 ? "" : "  MISSED");

  lineage::LoadResult r;
  double bundled_ms = best_ms(quick ? 1 : 20, [&] { return r = lineage::load_story(bundled); });
  std::printf("bundled story %s: %d files, %d moments: %.2f ms (target < 5 ms)%s; %d errors, %d warnings\n",
              bundled.string().c_str(), r.files, r.moments, bundled_ms, bundled_ms < 5 ? "" : "  MISSED", r.errors(),
              r.warnings());

  // Peak resident memory of a fresh process loading each size from disk (text read + model).
  namespace fs = std::filesystem;
  fs::path tmp = fs::temp_directory_path() / ("lineage-bench-story-load-" + std::to_string(::getpid()));
  std::printf("peak resident memory, one fresh process per story, loaded from disk:\n");
  bool rss_ok = measure_rss(bundled.string());
  for (int moments : {1000, 10000, 100000}) {
    fs::path dir = tmp / std::to_string(moments);
    write_story_dir(dir, split_story(synthetic_story(moments), 8u << 20));
    rss_ok = measure_rss(dir.string()) && rss_ok;
    fs::remove_all(dir);
  }
  fs::remove_all(tmp);
  if (!rss_ok) std::printf("a peak-memory child failed\n");
  return errors > 0 || r.errors() > 0 || !rss_ok ? 2 : huge_ok ? 0 : 1;
}
