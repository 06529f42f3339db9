// Opening the journal, setting a corrupt file aside, and the pending queue that keeps answers
// safe in memory while the database cannot be written. Nothing here throws.
#include "core/journal/journal.hpp"

#include <sqlite3.h>

#include <ctime>
#include <set>
#include <system_error>

#include "core/journal/journal_recover.hpp"
#include "core/journal/journal_writes.hpp"
#include "core/journal/schema.hpp"
#include "core/journal/sqlite_statement.hpp"

namespace lineage {
using namespace journal_detail;

namespace {

const char* const kKeptInMemory =
    " Your answers are kept in memory and saved as soon as it can be written.";

std::string timestamp_now() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  localtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y%m%d-%H%M%S", &tm);
  return buf;
}

// journal.db.corrupt-YYYYmmdd-HHMMSS, with -2, -3, ... if that name is taken: never overwrite.
std::filesystem::path corrupt_name(const std::filesystem::path& db) {
  std::string base = db.string() + ".corrupt-" + timestamp_now();
  std::filesystem::path name = base;
  std::error_code ec;
  for (int n = 2; std::filesystem::exists(name, ec); ++n) name = base + "-" + std::to_string(n);
  return name;
}

}  // namespace

Journal::Journal(std::filesystem::path data_dir, JournalOptions options)
    : data_dir_(std::move(data_dir)), options_(std::move(options)) {
  open();
}

Journal::~Journal() {
  // A last attempt, so quitting never loses what waited in memory if the disk is back.
  if (pending_count() > 0) flush();
  close();
}

void Journal::close() {
  if (db_) sqlite3_close_v2(db_);
  db_ = nullptr;
  writable_ = false;
}

bool Journal::fail(int rc, std::string_view doing) {
  std::string where = database_path().string();
  std::string why;
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      why = "The journal is in use by another Lineage or program (" + where + ").";
      break;
    case SQLITE_READONLY:
      why = "The journal is read-only (" + where + ").";
      break;
    case SQLITE_FULL:
      why = "The disk holding the journal is full (" + where + ").";
      break;
    case SQLITE_CANTOPEN:
      why = "The journal cannot be opened (" + where + ").";
      break;
    default:
      why = "The journal could not " + std::string(doing) + " (" + where + "): " +
            (db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc)) + ".";
  }
  status_ = {false, why + kKeptInMemory};
  // A damaged or vanished file is reopened (and set aside if corrupt) by the next retry().
  int primary = rc & 0xff;
  if (is_corrupt(rc)) damage_met_ = true;  // the next open sets the file aside, whatever quick_check says
  if (is_corrupt(rc) || primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN) close();
  return false;
}

// A connection that did not open all the way (no WAL, no foreign keys, old schema) must not be
// written through, so it is closed and the next retry() starts again from the top.
bool Journal::fail_to_open(int rc, std::string_view doing) {
  fail(rc, doing);
  close();
  return false;
}

