// The Reflections scene offscreen (what it lists and counts, spoilers) and the answer widget's
// save path (debounce by time, save on leaving, nothing lost when the journal cannot write).
#include <catch2/catch.hpp>

#include <algorithm>
#include <climits>
#include <fstream>

#include "offscreen.hpp"
#include "scenes/reflections_scene.hpp"
#include "core/journal/answer_drafts.hpp"
#include "scenes/widgets/prompt_answer.hpp"
#include "app/reader_menu.hpp"

using namespace lineage;
using namespace lineage::testing;

namespace {

bool drawn(const App& app, const std::string& text) {
  const auto& strings = app.drawn_strings();
  return std::find(strings.begin(), strings.end(), text) != strings.end();
}

int first_of_kind(const Story& story, PromptKind kind) {
  for (int i = 0; i < static_cast<int>(story.prompts.size()); ++i)
    if (story.prompts[static_cast<std::size_t>(i)].kind == kind && prompt_visible(story, i, INT_MAX)) return i;
  return -1;
}

}  // namespace

TEST_CASE("reflections: lists every prompt and counts the answers written to the journal", "[reflections]") {
  auto dir = temp_dir("reflections-list");
  auto app = start_offscreen({"--scene", "reflections", "--size", "1280x720"}, dir);
  Image image = capture(*app, dir / "reflections.png");
  CHECK(image.luminance_variance() > 50.0);
  const ReflectionsSummary* summary = reflections_summary(app->scene());
  REQUIRE(summary);
  const Story& story = *app->state().story;
  REQUIRE_FALSE(story.prompts.empty());
  // With no milestone set the reader has read everything: every prompt is listed.
  CHECK(summary->visible == static_cast<int>(story.prompts.size()));
  CHECK(summary->listed.size() == story.prompts.size());
  CHECK(summary->answered == 0);
  std::string none = "0 of " + std::to_string(summary->visible) + " answered";
  CHECK(summary->count_text == none);
  CHECK(drawn(*app, none));
  CHECK(drawn(*app, "Reflections"));

  Journal& journal = *app->state().journal;
  std::int64_t profile = app->state().profile;
  int open = first_of_kind(story, PromptKind::Open), choice = first_of_kind(story, PromptKind::Choice);
  REQUIRE(open >= 0);
  REQUIRE(choice >= 0);
  Answer a;
  a.prompt = story.prompts[static_cast<std::size_t>(open)].id;
  a.text = "Grief can make a mother \u2014 and a daughter \u00e9trang\u00e8re.";
  REQUIRE(journal.save_answer(profile, a));
  Answer b;
  b.prompt = story.prompts[static_cast<std::size_t>(choice)].id;
  b.option = story.prompts[static_cast<std::size_t>(choice)].options.front().id;
  REQUIRE(journal.save_answer(profile, b));
  Answer blank;  // an empty text is not an answer
  blank.prompt = story.prompts[static_cast<std::size_t>(first_of_kind(story, PromptKind::Scale))].id;
  REQUIRE(journal.save_answer(profile, blank));
  app->settle();
  summary = reflections_summary(app->scene());
  CHECK(summary->answered == 2);
  CHECK(drawn(*app, "2 of " + std::to_string(summary->visible) + " answered"));

  // Another profile has its own answers.
  auto other = journal.create_profile("Second reader");
  REQUIRE(other);
  app->state().profile = other->id;
  app->settle();
  CHECK(reflections_summary(app->scene())->answered == 0);
  app.reset();
  std::filesystem::remove_all(dir);
}

TEST_CASE("reflections: a prompt about a content-noted moment shows the moment's content notes",
          "[reflections]") {
  auto dir = temp_dir("reflections-notes");
  auto app = start_offscreen({"--scene", "reflections"}, dir);
  app->settle();
  const ReflectionsSummary* summary = reflections_summary(app->scene());
  REQUIRE(summary);
  REQUIRE(summary->content_notes.size() == summary->listed.size());
  auto notes_of = [&](const std::string& id) {
    auto at = std::find(summary->listed.begin(), summary->listed.end(), id);
    REQUIRE(at != summary->listed.end());
    return summary->content_notes[static_cast<std::size_t>(at - summary->listed.begin())];
  };
  CHECK(notes_of("push-evidence") == "Content notes: Infant death, Grief");
  CHECK(notes_of("suspects-fox") == "Content notes: Infant death, Child violence, Grief");
  int with_notes = 0;
  for (const auto& n : summary->content_notes) with_notes += !n.empty();
  CHECK(with_notes > 0);
  CHECK(with_notes < static_cast<int>(summary->listed.size()));  // prompts about people, themes, the book: none
  app.reset();
  std::filesystem::remove_all(dir);
}

