// Memory-cue reviews in the journal (schema version 4) and the schedule recomputed from them:
// the migration from version 3, replaying a log to the same states, and due counts across days
// with "today" injected (never the wall clock), all within the one visibility rule.
#include <sqlite3.h>

#include <catch2/catch.hpp>

#include "core/journal/journal.hpp"
#include "core/journal/schema.hpp"
#include "core/script/loader.hpp"
#include "core/study/cue_schedule.hpp"
#include "journal_temp_dir.hpp"

using namespace lineage;
using lineage::testing::TempDir;
using fsrs::Rating;

namespace {

// A version-3 journal as that release wrote it (frozen, so "version 3" cannot drift).
const char* const kVersion3Database = R"sql(
CREATE TABLE schema_version(version INTEGER NOT NULL);
INSERT INTO schema_version VALUES(3);
CREATE TABLE profiles(id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  created_at INTEGER NOT NULL);
CREATE TABLE revisions(id INTEGER PRIMARY KEY,
  profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE, prompt TEXT NOT NULL,
  text TEXT NOT NULL DEFAULT '', option TEXT NOT NULL DEFAULT '', confidence INTEGER NOT NULL DEFAULT 0,
  scale INTEGER, saved_at INTEGER NOT NULL);
CREATE INDEX revisions_by_answer ON revisions(profile_id, prompt, id);
CREATE TABLE answers(profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
  prompt TEXT NOT NULL, revision INTEGER NOT NULL REFERENCES revisions(id), PRIMARY KEY(profile_id, prompt));
CREATE TABLE progress(profile_id INTEGER PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,
  moment TEXT NOT NULL, beat INTEGER NOT NULL, state TEXT NOT NULL, saved_at INTEGER NOT NULL DEFAULT 0);
CREATE TABLE settings(profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
  key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY(profile_id, key));
INSERT INTO profiles VALUES(1, 'Mia', 1700000000000);
INSERT INTO revisions VALUES(1, 1, 'open-1', 'Written in version three', '', 0, NULL, 1700000001000);
INSERT INTO answers VALUES(1, 'open-1', 1);
)sql";

const Story& bundled_story() {
  static const auto loaded = load_story(std::string(LINEAGE_SOURCE_DIR) + "/story");
  return *loaded.story;
}

}  // namespace

TEST_CASE("a version 3 journal gains the review log and keeps its answers", "[journal][cues]") {
  TempDir dir("cues-migrate-v3");
  {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open((dir / "journal.db").c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, kVersion3Database, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
  }
  Journal journal(dir.path());
  REQUIRE(journal.status().ok);
  CHECK(journal.check().schema_version == journal_detail::kSchemaVersion);
  CHECK(journal.check().integrity == "ok");
  auto mia = journal.find_profile("Mia");
  REQUIRE(mia);
  CHECK(journal.answer(mia->id, "open-1")->text == "Written in version three");
  CHECK(journal.reviews(mia->id).empty());
  CueReview review{"cue-etta", 1700000005000, 20000, 3, 2.3065, 2.11810397, 2};
  REQUIRE(journal.save_review(mia->id, review));
  auto log = journal.reviews(mia->id);
  REQUIRE(log.size() == 1);
  CHECK(log[0].card == "cue-etta");
  CHECK(log[0].day == 20000);
  CHECK(log[0].rating == 3);
  CHECK(log[0].stability == 2.3065);
  CHECK(log[0].interval_days == 2);
  CHECK_FALSE(journal.save_review(mia->id, CueReview{"cue-etta", 0, 20000, 5, 0, 0, 0}));  // no rating 5
  CHECK(journal.delete_profile(mia->id));  // her reviews go with her
  auto noor = journal.create_profile("Noor");
  REQUIRE(noor);
  CHECK(journal.reviews(noor->id).empty());
}

TEST_CASE("the schedule replayed from the journal's log is the schedule that wrote it", "[cues]") {
  TempDir dir("cues-replay");
  const int monday = day_number(2026, 5, 11);
  CueSchedule live;
  {
    Journal journal(dir.path());
    auto ana = journal.create_profile("Ana");
    REQUIRE(ana);
    // Three cards over three weeks, with a lapse and a review on the day it was set.
    const struct { const char* card; int day; Rating rating; } plan[] = {
        {"cue-etta", 0, Rating::Good},  {"cue-fox", 0, Rating::Again}, {"cue-fox", 0, Rating::Good},
        {"cue-cecilia", 1, Rating::Hard}, {"cue-etta", 2, Rating::Good}, {"cue-fox", 3, Rating::Easy},
        {"cue-etta", 9, Rating::Again}, {"cue-cecilia", 12, Rating::Good}, {"cue-etta", 10, Rating::Good},
        {"cue-fox", 2, Rating::Good}};
    for (const auto& step : plan)
      REQUIRE(journal.save_review(ana->id, live.rate(step.card, monday + step.day, step.rating, 1)));
  }
  Journal journal(dir.path());  // reopened: only what the database kept
  auto ana = journal.find_profile("Ana");
  REQUIRE(ana);
  auto log = journal.reviews(ana->id);
  REQUIRE(log.size() == 10);
  CueSchedule replayed;
  replayed.replay(log);
  for (const char* card : {"cue-etta", "cue-fox", "cue-cecilia"}) {
    INFO(card);
    const CueMemory* a = live.memory(card);
    const CueMemory* b = replayed.memory(card);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->state.stability == b->state.stability);
    CHECK(a->state.difficulty == b->state.difficulty);
    CHECK(a->due_day == b->due_day);
    CHECK(a->reviews == b->reviews);
  }
  CHECK(replayed.memory("cue-etta")->lapses == 1);
  // The state each review recorded is the state a replay reaches at that point.
  CueSchedule step_by_step;
  for (const CueReview& r : log) {
    CueReview again = step_by_step.rate(r.card, r.day, Rating(r.rating));
    CHECK(again.stability == r.stability);
    CHECK(again.difficulty == r.difficulty);
    CHECK(again.interval_days == r.interval_days);
  }
  // A review dated before the last (a clock set back) counts as the same day, never negative.
  CHECK(replayed.memory("cue-etta")->last_day == monday + 10);
  CHECK(replayed.memory("cue-fox")->last_day == monday + 3);
  CHECK(log.back().day == monday + 3);
}

