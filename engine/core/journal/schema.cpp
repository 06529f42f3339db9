#include "core/journal/schema.hpp"

#include <map>
#include <vector>

#include "core/journal/sqlite_statement.hpp"

namespace lineage::journal_detail {
namespace {

// Version 1 (the first release): one row per answer, holding only its latest value.
const char* const kVersion1 = R"sql(
CREATE TABLE schema_version(version INTEGER NOT NULL);
INSERT INTO schema_version VALUES(0);
CREATE TABLE profiles(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  created_at INTEGER NOT NULL);
CREATE TABLE answers(
  profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
  prompt TEXT NOT NULL,
  text TEXT NOT NULL DEFAULT '',
  option TEXT NOT NULL DEFAULT '',
  scale INTEGER,
  saved_at INTEGER NOT NULL,
  PRIMARY KEY(profile_id, prompt));
CREATE TABLE progress(
  profile_id INTEGER PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,
  moment TEXT NOT NULL,
  beat INTEGER NOT NULL,
  state TEXT NOT NULL);
)sql";

// Version 2: every saved revision is kept (answers point at their current one), evidence
// answers carry a confidence, and each profile has its own settings.
const char* const kVersion2 = R"sql(
CREATE TABLE revisions(
  id INTEGER PRIMARY KEY,
  profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
  prompt TEXT NOT NULL,
  text TEXT NOT NULL DEFAULT '',
  option TEXT NOT NULL DEFAULT '',
  confidence INTEGER NOT NULL DEFAULT 0,
  scale INTEGER,
  saved_at INTEGER NOT NULL);
CREATE INDEX revisions_by_answer ON revisions(profile_id, prompt, id);
INSERT INTO revisions(profile_id, prompt, text, option, scale, saved_at)
  SELECT profile_id, prompt, text, option, scale, saved_at FROM answers ORDER BY saved_at;
CREATE TABLE answers_v2(
  profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
  prompt TEXT NOT NULL,
  revision INTEGER NOT NULL REFERENCES revisions(id),
  PRIMARY KEY(profile_id, prompt));
INSERT INTO answers_v2(profile_id, prompt, revision)
  SELECT profile_id, prompt, max(id) FROM revisions GROUP BY profile_id, prompt;
DROP TABLE answers;
ALTER TABLE answers_v2 RENAME TO answers;
ALTER TABLE progress ADD COLUMN saved_at INTEGER NOT NULL DEFAULT 0;
CREATE TABLE settings(
  profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY(profile_id, key));
)sql";

// Version 3: a deleted reader's id is never reused (AUTOINCREMENT), so nothing keyed by an
// old id (a draft, an open field, a setting remembered elsewhere) can reach a new reader.
// SQLite cannot add AUTOINCREMENT to a table: it is rebuilt, with foreign keys off.
const char* const kVersion3 = R"sql(
CREATE TABLE profiles_v3(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  created_at INTEGER NOT NULL);
INSERT INTO profiles_v3(id, name, created_at) SELECT id, name, created_at FROM profiles ORDER BY id;
DROP TABLE profiles;
ALTER TABLE profiles_v3 RENAME TO profiles;
)sql";

// Version 4: memory-cue reviews, one row per review, never changed: the spaced-repetition
// schedule is recomputed from them. `day` is the reader's calendar day, so a replay does not
// depend on the time zone it runs in.
const char* const kVersion4 = R"sql(
CREATE TABLE cue_reviews(
  id INTEGER PRIMARY KEY,
  profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
  card TEXT NOT NULL,
  reviewed_at INTEGER NOT NULL,
  day INTEGER NOT NULL,
  rating INTEGER NOT NULL CHECK(rating BETWEEN 1 AND 4),
  stability REAL NOT NULL,
  difficulty REAL NOT NULL,
  interval_days INTEGER NOT NULL);
CREATE INDEX cue_reviews_by_reader ON cue_reviews(profile_id, id);
)sql";

// Version 5: class responses (issue 18): a session per lesson, the prompts it opened, and every answer a
// device sent, each revision kept. A device is its join number in the session (1, 2, 3 ...);
// its token is never stored. Deleting a session deletes its prompts and answers.
const char* const kClassSessions = R"sql(
CREATE TABLE class_sessions(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  lesson TEXT NOT NULL DEFAULT '',
  started_at INTEGER NOT NULL,
  ended_at INTEGER);
