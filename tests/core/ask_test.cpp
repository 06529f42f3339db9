// Ask: FTS5 search and answers composed only from cited facts, within the reader's milestone.
// The bundled story is the corpus; the table's expected first results are what a reader typing
// those words means (written first, then checked against the engine).
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <cctype>

#include "core/script/loader.hpp"
#include "core/study/ask.hpp"
#include "core/study/cue_schedule.hpp"

using namespace lineage;

namespace {

const Story& story() {
  static const auto loaded = load_story(std::string(LINEAGE_SOURCE_DIR) + "/story");
  return *loaded.story;
}

std::string id_of(const AskHit& h) {
  const Story& s = story();
  std::size_t i = std::size_t(h.index);
  switch (h.kind) {
    case AskKind::Person: return s.people[i].id;
    case AskKind::Moment: return s.moments[i].id;
    case AskKind::Fact: return s.facts[i].id;
    case AskKind::Theme: return s.themes[i].id;
    case AskKind::Prompt: return s.prompts[i].id;
    case AskKind::Card: return s.cards[i].id;
    case AskKind::Takeaway: return s.takeaways[i].id;
    case AskKind::About: return s.about[i].id;
  }
  return "";
}

const AskIndex& whole_book() {
  static const AskIndex index(story(), Visibility::whole_book(story()));
  return index;
}

}  // namespace

TEST_CASE("Debian's SQLite has FTS5 with the trigram tokenizer", "[ask]") {
  CHECK(sqlite3_compileoption_used("ENABLE_FTS5") == 1);
  REQUIRE(whole_book().ok());
  CHECK(whole_book().documents() > 150);
}

TEST_CASE("search puts what the reader means first, misspelt or half typed", "[ask]") {
  struct Row { const char* query; const char* first; bool typing; };
  // `first` is "<kind>:<id>" (or two, "a|b", where a fact and an "about the book" section say
  // the same); typing: the last word may still be incomplete (a prefix).
  const Row table[] = {
      {"Gemma", "person:gemma", false},
      {"Gema", "person:gemma", false},
      {"Cecila", "person:cecilia", false},
      {"Cecilia", "person:cecilia", false},
      {"Blyth", "person:blythe", true},
      {"Blythe Connor", "person:blythe", false},
      {"Etta", "person:etta", false},
      {"Eta", "person:etta", false},
      {"Violet", "person:violet", false},
      {"Violett", "person:violet", false},
      {"Fox", "person:fox", false},
      {"Jet", "person:jet", false},
      {"Sam", "person:sam", false},
      {"bath tub", "moment:bathtub", false},
      {"bathtub", "moment:bathtub", false},
      {"bathtb", "moment:bathtub", false},
      {"bathtu", "moment:bathtub", true},
      {"kitchen note", "moment:kitchen-note", false},
      {"kitchin note", "moment:kitchen-note", false},
      {"blizzard", "moment:etta-widowed", false},
      {"blizard", "moment:etta-widowed", false},
      {"the push", "moment:the-push", false},
      {"push", "moment:the-push", false},
      {"nature versus nurture", "theme:nature-nurture", false},
      {"nature nurture", "theme:nature-nurture", false},
      {"natur", "theme:nature-nurture", true},
      {"grief", "theme:grief", false},
      {"perfect mother", "theme:perfect-mother", false},
      {"perfect motherhood", "theme:perfect-mother", false},
      {"unreliable narrator", "theme:perception", false},
      {"unreliabel narator", "theme:perception", false},
      {"paranoia", "theme:perception", false},
      {"generational trauma", "theme:inherited-pattern", false},
      {"maternal ambivalence", "theme:ambivalence", false},
      {"not believed", "theme:not-believed", false},
      {"a second baby", "moment:sam-born", false},
      {"marriage falls apart", "moment:marriage-ends", false},
      {"open ending", "moment:ending", false},
      {"Ashley Audrain", "about:the-author|fact:f-author", false},
      {"Audrian", "about:the-author|fact:f-author", false},
      {"bestseller", "about:success", false},
      {"Penguin", "fact:f-penguin", false},
      {"Kevin", "fact:f-kevin", false},
      {"Arthur Ellis Award", "fact:f-award|about:success", false},
      {"television series", "fact:f-adaptation", false},
  };
  std::size_t rows = 0;
  for (const Row& row : table) {
    auto hits = whole_book().search(row.query, 5, row.typing);
    INFO("query \"" << row.query << "\"" << (hits.empty() ? std::string(" found nothing")
                                                             : std::string(" first: ") + ask_kind_name(hits[0].kind) +
                                                                   " " + id_of(hits[0])));
    REQUIRE(!hits.empty());
    std::string got = std::string(hits[0].kind == AskKind::About ? "about" : ask_kind_name(hits[0].kind)) + ":" + id_of(hits[0]);
    std::string wanted = std::string("|") + row.first + "|";
    CHECK(wanted.find("|" + got + "|") != std::string::npos);
    ++rows;
  }
  CHECK(rows >= 40);
}

