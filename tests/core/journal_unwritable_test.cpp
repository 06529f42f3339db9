// A journal that cannot be written when Lineage starts (a read-only data folder, another
// program holding the write lock, no database at all yet): the reader and her answers must
// still show, and what she writes meanwhile must land under her, never under a made-up
// "Recovered profile". Tests run as root, where chmod changes nothing, so the read-only cases
// run in a child process that has become user nobody.
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <functional>
#include <sstream>

#include "core/journal/journal.hpp"
#include "core/journal/readers.hpp"
#include "journal_temp_dir.hpp"

using lineage::Answer;
using lineage::Journal;
using lineage::testing::TempDir;

namespace {
Answer open_answer(std::string prompt, std::string text) {
  Answer a;
  a.prompt = std::move(prompt);
  a.text = std::move(text);
  return a;
}

// A data folder holding reader Mia with one saved answer; returns her id.
std::int64_t journal_with_mia(const std::filesystem::path& dir) {
  Journal journal(dir);
  auto mia = journal.create_profile("Mia");
  REQUIRE(mia);
  REQUIRE(journal.save_answer(mia->id, open_answer("open-1", "saved before")));
  return mia->id;
}

// Runs `body` in a child process without the right to write `dir` (user nobody when we are
// root, and the folder and its files made read-only). Returns the child's exit code; the body
// returns 0 for success or a small number naming the first thing that went wrong.
int without_write_access(const std::filesystem::path& dir, const std::function<int()>& body) {
  namespace fs = std::filesystem;
  for (const auto& entry : fs::directory_iterator(dir))
    fs::permissions(entry.path(), fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  fs::permissions(dir, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                           fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
  fs::permissions(dir.parent_path(), fs::perms::others_exec, fs::perm_options::add);
  std::fflush(nullptr);
  pid_t child = ::fork();
  if (child == 0) {
    if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) ::_exit(100);
    ::_exit(body());
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  fs::permissions(dir, fs::perms::owner_all, fs::perm_options::add);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 200;
}
}  // namespace

TEST_CASE("Journal cannot be written at start: read-only folder shows the reader and her answers",
          "[journal][unwritable]") {
  TempDir dir("journal-rofolder");
  auto data = dir.path() / "data";
  std::int64_t mia = journal_with_mia(data);
  int failed = without_write_access(data, [&] {
    Journal journal(data);
    if (journal.status().ok) return 1;  // it must say it cannot save
    if (journal.status().message.find("read-only") == std::string::npos) return 2;
    auto reader = lineage::starting_reader(journal, "Mia");
    if (!reader || reader->id != mia) return 3;
    auto answer = journal.answer(mia, "open-1");
    if (!answer || answer->text != "saved before") return 4;
    if (journal.save_answer(mia, open_answer("open-2", "kept in memory"))) return 5;
    if (journal.answers(mia).size() != 2) return 6;
    return 0;
  });
  CHECK(failed == 0);
}

TEST_CASE("Journal cannot be written at start: journal --check reads a read-only journal as sound",
          "[journal][unwritable]") {
  TempDir dir("journal-rocheck");
  auto data = dir.path() / "data";
  journal_with_mia(data);
  int code = without_write_access(data, [&] {
    std::ostringstream out;
    int result = lineage::journal_check_command(data, out);
    if (result != 0) std::fprintf(stderr, "%s", out.str().c_str());
    return result;
  });
  CHECK(code == 0);
}

TEST_CASE("Journal cannot be written at start: locked by another program, then released",
          "[journal][unwritable]") {
  TempDir dir("journal-lockedstart");
  std::int64_t mia = journal_with_mia(dir.path());
  sqlite3* other = nullptr;
  REQUIRE(sqlite3_open((dir / "journal.db").c_str(), &other) == SQLITE_OK);
  REQUIRE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK);

  Journal journal(dir.path());
  CHECK_FALSE(journal.status().ok);
  CHECK(journal.status().message.find("in use") != std::string::npos);
  auto reader = lineage::starting_reader(journal, "Mia");
  REQUIRE(reader);
  CHECK(reader->id == mia);
  CHECK(journal.answer(mia, "open-1")->text == "saved before");
  CHECK_FALSE(journal.save_answer(reader->id, open_answer("open-2", "written during the lock")));
  CHECK_FALSE(journal.retry().ok);  // still locked: retried, still waiting

  sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr);
  sqlite3_close(other);
  CHECK(journal.retry().ok);
  Journal reopened(dir.path());
  CHECK(reopened.profiles().size() == 1);
  CHECK(reopened.answer(mia, "open-2")->text == "written during the lock");
}

