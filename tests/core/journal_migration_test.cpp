// Databases written by earlier versions open and are brought up to date, keeping every answer.
// The version-1 fixture below is frozen SQL, written the way the first release wrote it,
// so a change to the migration code cannot quietly change what "version 1" means here.
#include <sqlite3.h>

#include <catch2/catch.hpp>

#include "core/journal/journal.hpp"
#include "core/journal/schema.hpp"
#include "journal_temp_dir.hpp"

using lineage::Journal;
using lineage::testing::TempDir;

namespace {

void run_sql(const std::filesystem::path& db_path, const char* sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(db_path.c_str(), &db) == SQLITE_OK);
  char* error = nullptr;
  int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
  INFO((error ? error : ""));
  sqlite3_free(error);
  sqlite3_close(db);
  REQUIRE(rc == SQLITE_OK);
}

const char* const kVersion1Database = R"sql(
CREATE TABLE schema_version(version INTEGER NOT NULL);
INSERT INTO schema_version VALUES(1);
CREATE TABLE profiles(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  created_at INTEGER NOT NULL);
CREATE TABLE answers(profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
  prompt TEXT NOT NULL, text TEXT NOT NULL DEFAULT '', option TEXT NOT NULL DEFAULT '',
  scale INTEGER, saved_at INTEGER NOT NULL, PRIMARY KEY(profile_id, prompt));
CREATE TABLE progress(profile_id INTEGER PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,
  moment TEXT NOT NULL, beat INTEGER NOT NULL, state TEXT NOT NULL);
INSERT INTO profiles VALUES(1, 'Mia', 1700000000000), (2, 'Ana', 1700000000001);
INSERT INTO answers VALUES(1, 'open-1', 'Written in version one', '', NULL, 1700000001000);
INSERT INTO answers VALUES(1, 'choice-1', '', 'mother', NULL, 1700000002000);
INSERT INTO answers VALUES(2, 'scale-1', '', '', 4, 1700000003000);
INSERT INTO progress VALUES(1, 'the-park', 2, '{}');
)sql";

}  // namespace

TEST_CASE("A version 1 journal is migrated to the current version with nothing lost", "[journal]") {
  TempDir dir("journal-migrate-v1");
  run_sql(dir / "journal.db", kVersion1Database);

  Journal journal(dir.path());
  REQUIRE(journal.status().ok);
  auto check = journal.check();
  CHECK(check.schema_version == lineage::journal_detail::kSchemaVersion);
  CHECK(check.integrity == "ok");
  CHECK(check.counts.profiles == 2);
  CHECK(check.counts.answers == 3);
  CHECK(check.counts.revisions == 3);  // each old answer becomes its first revision

  auto mia = journal.find_profile("Mia");
  auto ana = journal.find_profile("ana");
  REQUIRE(mia);
  REQUIRE(ana);
  CHECK(mia->created_at == 1700000000000);
  auto open = journal.answer(mia->id, "open-1");
  REQUIRE(open);
  CHECK(open->text == "Written in version one");
  CHECK(open->saved_at == 1700000001000);
  CHECK(open->confidence == 0);
  CHECK(journal.answer(mia->id, "choice-1")->option == "mother");
  CHECK(journal.answer(ana->id, "scale-1")->scale == 4);
  CHECK(journal.progress(mia->id)->moment == "the-park");

  // Version 2's additions work on the migrated database.
  lineage::Answer edit = *open;
  edit.text = "Revised in version two";
  edit.saved_at = 0;
  REQUIRE(journal.save_answer(mia->id, edit));
  auto history = journal.history(mia->id, "open-1");
  REQUIRE(history.size() == 2);
  CHECK(history[0].answer.text == "Written in version one");
  CHECK(history[1].answer.text == "Revised in version two");
  CHECK(journal.set_setting(mia->id, "milestone", "part-one"));
  CHECK(journal.delete_profile(ana->id));  // cascades still hold after the table rebuild
  CHECK(journal.check().counts.answers == 2);
  // Version 3: the profiles table was rebuilt; her id is not given to the next reader.
  auto next = journal.create_profile("Noor");
  REQUIRE(next);
  CHECK(next->id != ana->id);
  CHECK(journal.check().integrity == "ok");
}

TEST_CASE("A new journal is created at the current version and reopens unchanged", "[journal]") {
  TempDir dir("journal-migrate-new");
  { Journal journal(dir.path() / "nested" / "data"); }  // a missing folder is made
  Journal journal(dir.path() / "nested" / "data");
  REQUIRE(journal.status().ok);
  CHECK(journal.check().schema_version == lineage::journal_detail::kSchemaVersion);
}

TEST_CASE("A journal from a newer Lineage is refused and left untouched", "[journal]") {
  TempDir dir("journal-migrate-newer");
  run_sql(dir / "journal.db",
          "CREATE TABLE schema_version(version INTEGER NOT NULL);"
          "INSERT INTO schema_version VALUES(99); CREATE TABLE future(x);");
  std::string before = lineage::testing::read_file(dir / "journal.db");
  {
    Journal journal(dir.path());
    CHECK_FALSE(journal.status().ok);
    CHECK(journal.status().message.find("newer Lineage") != std::string::npos);
    CHECK_FALSE(journal.save_answer(1, lineage::Answer{"p", "kept in memory", "", 0, {}, 0}));
    CHECK(journal.answer(1, "p")->text == "kept in memory");
  }
  CHECK((lineage::testing::read_file(dir / "journal.db") == before));  // no byte dump on failure
}