CREATE TABLE class_prompts(
  session_id INTEGER NOT NULL REFERENCES class_sessions(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  prompt TEXT NOT NULL,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  opened_at INTEGER NOT NULL,
  PRIMARY KEY(session_id, position));
CREATE TABLE class_answers(
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES class_sessions(id) ON DELETE CASCADE,
  prompt TEXT NOT NULL,
  device INTEGER NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  option TEXT NOT NULL DEFAULT '',
  confidence INTEGER NOT NULL DEFAULT 0,
  scale INTEGER,
  text TEXT NOT NULL DEFAULT '',
  saved_at INTEGER NOT NULL,
  cleared INTEGER NOT NULL DEFAULT 0);
CREATE INDEX class_answers_by_device ON class_answers(session_id, prompt, device, id);
)sql";

// Version 6: which open answers the teacher showed the class (issue 18), so the lesson handout's
// class section prints those and no others.
const char* const kClassShown = R"sql(
ALTER TABLE class_answers ADD COLUMN shown INTEGER NOT NULL DEFAULT 0;
)sql";

// kSteps[n] turns version n into version n + 1.
const char* const kSteps[kSchemaVersion] = {kVersion1, kVersion2, kVersion3, kVersion4, kClassSessions, kClassShown};

}  // namespace

int read_schema_version(sqlite3* db, int& version) {
  version = 0;
  Statement has(db, "SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_version'");
  int rc = has.step();
  if (rc == SQLITE_DONE) return SQLITE_OK;  // a new database
  if (rc != SQLITE_ROW) return rc;
  Statement read(db, "SELECT max(version) FROM schema_version");
  rc = read.step();
  if (rc != SQLITE_ROW) return rc;
  version = int(read.int64(0));
  return SQLITE_OK;
}

int migrate(sqlite3* db, std::string& error) {
  // Table rebuilds are done with foreign keys off, as SQLite's ALTER TABLE notes advise;
  // the pragma is a no-op inside a transaction, so it is set around them.
  exec(db, "PRAGMA foreign_keys=OFF");
  int rc = SQLITE_OK;
  for (;;) {
    // IMMEDIATE takes the write lock before reading the version, so two Lineages opening
    // the same old database at once cannot both run a step.
    if ((rc = exec(db, "BEGIN IMMEDIATE")) != SQLITE_OK) break;
    int version = 0;
    if ((rc = read_schema_version(db, version)) != SQLITE_OK) break;
    if (version > kSchemaVersion) {
      error = "the journal was written by a newer Lineage (schema version " +
              std::to_string(version) + "); it is left untouched";
      rc = SQLITE_ERROR;
      break;
    }
    if (version == kSchemaVersion) {
      rc = exec(db, "COMMIT");
      break;
    }
    if ((rc = exec(db, kSteps[version])) != SQLITE_OK) break;
    Statement bump(db, "UPDATE schema_version SET version = ?");
    if ((rc = bump.bind(1, version + 1).run()) != SQLITE_OK) break;
    if ((rc = exec(db, "COMMIT")) != SQLITE_OK) break;
  }
  if (rc != SQLITE_OK) {
    if (error.empty()) error = sqlite3_errmsg(db);
    if (!sqlite3_get_autocommit(db)) exec(db, "ROLLBACK");
  }
  exec(db, "PRAGMA foreign_keys=ON");
  return rc;
}

namespace {

using Shape = std::map<std::string, std::vector<std::string>>;  // "table t" / "index i" -> columns

Shape shape_of(sqlite3* db) {
  Shape shape;
  Statement objects(db, "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'index') "
                        "AND name NOT LIKE 'sqlite_%' ORDER BY name");
  std::vector<std::pair<std::string, std::string>> names;
  while (objects.step() == SQLITE_ROW) names.emplace_back(objects.text(0), objects.text(1));
  for (const auto& [type, name] : names) {
    Statement columns(db, "SELECT name FROM pragma_" + std::string(type == "table" ? "table_info" : "index_info") +
                              "(?) ORDER BY " + (type == "table" ? "cid" : "seqno"));
    columns.bind(1, name);
    auto& list = shape[type + " " + name];
    while (columns.step() == SQLITE_ROW) list.push_back(columns.text(0));
  }
  return shape;
}

// The shape of a journal made afresh, once per run.
const Shape& expected_shape() {
  static const Shape shape = [] {
    sqlite3* db = nullptr;
    Shape s;
    std::string error;
    if (sqlite3_open(":memory:", &db) == SQLITE_OK && migrate(db, error) == SQLITE_OK) s = shape_of(db);
    sqlite3_close(db);
    return s;
  }();
  return shape;
}

}  // namespace

int check_schema_shape(sqlite3* db) {
  int version = 0;
  if (int rc = read_schema_version(db, version); rc != SQLITE_OK) return rc;
  if (version != kSchemaVersion || expected_shape().empty()) return SQLITE_OK;
  return shape_of(db) == expected_shape() ? SQLITE_OK : SQLITE_CORRUPT;
}

}  // namespace lineage::journal_detail
