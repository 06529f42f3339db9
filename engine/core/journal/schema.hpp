// The journal's schema and its migrations. Each version is a step from the one before; a
// database of any earlier version is brought up to date in order, each step in its own
// transaction, so a crash mid-migration leaves the last whole version behind.
#pragma once

#include <sqlite3.h>

#include <string>

namespace lineage::journal_detail {

constexpr int kSchemaVersion = 6;

// The version a database holds: 0 for a new, empty one. Returns an SQLite result code.
int read_schema_version(sqlite3* db, int& version);

// Brings the database up to kSchemaVersion. SQLITE_OK on success; otherwise `error` says why
// (including "written by a newer Lineage", which we refuse to touch).
int migrate(sqlite3* db, std::string& error);

// Whether a database of the current version has the shape migrate() gives one: every table
// with its columns in order, every index on its columns. A damaged schema (a flipped byte in a
// column's name) passes SQLite's quick_check yet fails every write; it is SQLITE_CORRUPT here.
// An older version (migrated later) or a new, empty database is SQLITE_OK.
int check_schema_shape(sqlite3* db);

}  // namespace lineage::journal_detail
