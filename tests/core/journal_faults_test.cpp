// When the database cannot be opened or written, the journal goes on: it says so in plain
// words, keeps unsaved answers in memory (and shows them), and saves them on retry().
// Tests run as root, so chmod cannot make anything read-only here. How each fault is made:
//  - folder cannot be made: the data folder's parent is a regular file;
//  - read-only: JournalOptions::read_only opens with SQLITE_OPEN_READONLY, which is what SQLite
//    falls back to for a read-only file;
//  - locked: a second connection holds the write lock (BEGIN IMMEDIATE), or holds the file in
//    locking_mode=EXCLUSIVE so that the journal cannot even open it;
//  - write errors (as from a full disk): RLIMIT_FSIZE in a child process makes write() fail
//    with EFBIG, which SQLite reports as an I/O error;
//  - corrupt: a file of garbage bytes, and a real database with a page overwritten.
#include <signal.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cctype>
#include <random>
#include <sstream>

#include "core/journal/journal.hpp"
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

std::int64_t make_profile(const std::filesystem::path& dir, const char* name) {
  Journal journal(dir);
  return journal.create_profile(name)->id;
}

// journal.db.corrupt-YYYYmmdd-HHMMSS (std::regex is avoided: GCC 12 warns inside <regex>
// under -fsanitize at -O2, and our tests build with -Werror).
bool is_timestamped_copy(const std::string& name) {
  const std::string prefix = "journal.db.corrupt-";
  if (name.rfind(prefix, 0) != 0 || name.size() != prefix.size() + 15) return false;
  for (std::size_t i = prefix.size(); i < name.size(); ++i) {
    bool dash = i == prefix.size() + 8;
    if (dash ? name[i] != '-' : !std::isdigit(static_cast<unsigned char>(name[i]))) return false;
  }
  return true;
}

sqlite3* raw_open(const std::filesystem::path& path) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  return db;
}
}  // namespace

TEST_CASE("A data folder that cannot be made: answers wait in memory, then are saved", "[journal]") {
  TempDir dir("journal-nofolder");
  lineage::testing::write_file(dir / "blocker", "a file where a folder should be");
  auto data = dir.path() / "blocker" / "data";
  Journal journal(data);
  CHECK_FALSE(journal.status().ok);
  CHECK(journal.status().message.find("cannot be made") != std::string::npos);
  CHECK(journal.profiles().empty());
  CHECK_FALSE(journal.save_answer(1, open_answer("open-1", "written while homeless")));
  CHECK(journal.pending_count() == 1);
  CHECK(journal.answer(1, "open-1")->text == "written while homeless");
  CHECK(journal.history(1, "open-1").at(0).pending);
  CHECK_FALSE(journal.retry().ok);

  // The folder becomes possible (and a profile with id 1 exists there): retry saves.
  std::filesystem::remove(dir / "blocker");
  CHECK(make_profile(data, "Mia") == 1);
  CHECK(journal.retry().ok);
  CHECK(journal.pending_count() == 0);
  Journal reopened(data);
  CHECK(reopened.answer(1, "open-1")->text == "written while homeless");
}

TEST_CASE("Answers waiting for a profile the database no longer has bring the profile back", "[journal]") {
  // As after a corrupt file is set aside mid-session: the fresh database lacks the profile.
  TempDir dir("journal-recover");
  lineage::testing::write_file(dir / "blocker", "x");
  Journal journal(dir.path() / "blocker");
  CHECK_FALSE(journal.save_answer(7, open_answer("open-1", "not to be lost")));
  CHECK_FALSE(journal.set_setting(7, "milestone", "part-one"));
  std::filesystem::remove(dir / "blocker");
  REQUIRE(journal.retry().ok);
  auto recovered = journal.find_profile("Recovered profile 7");
  REQUIRE(recovered);
  CHECK(recovered->id == 7);
  CHECK(journal.answer(7, "open-1")->text == "not to be lost");
  CHECK(journal.setting(7, "milestone") == "part-one");
}

TEST_CASE("A read-only journal keeps what is saved readable and new answers in memory", "[journal]") {
  TempDir dir("journal-readonly");
  std::int64_t mia = make_profile(dir.path(), "Mia");
  { Journal(dir.path()).save_answer(mia, open_answer("open-1", "saved before")); }
  lineage::JournalOptions read_only;
  read_only.read_only = true;
  Journal journal(dir.path(), read_only);
  CHECK(journal.answer(mia, "open-1")->text == "saved before");  // nothing saved is lost
  CHECK_FALSE(journal.save_answer(mia, open_answer("open-1", "written later")));
  CHECK_FALSE(journal.status().ok);
  CHECK(journal.status().message.find("read-only") != std::string::npos);
  CHECK(journal.answer(mia, "open-1")->text == "written later");
  CHECK(journal.history(mia, "open-1").size() == 2);
  CHECK(journal.pending_count() == 1);
}

TEST_CASE("A journal locked by another connection: not ok, nothing lost, retry saves", "[journal]") {
  TempDir dir("journal-locked");
  std::int64_t mia = make_profile(dir.path(), "Mia");
  Journal journal(dir.path());
  REQUIRE(journal.save_answer(mia, open_answer("open-1", "before the lock")));

  sqlite3* other = raw_open(dir / "journal.db");
  REQUIRE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
  CHECK_FALSE(journal.save_answer(mia, open_answer("open-1", "during the lock")));
  CHECK_FALSE(journal.save_progress(mia, {"the-park", 2, ""}));
  CHECK_FALSE(journal.status().ok);
  CHECK(journal.status().message.find("in use") != std::string::npos);
  CHECK(journal.pending_count() == 2);
  CHECK(journal.answer(mia, "open-1")->text == "during the lock");
  CHECK(journal.progress(mia)->moment == "the-park");
  CHECK_FALSE(journal.retry().ok);

  sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr);
  sqlite3_close(other);
  CHECK(journal.retry().ok);
  CHECK(journal.pending_count() == 0);
  Journal reopened(dir.path());
  auto history = reopened.history(mia, "open-1");
  REQUIRE(history.size() == 2);
  CHECK(history[0].answer.text == "before the lock");
  CHECK(history[1].answer.text == "during the lock");
  CHECK(reopened.progress(mia)->moment == "the-park");
}

