// What a teacher writing her own story meets: picture names checked against the catalogue,
// unknown references that say what exists, a tab that does not hide the errors after it, a
// block line ending in a colon told the right way round, lanes spread over several files.
#include <catch2/catch.hpp>

#include "core/model/kinship.hpp"
#include "core/model/pictures.hpp"
#include "script_test_util.hpp"

#include <filesystem>
#include <fstream>

using namespace script_test;

namespace {

const lineage::Diagnostic* find_message(const lineage::LoadResult& r, const std::string& part) {
  for (const auto& d : r.diagnostics)
    if (d.message.find(part) != std::string::npos) return &d;
  return nullptr;
}

}  // namespace

TEST_CASE("an unknown tableau or mood is an error with the nearest name", "[script][author]") {
  auto r = load_with_base(
      "moment storm\n"
      "  title: A storm\n"
      "  when: 1962\n"
      "  facts: f-ada\n"
      "  tableau: blizard\n"
      "  mood: stormy\n"
      "  beats:\n"
      "    tableau: kitchen-note / nigth\n"
      "    tableau: estuary\n");
  INFO(all_text(r));
  const auto* t = find_message(r, "unknown tableau `blizard`");
  REQUIRE(t);
  CHECK(t->loc.line == 5);
  CHECK(t->loc.column == 12);
  CHECK(t->hint.find("did you mean `blizzard`?") != std::string::npos);
  const auto* m = find_message(r, "unknown mood `stormy`");
  REQUIRE(m);
  CHECK(m->hint.find("the moods are night, winter, dusk, dawn, grey, warm, cold") != std::string::npos);
  const auto* beat_mood = find_message(r, "unknown mood `nigth`");
  REQUIRE(beat_mood);
  CHECK(beat_mood->loc.line == 8);
  CHECK(beat_mood->loc.column == 29);
  CHECK(beat_mood->hint.find("did you mean `night`?") != std::string::npos);
  const auto* estuary = find_message(r, "unknown tableau `estuary`");
  REQUIRE(estuary);
  CHECK(estuary->hint.find("bathtub") != std::string::npos);  // lists them all
  CHECK(r.errors() == 4);
}

TEST_CASE("a beat's tableau state is checked against that tableau's states", "[script][author]") {
  auto good = load_with_base(
      "moment dark\n"
      "  title: Dark\n"
      "  when: 1962\n"
      "  facts: f-ada\n"
      "  beats:\n"
      "    tableau: absence / night / out\n"
      "    narrate: Dark.\n");
  INFO(all_text(good));
  REQUIRE(good.story);
  CHECK(good.errors() == 0);
  const auto& beats = good.story->moments[static_cast<std::size_t>(good.story->moment("dark"))].beats;
  REQUIRE(beats.size() == 2);
  CHECK(beats[0].tableau == "absence");
  CHECK(beats[0].mood == "night");
  CHECK(beats[0].state == "out");

  auto r = load_with_base(
      "moment dark\n"
      "  title: Dark\n"
      "  when: 1962\n"
      "  facts: f-ada\n"
      "  beats:\n"
      "    tableau: absence / night / out\n"
      "    tableau: absence / night / gone\n"
      "    tableau: doubt / dusk / towrd\n"
      "    tableau: bathtub / night / out\n"
      "    narrate: Dark.\n");
  INFO(all_text(r));
  const auto* gone = find_message(r, "unknown state `gone` of tableau `absence`");
  REQUIRE(gone);
  CHECK(gone->loc.line == 7);
  CHECK(gone->loc.column == 32);
  CHECK(gone->hint.find("the states of `absence` are lit, out") != std::string::npos);
  const auto* towrd = find_message(r, "unknown state `towrd` of tableau `doubt`");
  REQUIRE(towrd);
  CHECK(towrd->loc.line == 8);
  CHECK(towrd->loc.column == 29);
  CHECK(towrd->hint.find("did you mean `toward`?") != std::string::npos);
  CHECK(towrd->hint.find("the states of `doubt` are toward, away") != std::string::npos);
  CHECK(find_message(r, "tableau `bathtub` has no states"));
  CHECK(r.errors() == 3);
  std::string formatted = all_text(r);
  CHECK(formatted.find("snippet.story:7:32") != std::string::npos);
}

