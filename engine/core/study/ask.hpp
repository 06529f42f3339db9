// Ask: search and short answers over the story, by SQLite FTS5 (BM25 ranking), built in memory
// for one reader's place in the book. Only what the one visibility rule lets her see goes into
// the index at all, so neither a result, a ranking nor a spelling correction can come from
// beyond her milestone. Answers are sentences taken whole from the story's cited facts, each
// with its citation; where no fact matches, the answer says our source is silent.
// Plain C++17: no SDL, no ImGui.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/model/visibility.hpp"

struct sqlite3;

namespace lineage {

enum class AskKind { Person, Moment, Fact, Theme, Prompt, Card, Takeaway, About };
const char* ask_kind_name(AskKind kind);  // "person", "moment", ...

struct AskHit {
  AskKind kind = AskKind::Fact;
  int index = -1;      // into the story's vector of that kind
  std::string title;   // a person's name, a moment's title, a card's front ...
  std::string text;    // what was matched: the fact, the summary, the card's back ...
  std::vector<Citation> cites;
  double rank = 0;     // FTS5's bm25: lower is better
};

// One sentence of an answer: a fact's own words and where the notes say it.
struct AnswerSentence {
  int fact = -1;
  std::string text;
  std::vector<Citation> cites;
};

struct AskAnswer {
  std::vector<AnswerSentence> sentences;  // empty: nothing in the notes answers it
  // Said before the sentences (or alone): "Our source is silent on that.", "Our source does not
  // say why. What it does say:", ...
  std::string note;
  std::vector<AskHit> hits;                                   // ranked search results
  std::vector<std::pair<std::string, std::string>> corrected; // ("cecila", "cecilia")
};

class AskIndex {
 public:
  // Indexes what `visibility` shows of `story` (the story must outlive the index). `gentle`
  // (content care's gentle summaries): a content-noted moment is indexed by its gentle summary
  // alone; the facts it cites and the prompts, cues and takeaways about it stay out.
  AskIndex(const Story& story, const Visibility& visibility, bool gentle = false);
  ~AskIndex();
  AskIndex(const AskIndex&) = delete;
  AskIndex& operator=(const AskIndex&) = delete;

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  std::size_t documents() const { return documents_; }
  int limit() const { return limit_; }

  // Ranked results for what a reader types: misspellings corrected against the index's own
  // vocabulary, the last word matched as a prefix while she types (`typing`), every word
  // quoted so that FTS5 syntax in the query (quotes, *, NEAR, AND, column:) is only text.
  // `corrected`, if given, receives the words read otherwise ("cecila" -> "cecilia").
  std::vector<AskHit> search(std::string_view query, std::size_t max_hits = 12, bool typing = true,
                             std::vector<std::pair<std::string, std::string>>* corrected = nullptr) const;
  // A question answered from cited facts (see AskAnswer), with the search results beside it.
  // `with_hits`: also fill AskAnswer::hits (a finished query's search, as `lineage ask` prints);
  // the Ask screen searches as the reader types and leaves it off.
  AskAnswer ask(std::string_view question, bool with_hits = true) const;

  // "notes:27"
  std::string citation_text(const Citation& cite) const;

 private:
  struct Terms;
  Terms terms_of(std::string_view query, bool typing) const;
  std::vector<AskHit> run(const std::string& match, std::size_t max_hits, bool facts_only) const;
  std::string correct(const std::string& word) const;

  const Story& story_;
  int limit_;
  bool gentle_ = false;
  sqlite3* db_ = nullptr;
  std::string error_;
  std::size_t documents_ = 0;
  std::vector<std::pair<AskKind, int>> docs_;  // by rowid - 1: what each indexed document is
  std::vector<std::string> vocabulary_;        // every word in the index, sorted
  std::vector<std::string> visible_names_;     // lowercase words of known people's names
  std::vector<std::string> hidden_names_;      // of people the reader has not met yet
  std::vector<std::uint64_t> vocabulary_letters_, visible_name_letters_;  // letters_of() each, in the same order
};

// A question to answer ("who is ...", "why did ...", anything ending in "?"), not only a search.
bool looks_like_question(std::string_view text);

// What `lineage ask` prints: the answer (each sentence with its citation), then the results.
std::string format_answer(const AskIndex& index, const Story& story, std::string_view question,
                          const AskAnswer& answer);

}  // namespace lineage
