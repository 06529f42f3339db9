// Issue 13 through the real program: the command line (empty or unusable values, unknown
// moments, key names with modifiers, typed text), signals, a journal locked at start, and the
// story status when there is no last good version.
#include <sqlite3.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>

#include "core/journal/journal.hpp"
#include "platform/bounded_field.hpp"
#include "offscreen.hpp"

using namespace lineage;
using namespace lineage::testing;

namespace {
const std::string kLineage = std::string("env -u DISPLAY -u WAYLAND_DISPLAY ") + LINEAGE_BINARY;

std::string quoted(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

// A moment of the bundled story with an open question about it, and that question.
std::pair<std::string, std::string> moment_with_open_prompt(const std::filesystem::path& dir) {
  auto app = start_offscreen({"--scene", "title"}, dir);
  const Story& story = *app->state().story;
  for (const Prompt& p : story.prompts)
    if (p.kind == PromptKind::Open && p.about.kind == Subject::Kind::Moment &&
        story.moments[static_cast<std::size_t>(p.about.index)].content_notes.empty())  // no care question first
      return {story.moments[static_cast<std::size_t>(p.about.index)].id, p.id};
  return {};
}
}  // namespace

TEST_CASE("Command line: an empty or unusable --data-dir is an error, never the real data folder", "[cli][hardening]") {
  auto dir = temp_dir("cli-empty-data");
  std::string out;
  CHECK(run(kLineage + " --data-dir '' --screenshot " + quoted(dir / "x.png"), out) == 2);
  CHECK(out.find("--data-dir") != std::string::npos);
  std::ofstream(dir / "a-file") << "x";
  CHECK(run(kLineage + " --data-dir " + quoted(dir / "a-file") + " --screenshot " + quoted(dir / "x.png"), out) == 2);
  CHECK(out.find("is not a folder") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir / "x.png"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("Command line: --select of an unknown moment says so and suggests a near one", "[cli][hardening]") {
  auto dir = temp_dir("cli-select");
  auto [moment, prompt] = moment_with_open_prompt(dir);
  REQUIRE_FALSE(moment.empty());
  std::string typo = moment.substr(0, moment.size() - 1) + "x";
  std::string out;
  CHECK(run(kLineage + " --data-dir " + quoted(dir) + " --select " + typo + " --screenshot " + quoted(dir / "x.png"),
            out) == 2);
  CHECK(out.find("no moment '" + typo + "'") != std::string::npos);
  CHECK(out.find("did you mean '" + moment + "'?") != std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST_CASE("Command line: --keys type:\"words\" types into a field, and the journal saves it", "[cli][hardening]") {
  auto dir = temp_dir("cli-keys");
  auto [moment, prompt] = moment_with_open_prompt(dir);
  REQUIRE_FALSE(moment.empty());
  std::string out;
  std::string shot = " --screenshot " + quoted(dir / "x.png") + " --data-dir " + quoted(dir);
  // End to end: Tab into the timeline card's answer, type, and the journal has it.
  CHECK(run(kLineage + shot + " --scene timeline --size 1920x1080 --select " + moment +
                " --keys 'Tab type:\"a thought typed here\"'",
            out) == 0);
  Journal journal(dir);
  auto reader = journal.find_profile("Reader");
  REQUIRE(reader);
  auto saved = journal.answer(reader->id, prompt);
  REQUIRE(saved);
  CHECK(saved->text == "a thought typed here");
  std::filesystem::remove_all(dir);
}

TEST_CASE("Signals: an offscreen run stops promptly and cleanly on SIGTERM and SIGINT", "[cli][hardening]") {
  auto dir = temp_dir("cli-signal");
  for (const char* signal : {"TERM", "INT"}) {
    DYNAMIC_SECTION("SIG" << signal) {
      std::string out;
      auto t0 = std::chrono::steady_clock::now();
      // 100000 frames take minutes; the signal comes after 1 s, SIGKILL 4 s later if ignored.
      int code = run("timeout --preserve-status -k 4 -s " + std::string(signal) + " 1 " + kLineage +
                         " --data-dir " + quoted(dir) + " --frames 100000 --screenshot " + quoted(dir / "x.png"),
                     out);
      double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      INFO(out);
      CHECK(code == 128 + (std::string(signal) == "TERM" ? 15 : 2));
      CHECK(seconds < 4.0);
      CHECK_FALSE(std::filesystem::exists(dir / "x.png"));
    }
  }
  std::filesystem::remove_all(dir);
}

// A real window (Xvfb, keys typed with xdotool): a signal right after typing stops the run
// within a few seconds, with 128 + N, and what was typed is in the journal.
TEST_CASE("Signals: a windowed run stops promptly on SIGTERM and SIGINT, saving what was typed", "[cli][hardening][window]") {
  for (const char* signal : {"TERM", "INT"}) {
    DYNAMIC_SECTION("SIG" << signal) {
      auto dir = temp_dir(std::string("window-signal-") + signal);
      auto [moment, prompt] = moment_with_open_prompt(dir / "probe");
      REQUIRE_FALSE(moment.empty());
      std::string words = std::string("typed before SIG") + signal;
      // The script prints "code=N seconds=S" (the exit code, and the time from the signal to the exit).
      std::string script =
          "for tool in Xvfb xdotool; do command -v $tool >/dev/null || { echo \"missing $tool (tools/setup --test)\"; exit 3; }; done\n"
          "d=120; while [ -e /tmp/.X11-unix/X$d ] || [ -e /tmp/.X$d-lock ]; do d=$((d + 1)); done\n"
          "Xvfb :$d -screen 0 1920x1200x24 -nolisten tcp >/dev/null 2>&1 & xpid=$!\n"
          "trap 'kill $xpid 2>/dev/null' EXIT\n"
          "export DISPLAY=:$d\n"
          "for _ in $(seq 100); do [ -e /tmp/.X11-unix/X$d ] && break; sleep 0.1; done\n" +
          std::string(LINEAGE_BINARY) + " --data-dir " + quoted(dir) + " --scene timeline --size 1920x1080 --select " + moment +
          " & apid=$!\n"
          "w=$(timeout 20 xdotool search --sync --name '^Lineage$' | head -1)\n"
          "[ -n \"$w\" ] || { echo 'no window'; kill -KILL $apid; exit 4; }\n"
          "sleep 1; xdotool windowfocus --sync $w; sleep 0.3\n"
          // Return begins (the first start's content-care screen), Tab goes into the card's answer.
          "xdotool key Return; sleep 0.5; xdotool key Tab; sleep 0.3; xdotool type --delay 10 '" + words + "'; sleep 0.1\n"
          "t0=$(date +%s.%N); kill -" + signal + " $apid\n"
          "for _ in $(seq 40); do kill -0 $apid 2>/dev/null || break; sleep 0.1; done\n"
          "kill -0 $apid 2>/dev/null && { echo 'still running 4 s after the signal'; kill -KILL $apid; }\n"
          "wait $apid; code=$?; t1=$(date +%s.%N)\n"
          "echo \"code=$code seconds=$(awk \"BEGIN { print $t1 - $t0 }\")\"\n";
      std::ofstream(dir / "run.sh") << script;
      std::string out;
      run("sh " + quoted(dir / "run.sh"), out);
      INFO(out);
      int expected = 128 + (std::string(signal) == "TERM" ? 15 : 2);
      CHECK(out.find("code=" + std::to_string(expected) + " ") != std::string::npos);
      CHECK(out.find("still running") == std::string::npos);
      Journal journal(dir);
      auto reader = journal.find_profile("Reader");
      REQUIRE(reader);
      auto saved = journal.answer(reader->id, prompt);
      REQUIRE(saved);
      CHECK(saved->text == words);
      std::filesystem::remove_all(dir);
    }
  }
}

TEST_CASE("Journal locked at start: the window shows the last reader, and her answers", "[journal][hardening]") {
  auto dir = temp_dir("app-locked-journal");
  std::int64_t mia = 0;
  {
    Journal journal(dir);
    mia = journal.create_profile("Mia")->id;
    Answer a;
    a.prompt = "some-prompt";
    a.text = "saved before";
    REQUIRE(journal.save_answer(mia, a));
  }
  std::ofstream(dir / "settings.txt") << "profile = Mia\n";
  sqlite3* other = nullptr;
  REQUIRE(sqlite3_open((dir / "journal.db").c_str(), &other) == SQLITE_OK);
  REQUIRE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK);
  {
    auto app = start_offscreen({"--scene", "title"}, dir);
    CHECK(app->state().profile == mia);
    CHECK(app->state().profile_name == "Mia");
    CHECK(app->state().journal->answers(mia).size() == 1);
  }
  sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr);
  sqlite3_close(other);
  CHECK(Journal(dir).profiles().size() == 1);  // no "Reader", no "Recovered profile"
  std::filesystem::remove_all(dir);
}

TEST_CASE("Story status: with no last good version, the status does not claim one", "[story][hardening]") {
  auto dir = temp_dir("app-story-status");
  auto story = dir / "story";
  std::filesystem::create_directories(story);
  std::ofstream(story / "broken.story") << "nonsense\n";
  auto app = start_offscreen({"--scene", "title", "--story", story.string()}, dir / "data");
  CHECK(app->state().story_version == 0);  // no story has loaded yet
  CHECK(app->state().status.find("last good version") == std::string::npos);
  CHECK(app->state().status.find("error(s) in the story") != std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST_CASE("One-line fields take at most their limit: a pasted flood in Ask is refused past it", "[ask][hardening]") {
  // The class: every one-line field (Ask, a reader's name, the export path) goes through
  // bounded_text_field. Ask shows it: words typed after the limit never reach the search.
  auto dir = temp_dir("ask-flood");
  auto app = start_offscreen({"--scene", "ask"}, dir);
  app->settle();
  app->type_text(std::string(kQuestionLimit - 4, ' '));
  app->type_text(" who is Etta");
  app->settle();
  for (const std::string& s : app->drawn_strings()) CHECK(s.find("Etta is Blythe's grandmother.") == std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST_CASE("cut_to_limit never splits a character", "[hardening]") {
  CHECK(cut_to_limit("abc", 5) == "abc");
  CHECK(cut_to_limit("abcdef", 3) == "abc");
  CHECK(cut_to_limit("ab\xC3\xA9", 3) == "ab");            // é is two bytes: not cut in half
  CHECK(cut_to_limit("a\xE6\xBC\xA2", 3) == "a");          // 漢 is three
  CHECK(cut_to_limit("\xF0\x9F\x98\x80x", 4) == "\xF0\x9F\x98\x80");
}
