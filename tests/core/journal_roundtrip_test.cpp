// The journal gives back exactly what was saved: across reopening, per profile, every kind of
// answer, every revision, progress and settings.
#include <catch2/catch.hpp>

#include <sstream>

#include "core/journal/journal.hpp"
#include "core/journal/schema.hpp"
#include "journal_temp_dir.hpp"

using lineage::Answer;
using lineage::Journal;
using lineage::testing::TempDir;

namespace {
Answer open_answer(std::string prompt, std::string text) {
  Answer a;
  a.prompt = std::move(prompt);
  a.text = std::move(text);
  return a;
}
}  // namespace

TEST_CASE("Profiles are created, listed, renamed and deleted", "[journal]") {
  TempDir dir("journal-profiles");
  Journal journal(dir.path());
  REQUIRE(journal.status().ok);
  auto mia = journal.create_profile("  Mia ");
  auto ana = journal.create_profile("Ana");
  REQUIRE(mia);
  REQUIRE(ana);
  CHECK(mia->name == "Mia");
  CHECK_FALSE(journal.create_profile("mia"));  // names are unique, ignoring case
  CHECK_FALSE(journal.create_profile("   "));
  auto all = journal.profiles();
  REQUIRE(all.size() == 2);
  CHECK(all[0].name == "Ana");
  CHECK(all[1].name == "Mia");

  CHECK(journal.rename_profile(mia->id, "Mia R."));
  CHECK_FALSE(journal.rename_profile(mia->id, "Ana"));
  CHECK(journal.find_profile("Mia R.")->id == mia->id);

  REQUIRE(journal.save_answer(mia->id, open_answer("why-the-push", "Because.")));
  REQUIRE(journal.save_progress(mia->id, {"the-park", 3, "{}"}));
  REQUIRE(journal.set_setting(mia->id, "milestone", "part-two"));
  CHECK(journal.delete_profile(mia->id));
  CHECK_FALSE(journal.answer(mia->id, "why-the-push"));
  CHECK_FALSE(journal.progress(mia->id));
  CHECK_FALSE(journal.setting(mia->id, "milestone"));
  CHECK(journal.profiles().size() == 1);
  CHECK(journal.check().counts.revisions == 0);
  CHECK(journal.status().ok);
}

TEST_CASE("A deleted reader's id is never given to a new reader, even after reopening", "[journal]") {
  TempDir dir("journal-profile-ids");
  std::int64_t gone = 0;
  {
    Journal journal(dir.path());
    REQUIRE(journal.create_profile("Ada"));
    auto bea = journal.create_profile("Bea");
    REQUIRE(bea);
    gone = bea->id;
    REQUIRE(journal.delete_profile(gone));
    auto cal = journal.create_profile("Cal");
    REQUIRE(cal);
    CHECK(cal->id != gone);  // whatever still keys on the old id cannot reach Cal
    REQUIRE(journal.delete_profile(cal->id));
    gone = cal->id;
  }
  Journal reopened(dir.path());
  auto dee = reopened.create_profile("Dee");
  REQUIRE(dee);
  CHECK(dee->id > gone);
}