bool Journal::open() {
  close();
  ++changes_;
  std::error_code ec;
  std::filesystem::create_directories(data_dir_, ec);
  if (ec || !std::filesystem::is_directory(data_dir_, ec)) {
    status_ = {false, "The journal folder " + data_dir_.string() + " cannot be made (" +
                          (ec ? ec.message() : std::string("a file is in the way")) + ")." +
                          kKeptInMemory};
    return false;
  }
  bool read_only = options_.read_only;
  for (int attempt = 0; attempt < 2; ++attempt) {
    int rc = read_only ? open_read_only(database_path().string(), &db_)
                       : sqlite3_open_v2(database_path().c_str(), &db_,
                                         SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
      sqlite3_busy_timeout(db_, options_.busy_timeout_ms);
      // The first read of the file: garbage shows up here as NOTADB, a damaged one in quick_check.
      Statement probe(db_, "PRAGMA quick_check");
      rc = probe.step();
      if (rc == SQLITE_ROW && probe.text(0) != "ok") rc = SQLITE_CORRUPT;
      else if (rc == SQLITE_ROW) rc = SQLITE_OK;
    }
    // Damage quick_check cannot see: a damaged schema, or damage a write met before (an index).
    if (rc == SQLITE_OK) rc = check_schema_shape(db_);
    if (rc == SQLITE_OK && damage_met_) rc = SQLITE_CORRUPT;
    int primary = rc & 0xff;
    // A file we may not write (a read-only folder or mount): read it rather than show nothing.
    if (!read_only && (primary == SQLITE_CANTOPEN || primary == SQLITE_READONLY) &&
        std::filesystem::exists(database_path(), ec)) {
      close();
      read_only = true;
      --attempt;
      continue;
    }
    if (is_corrupt(rc) && attempt == 0 && !read_only) {
      close();
      if (!set_aside_corrupt()) return false;
      damage_met_ = false;
      continue;  // start a fresh database in its place
    }
    if (rc != SQLITE_OK) return fail_to_open(rc, "open");
    break;
  }
  // Refuse a newer schema before anything below writes to the file (WAL mode changes its header).
  int version = 0;
  if (int rc = read_schema_version(db_, version); rc != SQLITE_OK) return fail_to_open(rc, "read its version");
  if (version > kSchemaVersion) {
    status_ = {false, "The journal cannot be used: it was written by a newer Lineage (schema version " +
                          std::to_string(version) + "); it is left untouched." + kKeptInMemory};
    close();
    return false;
  }
  exec(db_, "PRAGMA foreign_keys=ON");
  int rc = read_only || sqlite3_db_readonly(db_, "main") == 1 ? SQLITE_READONLY : prepare_for_writing();
  int primary = rc & 0xff;
  bool cannot_write_now = primary == SQLITE_READONLY || primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
  // Locked or read-only, a journal of this version is still read (readers, answers) while
  // writes wait in memory; an older one is not, as its tables are not the ones we query.
  if (cannot_write_now && version == kSchemaVersion) return fail(rc, "save");
  if (!db_) return false;  // prepare_for_writing refused the schema and said why
  if (rc != SQLITE_OK) return fail_to_open(rc, "update its schema");
  writable_ = true;
  status_ = {true, ""};
  if (recover_after_open_) recover_from_corrupt_copy();
  return true;
}

void Journal::recover_from_corrupt_copy() {
  recover_after_open_ = false;
  if (!corrupt_copy_) return;
  sqlite3* from = nullptr;
  if (open_read_only(corrupt_copy_->string(), &from) == SQLITE_OK) {
    sqlite3_busy_timeout(from, options_.busy_timeout_ms);
    recovery_ = salvage(from, db_);
    if (recovery_->readers > 0) ++changes_;
  } else {
    recovery_ = JournalRecovery{};
  }
  sqlite3_close_v2(from);
  // Reading left its own -shm beside the copy; the copy and its -wal stay as they were.
  std::error_code ec;
  std::filesystem::remove(corrupt_copy_->string() + "-shm", ec);
}

int Journal::prepare_for_writing() {
  // WAL lets a reader (the check command, a second window) run beside the writer.
  // synchronous=FULL fsyncs the WAL at every commit: an acknowledged save survives not only
  // SIGKILL (NORMAL would do for that) but a power cut too. Our writes are a few a second at
  // most, so the cost of the extra fsync is invisible.
  int rc = Statement(db_, "PRAGMA journal_mode=WAL").step();  // finalized here: migrate needs the lock
  if (rc != SQLITE_ROW) return rc;
  exec(db_, "PRAGMA synchronous=FULL");
  std::string error;
  rc = migrate(db_, error);
  if ((rc & 0xff) == SQLITE_ERROR && !error.empty()) {
    status_ = {false, "The journal cannot be used: " + error + "." + kKeptInMemory};
    close();
  }
  return rc;
}

