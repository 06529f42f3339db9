// Story mode's persistence, headless: what a session writes to the journal and reads back.
#include "core/runtime/story_journal.hpp"
#include "journal_temp_dir.hpp"
#include "runtime_util.hpp"

using namespace lineage;
using namespace lineage::testing;

TEST_CASE("story journal: answers, place and care choices are saved on change and read back", "[runtime][journal]") {
  TempDir dir("story-journal");
  auto story = bundled_story();
  Journal journal(dir.path());
  auto reader = journal.create_profile("Ada");
  REQUIRE(reader);
  AnswerDrafts drafts;

  StoryRuntime rt(*story, StoryJournal::options(&journal, reader->id, INT_MAX));
  StoryJournal saved;
  saved.mark_saved(rt);
  RuntimeOptions options = rt.options();
  options.quiet.insert("infant-death");  // she asks not to be warned about this note
  rt.set_options(options);
  saved.save(journal, drafts, reader->id, *story, rt, 0.0);
  // Only the care choice changed since mark_saved: one setting written, nothing else.
  CHECK(journal.setting(reader->id, "story.quiet") == std::optional<std::string>("infant-death"));
  CHECK_FALSE(journal.progress(reader->id));

  // An evidence answer (to a prompt she is not on) goes through the drafts into the journal,
  // as on every other screen, and her place with it.
  rt.weigh("grows-evidence", "pattern", 4);
  saved.save(journal, drafts, reader->id, *story, rt, 1.0);
  auto answer = journal.answer(reader->id, "grows-evidence");
  REQUIRE(answer);
  CHECK(answer->option == "pattern");
  CHECK(answer->confidence == 4);
  CHECK(drafts.unsaved_count(journal) == 0);

  // Where a story's evidence prompt does not ask how sure, the journal keeps no sureness.
  Story unsure = *story;
  unsure.prompts[static_cast<std::size_t>(unsure.prompt("violence-evidence"))].confidence.clear();
  rt.weigh("violence-evidence", "violet", 3);
  saved.save(journal, drafts, reader->id, unsure, rt, 1.5);
  auto plain = journal.answer(reader->id, "violence-evidence");
  REQUIRE(plain);
  CHECK(plain->option == "violet");
  CHECK(plain->confidence == 0);
  REQUIRE(journal.progress(reader->id));

  // Saving again with nothing changed writes nothing.
  std::uint64_t changes = journal.changes();
  saved.save(journal, drafts, reader->id, *story, rt, 2.0);
  CHECK(journal.changes() == changes);

  // A new session reads her place and her care choices back.
  CHECK(StoryJournal::saved_place(&journal, reader->id) == serialise(rt.state()));
  CHECK(StoryJournal::options(&journal, reader->id, INT_MAX).quiet.count("infant-death") == 1);
}