TEST_CASE("hostile query strings are only words: no FTS5 syntax error, no crash", "[ask]") {
  const std::vector<std::string> hostile = {
      "\"", "\"\"\"", "*", "bath*", "NEAR(etta cecilia, 2)", "etta NEAR cecilia", "AND", "OR OR", "NOT etta",
      "title:etta", "^etta", "(", ")", "{title body}:etta", "etta\" OR \"fox", "'; DROP TABLE docs; --", "\\",
      "%", "\xff\xfe", std::string(5000, 'a'), "", "   ", "-", "+etta", "etta:", "\"bath\"*"};
  for (const std::string& q : hostile) {
    INFO("query: " << q);
    auto hits = whole_book().search(q, 5, true);
    auto answer = whole_book().ask(q);
    CHECK((answer.sentences.empty() || !answer.sentences[0].cites.empty()));
    (void)hits;
  }
  // Operators are read as the words they are: the same hits as the plain words.
  auto ids = [](const std::vector<AskHit>& hits) {
    std::vector<std::pair<int, int>> out;
    for (const AskHit& h : hits) out.emplace_back(int(h.kind), h.index);
    return out;
  };
  CHECK(ids(whole_book().search("NEAR(etta cecilia, 2)", 5, false)) ==
        ids(whole_book().search("near etta cecilia 2", 5, false)));
  CHECK(ids(whole_book().search("etta\" OR \"fox", 5, false)) == ids(whole_book().search("etta or fox", 5, false)));
  auto not_etta = whole_book().search("NOT etta", 5, false);  // "not" is a word here, not an operator
  REQUIRE(!not_etta.empty());
  for (const AskHit& h : not_etta) {
    std::string all = h.title + " " + h.text;
    for (char& c : all) c = char(std::tolower(static_cast<unsigned char>(c)));
    CHECK(all.find("not") != std::string::npos);
  }
  CHECK(whole_book().search("", 5, true).empty());
}

TEST_CASE("answers are sentences of cited facts, each with its citation", "[ask]") {
  struct Row { const char* question; const char* fact; };
  const Row table[] = {
      {"who is Gemma", "f-fox-gemma"},
      {"what happened to Sam", "f-sam-dies"},
      {"when was Violet born", "f-no-bond"},
      {"who is Etta", "f-etta-grandmother"},
      {"who is Fox", "f-fox-husband"},
      {"what happened in the bathtub", "f-bathtub"},
      {"who wrote the book", "f-author"},
  };
  for (const Row& row : table) {
    AskAnswer a = whole_book().ask(row.question);
    INFO(format_answer(whole_book(), story(), row.question, a));
    REQUIRE(!a.sentences.empty());
    bool found = false;
    for (const AnswerSentence& s : a.sentences) {
      // Every sentence is a visible fact's own text and carries that fact's citation.
      REQUIRE(s.fact >= 0);
      CHECK(s.text == story().facts[std::size_t(s.fact)].text);
      CHECK(!s.cites.empty());
      CHECK(s.cites.size() == story().facts[std::size_t(s.fact)].cites.size());
      if (story().facts[std::size_t(s.fact)].id == row.fact) found = true;
    }
    CHECK(found);
  }
}

TEST_CASE("where the notes are silent the answer says so, and why questions say what is missing", "[ask]") {
  AskAnswer why = whole_book().ask("why did Cecilia leave");
  INFO(format_answer(whole_book(), story(), "why did Cecilia leave", why));
  CHECK(why.note.find("does not say why") != std::string::npos);
  AskAnswer nothing = whole_book().ask("what is the capital of Peru");
  CHECK(nothing.sentences.empty());
  CHECK(nothing.note == "Our source is silent on that.");
  AskAnswer husband = whole_book().ask("what was the name of Etta's husband");
  for (const auto& s : husband.sentences) CHECK(s.text.find("name") == std::string::npos);
}

