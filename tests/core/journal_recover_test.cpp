// A damaged journal: the damaged file is kept as it was, and every answer SQLite can still read
// from it is recovered into the new journal, under the reader who wrote it. The class is "any
// one page of the file damaged": each page of a real journal is overwritten in turn.
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <map>
#include <optional>
#include <string>

#include "core/journal/journal.hpp"
#include "journal_temp_dir.hpp"

using lineage::Answer;
using lineage::Journal;
using lineage::testing::TempDir;

namespace {

constexpr int kPageSize = 4096;  // SQLite's default, what a Journal creates
constexpr int kAnswers = 200;

std::string text_for(int n) { return "answer " + std::to_string(n) + " " + std::string(250, char('a' + n % 26)); }

struct PageInfo {
  std::string table;  // the table or index the page belongs to (dbstat's name)
  std::string type;   // "leaf", "internal", "overflow"
  int cells = 0;
};

// What each page of the database at `path` holds, from SQLite's dbstat table.
std::map<int, PageInfo> pages_of(const std::filesystem::path& path) {
  std::map<int, PageInfo> pages;
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* s = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, "SELECT pageno, name, pagetype, ncell FROM dbstat", -1, &s, nullptr) == SQLITE_OK);
  while (sqlite3_step(s) == SQLITE_ROW)
    pages[sqlite3_column_int(s, 0)] = {reinterpret_cast<const char*>(sqlite3_column_text(s, 1)),
                                       reinterpret_cast<const char*>(sqlite3_column_text(s, 2)),
                                       sqlite3_column_int(s, 3)};
  sqlite3_finalize(s);
  sqlite3_close(db);
  return pages;
}

}  // namespace

TEST_CASE("Damaged journal: any one damaged page, the file is kept and readable answers recovered", "[journal][recover]") {
  TempDir source("journal-recover-source");
  std::int64_t mia = 0;
  {
    Journal journal(source.path());
    mia = journal.create_profile("Mia")->id;
    journal.create_profile("Noor");
    for (int n = 0; n < kAnswers; ++n) {
      Answer a;
      a.prompt = "p" + std::to_string(n);
      a.text = text_for(n);
      REQUIRE(journal.save_answer(mia, a));
    }
  }  // closing checkpoints the WAL into journal.db
  const std::string pristine = lineage::testing::read_file(source / "journal.db");
  const auto pages = pages_of(source / "journal.db");
  REQUIRE(pages.size() == pristine.size() / kPageSize);
  int leaf_pages_of_revisions = 0;
  for (const auto& entry : pages) leaf_pages_of_revisions += entry.second.table == "revisions" && entry.second.type == "leaf";
  REQUIRE(leaf_pages_of_revisions >= 2);  // the class is exercised where it matters

  for (const auto& [page, info] : pages) {
    if (page == 1) continue;  // the schema page: nothing names the tables without it
    DYNAMIC_SECTION("page " << page << " (" << info.table << ", " << info.type << ")") {
      TempDir dir("journal-recover");
      std::string bytes = pristine;
      for (std::size_t i = std::size_t(page - 1) * kPageSize; i < std::size_t(page) * kPageSize; ++i)
        bytes[i] = char(0xA5);
      lineage::testing::write_file(dir / "journal.db", bytes);

      Journal journal(dir.path());
      CHECK(journal.status().ok);
      if (!journal.corrupt_copy()) {
        // SQLite's quick_check does not read every page (a free page, say): nothing to recover.
        CHECK(journal.answers(mia).size() == std::size_t(kAnswers));
        continue;
      }
      CHECK(lineage::testing::read_file(*journal.corrupt_copy()) == bytes);  // kept as it was
      REQUIRE(journal.recovery());
      CHECK(journal.recovery()->rc == 0);

      // Every recovered answer is the one that was written, under the reader who wrote it.
      auto answers = journal.answers(mia);
      for (const Answer& a : answers) CHECK(a.text == text_for(std::stoi(a.prompt.substr(1))));
      // Only a page of revisions can take answers with it, at most as many as it held. A lost
      // interior page hides the leaves below it from SQL reads (a limit of reading rows, not pages).
      int may_lose = info.table == "revisions" ? (info.type == "leaf" ? info.cells : kAnswers) : 0;
      CHECK(int(answers.size()) >= kAnswers - may_lose);
      CHECK(journal.recovery()->answers == int(answers.size()));
      if (info.table != "profiles") {
        auto found = journal.find_profile("Mia");
        REQUIRE(found);
        CHECK(found->id == mia);
        CHECK(journal.find_profile("Noor"));
      } else {  // her name was on that page: her answers come back under a placeholder, her id kept
        CHECK(journal.profiles().size() >= 1);
      }
      // The new journal is sound and takes new answers.
      CHECK(journal.check().integrity == "ok");
      Answer after;
      after.prompt = "after";
      after.text = "written after the damage";
      CHECK(journal.save_answer(mia, after));
    }
  }
}

