// The journal's SQL, shared by its .cpp files: each function is one logical write or read
// on an open connection and returns SQLite's result code. Callers own transactions.
#pragma once

#include <sqlite3.h>

#include <cstdint>

#include "core/journal/journal.hpp"

namespace lineage::journal_detail {

std::int64_t now_ms();

// A new revision, and the answer pointed at it. SQLITE_CONSTRAINT if the profile is gone.
int write_answer(sqlite3* db, std::int64_t profile, const Answer& answer);
// Makes sure profile `id` exists, adding it under `name` (made unique) if it does not.
int restore_profile(sqlite3* db, std::int64_t id, const std::string& name);
int write_progress(sqlite3* db, std::int64_t profile, const Progress& progress);
int write_review(sqlite3* db, std::int64_t profile, const CueReview& review);
int write_setting(sqlite3* db, std::int64_t profile, const std::string& key,
                  const std::string& value);

// Opens `path` for reading only, never creating or changing anything. In a folder where SQLite
// cannot make its -shm file (a read-only folder or mount), it opens the file as immutable.
int open_read_only(const std::string& path, sqlite3** db);

// The id of the profile called `name`, adding her if there is none.
int find_or_add_profile(sqlite3* db, const std::string& name, std::int64_t& id);

bool is_corrupt(int rc);

// integrity_check, schema version and counts on an open connection.
JournalCheck check_connection(sqlite3* db);

}  // namespace lineage::journal_detail
