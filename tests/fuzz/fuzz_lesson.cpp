// libFuzzer target for lesson scripts: arbitrary bytes as a lesson file beside the bundled
// story (so its references reach real moments, prompts and people), loaded; every lesson that
// loads is presented step by step (next, back, jump, hold choices, covers, countdowns) and its
// handouts are built, as the present scene and `lineage export --lesson` would. Must never
// crash, leak or hang, and every step index must stay in range.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "core/export/lesson_handout.hpp"
#include "core/present/lesson_run.hpp"
#include "core/script/loader.hpp"

namespace {
// The bundled story without its lessons, read once.
const std::vector<lineage::ScriptFile>& story_files() {
  static const std::vector<lineage::ScriptFile> files = [] {
    std::vector<lineage::ScriptFile> out;
    for (const auto& e : std::filesystem::directory_iterator(LINEAGE_STORY_DIR)) {
      if (e.path().extension() != ".story") continue;
      std::ifstream in(e.path(), std::ios::binary);
      out.push_back({e.path().filename().string(), std::string(std::istreambuf_iterator<char>(in), {})});
    }
    if (out.empty()) __builtin_trap();  // no story: the target would fuzz nothing of worth
    return out;
  }();
  return files;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<lineage::ScriptFile> files = story_files();
  files.push_back({"lessons/fuzz.story", std::string(reinterpret_cast<const char*>(data), size)});
  lineage::LoadOptions options;
  options.read_sources = false;
  lineage::LoadResult r = lineage::load_story_files(files, {}, options);
  for (const auto& d : r.diagnostics) (void)lineage::format_diagnostic(d);
  if (!r.story) return 0;
  const lineage::Story& story = *r.story;
  for (int l = 0; l < int(story.lessons.size()); ++l) {
    if (story.lessons[std::size_t(l)].steps.empty()) continue;
    lineage::LessonRun run(story, l, 0);
    double now = 0;
    // Every step forward, with each hold choice and cover, then back to the start.
    for (int i = 0; i < run.step_count() * 2 + 2; ++i) {
      now += 7.5;
      if (run.holding()) (i % 3 == 0 ? run.show_gentle() : i % 3 == 1 ? run.show_full() : run.skip(now));
      if (run.has_countdown()) run.toggle_countdown(now);
      (void)run.countdown_left(now);
      (void)run.schedule_offset(now);
      (void)run.current_prompt_id();
      (void)run.projector_shows_prompt();
      run.toggle_cover(i % 2 ? lineage::Cover::Black : lineage::Cover::White);
      run.next(now);
      if (run.step() < 0 || run.step() >= run.step_count()) __builtin_trap();
    }
    while (run.prev(now)) {}
    if (run.step() != 0) __builtin_trap();
    if (run.jump(run.step_count(), now)) __builtin_trap();
    run.jump(run.step_count() - 1, now);
    run.restart(now);
    for (bool presenter : {false, true}) {
      auto blocks = lineage::lesson_handout(story, l, presenter);
      (void)lineage::handout_markdown(blocks);
      (void)lineage::handout_html(blocks);
    }
  }
  return 0;
}