TEST_CASE("reflections: the reading milestone hides later prompts", "[reflections]") {
  auto dir = temp_dir("reflections-spoilers");
  auto app = start_offscreen({"--scene", "reflections"}, dir);
  const Story& story = *app->state().story;
  REQUIRE(story.milestones.size() >= 2);
  app->state().settings.milestone = story.milestones.front().id;
  app->settle();
  const ReflectionsSummary* summary = reflections_summary(app->scene());
  REQUIRE(summary);
  int limit = story.milestones.front().order;
  int later = 0;
  for (int i = 0; i < static_cast<int>(story.prompts.size()); ++i) {
    const std::string& id = story.prompts[static_cast<std::size_t>(i)].id;
    bool listed = std::find(summary->listed.begin(), summary->listed.end(), id) != summary->listed.end();
    int m = story.prompts[static_cast<std::size_t>(i)].milestone;  // its moment's, if not its own
    bool beyond = m >= 0 && story.milestones[static_cast<std::size_t>(m)].order > limit;
    if (beyond) {
      ++later;
      CHECK_FALSE(listed);
    }
    CHECK(listed == prompt_visible(story, i, limit));
  }
  CHECK(later > 0);  // the bundled story has prompts past its first milestone
  CHECK(summary->visible > 0);
  CHECK(summary->visible + later <= static_cast<int>(story.prompts.size()));
  CHECK(drawn(*app, "0 of " + std::to_string(summary->visible) + " answered"));
  app.reset();
  std::filesystem::remove_all(dir);
}

TEST_CASE("reflections: an answer is saved a second after the last keystroke, each save a revision",
          "[reflections]") {
  auto dir = temp_dir("reflections-save");
  Journal journal(dir);
  REQUIRE(journal.status().ok);
  auto profile = journal.create_profile("Ada");
  REQUIRE(profile);
  AnswerDrafts drafts;
  drafts.edit(journal, profile->id, "p").text = "first thoughts";
  drafts.changed(journal, profile->id, "p", 10.0);
  CHECK(drafts.save_due(journal, 10.6) == 0);  // still typing
  CHECK_FALSE(journal.answer(profile->id, "p"));
  CHECK(drafts.unsaved(journal, profile->id, "p"));
  CHECK(drafts.save_due(journal, 11.0) == 1);
  REQUIRE(journal.answer(profile->id, "p"));
  CHECK(journal.answer(profile->id, "p")->text == "first thoughts");
  CHECK_FALSE(drafts.unsaved(journal, profile->id, "p"));

  drafts.edit(journal, profile->id, "p").text = "second thoughts";
  drafts.edit(journal, profile->id, "p").saved_at = 1;  // a stale time from the loaded answer
  drafts.changed(journal, profile->id, "p", 20.0);
  CHECK(drafts.save_now(journal, profile->id, "p"));  // left the field: at once
  auto history = journal.history(profile->id, "p");
  REQUIRE(history.size() == 2);
  CHECK(history[0].answer.text == "first thoughts");
  CHECK(history[1].answer.text == "second thoughts");
  CHECK(history[1].answer.saved_at >= history[0].answer.saved_at);  // stamped now, not copied
  // Nothing changed since: no empty revision.
  CHECK(drafts.save_due(journal, 99.0) == 0);
  drafts.changed(journal, profile->id, "p", 100.0);
  drafts.flush(journal);
  CHECK(journal.history(profile->id, "p").size() == 2);

  // After a restore the widget reads the restored answer, not its stale draft.
  drafts.edit(journal, profile->id, "p");
  REQUIRE(journal.restore_revision(profile->id, "p", history[0].id));
  drafts.forget(journal, profile->id, "p");
  CHECK(drafts.edit(journal, profile->id, "p").text == "first thoughts");
  std::filesystem::remove_all(dir);
}

TEST_CASE("reflections: changing scene saves what is being typed", "[reflections]") {
  auto dir = temp_dir("reflections-flush");
  auto app = start_offscreen({"--scene", "reflections"}, dir);
  app->settle();
  AppState& state = app->state();
  const Prompt& prompt = state.story->prompts.front();
  state.drafts.edit(*state.journal, state.profile, prompt.id).text = "typed just now";
  state.drafts.changed(*state.journal, state.profile, prompt.id, answer_clock());
  CHECK_FALSE(state.journal->answer(state.profile, prompt.id));
  app->show_scene("title");
  REQUIRE(state.journal->answer(state.profile, prompt.id));
  CHECK(state.journal->answer(state.profile, prompt.id)->text == "typed just now");
  CHECK(state.drafts.unsaved_count(*state.journal) == 0);
  app.reset();
  std::filesystem::remove_all(dir);
}

