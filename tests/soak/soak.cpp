// lineage_soak: the real app, offscreen, driven by random keys, clicks, drags, wheel turns and
// typed text across every scene (after a tour that uses each key on each scene once), for a
// given time or number of actions; prints the resident memory as it goes and judges it two
// ways: the last minute's median within 10% of the first's, and no growth over the second half
// of the run (the caches are full by then: the median of its last tenth within 5% of the median
// about its middle). Run it on the sanitizer
// build for the 10-minute soak (tools/soak); CTest runs a few seconds of it.
//   lineage_soak [--seconds 600] [--seed 1] [--minute 60]
//   lineage_soak --actions 20000 [--seed 1]     (a fixed amount of work: the same on any machine)
// Exit 0: no crash and memory flat (or too short a run to judge); 1: memory grew.
// The class server, when a random key starts it, listens on loopback only (offscreen runs do),
// and the run works in a fresh temporary folder (its data folder and working directory), so
// nothing it types or exports can reach the user's files.
#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "app/app.hpp"
#include "core/cli/options.hpp"
#include "platform/output.hpp"
#include "platform/text_cache.hpp"

namespace {

double resident_mb() {
  std::ifstream statm("/proc/self/statm");
  long pages = 0, resident = 0;
  statm >> pages >> resident;
  return double(resident) * double(::sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

// The resident size's two parts: anonymous memory (heap, stacks, pixels: what the app holds)
// and file-backed pages (code of libraries loaded on first use, font files as glyphs are read).
struct ResidentParts { double anonymous = 0, files = 0; };
ResidentParts resident_parts_mb() {
  std::ifstream status("/proc/self/status");
  ResidentParts parts;
  std::string key;
  double kb = 0;
  while (status >> key) {
    if (key == "RssAnon:" && status >> kb) parts.anonymous = kb / 1024.0;
    else if (key == "RssFile:" && status >> kb) parts.files = kb / 1024.0;
  }
  return parts;
}

// What the heap holds in live allocations (glibc), beside the resident size: growth in one and
// not the other tells live data from memory freed but not handed back.
#if defined(__SANITIZE_ADDRESS__)
}  // namespace
// ASan replaces malloc (glibc's mallinfo2 then sees nothing): ask its allocator instead.
extern "C" std::size_t __sanitizer_get_current_allocated_bytes();
extern "C" std::size_t __sanitizer_get_heap_size();
extern "C" std::size_t __sanitizer_get_free_bytes();
extern "C" std::size_t __sanitizer_get_unmapped_bytes();
namespace {
double heap_in_use_mb() { return double(__sanitizer_get_current_allocated_bytes()) / (1024.0 * 1024.0); }
// What ASan's allocator has mapped, and of that what sits free (its free lists and quarantine).
std::string allocator_figures() {
  char text[160];
  std::snprintf(text, sizeof text, "; allocator mapped %.1f MB, free %.1f MB, unmapped %.1f MB",
                double(__sanitizer_get_heap_size()) / 1048576.0, double(__sanitizer_get_free_bytes()) / 1048576.0,
                double(__sanitizer_get_unmapped_bytes()) / 1048576.0);
  return text;
}
#else
double heap_in_use_mb() {
  struct mallinfo2 info = mallinfo2();
  return double(info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
}
std::string allocator_figures() {
  struct mallinfo2 info = mallinfo2();
  char text[160];
  std::snprintf(text, sizeof text, "; malloc arena %.1f MB, free in it %.1f MB",
                double(info.arena + info.hblkhd) / 1048576.0, double(info.fordblks) / 1048576.0);
  return text;
}
#endif

// What the answer fields hold: the text each reader typed and its undo history (each bounded).
double answer_bytes(lineage::App& app) {
  double bytes = 0;
  for (const auto& [id, field] : app.state().answer_fields)
    bytes += double(field.edit.text().size() + field.edit.undo_bytes());
  return bytes;
}

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

// Keys a reader might press anywhere; quitting (ctrl+q) is left out.
const std::vector<std::string> kKeys = {
    "Right", "Left", "Up", "Down", "Return", "Escape", "Tab", "Space", "PageDown", "PageUp", "Home", "End",
    "Backspace", "Delete", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10", "F12", "ctrl+k", "/",
    "a", "b", "c", "d", "g", "h", "k", "l", "n", "p", "s", "t", "v", "w", "x", ".", "1", "2", "3", "4",
    "+", "-", "ctrl+z", "ctrl+y", "ctrl+a", "ctrl+c", "ctrl+x", "ctrl+v", "ctrl+0", "ctrl+=", "ctrl+-",
    "shift+Tab", "alt+v", "ctrl+alt+v"};

const std::vector<std::string> kWords = {
    "Blythe", "Violet", "Etta", "Cecilia", "mother", "I think", "why?", "the push", "é", "ü", "漢字",
    "—", "\xF0\x9F\x98\x80", "a long thought about whose account we trust ", "\t", "\n", "  "};

}  // namespace

int main(int argc, char** argv) {
  double seconds = 600, minute = 60;
  long action_limit = 0;  // with --actions: the run is this many actions, however long
  unsigned seed = 1;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--seconds") seconds = std::atof(argv[i + 1]);
    else if (a == "--seed") seed = unsigned(std::atoi(argv[i + 1]));
    else if (a == "--minute") minute = std::atof(argv[i + 1]);  // shorter "minutes" for a short run
    else if (a == "--actions") action_limit = std::atol(argv[i + 1]);
    else {
      std::fprintf(stderr, "usage: lineage_soak [--seconds N | --actions N] [--seed N] [--minute SECONDS]\n");
      return 2;
    }
  }
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("lineage-soak-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  if (::chdir(dir.c_str()) != 0) return 2;

  lineage::ParseResult parsed = lineage::parse_options(
      {"--screenshot", (dir / "soak.png").string(), "--data-dir", (dir / "data").string(), "--size", "1280x720"});
  if (!parsed.error.empty()) {
    std::fprintf(stderr, "lineage_soak: %s\n", parsed.error.c_str());
    return 2;
  }
  auto owned = std::make_unique<lineage::App>(parsed.options);
  lineage::App& app = *owned;
  std::string error;
  if (!app.start(error)) {
    std::fprintf(stderr, "lineage_soak: %s\n", error.c_str());
    return 2;
  }

  std::mt19937 random(seed);
  auto pick = [&](std::size_t n) { return std::size_t(random() % n); };
  auto coordinate = [&](int size) { return float(random() % unsigned(size)); };
  const std::vector<std::string> scenes = {"title", "timeline", "lineage", "reflections", "story", "present",
                                           "cues", "ask", "takeaways", "themes", "class"};
  using clock = std::chrono::steady_clock;
  auto t0 = clock::now();
  std::vector<std::vector<double>> per_minute(1);
  std::vector<std::vector<double>> heap_per_minute(1);  // live heap, beside RSS: told, not judged
  std::vector<double> trace;  // RSS a second (by time) or every 100 actions (by actions)
  long actions = 0, frames = 0;
  double next_sample = 0;
  if (action_limit > 0) std::printf("soak: seed %u, %ld actions\n", seed, action_limit);
  else std::printf("soak: seed %u, %.0f s, a 'minute' is %.0f s\n", seed, seconds, minute);
  std::fflush(stdout);
  // First, a tour: every key on every scene, and words typed there, once. Each feature's first
  // use loads what it needs (a library, a font, a voice, a cache's first entries), and that
  // belongs in the first minute, which the last is judged against; the random run follows.
  bool touring = true;
  std::size_t tour_scene = 0, tour_key = 0;
  auto tour_step = [&] {
    if (tour_key == 0) app.show_scene(scenes[tour_scene]);
    if (tour_key < kKeys.size()) app.press_key(kKeys[tour_key]);
    else app.type_text(kWords[tour_scene % kWords.size()] + " " + kWords[(tour_scene + 3) % kWords.size()]);
    if (++tour_key > kKeys.size()) {
      tour_key = 0;
      touring = ++tour_scene < scenes.size();
    }
  };
  for (;;) {
    double now = std::chrono::duration<double>(clock::now() - t0).count();
    if (action_limit > 0) {
      if (actions >= action_limit) break;
      if (actions % 100 == 0) trace.push_back(resident_mb());
      if (actions % (action_limit / 10 > 0 ? action_limit / 10 : 1) == 0 && actions > 0) {
        const lineage::TextCache& text = app.main_output().text();
        ResidentParts parts = resident_parts_mb();
        std::printf("soak: %ld actions: RSS %.1f MB (anonymous %.1f, files %.1f), heap in use %.1f MB (text textures %.1f MB, layouts %.1f MB, "
                    "%zu fonts; %zu answer fields %.1f MB), %ld frames, %.0f s\n",
                    actions, trace.back(), parts.anonymous, parts.files, heap_in_use_mb(), text.texture_bytes() / 1048576.0,
                    text.layout_bytes() / 1048576.0, text.open_fonts(), app.state().answer_fields.size(),
                    answer_bytes(app) / 1048576.0, frames, now);
        std::fflush(stdout);
      }
    } else if (now >= seconds) {
      break;
    }
    if (action_limit == 0 && now >= next_sample) {  // a sample a second
      trace.push_back(resident_mb());
      std::size_t m = std::size_t(now / minute);
      while (per_minute.size() <= m) {
        std::size_t done = per_minute.size() - 1;
        ResidentParts parts = resident_parts_mb();
        std::printf("soak: minute %zu: RSS %.1f MB (median; now anonymous %.1f, files %.1f, heap in use %.1f%s), "
                    "%ld actions, %ld frames\n",
                    done + 1, median(per_minute[done]), parts.anonymous, parts.files, heap_in_use_mb(),
                    allocator_figures().c_str(), actions, frames);
        std::fflush(stdout);
        per_minute.emplace_back();
        heap_per_minute.emplace_back();
      }
      per_minute[m].push_back(trace.back());
      heap_per_minute[m].push_back(heap_in_use_mb());
      next_sample += 1;
    }
    ++actions;
    if (touring) {
      tour_step();
      for (int n = 0; n < 2; ++n, ++frames) app.frame(1.0 / 60);
      continue;
    }
    switch (pick(10)) {
      case 0:  // another scene, as the View menu does
        app.show_scene(scenes[pick(scenes.size())]);
        break;
      case 1:
      case 2:
      case 3:
        app.press_key(kKeys[pick(kKeys.size())]);
        break;
      case 4: {  // a click, a double click, or a drag
        float x = coordinate(1280), y = coordinate(720);
        int kind = int(pick(3));
        if (kind == 2) {
          app.press_pointer(x, y);
          app.move_pointer(coordinate(1280), coordinate(720), true);
          app.frame(1.0 / 60);
          app.release_pointer(coordinate(1280), coordinate(720));
        } else {
          app.move_pointer(x, y);
          app.press_pointer(x, y, kind + 1);
          app.release_pointer(x, y);
        }
        break;
      }
      case 5:
        app.turn_wheel(float(int(pick(7)) - 3));
        break;
      case 6:
      case 7: {  // typed words, sometimes many
        std::string text;
        for (std::size_t n = 1 + pick(pick(10) == 0 ? 200 : 6); n > 0; --n) text += kWords[pick(kWords.size())] + " ";
        app.type_text(text);
        break;
      }
      default:
        app.move_pointer(coordinate(1280), coordinate(720));
        break;
    }
    // Frames pass as they would (sometimes a few, so animations and saves run).
    for (std::size_t n = 1 + pick(3); n > 0; --n, ++frames) app.frame(1.0 / 60);
  }
  owned.reset();  // saves, as quitting does, before the folder goes
  fs::remove_all(dir);
  // The second half: the median of the samples about the middle (45-55%) against the last tenth's.
  auto span = [&](double from, double to) {
    std::size_t n = trace.size();
    return std::vector<double>(trace.begin() + std::ptrdiff_t(n * from), trace.begin() + std::ptrdiff_t(n * to));
  };
  bool judged = false, flat = true;
  if (trace.size() >= 40) {
    double middle = median(span(0.45, 0.55)), end = median(span(0.9, 1.0));
    bool held = end <= middle * 1.05;
    std::printf("soak: second half: RSS %.1f MB at the middle, %.1f MB at the end (%+.1f MB, %+.1f%%): %s\n", middle,
                end, end - middle, 100.0 * (end - middle) / middle, held ? "flat" : "GREW");
    judged = true;
    flat = flat && held;
  }
  if (action_limit == 0) {
    std::size_t last = per_minute.size() - 1;
    if (per_minute[last].size() < per_minute[0].size() / 2 && last > 0) --last;  // a cut-off last minute
    std::printf("soak: minute %zu: RSS %.1f MB (median), %ld actions, %ld frames\n", last + 1,
                median(per_minute[last]), actions, frames);
    double first = median(per_minute[0]), final_minute = median(per_minute[last]);
    double first_heap = median(heap_per_minute[0]), last_heap = median(heap_per_minute[last]);
    std::printf("soak: live heap first minute %.1f MB, last minute %.1f MB (%+.1f%%; told, not judged: RSS is "
                "the rule)\n",
                first_heap, last_heap, first_heap > 0 ? 100.0 * (last_heap - first_heap) / first_heap : 0.0);
    if (last >= 2) {
      bool held = final_minute <= first * 1.10;
      std::printf("soak: RSS first minute %.1f MB, last minute %.1f MB (%+.1f%%): %s\n", first, final_minute,
                  100.0 * (final_minute - first) / first, held ? "flat" : "GREW");
      judged = true;
      flat = flat && held;
    }
  }
  if (!judged) {
    std::printf("soak: %ld actions, %ld frames, no crash; too short to judge memory\n", actions, frames);
    return 0;
  }
  std::printf("soak: %ld actions, %ld frames, no crash; memory %s\n", actions, frames, flat ? "flat" : "GREW");
  return flat ? 0 : 1;
}
