// The journal's change counter: every write and profile change moves it, reading never does, so
// a screen can re-read only when something changed.
#include <catch2/catch.hpp>

#include "core/journal/journal.hpp"
#include "journal_temp_dir.hpp"

using namespace lineage;
using lineage::testing::TempDir;

TEST_CASE("every write and profile change bumps the journal's counter, reads do not", "[journal]") {
  TempDir dir("journal-changes");
  Journal journal(dir.path());
  REQUIRE(journal.status().ok);
  auto moved = [&, last = journal.changes()]() mutable {
    bool changed = journal.changes() != last;
    last = journal.changes();
    return changed;
  };
  auto mia = journal.create_profile("Mia");
  REQUIRE(mia);
  CHECK(moved());
  Answer a;
  a.prompt = "why", a.text = "first";
  REQUIRE(journal.save_answer(mia->id, a));
  CHECK(moved());

  (void)journal.answers(mia->id);
  (void)journal.answer(mia->id, "why");
  (void)journal.history(mia->id, "why");
  (void)journal.profiles();
  (void)journal.progress(mia->id);
  (void)journal.setting(mia->id, "k");
  CHECK_FALSE(moved());

  auto revisions = journal.history(mia->id, "why");
  REQUIRE(journal.restore_revision(mia->id, "why", revisions.front().id));
  CHECK(moved());
  REQUIRE(journal.save_progress(mia->id, {"bathtub", 2, ""}));
  CHECK(moved());
  REQUIRE(journal.set_setting(mia->id, "k", "v"));
  CHECK(moved());
  REQUIRE(journal.rename_profile(mia->id, "Mia O."));
  CHECK(moved());
  REQUIRE(journal.delete_profile(mia->id));
  CHECK(moved());
}