TEST_CASE("A journal held exclusively at start opens later, on retry", "[journal]") {
  TempDir dir("journal-exclusive");
  std::int64_t mia = make_profile(dir.path(), "Mia");
  sqlite3* other = raw_open(dir / "journal.db");
  REQUIRE(sqlite3_exec(other, "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT;", nullptr,
                       nullptr, nullptr) == SQLITE_OK);
  Journal journal(dir.path());
  CHECK_FALSE(journal.status().ok);
  CHECK_FALSE(journal.save_answer(mia, open_answer("open-1", "waiting")));
  CHECK(journal.answer(mia, "open-1")->text == "waiting");
  sqlite3_close(other);
  CHECK(journal.retry().ok);
  CHECK(journal.pending_count() == 0);
  CHECK(Journal(dir.path()).answer(mia, "open-1")->text == "waiting");
  // The connection opened on retry is set up in full: foreign keys cascade a deletion.
  CHECK(journal.delete_profile(mia));
  CHECK(journal.check().counts.revisions == 0);
}

TEST_CASE("A failing disk write keeps the answer in memory until the disk takes it", "[journal]") {
  TempDir dir("journal-fsize");
  std::int64_t mia = make_profile(dir.path(), "Mia");
  pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {  // RLIMIT_FSIZE applies to the whole process: keep it to a child
    ::signal(SIGXFSZ, SIG_IGN);
    Journal journal(dir.path());
    rlimit limit{};
    ::getrlimit(RLIMIT_FSIZE, &limit);
    rlimit tight = limit;
    tight.rlim_cur = 64 * 1024;
    ::setrlimit(RLIMIT_FSIZE, &tight);
    std::string big(256 * 1024, 'x');
    int code = 0;
    if (journal.save_answer(mia, open_answer("open-1", big))) code |= 1;
    if (journal.status().ok) code |= 2;
    if (journal.answer(mia, "open-1")->text != big) code |= 4;
    ::setrlimit(RLIMIT_FSIZE, &limit);  // the disk has room again
    if (!journal.retry().ok || journal.pending_count() != 0) code |= 8;
    ::_exit(code);
  }
  int wstatus = 0;
  ::waitpid(child, &wstatus, 0);
  REQUIRE(WIFEXITED(wstatus));
  CHECK(WEXITSTATUS(wstatus) == 0);
  Journal reopened(dir.path());
  CHECK(reopened.answer(mia, "open-1")->text.size() == 256 * 1024);
  CHECK(reopened.check().integrity == "ok");
}

TEST_CASE("A garbage journal is copied aside, never overwritten, and a fresh one started", "[journal]") {
  TempDir dir("journal-garbage");
  std::mt19937 random(8);
  std::string garbage(10000, '\0');
  for (auto& c : garbage) c = char(random());
  lineage::testing::write_file(dir / "journal.db", garbage);

  std::filesystem::path first_copy;
  {
    Journal journal(dir.path());
    REQUIRE(journal.status().ok);
    REQUIRE(journal.corrupt_copy());
    first_copy = *journal.corrupt_copy();
    CHECK(is_timestamped_copy(first_copy.filename().string()));
    CHECK((lineage::testing::read_file(first_copy) == garbage));
    auto mia = journal.create_profile("Mia");
    REQUIRE(mia);
    CHECK(journal.save_answer(mia->id, open_answer("open-1", "fresh start")));
  }
  // Damage again within the same second: the second copy gets a new name.
  lineage::testing::write_file(dir / "journal.db", "not a database either");
  std::filesystem::remove(dir / "journal.db-wal");
  Journal journal(dir.path());
  REQUIRE(journal.corrupt_copy());
  CHECK(*journal.corrupt_copy() != first_copy);
  CHECK((lineage::testing::read_file(first_copy) == garbage));
  CHECK(lineage::testing::read_file(*journal.corrupt_copy()) == "not a database either");
  CHECK(journal.check().integrity == "ok");
}

TEST_CASE("A journal with a damaged page is copied aside whole", "[journal]") {
  TempDir dir("journal-damaged");
  {
    Journal journal(dir.path());
    auto mia = journal.create_profile("Mia");
    for (int n = 0; n < 200; ++n)
      journal.save_answer(mia->id, open_answer("p" + std::to_string(n), std::string(300, 'a')));
  }  // closing checkpoints the WAL into journal.db
  std::string bytes = lineage::testing::read_file(dir / "journal.db");
  REQUIRE(bytes.size() > 4096 * 6);
  for (std::size_t i = 4096 * 4; i < 4096 * 5; ++i) bytes[i] = char(0xA5);  // one page's worth
  lineage::testing::write_file(dir / "journal.db", bytes);

  std::ostringstream out;
  CHECK(lineage::journal_check_command(dir.path(), out) == 1);  // the check sees it, moves nothing
  CHECK(std::filesystem::exists(dir / "journal.db"));

  Journal journal(dir.path());
  CHECK(journal.status().ok);
  REQUIRE(journal.corrupt_copy());
  CHECK((lineage::testing::read_file(*journal.corrupt_copy()) == bytes));
  CHECK(journal.profiles().size() == 1);  // recovered from the copy (journal_recover_test.cpp)
}
