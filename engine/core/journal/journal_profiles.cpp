// Profiles: several students share one classroom computer, each under a name (no passwords).
#include <sqlite3.h>

#include <algorithm>

#include "core/journal/journal.hpp"
#include "core/journal/journal_writes.hpp"
#include "core/journal/sqlite_statement.hpp"
#include "core/util/strings.hpp"

namespace lineage {
using namespace journal_detail;

namespace {
// Names are compared as SQLite's NOCASE does: ASCII letters only.
std::string lowercase_ascii(std::string_view text) {
  std::string out(text);
  for (char& ch : out)
    if (ch >= 'A' && ch <= 'Z') ch = char(ch - 'A' + 'a');
  return out;
}

Profile read_profile(const Statement& s) {
  return Profile{s.int64(0), s.text(1), s.int64(2)};
}
}  // namespace

std::optional<Profile> Journal::create_profile(std::string_view name) {
  std::string clean(trim(name));
  if (clean.empty()) return std::nullopt;
  if (!writable_) open();
  if (find_profile(clean)) return std::nullopt;  // the name is taken
  Profile profile{0, clean, now_ms()};
  ++changes_;
  if (writable_) {
    Statement insert(db_, "INSERT INTO profiles(name, created_at) VALUES(?, ?)");
    int rc = insert.bind(1, clean).bind(2, profile.created_at).run();
    if ((rc & 0xff) == SQLITE_CONSTRAINT) return std::nullopt;
    if (rc == SQLITE_OK) {
      profile.id = sqlite3_last_insert_rowid(db_);
      known_profiles_[profile.id] = profile.name;
      return profile;
    }
    fail(rc, "add a profile");
  }
  // She can start reading and writing now; flush() saves her under her name.
  profile.id = next_provisional_id_--;
  pending_profiles_[profile.id] = profile.name;
  known_profiles_[profile.id] = profile.name;
  return profile;
}

std::vector<Profile> Journal::profiles() const {
  std::vector<Profile> out;
  Statement s(db_, "SELECT id, name, created_at FROM profiles ORDER BY name COLLATE NOCASE, id");
  while (s.step() == SQLITE_ROW) out.push_back(read_profile(s));
  for (const auto& p : out) known_profiles_[p.id] = p.name;
  for (const auto& [id, name] : pending_profiles_) out.push_back({id, name, 0});
  std::stable_sort(out.begin(), out.end(), [](const Profile& a, const Profile& b) {
    return lowercase_ascii(a.name) < lowercase_ascii(b.name);
  });
  return out;
}

std::optional<Profile> Journal::find_profile(std::string_view name) const {
  std::string wanted = lowercase_ascii(trim(name));
  for (const auto& [id, pending] : pending_profiles_)
    if (lowercase_ascii(pending) == wanted) return Profile{id, pending, 0};
  Statement s(db_, "SELECT id, name, created_at FROM profiles WHERE name = ?");
  if (s.bind(1, trim(name)).step() != SQLITE_ROW) return std::nullopt;
  Profile p = read_profile(s);
  known_profiles_[p.id] = p.name;
  return p;
}

bool Journal::rename_profile(std::int64_t profile, std::string_view new_name) {
  profile = current_id(profile);
  std::string clean(trim(new_name));
  if (clean.empty()) return false;
  if (auto pending = pending_profiles_.find(profile); pending != pending_profiles_.end()) {
    auto taken = find_profile(clean);
    if (taken && taken->id != profile) return false;
    ++changes_;
    pending->second = known_profiles_[profile] = clean;
    return true;
  }
  if (!writable_ && !open()) return false;
  ++changes_;
  Statement s(db_, "UPDATE profiles SET name = ? WHERE id = ?");
  int rc = s.bind(1, clean).bind(2, profile).run();
  if ((rc & 0xff) == SQLITE_CONSTRAINT) return false;
  if (rc != SQLITE_OK) return fail(rc, "rename the profile");
  if (sqlite3_changes(db_) != 1) return false;
  known_profiles_[profile] = clean;
  return true;
}

bool Journal::delete_profile(std::int64_t profile) {
  profile = current_id(profile);
  bool provisional = pending_profiles_.count(profile) > 0;
  if (!provisional) {
    if (!writable_ && !open()) return false;
    ++changes_;
    Statement s(db_, "DELETE FROM profiles WHERE id = ?");  // answers, progress, settings cascade
    int rc = s.bind(1, profile).run();
    if (rc != SQLITE_OK) return fail(rc, "delete the profile");
  }
  // Only once the database has let go of them: what waited in memory for it goes too.
  for (auto it = pending_answers_.begin(); it != pending_answers_.end();)
    it = it->profile == profile ? pending_answers_.erase(it) : std::next(it);
  pending_progress_.erase(profile);
  for (auto it = pending_reviews_.begin(); it != pending_reviews_.end();)
    it = it->first == profile ? pending_reviews_.erase(it) : std::next(it);
  known_profiles_.erase(profile);
  pending_profiles_.erase(profile);
  for (auto it = pending_settings_.begin(); it != pending_settings_.end();)
    it = it->first.first == profile ? pending_settings_.erase(it) : std::next(it);
  return provisional || sqlite3_changes(db_) == 1;
}

}  // namespace lineage