TEST_CASE("nothing beyond the reader's milestone is found, answered or hinted at", "[ask][visibility]") {
  const Story& s = story();
  const char* probes[] = {"Fox", "why did Fox leave", "husband", "Gemma", "Jet", "Sam", "who is Gemma", "what happened to Sam", "push", "the push",
                          "marriage", "ending", "death", "dies", "suspects", "Gema", "Jett", "harming"};
  for (const Milestone& m : s.milestones) {
    Visibility visibility(s, m.order);
    AskIndex index(s, visibility);
    REQUIRE(index.ok());
    for (const char* probe : probes) {
      INFO("milestone " << m.id << ", query " << probe);
      for (const AskHit& h : index.search(probe, 50, true)) {
        CHECK(names_only_known(s, h.title + " " + h.text, visibility.limit()));  // no one she has not met
        switch (h.kind) {
          case AskKind::Person: CHECK(visibility.person(h.index)); break;
          case AskKind::Moment: CHECK(visibility.moment(h.index)); break;
          case AskKind::Fact: CHECK(visibility.fact(h.index)); break;
          case AskKind::Prompt: CHECK(visibility.prompt(h.index)); break;
          case AskKind::Card: CHECK(visibility.card(h.index)); break;
          case AskKind::Takeaway: CHECK(visibility.takeaway(h.index)); break;
          default: break;
        }
      }
      AskAnswer a = index.ask(probe);
      for (const AnswerSentence& sentence : a.sentences) CHECK(visibility.fact(sentence.fact));
      // Spelling is corrected only towards words the reader may see: never to a hidden name.
      for (const auto& [from, to] : a.corrected)
        if (to == "gemma") CHECK(visibility.person(s.person("gemma")));
    }
  }
  // At "part-violet" Gemma, Jet and Sam are not known: asking by name says only "not yet".
  AskIndex violet(s, Visibility(s, reading_limit(s, "part-violet")));
  AskAnswer gemma = violet.ask("who is Gemma");
  CHECK(gemma.sentences.empty());
  CHECK(gemma.note.find("not reached") != std::string::npos);
  CHECK(violet.ask("what happened to Sam").sentences.empty());
  CHECK(violet.search("Gemma", 10, false).empty());
  // ... while the whole book answers.
  CHECK(!whole_book().ask("who is Gemma").sentences.empty());
}

TEST_CASE("with gentle summaries, a content-noted moment's facts, cues and prompts stay out of Ask", "[ask][care]") {
  const Story& s = story();
  AskIndex gentle(s, Visibility::whole_book(s), true);
  REQUIRE(gentle.ok());
  int bathtub = s.moment("bathtub");
  REQUIRE(bathtub >= 0);
  REQUIRE(!s.moments[std::size_t(bathtub)].content_notes.empty());
  for (const char* q : {"bathtub", "underwater", "what happened in the bathtub", "Sam dies", "the push"}) {
    INFO(q);
    for (const AskHit& h : gentle.search(q, 50, false)) {
      if (h.kind == AskKind::Fact)
        for (std::size_t m = 0; m < s.moments.size(); ++m)
          if (!s.moments[m].content_notes.empty()) {
            const auto& facts = s.moments[m].facts;
            CHECK(std::find(facts.begin(), facts.end(), h.index) == facts.end());
          }
      if (h.kind == AskKind::Moment && !s.moments[std::size_t(h.index)].content_notes.empty())
        CHECK(h.text == s.moments[std::size_t(h.index)].gentle_summary);
      if (h.kind == AskKind::Card) CHECK_FALSE(noted_subject(s, s.cards[std::size_t(h.index)].about));
    }
    for (const AnswerSentence& a : gentle.ask(q).sentences)
      CHECK(a.text != s.facts[std::size_t(s.fact_index.at("f-bathtub"))].text);
  }
  // Without gentle summaries the bathtub fact answers.
  CHECK(!whole_book().ask("what happened in the bathtub").sentences.empty());
}
