// Hostile story folders, generated: each kind of damage (file types, sizes, line ends, names,
// loops, counts) with the diagnostic it must give, whether the story is refused, and a time
// bound. Each load runs in a child process under an alarm and a memory limit, so a hang or a
// runaway allocation fails its row instead of stalling the suite.
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "child_limits.hpp"
#include "core/script/loader.hpp"
#include "journal_temp_dir.hpp"
#include "script_test_util.hpp"

using lineage::testing::TempDir;
using lineage::testing::write_file;
namespace fs = std::filesystem;

namespace {

const std::string kBook = "book b\n  title: T\n  author: A\n";

// The tests' small valid base (book, source, fact f-ada, lane ada, people) in `dir`, plus
// `count` moments in lane ada written latest first: one ordering warning each.
void base_with_moments_in_reverse(const fs::path& dir, int count) {
  fs::copy_file(script_test::kScripts / "base.story", dir / "base.story");
  fs::copy_file(script_test::kScripts / "notes.txt", dir / "notes.txt");
  std::string text;
  for (int i = count; i >= 1; --i)
    text += "moment m" + std::to_string(i) + "\n  title: M\n  when: " + std::to_string(1000 + i) +
            "\n  lane: ada\n  facts: f-ada\n\n";
  write_file(dir / "reverse.story", text);
}

struct Hostile {
  const char* kind;
  std::function<void(const fs::path&)> make;
  const char* says;  // a diagnostic message (or formatted text) must contain this; "" = none needed
  bool refused;      // the story must not load
};

const std::vector<Hostile>& hostile_stories() {
  static const std::vector<Hostile> rows = {
      {"empty folder", [](const fs::path&) {}, "no .story files found", true},
      {"a FIFO named .story", [](const fs::path& d) { ::mkfifo((d / "a.story").c_str(), 0644); }, "not a regular file", true},
      {"a symlink to /dev/zero", [](const fs::path& d) { fs::create_symlink("/dev/zero", d / "a.story"); },
       "not a regular file", true},
      {"a folder named .story", [](const fs::path& d) { fs::create_directory(d / "a.story"); }, "not a regular file", true},
      {"a dangling symlink", [](const fs::path& d) { fs::create_symlink(d / "nowhere", d / "a.story"); },
       "cannot read this file", true},
      {"a sparse 64 MB file",
       [](const fs::path& d) {
         write_file(d / "a.story", "");
         fs::resize_file(d / "a.story", std::uintmax_t(64) << 20);
       },
       "file too large", true},
      {"one 8 MB line", [](const fs::path& d) { write_file(d / "a.story", std::string(8u << 20, 'x')); }, "", true},
      {"300 lines of garbage", [](const fs::path& d) {
         std::string text;
         for (int i = 0; i < 300; ++i) text += "garbage " + std::to_string(i) + "\n";
         write_file(d / "a.story", text);
       }, "too many errors in this file; stopping here", true},
      {"NUL bytes", [](const fs::path& d) { write_file(d / "a.story", kBook + std::string(1000, '\0')); }, "", true},
      {"invalid UTF-8", [](const fs::path& d) { write_file(d / "a.story", kBook + "\xff\xfe\xc3(\n"); }, "", true},
      {"CR-only line ends", [](const fs::path& d) {
         std::string text = kBook;
         for (char& c : text)
           if (c == '\n') c = '\r';
         write_file(d / "a.story", text);
       }, "", false},
      {"1000 moments written in reverse", [](const fs::path& d) { base_with_moments_in_reverse(d, 1000); },
       "more warning(s) and note(s) in this file not shown", false},
      {"a file name with a newline",
       [](const fs::path& d) {
         write_file(d / "book.story", kBook);
         write_file(d / "bad\nname.story", "nonsense\n");
       },
       "bad\\nname.story", true},
      {"a folder that links to itself",
       [](const fs::path& d) {
         write_file(d / "book.story", kBook);
         fs::create_directory_symlink(d, d / "loop");
       },
       "", false},
      {"folders nested 100 deep",
       [](const fs::path& d) {
         write_file(d / "book.story", kBook);
         fs::path deep = d;
         for (int i = 0; i < 100; ++i) deep /= "d";
         fs::create_directories(deep);
         write_file(deep / "deep.story", "nonsense\n");
       },
       "nested more than 64 deep", true},
      {"2000 empty files",
       [](const fs::path& d) {
         write_file(d / "book.story", kBook);
         for (int i = 0; i < 2000; ++i) write_file(d / ("f" + std::to_string(i) + ".story"), "");
       },
       "", false},
      {"a cycle of parents", [](const fs::path& d) {
         write_file(d / "a.story", script_test::read(script_test::kScripts / "broken" / "parent-cycle.story"));
       }, "", true},
  };
  return rows;
}

// Runs the load in a child (10 s, 256 MB); exit 0 if it met the row's expectations.
int load_bounded(const fs::path& dir, const Hostile& row, double& seconds) {
  std::fflush(nullptr);
  auto t0 = std::chrono::steady_clock::now();
  pid_t child = ::fork();
  if (child == 0) {
    ::alarm(10);
    lineage::testing::limit_child_memory(256u << 20);
    lineage::LoadResult r = lineage::load_story(dir);
    bool said = std::string(row.says).empty();
    for (const auto& d : r.diagnostics)
      if (lineage::format_diagnostic(d).find(row.says) != std::string::npos) said = true;
    int code = (said ? 0 : 1) | ((r.story == nullptr) == row.refused ? 0 : 2);
    if (code) std::fprintf(stderr, "%s\n", script_test::all_text(r).substr(0, 2000).c_str());
    ::_exit(code);
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return WIFEXITED(status) ? WEXITSTATUS(status) : 100 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

}  // namespace

TEST_CASE("Hostile stories: each kind of damage gets its diagnostic, in time and memory", "[script][hostile]") {
  for (const Hostile& row : hostile_stories()) {
    DYNAMIC_SECTION(row.kind) {
      TempDir dir("hostile-story");
      row.make(dir.path());
      double seconds = 0;
      int code = load_bounded(dir.path(), row, seconds);
      INFO("1 = diagnostic missing, 2 = refused/loaded wrongly, 100+N = killed by signal N");
      CHECK(code == 0);
      CHECK(seconds < 10.0);
    }
  }
}