TEST_CASE("Journal cannot be written at start: a reader made meanwhile lands under her own name",
          "[journal][unwritable]") {
  TempDir dir("journal-provisional");
  lineage::testing::write_file(dir / "blocker", "a file where the data folder should be");
  auto data = dir.path() / "blocker";

  SECTION("she already exists in the journal that comes back") {
    Journal journal(data);
    REQUIRE_FALSE(journal.status().ok);
    auto reader = lineage::starting_reader(journal, "Mia");
    REQUIRE(reader);
    CHECK(reader->name == "Mia");
    CHECK(journal.profiles().size() == 1);  // she shows at once
    CHECK_FALSE(journal.save_answer(reader->id, open_answer("open-1", "written while away")));
    CHECK(journal.answer(reader->id, "open-1")->text == "written while away");

    std::filesystem::remove(data);
    std::int64_t mia = journal_with_mia(data);
    REQUIRE(journal.retry().ok);
    CHECK(journal.current_id(reader->id) == mia);
    Journal reopened(data);
    CHECK(reopened.profiles().size() == 1);
    CHECK(reopened.answer(mia, "open-1")->text == "written while away");
  }
  SECTION("she is new") {
    Journal journal(data);
    auto reader = lineage::starting_reader(journal, "");
    REQUIRE(reader);
    CHECK_FALSE(journal.save_answer(reader->id, open_answer("open-1", "first words")));
    CHECK_FALSE(journal.set_setting(reader->id, "milestone", "part-one"));
    std::filesystem::remove(data);
    REQUIRE(journal.retry().ok);
    auto saved = Journal(data).find_profile("Reader");
    REQUIRE(saved);
    CHECK(journal.current_id(reader->id) == saved->id);
    CHECK(journal.answer(reader->id, "open-1")->text == "first words");  // the old id still reads
    CHECK(Journal(data).answer(saved->id, "open-1")->text == "first words");
    CHECK(Journal(data).setting(saved->id, "milestone") == "part-one");
    CHECK_FALSE(Journal(data).find_profile("Recovered profile 0"));
  }
}

TEST_CASE("Journal cannot be written: the not-saved notice reads as sentences, whatever the cause",
          "[journal][unwritable]") {
  TempDir dir("journal-notice");
  lineage::testing::write_file(dir / "blocker", "x");
  Journal homeless(dir.path() / "blocker" / "data");
  lineage::JournalOptions read_only;
  read_only.read_only = true;
  journal_with_mia(dir / "ro");
  Journal locked_out(dir / "ro", read_only);
  locked_out.save_answer(1, open_answer("open-1", "x"));
  for (const Journal* journal : {&homeless, &locked_out}) {
    std::string notice = lineage::not_saved_notice(journal->status());
    INFO(notice);
    CHECK_FALSE(journal->status().ok);
    CHECK(notice.find("..") == std::string::npos);
    CHECK(notice.find(". .") == std::string::npos);
    CHECK(notice.back() == '.');
  }
  CHECK(lineage::not_saved_notice({false, "The disk is full"}) .find("full.") != std::string::npos);
}

TEST_CASE("Journal cannot be written: journal --check of a journal another program holds is 2, not damage",
          "[journal][unwritable]") {
  TempDir dir("journal-heldcheck");
  journal_with_mia(dir.path());
  sqlite3* other = nullptr;
  REQUIRE(sqlite3_open((dir / "journal.db").c_str(), &other) == SQLITE_OK);
  REQUIRE(sqlite3_exec(other, "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT;", nullptr, nullptr, nullptr) ==
          SQLITE_OK);
  std::ostringstream out;
  CHECK(lineage::journal_check_command(dir.path(), out) == 2);
  sqlite3_close(other);
  std::ostringstream again;
  CHECK(lineage::journal_check_command(dir.path(), again) == 0);
}
