// Benchmark of the timeline's layout alone (no SDL): what a zoom frame recomputes, label
// placement and cluster collapse (place_labels), and what every frame with a moment selected
// asks (echoes_of), for a synthetic story of 100,000 moments (the one bench_timeline draws).
// Usage: bench_timeline_layout [MOMENTS]   (default 100,000). Best of several runs each.
// Issue 20: no per-frame work that grows with the story rather than with what is visible.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/layout/timeline_labels.hpp"
#include "core/layout/timeline_model.hpp"
#include "core/script/loader.hpp"

namespace {

using Clock = std::chrono::steady_clock;

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

template <typename F>
double best_ms(int runs, F&& f) {
  double best = 1e300;
  for (int i = 0; i < runs; ++i) {
    auto start = Clock::now();
    f();
    best = std::min(best, std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  const int moments = argc > 1 ? std::max(4, std::atoi(argv[1])) : 100000;
  const std::string text = synthetic_story(moments);
  // Split at block boundaries: the loader takes at most 16 MB a file.
  std::vector<lineage::ScriptFile> files;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.size();
    if (end - start > (8u << 20)) {
      end = text.rfind("\n\nmoment ", start + (8u << 20));
      end = end == std::string::npos || end <= start ? start + (8u << 20) : end + 2;
    }
    files.push_back({"bench-" + std::to_string(files.size()) + ".story", text.substr(start, end - start)});
    start = end;
  }
  lineage::LoadResult loaded = lineage::load_story_files(files);
  if (!loaded.story) {
    std::fprintf(stderr, "bench_timeline_layout: the synthetic story does not load (%d errors)\n", loaded.errors());
    return 2;
  }
  const lineage::Story& story = *loaded.story;
  lineage::TimelineModel model;
  double build = best_ms(3, [&] { model = lineage::build_timeline(story); });
  std::printf("%d moments: build_timeline %.2f ms (once per story or milestone)\n", moments, build);
  // Widths as the scene measures them at 1920x1080, roughly: a full label and a shortened one.
  std::vector<lineage::LabelText> widths(story.moments.size(), lineage::LabelText{260, 140});
  lineage::LabelMetrics metrics;
  lineage::TimelineLabels labels;
  for (double scale : {2.0, 20.0, 200.0, 2000.0, 20000.0}) {
    double ms = best_ms(5, [&] { labels = lineage::place_labels(story, model, widths, scale, metrics, 5, std::move(labels)); });
    std::printf("  place_labels at %7.0f px a year: %.2f ms, %zu items (every frame of a zoom)\n", scale, ms,
                labels.items.size());
  }
  std::size_t found = 0;
  double echoes = best_ms(20, [&] { found = lineage::echoes_of(story, model, 40).size(); });
  std::printf("  echoes_of a selected moment: %.3f ms, %zu found (twice a frame: the card and the arcs)\n", echoes, found);
  return 0;
}