TEST_CASE("Answers of every kind survive reopening, kept apart per profile", "[journal]") {
  TempDir dir("journal-roundtrip");
  const std::string text = "She said \"no\" & <meant> it.\nSecond line — Blythe's ñ 🙂\n\tend";
  std::int64_t mia = 0, ana = 0;
  {
    Journal journal(dir.path());
    mia = journal.create_profile("Mia")->id;
    ana = journal.create_profile("Ana")->id;
    CHECK(journal.save_answer(mia, open_answer("open-1", text)));
    Answer choice;
    choice.prompt = "choice-1";
    choice.option = "mother";
    CHECK(journal.save_answer(mia, choice));
    Answer evidence;
    evidence.prompt = "what-happened";
    evidence.option = "pattern";
    evidence.confidence = 4;
    CHECK(journal.save_answer(mia, evidence));
    Answer scale;
    scale.prompt = "scale-1";
    scale.scale = 2;
    CHECK(journal.save_answer(mia, scale));
    CHECK(journal.save_answer(ana, open_answer("open-1", "Ana's own answer")));
    CHECK(journal.save_progress(mia, {"the-bathtub", 7, "{\"chose\":[\"a\"]}"}));
    CHECK(journal.set_setting(mia, "content-care", "gentle"));
    CHECK(journal.set_setting(mia, "content-care", "full"));
    CHECK(journal.pending_count() == 0);
  }
  Journal journal(dir.path());
  REQUIRE(journal.status().ok);
  CHECK(journal.answer(mia, "open-1")->text == text);
  CHECK(journal.answer(ana, "open-1")->text == "Ana's own answer");
  CHECK(journal.answer(mia, "choice-1")->option == "mother");
  auto evidence = journal.answer(mia, "what-happened");
  CHECK(evidence->option == "pattern");
  CHECK(evidence->confidence == 4);
  CHECK(journal.answer(mia, "scale-1")->scale == 2);
  CHECK_FALSE(journal.answer(ana, "scale-1"));
  CHECK(journal.answers(mia).size() == 4);
  CHECK(journal.answers(ana).size() == 1);
  auto progress = journal.progress(mia);
  REQUIRE(progress);
  CHECK(progress->moment == "the-bathtub");
  CHECK(progress->beat == 7);
  CHECK(progress->state == "{\"chose\":[\"a\"]}");
  CHECK_FALSE(journal.progress(ana));
  CHECK(journal.setting(mia, "content-care") == "full");
  CHECK_FALSE(journal.setting(ana, "content-care"));
  auto check = journal.check();
  CHECK(check.status.ok);
  CHECK(check.integrity == "ok");
  CHECK(check.schema_version == lineage::journal_detail::kSchemaVersion);
  CHECK(check.journal_mode == "wal");
  CHECK(check.synchronous == 2);  // FULL: the WAL is fsynced at every commit
  CHECK(check.counts.profiles == 2);
  CHECK(check.counts.answers == 5);
  CHECK(check.counts.revisions == 5);
}

TEST_CASE("Every revision is kept and any can be restored", "[journal]") {
  TempDir dir("journal-revisions");
  std::int64_t mia = 0;
  {
    Journal journal(dir.path());
    mia = journal.create_profile("Mia")->id;
    for (const char* draft : {"first", "second", "third"})
      REQUIRE(journal.save_answer(mia, open_answer("open-1", draft)));
  }
  Journal journal(dir.path());
  auto history = journal.history(mia, "open-1");
  REQUIRE(history.size() == 3);
  CHECK(history[0].answer.text == "first");
  CHECK(history[2].answer.text == "third");
  CHECK(history[0].answer.saved_at <= history[2].answer.saved_at);
  CHECK(history[0].answer.saved_at > 1'600'000'000'000);  // unix milliseconds
  CHECK_FALSE(history[0].pending);

  REQUIRE(journal.restore_revision(mia, "open-1", history[0].id));
  CHECK(journal.answer(mia, "open-1")->text == "first");
  auto after = journal.history(mia, "open-1");
  REQUIRE(after.size() == 4);  // restoring adds a revision; nothing is rewritten
  CHECK(after[3].answer.text == "first");
  CHECK_FALSE(journal.restore_revision(mia, "open-1", 999999));
  CHECK_FALSE(journal.restore_revision(mia, "other-prompt", history[1].id));

  std::ostringstream out;
  CHECK(lineage::journal_check_command(dir.path(), out) == 0);
  CHECK(out.str().find("Integrity: ok") != std::string::npos);
  CHECK(out.str().find("Revisions: 4") != std::string::npos);
  CHECK(out.str().find("Mia: 1 answers, 4 revisions") != std::string::npos);
}

TEST_CASE("The check command says when there is no journal", "[journal]") {
  TempDir dir("journal-check-empty");
  std::ostringstream out;
  CHECK(lineage::journal_check_command(dir.path(), out) == 2);
  CHECK_FALSE(std::filesystem::exists(dir / "journal.db"));  // checking creates nothing
}