bool Journal::set_aside_corrupt() {
  namespace fs = std::filesystem;
  fs::path db = database_path();
  fs::path copy = corrupt_name(db);
  std::error_code ec;
  // Copy, never rename over or overwrite: if the copy fails, the damaged file stays as it is.
  if (!fs::copy_file(db, copy, fs::copy_options::none, ec)) {
    status_ = {false, "The journal " + db.string() + " is damaged and could not be copied aside (" +
                          ec.message() + "); it is left untouched." + kKeptInMemory};
    return false;
  }
  for (const char* suffix : {"-wal", "-journal"}) {
    fs::path side = db.string() + suffix;
    if (fs::exists(side, ec)) fs::copy_file(side, copy.string() + suffix, fs::copy_options::none, ec);
  }
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(db.string() + suffix, ec);
  corrupt_copy_ = copy;
  recover_after_open_ = true;
  return true;
}

bool Journal::flush() {
  if (!writable_ && !open()) return false;
  if (pending_count() == 0) {
    status_ = {true, ""};
    return true;
  }
  int rc = exec(db_, "BEGIN IMMEDIATE");
  // Profiles made while the database could not be written are saved under their names: to
  // the reader of that name if the journal has her (another Lineage made her), else new.
  std::map<std::int64_t, std::int64_t> saved_as;
  for (auto it = pending_profiles_.begin(); rc == SQLITE_OK && it != pending_profiles_.end(); ++it)
    rc = find_or_add_profile(db_, it->second, saved_as[it->first]);
  auto real = [&](std::int64_t id) {
    auto found = saved_as.find(id);
    return found != saved_as.end() ? found->second : id;
  };
  // A profile can be missing only if the database was replaced under us (a corrupt file set
  // aside): bring it back by its remembered name rather than lose what waited for it.
  // (Profiles the student deleted have no pending writes: delete_profile dropped them.)
  std::set<std::int64_t> owners;
  for (const auto& p : pending_answers_) owners.insert(p.profile);
  for (const auto& p : pending_progress_) owners.insert(p.first);
  for (const auto& p : pending_settings_) owners.insert(p.first.first);
  for (const auto& p : pending_reviews_) owners.insert(p.first);
  for (auto it = owners.begin(); rc == SQLITE_OK && it != owners.end(); ++it) {
    if (saved_as.count(*it)) continue;
    auto known = known_profiles_.find(*it);
    std::string name = known != known_profiles_.end() ? known->second
                                                      : "Recovered profile " + std::to_string(*it);
    rc = restore_profile(db_, *it, name);
  }
  for (auto it = pending_answers_.begin(); rc == SQLITE_OK && it != pending_answers_.end(); ++it)
    rc = write_answer(db_, real(it->profile), it->answer);
  for (auto it = pending_progress_.begin(); rc == SQLITE_OK && it != pending_progress_.end(); ++it)
    rc = write_progress(db_, real(it->first), it->second);
  for (auto it = pending_settings_.begin(); rc == SQLITE_OK && it != pending_settings_.end(); ++it)
    rc = write_setting(db_, real(it->first.first), it->first.second, it->second);
  for (auto it = pending_reviews_.begin(); rc == SQLITE_OK && it != pending_reviews_.end(); ++it)
    rc = write_review(db_, real(it->first), it->second);
  if (rc == SQLITE_OK) rc = exec(db_, "COMMIT");
  if (rc != SQLITE_OK) {
    if (db_ && !sqlite3_get_autocommit(db_)) exec(db_, "ROLLBACK");
    return fail(rc, "save");
  }
  for (const auto& [provisional, id] : saved_as) {
    renumbered_[provisional] = id;
    known_profiles_[id] = pending_profiles_[provisional];
    known_profiles_.erase(provisional);
  }
  if (!saved_as.empty()) ++changes_;
  pending_profiles_.clear();
  pending_answers_.clear();
  pending_progress_.clear();
  pending_settings_.clear();
  pending_reviews_.clear();
  status_ = {true, ""};
  return true;
}

const JournalStatus& Journal::retry() {
  flush();
  return status_;
}

std::size_t Journal::pending_count() const {
  return pending_profiles_.size() + pending_answers_.size() + pending_progress_.size() + pending_settings_.size() +
         pending_reviews_.size();
}

std::int64_t Journal::current_id(std::int64_t profile) const {
  auto it = renumbered_.find(profile);
  return it != renumbered_.end() ? it->second : profile;
}

JournalCheck Journal::check() const { return check_connection(db_); }

}  // namespace lineage