TEST_CASE("Damaged journal: answers still in the write-ahead log are recovered too", "[journal][recover]") {
  TempDir dir("journal-recover-wal");
  std::int64_t mia = 0;
  {
    Journal journal(dir.path());
    mia = journal.create_profile("Mia")->id;
    Answer a;
    a.prompt = "first";
    a.text = "in the file";
    REQUIRE(journal.save_answer(mia, a));
  }  // checkpointed into journal.db
  int profiles_page = 0;
  for (const auto& [page, info] : pages_of(dir / "journal.db"))
    if (info.table == "profiles") profiles_page = page;
  REQUIRE(profiles_page > 1);
  // A Lineage killed after a save leaves its answer in the WAL, not yet in journal.db.
  std::fflush(nullptr);
  pid_t child = ::fork();
  if (child == 0) {
    Journal journal(dir.path());
    Answer a;
    a.prompt = "second";
    a.text = "in the log";
    ::_exit(journal.save_answer(mia, a) ? 0 : 1);
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  REQUIRE((WIFEXITED(status) && WEXITSTATUS(status) == 0));
  REQUIRE(std::filesystem::exists(dir / "journal.db-wal"));
  // The readers' page of the main file is damaged (the second save did not touch it).
  std::string bytes = lineage::testing::read_file(dir / "journal.db");
  for (int i = 0; i < kPageSize; ++i) bytes[std::size_t(profiles_page - 1) * kPageSize + std::size_t(i)] = char(0xA5);
  lineage::testing::write_file(dir / "journal.db", bytes);

  Journal journal(dir.path());
  CHECK(journal.status().ok);
  REQUIRE(journal.corrupt_copy());
  CHECK(std::filesystem::exists(journal.corrupt_copy()->string() + "-wal"));
  REQUIRE(journal.recovery());
  auto first = journal.answer(mia, "first");
  auto second = journal.answer(mia, "second");
  REQUIRE(first);
  REQUIRE(second);
  CHECK(first->text == "in the file");
  CHECK(second->text == "in the log");
  // Her name was on the damaged page: she comes back under a placeholder, with her own id.
  CHECK(journal.profiles().size() == 1);
  CHECK(journal.profiles().front().id == mia);
}

// Damage SQLite's quick_check does not see: the schema itself changed (as a flipped byte in a
// column's or an index's name does). Every write used to fail for good, with the answers kept
// waiting in memory; now the file is set aside, its answers recovered, and writing goes on.
TEST_CASE("Damaged journal: a damaged schema is found at open, set aside and recovered from", "[journal][recover][schema-damage]") {
  const char* damage[] = {
      "UPDATE sqlite_master SET sql = replace(sql, 'text TEXT', 'texx TEXT') WHERE name = 'revisions'",
      "UPDATE sqlite_master SET sql = replace(sql, 'prompt, id', 'prompt, prompt') WHERE name = 'revisions_by_answer'",
      "UPDATE sqlite_master SET sql = replace(sql, 'value TEXT', 'valuf TEXT') WHERE name = 'settings'",
  };
  for (const char* sql : damage) {
    DYNAMIC_SECTION(sql) {
      TempDir dir("journal-schema-damage");
      std::int64_t mia = 0;
      {
        Journal journal(dir.path());
        mia = journal.create_profile("Mia")->id;
        for (int n = 0; n < 20; ++n) {
          Answer a;
          a.prompt = "p" + std::to_string(n);
          a.text = text_for(n);
          REQUIRE(journal.save_answer(mia, a));
        }
        REQUIRE(journal.set_setting(mia, "theme", "dark"));
      }
      sqlite3* db = nullptr;
      REQUIRE(sqlite3_open((dir / "journal.db").c_str(), &db) == SQLITE_OK);
      REQUIRE(sqlite3_exec(db, "PRAGMA writable_schema=ON", nullptr, nullptr, nullptr) == SQLITE_OK);
      REQUIRE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
      REQUIRE(sqlite3_changes(db) == 1);
      sqlite3_close(db);
      const std::string bytes = lineage::testing::read_file(dir / "journal.db");

      Journal journal(dir.path());
      REQUIRE(journal.corrupt_copy());
      CHECK(lineage::testing::read_file(*journal.corrupt_copy()) == bytes);
      auto answers = journal.answers(mia);
      CHECK(answers.size() == 20);
      for (const Answer& a : answers) CHECK(a.text == text_for(std::stoi(a.prompt.substr(1))));
      CHECK(journal.setting(mia, "theme") == std::optional<std::string>("dark"));
      Answer after;
      after.prompt = "after";
      after.text = "written after the damage";
      CHECK(journal.save_answer(mia, after));
      CHECK(journal.status().ok);
      CHECK(journal.check().integrity == "ok");
    }
  }
}
