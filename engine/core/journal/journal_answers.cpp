// Answers and their revisions, story-mode progress and settings. Every save goes through the
// pending queue first, then flush(): one path, so an answer is never written out of order
// and never lost when the database is away.
#include <sqlite3.h>

#include <algorithm>

#include "core/journal/journal.hpp"
#include "core/journal/journal_writes.hpp"
#include "core/journal/sqlite_statement.hpp"

namespace lineage {
using namespace journal_detail;

namespace {
const char* const kRevisionColumns = "r.id, r.prompt, r.text, r.option, r.confidence, r.scale, r.saved_at";

Revision read_revision(const Statement& s) {
  Revision r;
  r.id = s.int64(0);
  r.answer.prompt = s.text(1);
  r.answer.text = s.text(2);
  r.answer.option = s.text(3);
  r.answer.confidence = int(s.int64(4));
  if (!s.is_null(5)) r.answer.scale = int(s.int64(5));
  r.answer.saved_at = s.int64(6);
  return r;
}
}  // namespace

bool Journal::save_answer(std::int64_t profile, Answer answer) {
  profile = current_id(profile);  // a provisional id keeps working once she is saved
  if (answer.saved_at == 0) answer.saved_at = now_ms();
  ++changes_;
  pending_answers_.push_back({profile, std::move(answer)});
  return flush();
}

std::optional<Answer> Journal::answer(std::int64_t profile, std::string_view prompt) const {
  profile = current_id(profile);  // a provisional id keeps working once she is saved
  for (auto it = pending_answers_.rbegin(); it != pending_answers_.rend(); ++it)
    if (it->profile == profile && it->answer.prompt == prompt) return it->answer;
  Statement s(db_, std::string("SELECT ") + kRevisionColumns +
                       " FROM answers a JOIN revisions r ON r.id = a.revision"
                       " WHERE a.profile_id = ? AND a.prompt = ?");
  if (s.bind(1, profile).bind(2, prompt).step() == SQLITE_ROW) return read_revision(s).answer;
  return std::nullopt;
}

std::vector<Answer> Journal::answers(std::int64_t profile) const {
  profile = current_id(profile);  // a provisional id keeps working once she is saved
  std::map<std::string, Answer> latest;
  Statement s(db_, std::string("SELECT ") + kRevisionColumns +
                       " FROM answers a JOIN revisions r ON r.id = a.revision"
                       " WHERE a.profile_id = ?");
  s.bind(1, profile);
  while (s.step() == SQLITE_ROW) {
    Answer a = read_revision(s).answer;
    latest[a.prompt] = std::move(a);
  }
  for (const auto& p : pending_answers_)
    if (p.profile == profile) latest[p.answer.prompt] = p.answer;
  std::vector<Answer> out;
  for (auto& [prompt, a] : latest) out.push_back(std::move(a));
  return out;
}

std::vector<Revision> Journal::history(std::int64_t profile, std::string_view prompt) const {
  profile = current_id(profile);  // a provisional id keeps working once she is saved
  std::vector<Revision> out;
  Statement s(db_, std::string("SELECT ") + kRevisionColumns +
                       " FROM revisions r WHERE r.profile_id = ? AND r.prompt = ? ORDER BY r.id");
  s.bind(1, profile).bind(2, prompt);
  while (s.step() == SQLITE_ROW) out.push_back(read_revision(s));
  for (const auto& p : pending_answers_)
    if (p.profile == profile && p.answer.prompt == prompt) out.push_back({0, p.answer, true});
  return out;
}

bool Journal::restore_revision(std::int64_t profile, std::string_view prompt,
                               std::int64_t revision) {
  if (revision == 0) return false;
  auto revisions = history(profile, prompt);
  auto it = std::find_if(revisions.begin(), revisions.end(),
                         [&](const Revision& r) { return r.id == revision; });
  if (it == revisions.end()) return false;
  Answer again = it->answer;
  again.saved_at = 0;  // restored now
  return save_answer(profile, std::move(again));
}

bool Journal::save_progress(std::int64_t profile, const Progress& progress) {
  profile = current_id(profile);  // a provisional id keeps working once she is saved
  ++changes_;
  pending_progress_[profile] = progress;
  return flush();
}

std::optional<Progress> Journal::progress(std::int64_t profile) const {
  profile = current_id(profile);  // a provisional id keeps working once she is saved
  if (auto it = pending_progress_.find(profile); it != pending_progress_.end()) return it->second;
  Statement s(db_, "SELECT moment, beat, state FROM progress WHERE profile_id = ?");
  if (s.bind(1, profile).step() == SQLITE_ROW) return Progress{s.text(0), int(s.int64(1)), s.text(2)};
  return std::nullopt;
}

bool Journal::set_setting(std::int64_t profile, std::string_view key, std::string_view value) {
  profile = current_id(profile);  // a provisional id keeps working once she is saved
  ++changes_;
  pending_settings_[{profile, std::string(key)}] = std::string(value);
  return flush();
}

std::optional<std::string> Journal::setting(std::int64_t profile, std::string_view key) const {
  profile = current_id(profile);  // a provisional id keeps working once she is saved
  if (auto it = pending_settings_.find({profile, std::string(key)}); it != pending_settings_.end())
    return it->second;
  Statement s(db_, "SELECT value FROM settings WHERE profile_id = ? AND key = ?");
  if (s.bind(1, profile).bind(2, key).step() == SQLITE_ROW) return s.text(0);
  return std::nullopt;
}

}  // namespace lineage