TEST_CASE("cues come due by the calendar, only up to the reader's milestone", "[cues]") {
  const Story& story = bundled_story();
  REQUIRE(story.cards.size() >= 40);
  Visibility at_violet(story, reading_limit(story, "part-violet"));
  Visibility whole = Visibility::whole_book(story);
  const int day0 = day_number(2026, 5, 11);
  CueSchedule schedule;
  CueCounts start = count_cues(story, at_violet, schedule, day0);
  CHECK(start.visible > 5);
  CHECK(start.visible < count_cues(story, whole, schedule, day0).visible);  // later cards are held back
  CHECK(start.fresh == start.visible);
  CHECK(start.due == 0);

  auto drill = cues_to_drill(story, at_violet, schedule, day0);
  REQUIRE(drill.size() == std::size_t(start.visible));
  for (int card : drill) CHECK(card_visible(story, card, at_violet.limit()));
  // Ten cards on day 0, nine rated Good and one Again. A first Good has stability 2.3065 and is
  // due in 3 days (ts-fsrs: 2 days rounded, raised to one more than a first Hard's 2 days, see
  // tests/data/fsrs_vectors.txt, "0 3 2.3065 2.11810397 3"); a first Again in 1 day.
  for (std::size_t i = 0; i < 10 && i < drill.size(); ++i)
    schedule.rate(story.cards[std::size_t(drill[i])].id, day0, i == 3 ? Rating::Again : Rating::Good);
  CueCounts same_day = count_cues(story, at_violet, schedule, day0);
  CHECK(same_day.due == 0);
  CHECK(same_day.later == 10);
  CHECK(same_day.fresh == start.visible - 10);

  CueCounts next_day = count_cues(story, at_violet, schedule, day0 + 1);
  CHECK(next_day.due == 1);  // the one she forgot (first Again: 1 day)
  auto tomorrow = cues_to_drill(story, at_violet, schedule, day0 + 1);
  REQUIRE(!tomorrow.empty());
  CHECK(tomorrow.front() == drill[3]);  // due reviews come before new cards

  CHECK(count_cues(story, at_violet, schedule, day0 + 2).due == 1);
  CueCounts three_days = count_cues(story, at_violet, schedule, day0 + 3);
  CHECK(three_days.due == 10);
  CHECK(three_days.later == 0);
  REQUIRE(three_days.fresh > 1);
  CHECK(cues_due_words(three_days) == "10 cues due, " + std::to_string(three_days.fresh) + " new");
  CHECK(cues_due_words(CueCounts{}) == "No cues due");
  CHECK(cues_due_words(CueCounts{1, 0, 0, 1}) == "1 cue due");
  // A new reader's cards are new, not due.
  CHECK(cues_due_words(start) == std::to_string(start.visible) + " new cues");
  CHECK(cues_due_words(CueCounts{0, 1, 0, 1}) == "1 new cue");
  CHECK(cues_due_words(CueCounts{2, 1, 0, 3}) == "2 cues due, 1 new");
}

TEST_CASE("calendar days are exact and dates are checked", "[cues]") {
  CHECK(day_number(1970, 1, 1) == 0);
  CHECK(day_number(2000, 3, 1) - day_number(2000, 2, 28) == 2);  // a leap year
  CHECK(day_text(day_number(2026, 12, 31)) == "2026-12-31");
  CHECK(parse_day("2026-05-14") == day_number(2026, 5, 14));
  CHECK_FALSE(parse_day("2026-02-30"));
  CHECK_FALSE(parse_day("2026-5-14"));
  CHECK_FALSE(parse_day("tomorrow"));
  CHECK_FALSE(parse_day(""));
}

TEST_CASE("with gentle summaries, cues about content-noted moments are not drilled", "[cues][care]") {
  const Story& story = bundled_story();
  Visibility whole = Visibility::whole_book(story);
  CueSchedule schedule;
  auto all = cues_to_drill(story, whole, schedule, 0);
  auto gentle = cues_to_drill(story, whole, schedule, 0, true);
  CHECK(gentle.size() < all.size());
  for (int card : gentle) CHECK_FALSE(noted_subject(story, story.cards[std::size_t(card)].about));
  CHECK(count_cues(story, whole, schedule, 0, true).visible == int(gentle.size()));
}

TEST_CASE("a reader's desired retention is read from her settings, within bounds", "[cues]") {
  TempDir dir("cues-retention");
  Journal journal(dir.path());
  auto mia = journal.create_profile("Mia");
  REQUIRE(mia);
  CHECK(desired_retention(&journal, mia->id) == 0.9);
  CHECK(desired_retention(nullptr, 0) == 0.9);
  REQUIRE(journal.set_setting(mia->id, kRetentionSetting, "0.85"));
  CHECK(desired_retention(&journal, mia->id) == 0.85);
  for (const char* bad : {"0.5", "1", "ninety", "0.85x", ""}) {
    REQUIRE(journal.set_setting(mia->id, kRetentionSetting, bad));
    CHECK(desired_retention(&journal, mia->id) == 0.9);
  }
  CHECK(retention_text(0.905) == "0.91");
  CHECK(retention_text(2.0) == "0.97");
  CHECK(retention_text(0.1) == "0.80");
}
