// `lineage journal --check`: a look at the database that changes nothing: it opens it
// read-only. Unlike opening a
// Journal, it never sets a damaged file aside or creates one that is missing.
#include <sqlite3.h>

#include "core/journal/journal.hpp"
#include "core/journal/journal_writes.hpp"
#include "core/journal/sqlite_statement.hpp"

namespace lineage {
using namespace journal_detail;

int journal_check_command(const std::filesystem::path& data_dir, std::ostream& out) {
  std::filesystem::path path = data_dir / JournalOptions{}.file_name;
  out << "Journal: " << path.string() << "\n";
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    out << "No journal database there yet (nothing has been saved in this data folder).\n";
    return 2;
  }
  sqlite3* db = nullptr;
  // Read-only: a check must work on a read-only folder or mount, and must never be what
  // writes to a journal. SQLite reads a WAL left by a killed Lineage without replaying it
  // into the file.
  int rc = open_read_only(path.string(), &db);
  if (rc != SQLITE_OK && !is_corrupt(rc)) {
    out << "Cannot open it: " << (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)) << "\n";
    sqlite3_close_v2(db);
    return 2;
  }
  sqlite3_busy_timeout(db, 2000);
  JournalCheck check = check_connection(db);
  out << "Schema version: " << check.schema_version << "\n";
  out << "Journal mode: " << check.journal_mode << "\n";
  out << "Integrity: " << check.integrity << "\n";
  if (check.status.ok) {
    out << "Profiles: " << check.counts.profiles << "\n";
    out << "Answers: " << check.counts.answers << "\n";
    out << "Revisions: " << check.counts.revisions << "\n";
    if (check.schema_version >= 2) {
      Statement each(db,
                     "SELECT p.name, (SELECT count(*) FROM answers a WHERE a.profile_id = p.id),"
                     " (SELECT count(*) FROM revisions r WHERE r.profile_id = p.id)"
                     " FROM profiles p ORDER BY p.name COLLATE NOCASE");
      while (each.step() == SQLITE_ROW)
        out << "  " << each.text(0) << ": " << each.int64(1) << " answers, " << each.int64(2)
            << " revisions\n";
    }
  } else {
    out << "Problem: " << check.status.message << "\n";
  }
  sqlite3_close_v2(db);
  // Only damage is 1; a journal that could not be read (locked, no permission) is 2.
  if (check.could_not_read) return 2;
  return check.status.ok ? 0 : 1;
}

}  // namespace lineage
