// The reflection journal: every student's answers, their revisions, story-mode progress and
// settings, in one SQLite database in the data folder. What a student writes is the one thing
// Lineage cannot recreate, so the journal never throws into the UI and never drops a save:
// when the database cannot be written, saves wait in memory and retry() writes them later.
// Plain C++17: no SDL, no ImGui.
#pragma once

#include <cstdint>
#include <deque>
#include <filesystem>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct sqlite3;

namespace lineage {

// What the UI shows: ok, or a plain sentence saying what is wrong and what happens now.
struct JournalStatus {
  bool ok = true;
  std::string message;
};

struct Profile {
  std::int64_t id = 0;
  std::string name;
  std::int64_t created_at = 0;  // unix milliseconds
};

// One answer to one prompt. Which fields matter follows the prompt's kind:
// Open -> text; Choice -> option; Evidence -> option + confidence (1-5); Scale -> scale.
struct Answer {
  std::string prompt;          // the prompt's id in the story
  std::string text;            // Open
  std::string option;          // Choice / Evidence: the option's id
  int confidence = 0;          // Evidence: 1-5; 0 = not given
  std::optional<int> scale;    // Scale: the chosen point
  std::int64_t saved_at = 0;   // unix milliseconds; set by the journal when saved

  bool same_value(const Answer& o) const {
    return prompt == o.prompt && text == o.text && option == o.option &&
           confidence == o.confidence && scale == o.scale;
  }
};

// One saved version of an answer. `id` orders revisions; 0 while it waits in memory.
struct Revision {
  std::int64_t id = 0;
  Answer answer;
  bool pending = false;  // not yet in the database
};

// Where a student is in story mode: a moment, a beat, and the runtime's own small state.
struct Progress {
  std::string moment;
  int beat = 0;
  std::string state;  // serialized by core/runtime; opaque here
};

// One review of a memory cue, kept for good: the schedule is recomputed from these (card, day,
// rating), so a future algorithm can replay them; the memory state after it is recorded too.
struct CueReview {
  std::string card;              // the card's id in the story
  std::int64_t reviewed_at = 0;  // unix milliseconds
  int day = 0;                   // the reader's calendar day: days since 1970-01-01, local time
  int rating = 0;                // 1 Again, 2 Hard, 3 Good, 4 Easy
  double stability = 0, difficulty = 0;  // FSRS memory state after the review
  int interval_days = 0;                 // days until it was due again
};

struct JournalCounts {
  std::int64_t profiles = 0, answers = 0, revisions = 0;
};

struct JournalCheck {
  JournalStatus status;        // ok only if the database opened and integrity_check said "ok"
  std::string integrity;       // integrity_check's lines, joined
  int schema_version = 0;
  std::string journal_mode;  // "wal" once a Journal has opened the file
  int synchronous = -1;      // this connection's: 2 = FULL (a Journal's own connection)
  JournalCounts counts;
  // The check could not read the file (locked, unreadable): not the same as damage.
  bool could_not_read = false;
};

// What was read back from a damaged journal into the fresh one that replaced it.
struct JournalRecovery {
  int readers = 0, revisions = 0, answers = 0;  // answers: prompts with a recovered latest revision
  int other_rows = 0;  // progress, settings, cue reviews, class responses
  int rc = 0;          // SQLite's result code for writing them (0 = all written)
};

struct JournalOptions {
  std::string file_name = "journal.db";
  int busy_timeout_ms = 250;  // short: the UI thread must not freeze behind another Lineage
  bool read_only = false;     // open with SQLITE_OPEN_READONLY (what SQLite falls back to for
                              // a read-only file); tests use it to simulate one as root
};

class Journal {
 public:
  // Opens (creating the folder and the database if need be) and migrates. Never throws;
  // look at status() to see whether the database is available.
  explicit Journal(std::filesystem::path data_dir, JournalOptions options = {});
  ~Journal();
  Journal(const Journal&) = delete;
  Journal& operator=(const Journal&) = delete;

  const JournalStatus& status() const { return status_; }
  std::filesystem::path database_path() const { return data_dir_ / options_.file_name; }
  // Where a corrupt database was copied aside at open, if it was.
  const std::optional<std::filesystem::path>& corrupt_copy() const { return corrupt_copy_; }
  // What was recovered from that copy into the new journal (the copy is kept as it was).
  const std::optional<JournalRecovery>& recovery() const { return recovery_; }

