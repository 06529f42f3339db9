#include "core/classroom/class_store.hpp"

#include <sqlite3.h>

#include <chrono>
#include <map>

#include "core/journal/schema.hpp"
#include "core/journal/sqlite_statement.hpp"

namespace lineage::classroom {

using journal_detail::exec;
using journal_detail::Statement;

std::int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch()).count();
}

ClassStore::ClassStore(const std::filesystem::path& database, int busy_timeout_ms) {
  int rc = sqlite3_open_v2(database.c_str(), &db_,
                           SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr);
  if (rc == SQLITE_OK) {
    sqlite3_busy_timeout(db_, busy_timeout_ms);
    Statement wal(db_, "PRAGMA journal_mode=WAL");
    rc = wal.step() == SQLITE_ROW ? SQLITE_OK : SQLITE_ERROR;
  }
  if (rc == SQLITE_OK) {
    exec(db_, "PRAGMA synchronous=FULL");
    rc = journal_detail::migrate(db_, error_);
    exec(db_, "PRAGMA foreign_keys=ON");
  }
  if (rc != SQLITE_OK) {
    if (error_.empty()) error_ = db_ ? sqlite3_errmsg(db_) : "cannot open the database";
    error_ = "The class database " + database.string() + " cannot be used: " + error_;
    sqlite3_close(db_);
    db_ = nullptr;
  }
}

ClassStore::~ClassStore() { sqlite3_close(db_); }

std::optional<std::int64_t> ClassStore::begin_session(const std::string& lesson, std::int64_t now) {
  std::lock_guard lock(mutex_);
  Statement s(db_, "INSERT INTO class_sessions(lesson, started_at) VALUES(?, ?)");
  if (s.bind(1, lesson).bind(2, now).run() != SQLITE_OK) return std::nullopt;
  return sqlite3_last_insert_rowid(db_);
}

bool ClassStore::end_session(std::int64_t session, std::int64_t now) {
  std::lock_guard lock(mutex_);
  return Statement(db_, "UPDATE class_sessions SET ended_at = ? WHERE id = ?").bind(1, now).bind(2, session).run() == SQLITE_OK;
}

bool ClassStore::add_prompt(std::int64_t session, int position, const ClassPrompt& p, std::int64_t now) {
  std::lock_guard lock(mutex_);
  Statement s(db_, "INSERT OR REPLACE INTO class_prompts(session_id, position, prompt, kind, text, opened_at) "
                   "VALUES(?, ?, ?, ?, ?, ?)");
  return s.bind(1, session).bind(2, position).bind(3, p.id).bind(4, kind_name(p.kind)).bind(5, p.text).bind(6, now).run() ==
         SQLITE_OK;
}

