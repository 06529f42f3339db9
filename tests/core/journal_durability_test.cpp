// An acknowledged save survives the process being killed outright. A child process saves
// answers through the journal and reports "acked N" on a pipe after each save returns true;
// the parent SIGKILLs it right after some acknowledgement, reopens the database and looks
// for every answer the child ever acknowledged (including acks still in the pipe).
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <set>
#include <string>

#include "core/journal/journal.hpp"
#include "journal_temp_dir.hpp"

using lineage::Journal;
using lineage::testing::TempDir;

namespace {

std::string answer_text(int n) { return "answer " + std::to_string(n) + " — kept through SIGKILL"; }

[[noreturn]] void save_until_killed(const std::filesystem::path& dir, std::int64_t profile, int fd) {
  Journal journal(dir);
  for (int n = 0; n < 100000; ++n) {
    lineage::Answer a;
    a.prompt = "prompt-" + std::to_string(n % 50);  // revisions of a few prompts, and new ones
    a.text = answer_text(n);
    std::string line = (journal.save_answer(profile, a) ? "acked " : "failed ") + std::to_string(n) + "\n";
    if (::write(fd, line.data(), line.size()) != ssize_t(line.size())) break;
  }
  ::_exit(0);
}

}  // namespace

TEST_CASE("Every acknowledged answer survives SIGKILL", "[journal]") {
  TempDir dir("journal-durability");
  std::int64_t profile = 0;
  {
    Journal journal(dir.path());
    profile = journal.create_profile("Mia")->id;
  }  // closed before fork: the child must not share an open SQLite connection

  for (int kill_after : {1, 17, 60}) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    auto started = std::chrono::steady_clock::now();
    pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      ::close(fds[0]);
      save_until_killed(dir.path(), profile, fds[1]);
    }
    ::close(fds[1]);
    FILE* from_child = ::fdopen(fds[0], "r");
    std::set<int> acked;
    int failed = 0;
    char line[64];
    bool killed = false;
    while (std::fgets(line, sizeof line, from_child)) {
      int n = 0;
      if (std::sscanf(line, "acked %d", &n) == 1) acked.insert(n);
      else ++failed;
      if (!killed && int(acked.size()) >= kill_after) {
        ::kill(child, SIGKILL);  // right after an acknowledgement, mid-way through the next save
        killed = true;
      }
    }  // read to EOF: acks the child wrote before dying count too
    std::fclose(from_child);
    int wstatus = 0;
    ::waitpid(child, &wstatus, 0);
    auto elapsed = std::chrono::steady_clock::now() - started;
    REQUIRE(WIFSIGNALED(wstatus));
    CHECK(WTERMSIG(wstatus) == SIGKILL);
    CHECK(failed == 0);
    REQUIRE(int(acked.size()) >= kill_after);

    Journal reopened(dir.path());
    REQUIRE(reopened.status().ok);
    CHECK(reopened.check().integrity == "ok");
    std::set<std::string> saved;
    for (int p = 0; p < 50; ++p)
      for (const auto& r : reopened.history(profile, "prompt-" + std::to_string(p)))
        saved.insert(r.answer.text);
    int missing = 0;
    for (int n : acked) missing += saved.count(answer_text(n)) ? 0 : 1;
    INFO("kill after " << kill_after << " acks; " << acked.size() << " acked in "
                       << std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count() << " ms");
    CHECK(missing == 0);
    // Each round's acks are new revisions on top of earlier rounds'.
    CHECK(reopened.check().counts.revisions >= std::int64_t(acked.size()));
    // Start the next round from a clean slate of revision texts.
    reopened.delete_profile(profile);
    profile = reopened.create_profile("Mia")->id;
  }
}
