// A thin RAII wrapper over one prepared SQLite statement, used only inside the journal.
// It never throws: every call returns SQLite's result code so the journal can turn a
// failure (busy, read-only, full, corrupt) into a plain JournalStatus instead of a crash.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace lineage::journal_detail {

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql) {
    if (db) code_ = sqlite3_prepare_v2(db, sql.data(), int(sql.size()), &stmt_, nullptr);
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  bool prepared() const { return stmt_ != nullptr; }
  int prepare_code() const { return stmt_ ? SQLITE_OK : (code_ == SQLITE_OK ? SQLITE_MISUSE : code_); }

  // Binding is 1-based, as in SQLite. Text is copied (SQLITE_TRANSIENT): callers pass temporaries.
  Statement& bind(int i, std::string_view text) {
    sqlite3_bind_text(stmt_, i, text.data(), int(text.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& bind(int i, std::int64_t value) {
    sqlite3_bind_int64(stmt_, i, value);
    return *this;
  }
  Statement& bind(int i, int value) { return bind(i, std::int64_t(value)); }
  Statement& bind(int i, double value) {
    sqlite3_bind_double(stmt_, i, value);
    return *this;
  }
  // A column of another statement (another connection's, even), copied as it is.
  Statement& bind_value(int i, const sqlite3_value* value) {
    sqlite3_bind_value(stmt_, i, value);
    return *this;
  }
  // Ready to bind and run again.
  void reset() { sqlite3_reset(stmt_); }
  Statement& bind_null(int i) {
    sqlite3_bind_null(stmt_, i);
    return *this;
  }

  // SQLITE_ROW while rows come, SQLITE_DONE at the end, anything else is an error.
  int step() { return stmt_ ? sqlite3_step(stmt_) : prepare_code(); }
  // Runs a statement that returns no rows; SQLITE_OK on success.
  int run() {
    int rc = step();
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? SQLITE_OK : rc;
  }

  std::string text(int col) const {
    auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
    return p ? std::string(p, std::size_t(sqlite3_column_bytes(stmt_, col))) : std::string();
  }
  std::int64_t int64(int col) const { return sqlite3_column_int64(stmt_, col); }
  double real(int col) const { return sqlite3_column_double(stmt_, col); }
  int column_count() const { return stmt_ ? sqlite3_column_count(stmt_) : 0; }
  sqlite3_value* value(int col) const { return sqlite3_column_value(stmt_, col); }
  bool is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

 private:
  sqlite3_stmt* stmt_ = nullptr;
  int code_ = SQLITE_OK;
};

// Runs one or more statements with no parameters; SQLITE_OK on success.
inline int exec(sqlite3* db, const char* sql) {
  return db ? sqlite3_exec(db, sql, nullptr, nullptr, nullptr) : SQLITE_CANTOPEN;
}

}  // namespace lineage::journal_detail