std::optional<std::int64_t> ClassStore::add_answer(std::int64_t session, const std::string& prompt, int device,
                                                   const std::string& name, const ClassAnswer& a, std::int64_t now) {
  std::lock_guard lock(mutex_);
  Statement s(db_, "INSERT INTO class_answers(session_id, prompt, device, name, option, confidence, scale, text, saved_at) "
                   "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
  s.bind(1, session).bind(2, prompt).bind(3, device).bind(4, name).bind(5, a.option).bind(6, a.confidence);
  if (a.scale) s.bind(7, *a.scale); else s.bind_null(7);
  s.bind(8, a.text).bind(9, now);
  if (s.run() != SQLITE_OK) return std::nullopt;
  return sqlite3_last_insert_rowid(db_);
}

bool ClassStore::mark_cleared(std::int64_t row) {
  std::lock_guard lock(mutex_);
  return Statement(db_, "UPDATE class_answers SET cleared = 1 WHERE id = ?").bind(1, row).run() == SQLITE_OK &&
         sqlite3_changes(db_) == 1;
}

bool ClassStore::mark_shown(std::int64_t row, bool shown) {
  std::lock_guard lock(mutex_);
  return Statement(db_, "UPDATE class_answers SET shown = ? WHERE id = ?").bind(1, shown ? 1 : 0).bind(2, row).run() ==
             SQLITE_OK &&
         sqlite3_changes(db_) == 1;
}

bool ClassStore::delete_session(std::int64_t session) {
  std::lock_guard lock(mutex_);
  return Statement(db_, "DELETE FROM class_sessions WHERE id = ?").bind(1, session).run() == SQLITE_OK &&
         sqlite3_changes(db_) == 1;
}

std::vector<StoredSession> ClassStore::sessions() const {
  std::lock_guard lock(mutex_);
  std::vector<StoredSession> out;
  Statement s(db_, "SELECT id, lesson, started_at, coalesce(ended_at, 0), "
                   "(SELECT count(*) FROM class_answers a WHERE a.session_id = s.id) FROM class_sessions s ORDER BY id");
  while (s.step() == SQLITE_ROW)
    out.push_back({s.int64(0), s.text(1), s.int64(2), s.int64(3), s.int64(4)});
  return out;
}

std::vector<StoredAnswer> ClassStore::answers(std::int64_t session) const {
  std::lock_guard lock(mutex_);
  std::vector<StoredAnswer> out;
  Statement s(db_, "SELECT id, prompt, device, name, option, confidence, scale, text, saved_at, cleared, shown "
                   "FROM class_answers WHERE session_id = ? ORDER BY id");
  s.bind(1, session);
  while (s.step() == SQLITE_ROW) {
    StoredAnswer a;
    a.id = s.int64(0);
    a.prompt = s.text(1);
    a.device = int(s.int64(2));
    a.name = s.text(3);
    a.answer.option = s.text(4);
    a.answer.confidence = int(s.int64(5));
    if (!s.is_null(6)) a.answer.scale = int(s.int64(6));
    a.answer.text = s.text(7);
    a.saved_at = s.int64(8);
    a.cleared = s.int64(9) != 0;
    a.shown = s.int64(10) != 0;
    out.push_back(std::move(a));
  }
  return out;
}

std::vector<StoredPrompt> ClassStore::prompts(std::int64_t session) const {
  std::lock_guard lock(mutex_);
  std::vector<StoredPrompt> out;
  Statement s(db_, "SELECT position, prompt, kind, text, opened_at FROM class_prompts WHERE session_id = ? ORDER BY position");
  s.bind(1, session);
  while (s.step() == SQLITE_ROW) out.push_back({int(s.int64(0)), s.text(1), s.text(2), s.text(3), s.int64(4)});
  return out;
}

std::vector<std::pair<StoredAnswer, int>> latest_answers(const std::vector<StoredAnswer>& revisions) {
  std::map<std::pair<std::string, int>, std::size_t> index;
  std::vector<std::pair<StoredAnswer, int>> latest;
  for (const auto& a : revisions) {
    auto key = std::make_pair(a.prompt, a.device);
    auto it = index.find(key);
    if (it == index.end()) {
      index.emplace(key, latest.size());
      latest.emplace_back(a, 0);
    } else {
      int changes = latest[it->second].second + 1;
      latest[it->second] = {a, changes};  // a clear marks the latest revision
    }
  }
  return latest;
}

namespace {

std::string csv_cell(std::string value) {
  if (!value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@' ||
                         value[0] == '\t' || value[0] == '\r'))
    value.insert(value.begin(), '\'');
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

void write_session_csv(const ClassStore& store, std::int64_t session, std::ostream& out) {
  out << "session,prompt,device,name,option,confidence,scale,text,saved_at_ms,changes,cleared\r\n";
  for (const auto& [a, changes] : latest_answers(store.answers(session))) {
    out << session << ',' << csv_cell(a.prompt) << ',' << a.device << ',' << csv_cell(a.name) << ','
        << csv_cell(a.answer.option) << ',' << (a.answer.confidence ? std::to_string(a.answer.confidence) : "") << ','
        << (a.answer.scale ? std::to_string(*a.answer.scale) : "") << ',' << csv_cell(a.answer.text) << ','
        << a.saved_at << ',' << changes << ',' << (a.cleared ? "yes" : "no") << "\r\n";
  }
}

}  // namespace lineage::classroom
