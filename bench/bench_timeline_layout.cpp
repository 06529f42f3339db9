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
#include "synthetic_story.hpp"

namespace {

using Clock = std::chrono::steady_clock;

using lineage::bench::synthetic_story;

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
