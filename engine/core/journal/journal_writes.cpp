#include "core/journal/journal_writes.hpp"

#include <chrono>
#include <cstdio>

#include "core/journal/schema.hpp"
#include "core/journal/sqlite_statement.hpp"

namespace lineage::journal_detail {

std::int64_t now_ms() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

int write_answer(sqlite3* db, std::int64_t profile, const Answer& a) {
  Statement revision(db,
                     "INSERT INTO revisions(profile_id, prompt, text, option, confidence, scale, "
                     "saved_at) VALUES(?, ?, ?, ?, ?, ?, ?)");
  revision.bind(1, profile).bind(2, a.prompt).bind(3, a.text).bind(4, a.option);
  revision.bind(5, a.confidence).bind(7, a.saved_at);
  if (a.scale) revision.bind(6, *a.scale); else revision.bind_null(6);
  int rc = revision.run();
  if (rc != SQLITE_OK) return rc;
  Statement current(db,
                    "INSERT INTO answers(profile_id, prompt, revision) VALUES(?, ?, ?) "
                    "ON CONFLICT(profile_id, prompt) DO UPDATE SET revision = excluded.revision");
  return current.bind(1, profile).bind(2, a.prompt).bind(3, std::int64_t(sqlite3_last_insert_rowid(db))).run();
}

int restore_profile(sqlite3* db, std::int64_t id, const std::string& name) {
  Statement exists(db, "SELECT 1 FROM profiles WHERE id = ?");
  int rc = exists.bind(1, id).step();
  if (rc == SQLITE_ROW) return SQLITE_OK;
  if (rc != SQLITE_DONE) return rc;
  for (int n = 1;; ++n) {  // "Mia", then "Mia (2)" if a new Mia was made meanwhile
    Statement insert(db, "INSERT INTO profiles(id, name, created_at) VALUES(?, ?, ?)");
    std::string unique = n == 1 ? name : name + " (" + std::to_string(n) + ")";
    rc = insert.bind(1, id).bind(2, unique).bind(3, now_ms()).run();
    if ((rc & 0xff) != SQLITE_CONSTRAINT || n > 100) return rc;
  }
}

int find_or_add_profile(sqlite3* db, const std::string& name, std::int64_t& id) {
  Statement find(db, "SELECT id FROM profiles WHERE name = ?");
  int rc = find.bind(1, name).step();
  if (rc == SQLITE_ROW) {
    id = find.int64(0);
    return SQLITE_OK;
  }
  if (rc != SQLITE_DONE) return rc;
  Statement insert(db, "INSERT INTO profiles(name, created_at) VALUES(?, ?)");
  rc = insert.bind(1, name).bind(2, now_ms()).run();
  if (rc == SQLITE_OK) id = sqlite3_last_insert_rowid(db);
  return rc;
}

bool is_corrupt(int rc) {
  rc &= 0xff;
  return rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT;
}

namespace {
// SQLite URIs take the path percent-encoded where it could be read as URI syntax.
std::string file_uri(const std::string& path) {
  std::string uri = "file:";
  for (unsigned char ch : path) {
    if (ch == '%' || ch == '?' || ch == '#' || ch < 0x20) {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", ch);
      uri += buf;
    } else {
      uri += char(ch);
    }
  }
  return uri;
}
}  // namespace

int open_read_only(const std::string& path, sqlite3** db) {
  int rc = sqlite3_open_v2(path.c_str(), db, SQLITE_OPEN_READONLY, nullptr);
  if (rc == SQLITE_OK) {
    Statement probe(*db, "SELECT count(*) FROM sqlite_master");
    rc = probe.step();
    if (rc == SQLITE_ROW) return SQLITE_OK;
  }
  if ((rc & 0xff) != SQLITE_CANTOPEN && (rc & 0xff) != SQLITE_READONLY) return rc;
  // Nobody can write a file in a read-only folder, so reading it as immutable (no locks, no
  // -shm) is safe.
  sqlite3_close_v2(*db);
  *db = nullptr;
  return sqlite3_open_v2((file_uri(path) + "?immutable=1").c_str(), db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI,
                         nullptr);
}

int write_progress(sqlite3* db, std::int64_t profile, const Progress& p) {
  Statement s(db,
              "INSERT INTO progress(profile_id, moment, beat, state, saved_at) VALUES(?, ?, ?, ?, ?) "
              "ON CONFLICT(profile_id) DO UPDATE SET moment = excluded.moment, "
              "beat = excluded.beat, state = excluded.state, saved_at = excluded.saved_at");
  return s.bind(1, profile).bind(2, p.moment).bind(3, p.beat).bind(4, p.state).bind(5, now_ms()).run();
}

int write_setting(sqlite3* db, std::int64_t profile, const std::string& key,
                  const std::string& value) {
  Statement s(db,
              "INSERT INTO settings(profile_id, key, value) VALUES(?, ?, ?) "
              "ON CONFLICT(profile_id, key) DO UPDATE SET value = excluded.value");
  return s.bind(1, profile).bind(2, key).bind(3, value).run();
}

namespace {
std::int64_t count_rows(sqlite3* db, const char* table) {
  Statement exists(db, "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?");
  if (exists.bind(1, std::string_view(table)).step() != SQLITE_ROW) return 0;
  Statement count(db, std::string("SELECT count(*) FROM ") + table);
  return count.step() == SQLITE_ROW ? count.int64(0) : 0;
}
}  // namespace

JournalCheck check_connection(sqlite3* db) {
  JournalCheck result;
  if (!db) {
    result.status = {false, "the journal is not open"};
    return result;
  }
  Statement integrity(db, "PRAGMA integrity_check");
  int rc;
  while ((rc = integrity.step()) == SQLITE_ROW) {
    if (!result.integrity.empty()) result.integrity += "\n";
    result.integrity += integrity.text(0);
  }
  if (rc != SQLITE_DONE) {
    result.status = {false, std::string("integrity check could not run: ") + sqlite3_errmsg(db)};
    result.could_not_read = !is_corrupt(rc);
    if (result.integrity.empty()) result.integrity = sqlite3_errmsg(db);
    return result;
  }
  read_schema_version(db, result.schema_version);
  Statement mode(db, "PRAGMA journal_mode");
  if (mode.step() == SQLITE_ROW) result.journal_mode = mode.text(0);
  Statement sync(db, "PRAGMA synchronous");
  if (sync.step() == SQLITE_ROW) result.synchronous = int(sync.int64(0));
  result.counts.profiles = count_rows(db, "profiles");
  result.counts.answers = count_rows(db, "answers");
  // Version 1 kept no history: each answer was its only revision.
  result.counts.revisions = result.schema_version >= 2 ? count_rows(db, "revisions")
                                                       : result.counts.answers;
  bool sound = result.integrity == "ok";
  result.status = {sound, sound ? "" : "the journal database is damaged"};
  return result;
}

}  // namespace lineage::journal_detail
