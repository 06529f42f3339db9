// Class sessions in the journal database (tables class_sessions, class_prompts, class_answers).
// The server writes each answer here, durably (WAL, synchronous=FULL), before the device is
// told "received". Its own SQLite connection, guarded by a mutex: server threads and the
// render thread may call it at once. No SDL, no networking.
#pragma once

#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "core/classroom/session.hpp"

struct sqlite3;

namespace lineage::classroom {

struct StoredSession {
  std::int64_t id = 0;
  std::string lesson;
  std::int64_t started_at = 0, ended_at = 0;  // unix ms; ended_at 0 while running (or killed)
  std::int64_t answers = 0;                   // stored revisions
};

struct StoredAnswer {
  std::int64_t id = 0;
  std::string prompt;
  int device = 0;
  std::string name;
  ClassAnswer answer;
  std::int64_t saved_at = 0;
  bool cleared = false;
  bool shown = false;  // an open answer the teacher showed the class
};

// A prompt a session opened, in the order they were opened.
struct StoredPrompt {
  int position = 0;
  std::string prompt, kind, text;
  std::int64_t opened_at = 0;
};

class ClassStore {
 public:
  explicit ClassStore(const std::filesystem::path& database, int busy_timeout_ms = 5000);
  ~ClassStore();
  ClassStore(const ClassStore&) = delete;
  ClassStore& operator=(const ClassStore&) = delete;

  bool ok() const { return db_ != nullptr; }
  const std::string& error() const { return error_; }

  std::optional<std::int64_t> begin_session(const std::string& lesson, std::int64_t now_ms);
  bool end_session(std::int64_t session, std::int64_t now_ms);
  bool add_prompt(std::int64_t session, int position, const ClassPrompt& prompt, std::int64_t now_ms);
  // Durable once it returns a row id.
  std::optional<std::int64_t> add_answer(std::int64_t session, const std::string& prompt, int device,
                                         const std::string& name, const ClassAnswer& answer, std::int64_t now_ms);
  bool mark_cleared(std::int64_t row);
  bool mark_shown(std::int64_t row, bool shown);
  bool delete_session(std::int64_t session);

  std::vector<StoredSession> sessions() const;
  std::vector<StoredAnswer> answers(std::int64_t session) const;  // every revision, oldest first
  std::vector<StoredPrompt> prompts(std::int64_t session) const;

 private:
  mutable std::mutex mutex_;
  sqlite3* db_ = nullptr;
  std::string error_;
};

// The session as CSV (RFC 4180): one row per device per prompt, its latest answer, with whether
// it was cleared and how many times it was changed. Cells that a spreadsheet would run as a
// formula (= + - @ at the start) get a leading apostrophe.
// Each device's latest revision per prompt, in the order each was first answered, with how
// many times it was changed.
std::vector<std::pair<StoredAnswer, int>> latest_answers(const std::vector<StoredAnswer>& revisions);

void write_session_csv(const ClassStore& store, std::int64_t session, std::ostream& out);

std::int64_t now_ms();

}  // namespace lineage::classroom