TEST_CASE("reflections: when the journal cannot write, the answer waits in memory", "[reflections]") {
  auto dir = temp_dir("reflections-fail");
  std::filesystem::create_directories(dir);
  // A file where the data folder should be: the database cannot be created.
  std::filesystem::path blocked = dir / "blocked";
  { std::ofstream(blocked) << "not a folder"; }
  Journal journal(blocked);
  CHECK_FALSE(journal.status().ok);
  AnswerDrafts drafts;
  drafts.edit(journal, 1, "p").text = "kept";
  drafts.changed(journal, 1, "p", 0.0);
  CHECK(drafts.flush(journal) == 1);
  CHECK(journal.pending_count() == 1);
  REQUIRE(journal.answer(1, "p"));
  CHECK(journal.answer(1, "p")->text == "kept");
  Prompt prompt;
  prompt.kind = PromptKind::Open;
  CHECK(answer_in_words(prompt, *journal.answer(1, "p")) == "kept");
  std::filesystem::remove_all(dir);
}

TEST_CASE("reflections: switching reader and exporting from the dialog", "[reflections]") {
  auto dir = temp_dir("reflections-export");
  auto app = start_offscreen({"--scene", "reflections"}, dir);
  AppState& state = app->state();
  app->settle();
  auto ada = state.journal->create_profile("Ada");
  REQUIRE(ada);
  switch_profile(state, *ada);
  CHECK(state.profile == ada->id);
  CHECK(state.profile_name == "Ada");
  CHECK(state.settings.extra["profile"] == "Ada");
  const Story& story = *state.story;
  int open = first_of_kind(story, PromptKind::Open);
  REQUIRE(open >= 0);
  const std::string& id = story.prompts[static_cast<std::size_t>(open)].id;
  // Typed but not yet saved: the export saves it first.
  state.drafts.edit(*state.journal, state.profile, id).text = "Ada's answer, in her words.";
  state.drafts.changed(*state.journal, state.profile, id, answer_clock());

  ExportChoice choice;
  choice.format = ExportFormat::Markdown;
  CHECK(export_path(state, choice) == state.data_dir / "Ada study guide.md");
  choice.path = "guides/";
  CHECK(export_path(state, choice) == state.data_dir / "guides" / "Ada study guide.md");
  choice.path = "mine";
  CHECK(export_path(state, choice) == state.data_dir / "mine.md");
  ExportResult result = export_for_reader(state, choice);
  INFO(result.message);
  REQUIRE(result.ok);
  CHECK(result.message.find((state.data_dir / "mine.md").string()) != std::string::npos);
  std::ifstream in(state.data_dir / "mine.md");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(text.find("Ada's answer, in her words.") != std::string::npos);
  CHECK(text.find("Ada") != std::string::npos);
  app->settle();  // the dialogs draw without trouble with the new reader
  app.reset();
  std::filesystem::remove_all(dir);
}

TEST_CASE("reflections: renaming and deleting a reader", "[reflections]") {
  auto dir = temp_dir("reflections-profiles");
  auto app = start_offscreen({"--scene", "reflections"}, dir);
  AppState& state = app->state();
  auto first = state.journal->find_profile(state.profile_name);
  REQUIRE(first);
  auto bea = state.journal->create_profile("Bea");
  REQUIRE(bea);
  switch_profile(state, *bea);
  CHECK(rename_reader(state, "  Beatrice ").empty());
  CHECK(state.profile_name == "Beatrice");
  CHECK(state.settings.extra["profile"] == "Beatrice");
  CHECK(state.journal->find_profile("Beatrice"));
  CHECK_FALSE(rename_reader(state, first->name).empty());  // taken
  CHECK_FALSE(rename_reader(state, "   ").empty());
  CHECK(state.profile_name == "Beatrice");

  Answer a;
  a.prompt = state.story->prompts.front().id;
  a.text = "Beatrice's";
  REQUIRE(state.journal->save_answer(state.profile, a));
  std::int64_t gone = state.profile;
  REQUIRE(delete_reader(state));
  CHECK_FALSE(state.journal->find_profile("Beatrice"));
  CHECK(state.journal->answers(gone).empty());
  CHECK(state.profile == first->id);  // back to the one left
  CHECK(state.settings.extra["profile"] == first->name);
  REQUIRE(delete_reader(state));  // the last one: a fresh reader takes her place
  CHECK(state.profile_name == "Reader");
  CHECK(state.journal->profiles().size() == 1);
  app->settle();
  app.reset();
  std::filesystem::remove_all(dir);
}

