// The journal fault suite, with its figures printed: SIGKILL during saves (two readers writing
// in turn, killed at random moments) and corrupted files (random bytes overwritten in a real
// journal). After every kill each acknowledged answer must be in the database under the reader
// who wrote it, and integrity_check must be clean; a corrupted file must never crash the
// journal, which sets it aside and starts a fresh one that saves.
// Hidden from the default run (it takes a while): run it with
//   build/tests/lineage_core_tests "[.fault-suite]"            (200 kills, 200 variants)
// LINEAGE_FAULT_KILLS and LINEAGE_FAULT_VARIANTS change the counts.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <string>

#include "core/journal/journal.hpp"
#include "journal_temp_dir.hpp"

using lineage::Journal;
using lineage::testing::TempDir;
namespace fs = std::filesystem;

namespace {

int count_from_env(const char* name, int fallback) {
  const char* v = std::getenv(name);
  return v && std::atoi(v) > 0 ? std::atoi(v) : fallback;
}

std::string text_of(int n) { return "answer " + std::to_string(n); }

// Saves answers for the two readers in turn; writes "ack N" after each acknowledged save.
[[noreturn]] void save_until_killed(const fs::path& dir, const std::int64_t readers[2], int fd, int first) {
  Journal journal(dir);
  for (int n = first; n < first + 100000; ++n) {
    lineage::Answer a;
    a.prompt = "prompt-" + std::to_string(n % 20);
    a.text = text_of(n);
    if (journal.save_answer(readers[n % 2], a)) {
      std::string line = "ack " + std::to_string(n) + "\n";
      if (::write(fd, line.data(), line.size()) != ssize_t(line.size())) break;
    }
  }
  ::_exit(0);
}

}  // namespace

TEST_CASE("Journal fault suite: kills and corrupted files, with figures", "[.fault-suite]") {
  const int kills = count_from_env("LINEAGE_FAULT_KILLS", 200);
  const int variants = count_from_env("LINEAGE_FAULT_VARIANTS", 200);
  std::mt19937 random(13);
  int acknowledged = 0, lost = 0, misfiled = 0, unclean = 0, crashes = 0;

  // --- SIGKILL during saves.
  TempDir dir("fault-suite-kills");
  std::int64_t readers[2];
  {
    Journal journal(dir.path());
    readers[0] = journal.create_profile("Mia")->id;
    readers[1] = journal.create_profile("Noor")->id;
  }
  std::set<int> acked_all;
  int next = 0;
  for (int k = 0; k < kills; ++k) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    std::fflush(nullptr);
    pid_t child = ::fork();
    if (child == 0) {
      ::close(fds[0]);
      save_until_killed(dir.path(), readers, fds[1], next);
    }
    ::close(fds[1]);
    FILE* from_child = ::fdopen(fds[0], "r");
    int wait_for = 1 + int(random() % 6);  // kill after a few acknowledgements, mid-save
    int n = 0, seen = 0;
    while (std::fscanf(from_child, "ack %d\n", &n) == 1) {
      acked_all.insert(n);
      if (++seen == wait_for) ::kill(child, SIGKILL);
    }
    std::fclose(from_child);
    int status = 0;
    ::waitpid(child, &status, 0);
    if (!(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)) ++crashes;
    next = (acked_all.empty() ? 0 : *acked_all.rbegin()) + 1000;  // fresh numbers for the next child
  }
  {
    Journal journal(dir.path());
    if (journal.check().integrity != "ok") ++unclean;
    std::set<std::string> texts[2];
    for (int r = 0; r < 2; ++r)
      for (int p = 0; p < 20; ++p)
        for (const auto& rev : journal.history(readers[r], "prompt-" + std::to_string(p))) texts[r].insert(rev.answer.text);
    for (int n : acked_all) {
      ++acknowledged;
      if (texts[n % 2].count(text_of(n))) continue;
      if (texts[1 - n % 2].count(text_of(n))) ++misfiled;
      else ++lost;
    }
    std::ostringstream check;
    if (lineage::journal_check_command(dir.path(), check) != 0) ++unclean;
  }

  // --- Corrupted files: random bytes overwritten in a real journal.
  TempDir source("fault-suite-source");
  {
    Journal journal(source.path());
    auto mia = journal.create_profile("Mia");
    for (int n = 0; n < 200; ++n) {
      lineage::Answer a;
      a.prompt = "prompt-" + std::to_string(n % 40);
      a.text = std::string(200, char('a' + n % 26));
      journal.save_answer(mia->id, a);
    }
  }
  std::string pristine = lineage::testing::read_file(source / "journal.db");
  int set_aside = 0, opened_as_is = 0;
  for (int v = 0; v < variants; ++v) {
    TempDir copy("fault-suite-variant");
    std::string bytes = pristine;
    int flips = 1 + int(random() % 64);
    for (int f = 0; f < flips; ++f) bytes[random() % bytes.size()] = char(random() % 256);
    lineage::testing::write_file(copy / "journal.db", bytes);
    std::fflush(nullptr);
    pid_t child = ::fork();
    if (child == 0) {
      ::alarm(10);
      Journal journal(copy.path());
      // Whatever the damage, the journal must end up able to save.
      auto reader = journal.create_profile("After");
      lineage::Answer a;
      a.prompt = "p";
      a.text = "saved after the damage";
      bool saved = reader && journal.save_answer(reader->id, a);
      ::_exit(!saved ? 1 : journal.corrupt_copy() ? 2 : 0);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) == 1) ++crashes;
    else if (WEXITSTATUS(status) == 2) ++set_aside;
    else ++opened_as_is;
  }

  std::printf("journal fault suite: %d kills, %d acknowledged answers, %d lost, %d under the wrong reader, "
              "%d unclean checks; %d corrupted variants (%d set aside, %d opened as they were), %d crashes\n",
              kills, acknowledged, lost, misfiled, unclean, variants, set_aside, opened_as_is, crashes);
  CHECK(acknowledged > 0);
  CHECK(lost == 0);
  CHECK(misfiled == 0);
  CHECK(unclean == 0);
  CHECK(crashes == 0);
}