TEST_CASE("every catalogued picture name passes the check", "[script][author]") {
  std::string text;
  int k = 0;
  for (const auto& tab : lineage::tableau_catalogue())
    for (const auto& mood : lineage::mood_catalogue())
      text += "moment m" + std::to_string(k++) + "\n  title: M\n  when: 1962\n  facts: f-ada\n  tableau: " +
              tab.name + "\n  mood: " + mood.name + "\n";
  auto r = load_with_base(text);
  INFO(all_text(r));
  CHECK(r.errors() == 0);
}

TEST_CASE("an unknown reference lists what exists when nothing is near", "[script][author]") {
  auto r = load_with_base(
      "content-note child-harm\n  label: Child harm\n"
      "content-note infant-death\n  label: Infant death\n"
      "moment dark\n  title: Dark\n  when: 1962\n  facts: f-ada\n  content: drowning\n  milestone: part-1\n"
      "  beats:\n    prompt: p-nothing\n");
  INFO(all_text(r));
  const auto* note = find_message(r, "unknown content note `drowning`");
  REQUIRE(note);
  CHECK(note->hint == "the content notes are `child-harm`, `infant-death`");
  const auto* prompt = find_message(r, "unknown prompt `p-nothing`");
  REQUIRE(prompt);
  CHECK(prompt->hint == "the prompts are `why`");
  const auto* milestone = find_message(r, "unknown milestone `part-1`");
  REQUIRE(milestone);
  CHECK(milestone->hint == "the milestones are `part-one`");
}

TEST_CASE("a block line ending in a colon is told so, the right way round", "[script][author]") {
  auto r = load_with_base("person uncle:\n  name: Uncle\n  facts: f-ada\n");
  INFO(all_text(r));
  const auto* d = find_message(r, "a block's first line must not end with a colon");
  REQUIRE(d);
  CHECK(d->hint == "write `person uncle`, without the `:`");
  CHECK_FALSE(has_message(r, "has no colon"));
}

TEST_CASE("a tab in the indentation does not hide the errors after it", "[script][author]") {
  auto r = load_with_base(
      "person uncle\n"
      "  name: Uncle\n"
      "\tlane: nowhere\n"
      "  born: sometime\n"
      "  facts: f-ada\n");
  INFO(all_text(r));
  const auto* tab = find_message(r, "tab in indentation");
  REQUIRE(tab);
  CHECK(tab->loc.line == 3);
  // The tabbed line itself is still read, and so is the next one.
  const auto* lane = find_message(r, "unknown lane `nowhere`");
  REQUIRE(lane);
  CHECK(lane->loc.line == 3);
  CHECK(lane->loc.column == 8);
  const auto* born = find_message(r, "cannot read the date `sometime`");
  REQUIRE(born);
  CHECK(born->loc.line == 4);
  CHECK_FALSE(has_message(r, "inconsistent indentation"));
}

TEST_CASE("moments of one lane in different files are not compared by file order", "[script][author]") {
  // base.story has ada-leaves (c. 1960) in lane ada; a later file adds an earlier moment.
  auto r = load_with_base("moment ada-born\n  title: Ada is born\n  when: 1935\n  lane: ada\n  facts: f-ada\n");
  INFO(all_text(r));
  CHECK_FALSE(has_message(r, "is dated before"));
  // Within one file, writing order still counts.
  auto same = load_with_base(
      "moment later\n  title: Later\n  when: 1980\n  lane: ada\n  facts: f-ada\n"
      "moment earlier\n  title: Earlier\n  when: 1970\n  lane: ada\n  facts: f-ada\n");
  CHECK(has_message(same, "moment `earlier` (1970) is dated before `later` (1980)"));
}