TEST_CASE("reflections: a deleted reader's open fields and drafts go with her; the others' stay", "[reflections]") {
  auto dir = temp_dir("reflections-departed");
  auto app = start_offscreen({"--scene", "reflections"}, dir);
  AppState& state = app->state();
  auto first = state.journal->find_profile(state.profile_name);
  auto bea = state.journal->create_profile("Bea");
  REQUIRE(first);
  REQUIRE(bea);
  const std::string prompt = state.story->prompts.front().id;
  // Each reader has a field open on the first prompt, with words typed (and a draft).
  auto type_into = [&](std::int64_t reader, const std::string& words) {
    state.answer_fields[std::to_string(reader) + "/" + prompt].edit.insert(words);
    state.drafts.edit(*state.journal, reader, prompt).text = words;
    state.drafts.changed(*state.journal, reader, prompt, answer_clock());
  };
  type_into(first->id, "The first reader's words.");
  switch_profile(state, *bea);
  type_into(bea->id, "Bea's words, half written");
  REQUIRE(state.drafts.unsaved(*state.journal, bea->id, prompt));
  REQUIRE(delete_reader(state));
  for (const auto& [key, field] : state.answer_fields) CHECK(key.rfind(std::to_string(bea->id) + "/", 0) != 0);
  CHECK_FALSE(state.drafts.unsaved(*state.journal, bea->id, prompt));
  CHECK(state.journal->answers(bea->id).empty());
  // The reader left keeps her field and what she typed.
  auto mine = state.answer_fields.find(std::to_string(first->id) + "/" + prompt);
  REQUIRE(mine != state.answer_fields.end());
  CHECK(mine->second.edit.text() == "The first reader's words.");
  CHECK(state.journal->answers(first->id).size() == 1);
  app.reset();
  std::filesystem::remove_all(dir);
}

TEST_CASE("reflections: a shared computer asks who is reading (keyboard alone)", "[reflections]") {
  auto dir = temp_dir("reflections-picker");
  auto app = start_offscreen({"--scene", "reflections"}, dir);
  AppState& state = app->state();
  CHECK_FALSE(state.ask_reader);  // offscreen renders never stop to ask
  auto ada = state.journal->create_profile("Ada");
  auto bea = state.journal->create_profile("Bea");
  REQUIRE(ada);
  REQUIRE(bea);
  switch_profile(state, *ada);
  state.ask_reader = true;  // what a window does at start with two or more readers
  app->settle();
  // The last reader comes first with the keyboard on her; Down moves to the next name.
  std::string before = state.profile_name;
  app->press_key("Down");
  app->press_key("Return");
  app->settle();
  CHECK_FALSE(state.ask_reader);
  CHECK(state.profile_name != before);
  CHECK(state.settings.extra["profile"] == state.profile_name);
  // Asked again, Return alone keeps the reader offered first (the last one).
  std::string last = state.profile_name;
  state.ask_reader = true;
  app->settle();
  app->press_key("Return");
  app->settle();
  CHECK_FALSE(state.ask_reader);
  CHECK(state.profile_name == last);
  app.reset();
  std::filesystem::remove_all(dir);
}

TEST_CASE("reflections: keyboard alone opens a prompt; its answer takes typing, new lines, undo and redo", "[reflections]") {
  auto dir = temp_dir("reflections-typing");
  auto app = start_offscreen({"--scene", "reflections", "--size", "1280x720"}, dir);
  AppState& state = app->state();
  app->settle();
  // The first prompt in the list is the first open question the reader may see.
  const Story& story = *state.story;
  const std::string id = story.prompts[static_cast<std::size_t>(first_of_kind(story, PromptKind::Open))].id;
  // ImGui's keyboard navigation walks the scene: the first Down lands on the first filter, the
  // next on the first row below it; Space opens the row, and its field takes the keyboard.
  for (const char* key : {"Down", "Down", "Space"}) {  // the first filter, the first row, open it
    app->press_key(key);
    app->settle();
  }
  const std::string long_line = "The bond never came, and Blythe felt dread instead of the love she had been promised, "
                                "which is the heart of the whole book and of this answer too.";
  app->type_text(long_line);
  app->settle();
  app->press_key("Return");
  app->type_text("Cécile");
  app->settle();
  std::string text = state.drafts.edit(*state.journal, state.profile, id).text;
  CHECK(text == long_line + "\nCécile");
  // Ctrl+Z takes back what was typed last; Ctrl+Y puts it back.
  app->press_key("ctrl+z");
  app->settle();
  CHECK(state.drafts.edit(*state.journal, state.profile, id).text == long_line + "\n");
  app->press_key("ctrl+y");
  app->settle();
  CHECK(state.drafts.edit(*state.journal, state.profile, id).text == long_line + "\nCécile");
  app.reset();
  std::filesystem::remove_all(dir);
}
