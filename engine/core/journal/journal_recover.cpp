// Recovering what a damaged journal still holds: after the damaged file is copied aside and a
// fresh journal started, every row SQLite can still read from the copy (readers, every answer
// revision, progress, settings, cue reviews, class responses) is copied into the new one.
// A table is read in rowid order; where a damaged page stops the scan, reading starts again
// past it, so the rows after the damage are kept too. The copy itself is never changed.
#include "core/journal/journal_recover.hpp"

#include <limits>

#include "core/journal/journal_writes.hpp"
#include "core/journal/sqlite_statement.hpp"

namespace lineage::journal_detail {
namespace {

struct TableColumns {
  const char* table;
  const char* columns;
};

// Parents before children. `answers` is rebuilt from the revisions (each answer is its reader's
// latest revision of that prompt), so a damaged answers page loses nothing that a revision holds.
const TableColumns kTables[] = {
    {"profiles", "id, name, created_at"},
    {"revisions", "id, profile_id, prompt, text, option, confidence, scale, saved_at"},
    {"progress", "profile_id, moment, beat, state, saved_at"},
    {"settings", "profile_id, key, value"},
    {"cue_reviews", "id, profile_id, card, reviewed_at, day, rating, stability, difficulty, interval_days"},
    {"class_sessions", "id, lesson, started_at, ended_at"},
    {"class_prompts", "session_id, position, prompt, kind, text, opened_at"},
    {"class_answers", "id, session_id, prompt, device, name, option, confidence, scale, text, saved_at, cleared"},
};

int column_count(const char* columns) {
  int n = 1;
  for (const char* c = columns; *c; ++c) n += *c == ',';
  return n;
}

// Rows of `table` with rowid > `after`, copied into `to`. Returns SQLITE_DONE at the end of the
// table, an error code where the old file's damage stopped the scan (`after` is then the last
// rowid copied), or SQLITE_MISUSE if the old file has no such table or columns.
// With `only`, just the row whose rowid is `after`.
int copy_from(sqlite3* from, sqlite3* to, const TableColumns& t, std::int64_t& after, int& copied, int& write_rc,
              bool only = false) {
  std::string where = only ? " WHERE rowid = ?" : " WHERE rowid > ? ORDER BY rowid";
  Statement by_name(from, std::string("SELECT rowid, ") + t.columns + " FROM " + t.table + where);
  // A damaged schema may have changed a column's name: then the columns are taken by place,
  // if there are as many as there should be.
  Statement by_place(from, by_name.prepared() ? std::string() : "SELECT rowid, * FROM " + std::string(t.table) + where);
  Statement& read = by_name.prepared() ? by_name : by_place;
  int n = column_count(t.columns);
  if (!read.prepared() || read.column_count() != n + 1) return SQLITE_MISUSE;
  read.bind(1, after);
  std::string placeholders = "?";
  for (int i = 1; i < n; ++i) placeholders += ", ?";
  Statement write(to, std::string("INSERT OR IGNORE INTO ") + t.table + "(" + t.columns + ") VALUES(" +
                          placeholders + ")");
  int rc;
  while ((rc = read.step()) == SQLITE_ROW) {
    after = read.int64(0);
    write.reset();
    for (int i = 0; i < n; ++i) write.bind_value(i + 1, read.value(i + 1));
    int wrc = write.run();
    if (wrc != SQLITE_OK) {
      write_rc = wrc;
      return SQLITE_DONE;
    }
    if (sqlite3_changes(to) > 0) ++copied;
  }
  return rc;
}

// Whether a scan starting past `after` gets its first row (or the end) without an error.
bool readable_from(sqlite3* from, const TableColumns& t, std::int64_t after) {
  Statement probe(from, std::string("SELECT rowid FROM ") + t.table + " WHERE rowid > ? ORDER BY rowid");
  int rc = probe.bind(1, after).step();
  return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

// Copies what can be read of one table; returns the number of rows copied. Rowids start at 1
// (SQLite gives no other; the journal sets none).
int salvage_table(sqlite3* from, sqlite3* to, const TableColumns& t, int& write_rc) {
  constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
  std::int64_t after = 0;
  int copied = 0;
  for (int skips = 0; skips < 64 && write_rc == SQLITE_OK; ++skips) {
    int rc = copy_from(from, to, t, after, copied, write_rc);
    if (rc == SQLITE_DONE || rc == SQLITE_MISUSE) break;
    // Damage: find a start past it, doubling the step (bounded), then the nearest such start.
    std::int64_t bad = after, step = 1, good = after;
    bool found = false;
    for (int tries = 0; tries < 62 && !found; ++tries, step *= 2) {
      good = bad > kMax - step ? kMax : bad + step;
      if (readable_from(from, t, good)) found = true;
      else bad = good;
      if (good == kMax) break;
    }
    if (!found) break;
    while (good - bad > 1) {
      std::int64_t mid = bad + (good - bad) / 2;
      (readable_from(from, t, mid) ? good : bad) = mid;
    }
    // Reading resumes after `good`; the row `good` itself is tried alone (a scan from before it
    // meets the damage first).
    after = good;
    std::int64_t row = good;
    if (copy_from(from, to, t, row, copied, write_rc, true) == SQLITE_MISUSE) break;
  }
  return copied;
}

}  // namespace

JournalRecovery salvage(sqlite3* from, sqlite3* to) {
  JournalRecovery result;
  if (!from || !to) return result;
  // Rows may come without their parent (a reader's page lost, her answers kept): foreign keys
  // are off while copying, and a missing parent is then put back under a placeholder.
  exec(to, "PRAGMA foreign_keys=OFF");
  int rc = exec(to, "BEGIN IMMEDIATE");
  int write_rc = rc;
  for (const TableColumns& t : kTables) {
    if (write_rc != SQLITE_OK) break;
    int copied = salvage_table(from, to, t, write_rc);
    std::string name = t.table;
    if (name == "profiles") result.readers = copied;
    else if (name == "revisions") result.revisions = copied;
    else result.other_rows += copied;
  }
  if (write_rc == SQLITE_OK) {
    write_rc = exec(to,
                    "INSERT OR IGNORE INTO answers(profile_id, prompt, revision)"
                    "  SELECT profile_id, prompt, max(id) FROM revisions GROUP BY profile_id, prompt;"
                    "INSERT OR IGNORE INTO profiles(id, name, created_at)"
                    "  SELECT DISTINCT owner, 'Recovered reader ' || owner, 0 FROM ("
                    "    SELECT profile_id AS owner FROM revisions UNION SELECT profile_id FROM progress"
                    "    UNION SELECT profile_id FROM settings UNION SELECT profile_id FROM cue_reviews)"
                    "  WHERE owner NOT IN (SELECT id FROM profiles);"
                    "INSERT OR IGNORE INTO class_sessions(id, lesson, started_at)"
                    "  SELECT DISTINCT session, '', 0 FROM ("
                    "    SELECT session_id AS session FROM class_prompts UNION SELECT session_id FROM class_answers)"
                    "  WHERE session NOT IN (SELECT id FROM class_sessions);");
  }
  // Ids of deleted readers and sessions are never reused (AUTOINCREMENT): keep the old counters.
  if (write_rc == SQLITE_OK) {
    Statement old(from, "SELECT name, seq FROM sqlite_sequence");
    while (write_rc == SQLITE_OK && old.step() == SQLITE_ROW) {
      Statement raise(to, "UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?");
      write_rc = raise.bind(1, old.int64(1)).bind(2, old.text(0)).run();
    }
  }
  if (write_rc == SQLITE_OK) {
    Statement answers(to, "SELECT count(*) FROM answers");
    if (answers.step() == SQLITE_ROW) result.answers = int(answers.int64(0));
    // A row whose parent could not be put back (a placeholder's name taken) is not kept.
    Statement orphans(to, "PRAGMA foreign_key_check");
    if (orphans.step() == SQLITE_ROW) write_rc = SQLITE_CONSTRAINT_FOREIGNKEY;
  }
  if (write_rc == SQLITE_OK) write_rc = exec(to, "COMMIT");
  if (write_rc != SQLITE_OK) {
    if (!sqlite3_get_autocommit(to)) exec(to, "ROLLBACK");
    result = JournalRecovery{};
  }
  result.rc = write_rc;
  exec(to, "PRAGMA foreign_keys=ON");
  return result;
}

}  // namespace lineage::journal_detail
