// Copies what a damaged journal still holds into a fresh one (journal_recover.cpp).
#pragma once

#include <sqlite3.h>

#include "core/journal/journal.hpp"

namespace lineage::journal_detail {

// Every row SQLite can read from `from` (the damaged copy, open read-only) into `to` (a fresh,
// migrated journal), in one transaction: all of it or, if writing fails, nothing.
JournalRecovery salvage(sqlite3* from, sqlite3* to);

}  // namespace lineage::journal_detail