  // ---- Profiles (names are unique, compared case-insensitively for ASCII) ----
  // While the database cannot be written, a new profile gets a provisional (negative) id and
  // waits in memory with what she writes; see current_id().
  std::optional<Profile> create_profile(std::string_view name);
  std::vector<Profile> profiles() const;  // by name
  std::optional<Profile> find_profile(std::string_view name) const;
  bool rename_profile(std::int64_t profile, std::string_view new_name);
  bool delete_profile(std::int64_t profile);  // and everything it holds

  // ---- Answers ----
  // Saves a new revision. True once it is durable in the database (an acknowledged save
  // survives a crash or SIGKILL); false if it waits in memory (see status(), retry()).
  bool save_answer(std::int64_t profile, Answer answer);
  // The latest answer, counting ones still waiting in memory.
  std::optional<Answer> answer(std::int64_t profile, std::string_view prompt) const;
  std::vector<Answer> answers(std::int64_t profile) const;  // latest per prompt, by prompt id
  std::vector<Revision> history(std::int64_t profile, std::string_view prompt) const;  // oldest first
  // Makes an earlier revision the answer again, as a new revision (history stays whole).
  bool restore_revision(std::int64_t profile, std::string_view prompt, std::int64_t revision);

  // ---- Story-mode progress and per-profile settings (latest write wins) ----
  bool save_progress(std::int64_t profile, const Progress& progress);
  std::optional<Progress> progress(std::int64_t profile) const;
  bool set_setting(std::int64_t profile, std::string_view key, std::string_view value);
  std::optional<std::string> setting(std::int64_t profile, std::string_view key) const;

  // ---- Memory-cue reviews (append only) ----
  bool save_review(std::int64_t profile, const CueReview& review);
  std::vector<CueReview> reviews(std::int64_t profile) const;  // oldest first, pending included

  // ---- Failure handling ----
  // Reopens if need be and writes whatever waits in memory. The app calls it every few seconds.
  const JournalStatus& retry();
  std::size_t pending_count() const;
  // PRAGMA integrity_check and counts, on this journal's connection.
  JournalCheck check() const;

  // Bumped by every write and profile change (and on reopening, when the file may have been
  // replaced): a screen reading the journal re-reads only when it has moved.
  std::uint64_t changes() const { return changes_; }

  // The id a reader has now: one made while the database could not be written gets a
  // provisional id, replaced by her real one once she is saved. Other ids are returned as given.
  std::int64_t current_id(std::int64_t profile) const;

 private:
  struct PendingAnswer {
    std::int64_t profile;
    Answer answer;
  };
  bool open();  // true once the database can be written; it may still be open for reading
  int prepare_for_writing();  // WAL mode and migration; SQLite's result code
  void close();
  bool flush();  // writes the pending queue in one transaction; true if it is empty after
  bool fail(int rc, std::string_view doing);  // sets status_ from an SQLite error; returns false
  bool fail_to_open(int rc, std::string_view doing);  // fail() and close()
  bool set_aside_corrupt();  // copies a damaged file to journal.db.corrupt-<time>, then removes it

  std::filesystem::path data_dir_;
  JournalOptions options_;
  sqlite3* db_ = nullptr;
  bool writable_ = false;  // db_ is set up for writing, not only open for reading
  JournalStatus status_;
  std::optional<std::filesystem::path> corrupt_copy_;
  std::optional<JournalRecovery> recovery_;
  bool recover_after_open_ = false;
  bool damage_met_ = false;  // a read or write met damage since the file was opened  // a damaged file was just set aside: salvage it once writable
  void recover_from_corrupt_copy();
  std::deque<PendingAnswer> pending_answers_;
  std::map<std::int64_t, Progress> pending_progress_;
  std::deque<std::pair<std::int64_t, CueReview>> pending_reviews_;
  std::map<std::pair<std::int64_t, std::string>, std::string> pending_settings_;
  // Names of the profiles this journal has seen, to restore one if the database is replaced.
  mutable std::map<std::int64_t, std::string> known_profiles_;
  // Profiles made while the database could not be written, by provisional id (-1, -2, ...),
  // and the real ids provisional ones were given once saved.
  std::map<std::int64_t, std::string> pending_profiles_;
  std::map<std::int64_t, std::int64_t> renumbered_;
  std::int64_t next_provisional_id_ = -1;
  std::uint64_t changes_ = 0;
};

// `lineage journal --check`: opens the database in data_dir without changing it, prints the
// integrity check and counts to `out`. Returns 0 if sound, 1 if damaged, 2 if it cannot open.
int journal_check_command(const std::filesystem::path& data_dir, std::ostream& out);

}  // namespace lineage