TEST_CASE("a death date that would show before the moment that tells it is warned", "[script][author]") {
  // uncle is met in part one and dies at `storm` (part two), but `after` (part one) is dated
  // later: his cross and the end of his life bar would show to a reader still in part one.
  std::string story =
      "milestone part-two\n  title: Part two\n  order: 2\n"
      "person uncle\n  name: Uncle\n  facts: f-ada\n  died: same time as storm\n"
      "moment visit\n  title: A visit\n  when: 1950\n  people: uncle\n  milestone: part-one\n  facts: f-ada\n"
      "moment storm\n  title: The storm\n  when: 1962\n  people: uncle\n  milestone: part-two\n  facts: f-ada\n"
      "moment after\n  title: After\n  when: 1970\n  milestone: part-one\n  facts: f-ada\n";
  auto r = load_with_base(story);
  INFO(all_text(r));
  const auto* d = find_message(r, "the death of `uncle` would show from milestone `part-one`");
  REQUIRE(d);
  CHECK(d->message.find("moment `after`") != std::string::npos);
  CHECK(d->message.find("before `storm` tells it at milestone `part-two`") != std::string::npos);
  CHECK(d->severity == lineage::Diagnostic::Severity::Warning);
  // Moved to part two, nothing gives it away.
  std::string fixed = story;
  fixed.replace(fixed.rfind("part-one"), 8, "part-two");
  auto ok = load_with_base(fixed);
  INFO(all_text(ok));
  CHECK_FALSE(has_message(ok, "the death of"));
}

TEST_CASE("a lane's company says partners and children apart", "[script][author]") {
  auto r = load_with_base(
      "person frank\n  name: Frank\n  sex: male\n  lane: ada\n  facts: f-ada\n"
      "person davy\n  name: Davy\n  sex: male\n  lane: ada\n  facts: f-ada\n"
      "person cal\n  name: Cal\n  lane: ada\n  facts: f-ada\n"
      "person mum\n  name: Mum\n  sex: female\n  facts: f-ada\n"
      "person stranger\n  name: Stranger\n  lane: ada\n  facts: f-ada\n"
      "person dad\n  name: Dad\n  sex: male\n  facts: f-ada\n"
      "person half\n  name: Half\n  sex: female\n  facts: f-ada\n"
      "person other\n  name: Ada's other husband\n  sex: male\n  lane: ada\n  facts: f-ada\n"
      "partners frank + ada\npartners other + ada\n  order: 2\n"
      "parent mum -> ada\nparent mum -> davy\nparent ada -> cal\n"
      "parent dad -> ada\nparent dad -> davy\nparent dad -> half\n");
  INFO(all_text(r));
  REQUIRE(r.story);
  const lineage::Story& s = *r.story;
  int ada = s.person("ada");
  CHECK(lineage::kinship_word(s, ada, s.person("frank")) == "husband");
  CHECK(lineage::kinship_word(s, ada, s.person("davy")) == "brother");
  CHECK(lineage::kinship_word(s, ada, s.person("cal")) == "child");
  CHECK(lineage::kinship_word(s, ada, s.person("mum")) == "mother");
  CHECK(lineage::kinship_word(s, ada, s.person("half")) == "half-sister");  // Dad's, not Mum's
  CHECK(lineage::company_line(s, ada, {s.person("other")}) == "Ada's other husband");
  CHECK(lineage::company_line(s, ada, {s.person("frank"), s.person("davy"), s.person("cal"), s.person("stranger")}) ==
        "husband Frank, brother Davy, child Cal; with Stranger");
}

TEST_CASE("an examples folder is a shelf of stories of their own, not part of the story around it",
          "[script][author]") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "lineage-examples-shelf";
  fs::remove_all(dir);
  fs::create_directories(dir / "examples" / "other");
  std::ofstream(dir / "book.story") << read(kScripts / "base.story");
  fs::copy_file(kScripts / "notes.txt", dir / "notes.txt");
  std::ofstream(dir / "examples" / "other" / "book.story") << "book other\n  title: Another book\n  author: Someone\n";
  auto r = lineage::load_story(dir);
  INFO(all_text(r));
  CHECK(r.errors() == 0);  // no second book block
  CHECK(r.files == 1);
  fs::remove_all(dir);
}
