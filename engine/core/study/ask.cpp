#include "core/study/ask.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>

#include "core/study/cue_schedule.hpp"
#include "core/util/printable.hpp"

namespace lineage {
namespace {

// Words a question is made of that say nothing about the story.
const std::set<std::string> kStopWords = {
    "a",    "an",   "and",  "are",   "as",    "at",   "be",    "by",   "can",  "did",   "do",
    "does", "for",  "from", "had",   "has",   "have", "her",   "his",  "how",  "i",     "in",
    "is",   "it",   "its",  "me",    "of",    "on",   "or",    "she",  "tell", "that",  "the",
    "their", "them", "there", "they", "this", "to",   "was",   "were", "what", "when",  "where",
    "which", "who", "whom", "whose", "why",   "with", "happen", "happened", "happens", "about",
    "s",    "anything", "know", "we"};

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Words as FTS5's unicode61 tokenizer sees them, near enough for spelling: ASCII letters and
// digits, lowercased; bytes of other UTF-8 letters are kept inside words.
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c >= 0x80) {
      word += static_cast<char>(std::tolower(c));
    } else if (!word.empty()) {
      out.push_back(word);
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(word);
  return out;
}

// Levenshtein distance with adjacent transpositions, giving up above `bound`. Rows live on the
// stack for words of ordinary length: this runs for every candidate word of the index.
int edit_distance(const std::string& a, const std::string& b, int bound) {
  int n = int(a.size()), m = int(b.size());
  if (std::abs(n - m) > bound) return bound + 1;
  constexpr int kStackRow = 48;
  std::array<int, kStackRow> stack_rows[3];
  std::vector<int> heap_rows;
  int *before = stack_rows[0].data(), *prev = stack_rows[1].data(), *cur = stack_rows[2].data();
  if (m + 1 > kStackRow) {
    heap_rows.resize(std::size_t(m + 1) * 3);
    before = heap_rows.data();
    prev = before + m + 1;
    cur = prev + m + 1;
  }
  for (int j = 0; j <= m; ++j) prev[j] = j;
  for (int i = 1; i <= n; ++i) {
    cur[0] = i;
    int best = cur[0];
    for (int j = 1; j <= m; ++j) {
      int cost = a[std::size_t(i - 1)] == b[std::size_t(j - 1)] ? 0 : 1;
      int v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[std::size_t(i - 1)] == b[std::size_t(j - 2)] && a[std::size_t(i - 2)] == b[std::size_t(j - 1)])
        v = std::min(v, before[j - 2] + 1);
      cur[j] = v;
      best = std::min(best, v);
    }
    if (best > bound) return bound + 1;
    std::swap(before, prev);
    std::swap(prev, cur);
  }
  return prev[m];
}

// Which byte values (folded to 64 classes) a word holds. A class in one word and not the other
// needs an edit of its own, so the larger count of such classes is a lower bound on the edit
// distance: most of the index is ruled out before the distance is computed.
std::uint64_t letters_of(const std::string& word) {
  std::uint64_t bits = 0;
  for (char c : word) bits |= std::uint64_t{1} << (static_cast<unsigned char>(c) & 63);
  return bits;
}

int letters_apart(std::uint64_t a, std::uint64_t b) {
  return std::max(__builtin_popcountll(a & ~b), __builtin_popcountll(b & ~a));
}

// A term for FTS5's MATCH: always a quoted string (an embedded quote doubled), so nothing a
// reader types can be read as FTS5 syntax.
std::string quoted(const std::string& term, bool prefix) {
  std::string out = "\"";
  for (char c : term) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  if (prefix) out += '*';
  return out;
}

bool sorted_contains(const std::vector<std::string>& sorted, const std::string& word) {
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

int exec(sqlite3* db, const char* sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr); }

}  // namespace

static_assert(int(AskKind::Person) == 0 && int(AskKind::Moment) == 1 && int(AskKind::Fact) == 2 &&
                  int(AskKind::Theme) == 3 && int(AskKind::Prompt) == 4 && int(AskKind::Card) == 5 &&
                  int(AskKind::Takeaway) == 6 && int(AskKind::About) == 7,
              "the ranking's weights in run() are listed by kind number");

const char* ask_kind_name(AskKind kind) {
  switch (kind) {
    case AskKind::Person: return "person";
    case AskKind::Moment: return "moment";
    case AskKind::Fact: return "fact";
    case AskKind::Theme: return "theme";
    case AskKind::Prompt: return "prompt";
    case AskKind::Card: return "memory cue";
    case AskKind::Takeaway: return "takeaway";
    case AskKind::About: return "about the book";
  }
  return "";
}

struct AskIndex::Terms {
  std::vector<std::string> words;  // corrected, stop words removed
  std::string question;            // who, what, when, where, why, how, or ""
  bool last_is_prefix = false;
  std::vector<std::pair<std::string, std::string>> corrected;
};

AskIndex::AskIndex(const Story& story, const Visibility& visibility, bool gentle)
    : story_(story), limit_(visibility.limit()), gentle_(gentle) {
  if (sqlite3_open_v2(":memory:", &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
    error_ = "could not open an in-memory database";
    return;
  }
  // docs: what is searched and ranked (Porter stems: "leaving" finds "leave");
  // words: the same text unstemmed, whose vocabulary spelling correction reads.
  if (exec(db_,
           "CREATE VIRTUAL TABLE docs USING fts5(title, body, "
           "tokenize='porter unicode61 remove_diacritics 2', prefix='2 3');"
           "CREATE VIRTUAL TABLE facts USING fts5(body, tokenize='porter unicode61 remove_diacritics 2');"
           "CREATE VIRTUAL TABLE words USING fts5(body, tokenize='unicode61 remove_diacritics 2');"
           "CREATE VIRTUAL TABLE words_vocab USING fts5vocab(words, 'row');"
           "INSERT INTO docs(docs, rank) VALUES('rank', 'bm25(4.0, 1.0)');") != SQLITE_OK) {
    error_ = std::string("SQLite FTS5 is not available: ") + sqlite3_errmsg(db_);
    return;
  }
  sqlite3_stmt* doc = nullptr;
  sqlite3_stmt* word = nullptr;
  sqlite3_stmt* fact = nullptr;
  // A document's rowid is its place in docs_ (+1): results are read back without touching rows.
  sqlite3_prepare_v2(db_, "INSERT INTO docs(rowid, title, body) VALUES(?, ?, ?)", -1, &doc, nullptr);
  sqlite3_prepare_v2(db_, "INSERT INTO facts(rowid, body) VALUES(?, ?)", -1, &fact, nullptr);
  sqlite3_prepare_v2(db_, "INSERT INTO words(body) VALUES(?)", -1, &word, nullptr);
  auto add = [&](AskKind kind, std::size_t index, const std::string& title, const std::string& body) {
    // Background text ("Fox is Blythe's husband", an "about the book" section) can name someone
    // the reader has not met yet: it stays out until she has.
    if (!names_only_known(story, title + " " + body, limit_)) return;
    docs_.emplace_back(kind, int(index));
    sqlite3_bind_int64(doc, 1, sqlite3_int64(docs_.size()));
    sqlite3_bind_text(doc, 2, title.c_str(), int(title.size()), SQLITE_STATIC);
    sqlite3_bind_text(doc, 3, body.c_str(), int(body.size()), SQLITE_STATIC);
    sqlite3_step(doc);
    sqlite3_reset(doc);
    if (kind == AskKind::Fact) {  // answers are made of facts alone: their own index
      sqlite3_bind_int64(fact, 1, sqlite3_int64(index) + 1);
      sqlite3_bind_text(fact, 2, body.c_str(), int(body.size()), SQLITE_STATIC);
      sqlite3_step(fact);
      sqlite3_reset(fact);
    }
    std::string all = title + " " + body;
    sqlite3_bind_text(word, 1, all.c_str(), int(all.size()), SQLITE_TRANSIENT);
    sqlite3_step(word);
    sqlite3_reset(word);
    ++documents_;
  };
  exec(db_, "BEGIN");
  for (std::size_t i = 0; i < story.people.size(); ++i) {
    const Person& p = story.people[i];
    bool known = visibility.person(int(i));
    for (const std::string& w : words_of(p.name)) (known ? visible_names_ : hidden_names_).push_back(w);
    if (known) add(AskKind::Person, i, p.name, visibility.description(int(i)) ? p.description : "");
  }
  std::vector<bool> told_gently(story.facts.size(), false);  // facts a noted moment cites
  for (std::size_t i = 0; i < story.moments.size(); ++i) {
    const Moment& m = story.moments[i];
    bool noted = gentle && !m.content_notes.empty();
    if (noted)
      for (int f : m.facts)
        if (f >= 0 && std::size_t(f) < told_gently.size()) told_gently[std::size_t(f)] = true;
    if (visibility.moment(int(i))) add(AskKind::Moment, i, m.title, noted ? m.gentle_summary : m.summary);
  }
  auto noted_about = [&](const Subject& about) { return gentle && noted_subject(story, about); };
  const std::vector<bool> facts_shown = visibility.facts();
  for (std::size_t i = 0; i < story.facts.size(); ++i)
    if (facts_shown[i] && !told_gently[i]) add(AskKind::Fact, i, "", story.facts[i].text);
  for (std::size_t i = 0; i < story.themes.size(); ++i)
    add(AskKind::Theme, i, story.themes[i].name, story.themes[i].description);
  for (std::size_t i = 0; i < story.prompts.size(); ++i)
    if (visibility.prompt(int(i)) && !noted_about(story.prompts[i].about)) add(AskKind::Prompt, i, "", story.prompts[i].text);
  for (std::size_t i = 0; i < story.cards.size(); ++i)
    if (visibility.card(int(i)) && !noted_about(story.cards[i].about))
      add(AskKind::Card, i, story.cards[i].front, story.cards[i].back);
  for (std::size_t i = 0; i < story.takeaways.size(); ++i)
    if (visibility.takeaway(int(i)) && !noted_about(story.takeaways[i].about))
      add(AskKind::Takeaway, i, "", story.takeaways[i].text);
  // "About the book" is written for every reader (the book's publication, reception).
  for (std::size_t i = 0; i < story.about.size(); ++i) add(AskKind::About, i, story.about[i].title, story.about[i].text);
  exec(db_, "COMMIT");
  sqlite3_finalize(doc);
  sqlite3_finalize(word);
  sqlite3_finalize(fact);

  sqlite3_stmt* vocab = nullptr;
  sqlite3_prepare_v2(db_, "SELECT term FROM words_vocab", -1, &vocab, nullptr);
  while (sqlite3_step(vocab) == SQLITE_ROW)
    vocabulary_.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(vocab, 0)));
  sqlite3_finalize(vocab);
  std::sort(vocabulary_.begin(), vocabulary_.end());
  for (auto* names : {&visible_names_, &hidden_names_}) {
    std::sort(names->begin(), names->end());
    names->erase(std::unique(names->begin(), names->end()), names->end());
  }
  for (const std::string& w : vocabulary_) vocabulary_letters_.push_back(letters_of(w));
  for (const std::string& w : visible_names_) visible_name_letters_.push_back(letters_of(w));
}

AskIndex::~AskIndex() { sqlite3_close(db_); }

std::string AskIndex::correct(const std::string& word) const {
  if (word.size() < 3 || sorted_contains(vocabulary_, word)) return word;
  int bound = word.size() < 6 ? 1 : 2;
  // A three-letter word is corrected only to a name ("Eta", "Jett"): short words are too alike.
  const bool names_only = word.size() < 4;
  const std::vector<std::string>& candidates = names_only ? visible_names_ : vocabulary_;
  const std::vector<std::uint64_t>& candidate_letters = names_only ? visible_name_letters_ : vocabulary_letters_;
  const std::uint64_t letters = letters_of(word);
  std::string best;
  int best_distance = bound + 1;
  for (std::size_t c = 0; c < candidates.size(); ++c) {
    const std::string& candidate = candidates[c];
    const int limit = std::min(bound, best_distance);
    // The same filters edit_distance starts with, without a call: length, then letters.
    if (std::abs(int(candidate.size()) - int(word.size())) > limit || letters_apart(letters, candidate_letters[c]) > limit)
      continue;
    int d = edit_distance(word, candidate, limit);
    // On a tie, a word with the same first letter reads as what was meant.
    if (d < best_distance || (d == best_distance && !best.empty() && best[0] != word[0] && candidate[0] == word[0])) {
      best_distance = d;
      best = candidate;
    }
  }
  return best_distance <= bound ? best : word;
}

AskIndex::Terms AskIndex::terms_of(std::string_view query, bool typing) const {
  Terms t;
  std::vector<std::string> raw = words_of(query);
  bool ends_in_word = !query.empty() && (std::isalnum(static_cast<unsigned char>(query.back())) ||
                                          static_cast<unsigned char>(query.back()) >= 0x80);
  if (!raw.empty()) {
    const std::string& first = raw.front();
    for (const char* q : {"who", "what", "when", "where", "why", "how"})
      if (first == q) t.question = q;
  }
  for (std::size_t i = 0; i < raw.size(); ++i) {
    bool last = i + 1 == raw.size();
    // "bath tub": two words the index knows as one.
    if (!last && sorted_contains(vocabulary_, raw[i] + raw[i + 1])) {
      t.words.push_back(raw[i] + raw[i + 1]);
      t.last_is_prefix = false;
      ++i;
      continue;
    }
    if (kStopWords.count(raw[i])) continue;
    // One letter narrows nothing ("t" while "the house" is being typed); the next key will.
    if (raw[i].size() < 2 && raw.size() > 1) continue;
    std::string w = raw[i];
    bool prefix = last && typing && ends_in_word;
    // A word still being typed is not corrected while it begins some word of the index.
    bool begins_known = prefix && std::lower_bound(vocabulary_.begin(), vocabulary_.end(), w) != vocabulary_.end() &&
                        std::lower_bound(vocabulary_.begin(), vocabulary_.end(), w)->compare(0, w.size(), w) == 0;
    if (!begins_known) {
      std::string fixed = correct(w);
      if (fixed != w) {
        t.corrected.emplace_back(w, fixed);
        w = fixed;
        prefix = false;
      }
      if (kStopWords.count(w)) continue;  // "happend": a misspelt question word, not a search term
    }
    t.words.push_back(w);
    if (last) t.last_is_prefix = prefix;
  }
  // Only stop words so far ("wh", "the"): the reader is still typing; match what she has.
  if (t.words.empty() && typing && ends_in_word && !raw.empty()) {
    t.words.push_back(raw.back());
    t.last_is_prefix = true;
  }
  return t;
}

std::vector<AskHit> AskIndex::run(const std::string& match, std::size_t max_hits, bool facts_only) const {
  std::vector<AskHit> hits;
  if (!db_ || match.empty()) return hits;
  // FTS5 ranks by BM25 itself (its `rank`; titles weigh 4:1 in docs), quicker than ordering
  // by an expression; the best few are then weighted in code by what a reader looking something
  // up means first: the people, moments and themes themselves, then the facts and "about the
  // book" sections, and only then the cards, takeaways and prompts written about them.
  const char* sql = facts_only ? "SELECT rowid, rank FROM facts WHERE facts MATCH ? ORDER BY rank LIMIT ?"
                               : "SELECT rowid, rank FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT ?";
  const std::size_t pool = facts_only ? max_hits : std::max<std::size_t>(40, max_hits * 4);
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(db_, sql, -1, &s, nullptr) != SQLITE_OK) return hits;
  sqlite3_bind_text(s, 1, match.c_str(), int(match.size()), SQLITE_TRANSIENT);
  sqlite3_bind_int64(s, 2, sqlite3_int64(pool));
  while (sqlite3_step(s) == SQLITE_ROW) {
    AskHit h;
    std::size_t row = std::size_t(sqlite3_column_int64(s, 0));
    if (facts_only) {
      h.kind = AskKind::Fact;
      h.index = int(row) - 1;
    } else {
      if (row < 1 || row > docs_.size()) continue;
      h.kind = docs_[row - 1].first;
      h.index = docs_[row - 1].second;
    }
    static const double kKindWeight[] = {3.0, 2.5, 1.6, 2.5, 0.7, 0.8, 1.0, 1.6};  // by AskKind
    h.rank = sqlite3_column_double(s, 1) * kKindWeight[int(h.kind)];
    std::size_t i = std::size_t(h.index);
    switch (h.kind) {
      case AskKind::Person: h.title = story_.people[i].name; h.text = story_.people[i].description; break;
      case AskKind::Moment:
        h.title = story_.moments[i].title;
        h.text = gentle_ && !story_.moments[i].content_notes.empty() ? story_.moments[i].gentle_summary
                                                                     : story_.moments[i].summary;
        break;
      case AskKind::Fact: h.text = story_.facts[i].text; h.cites = story_.facts[i].cites; break;
      case AskKind::Theme: h.title = story_.themes[i].name; h.text = story_.themes[i].description; break;
      case AskKind::Prompt: h.text = story_.prompts[i].text; break;
      case AskKind::Card: h.title = story_.cards[i].front; h.text = story_.cards[i].back; break;
      case AskKind::Takeaway: h.text = story_.takeaways[i].text; break;
      case AskKind::About: h.title = story_.about[i].title; h.text = story_.about[i].text; h.cites = story_.about[i].cites; break;
    }
    if (h.kind == AskKind::Person && !Visibility(story_, limit_).description(h.index)) h.text.clear();
    hits.push_back(std::move(h));
  }
  sqlite3_finalize(s);
  std::stable_sort(hits.begin(), hits.end(), [](const AskHit& a, const AskHit& b) { return a.rank < b.rank; });
  if (hits.size() > max_hits) hits.resize(max_hits);
  return hits;
}

namespace {
std::string match_of(const std::vector<std::string>& words, bool last_is_prefix, const char* joiner) {
  std::string m;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i) m += joiner;
    m += quoted(words[i], last_is_prefix && i + 1 == words.size());
  }
  return m;
}

// A question's words as the facts word it: "who wrote it" is answered by "the author".
const std::map<std::string, std::vector<std::string>> kQuestionWords = {
    {"wrote", {"author"}}, {"write", {"author"}}, {"writer", {"author"}}, {"written", {"author"}},
    {"die", {"death", "dies"}}, {"died", {"death", "dies"}}, {"death", {"dies"}}, {"dead", {"death", "dies"}},
    {"husband", {"married", "remarries"}}, {"wife", {"married", "husband"}}, {"born", {"birth"}},
    {"son", {"brother"}}, {"daughter", {"girl"}}, {"left", {"leave", "abandoned"}},
    {"leave", {"left", "abandoned"}}, {"film", {"adapted", "television"}}, {"tv", {"adapted", "television"}}};

// Each word with the words a fact may use for it: ("wrote" OR "author") ...
std::string match_with_synonyms(const std::vector<std::string>& words) {
  std::string m;
  for (const std::string& w : words) {
    if (!m.empty()) m += " AND ";
    auto it = kQuestionWords.find(w);
    if (it == kQuestionWords.end()) {
      m += quoted(w, false);
      continue;
    }
    m += "(" + quoted(w, false);
    for (const std::string& other : it->second) m += " OR " + quoted(other, false);
    m += ")";
  }
  return m;
}
}  // namespace

std::vector<AskHit> AskIndex::search(std::string_view query, std::size_t max_hits, bool typing,
                                     std::vector<std::pair<std::string, std::string>>* corrected) const {
  Terms t = terms_of(query, typing);
  if (corrected) *corrected = t.corrected;
  // Results begin at the second letter: one letter matches half of any story.
  if (t.words.empty() || (t.words.size() == 1 && t.words[0].size() < 2)) return {};
  auto hits = run(match_of(t.words, t.last_is_prefix, " AND "), max_hits, false);
  // Any of the words, when no result has them all: only for a finished query (while she types,
  // results narrow with each word, and an OR over common words would rank half the story).
  if (hits.empty() && t.words.size() > 1 && !typing)
    hits = run(match_of(t.words, t.last_is_prefix, " OR "), max_hits, false);
  // Someone named by every word typed is who the reader means: she comes first, ahead of the
  // cards and facts that mention her (the fewer words her name has, the closer the match).
  std::vector<std::pair<std::size_t, int>> named;  // (words in her name, person)
  for (std::size_t p = 0; p < story_.people.size(); ++p) {
    if (!Visibility(story_, limit_).person(int(p))) continue;
    std::vector<std::string> name = words_of(story_.people[p].name);
    bool all = true;
    for (std::size_t i = 0; i < t.words.size() && all; ++i) {
      bool prefix = t.last_is_prefix && i + 1 == t.words.size();
      all = std::any_of(name.begin(), name.end(), [&](const std::string& n) {
        return prefix ? n.compare(0, t.words[i].size(), t.words[i]) == 0 : n == t.words[i];
      });
    }
    if (all) named.emplace_back(name.size(), int(p));
  }
  std::stable_sort(named.begin(), named.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto it = named.rbegin(); it != named.rend(); ++it) {
    int person = it->second;
    auto found = std::find_if(hits.begin(), hits.end(),
                              [&](const AskHit& h) { return h.kind == AskKind::Person && h.index == person; });
    AskHit hit;
    if (found != hits.end()) {
      hit = *found;
      hits.erase(found);
    } else {
      hit.kind = AskKind::Person;
      hit.index = person;
      hit.title = story_.people[std::size_t(person)].name;
      if (Visibility(story_, limit_).description(person)) hit.text = story_.people[std::size_t(person)].description;
    }
    hits.insert(hits.begin(), hit);
  }
  if (hits.size() > max_hits) hits.resize(max_hits);
  return hits;
}

AskAnswer AskIndex::ask(std::string_view question, bool with_hits) const {
  AskAnswer answer;
  Terms t = terms_of(question, false);
  answer.corrected = t.corrected;
  if (with_hits) answer.hits = search(question, 8, false);
  std::vector<std::string> names, content;
  for (const std::string& w : t.words) (sorted_contains(visible_names_, w) ? names : content).push_back(w);
  bool asks_hidden = false;
  for (const std::string& w : t.words)
    if (!sorted_contains(visible_names_, w) && sorted_contains(hidden_names_, w)) asks_hidden = true;

  std::vector<int> facts;
  auto keep = [&](const std::vector<AskHit>& hits) {
    for (const AskHit& h : hits)
      if (h.kind == AskKind::Fact && std::find(facts.begin(), facts.end(), h.index) == facts.end() && facts.size() < 3)
        facts.push_back(h.index);
  };
  const bool facts_only = true;  // run() over the facts' own index
  // Every question here is about the book: "the book", "the novel" narrow nothing down.
  std::vector<std::string> specific;
  for (const std::string& w : content)
    if (w != "book" && w != "novel" && w != "story") specific.push_back(w);
  if (!specific.empty() || !names.empty()) content = specific;
  std::vector<std::string> all = names;
  all.insert(all.end(), content.begin(), content.end());
  if (!all.empty() && !(content.empty() && !names.empty())) keep(run(match_with_synonyms(all), 3, facts_only));
  if (facts.empty() && !names.empty()) {
    if (content.empty()) {
      // "Who is Gemma?": what the notes say about her, facts that begin with her name first
      // ("Gemma is ...", rather than "Fox remarries ... Gemma").
      auto about = run(match_of(names, false, " OR "), 60, facts_only);
      auto opening = [&](const AskHit& h) {  // 2: "Blythe is ...", 1: "Blythe ...", 0: otherwise
        std::vector<std::string> first = words_of(h.text.substr(0, 40));
        if (first.empty() || std::find(names.begin(), names.end(), first[0]) == names.end()) return 0;
        return first.size() > 1 && first[1] == "is" ? 2 : 1;
      };
      std::stable_sort(about.begin(), about.end(),
                       [&](const AskHit& a, const AskHit& b) { return opening(a) > opening(b); });
      keep(about);
    } else {
      // Every content word must still be there; a name alone does not answer "why did she leave".
      keep(run("(" + match_of(names, false, " OR ") + ") AND " + match_with_synonyms(content), 3, facts_only));
    }
  }
  for (int f : facts) answer.sentences.push_back({f, story_.facts[std::size_t(f)].text, story_.facts[std::size_t(f)].cites});
  if (answer.sentences.empty()) {
    answer.note = asks_hidden && names.empty()
                      ? "You have not reached that part of the book yet: Lineage will answer once you have read further."
                      : "Our source is silent on that.";
  } else if (t.question == "why") {
    bool gives_reason = false;
    for (const auto& s : answer.sentences)
      for (const char* because : {"because", " so that ", "since ", " why "})
        if (lower(s.text).find(because) != std::string::npos) gives_reason = true;
    if (!gives_reason) answer.note = "Our source does not say why. What it does say:";
  }
  return answer;
}

bool looks_like_question(std::string_view text) {
  std::vector<std::string> words = words_of(text);
  if (words.empty()) return false;
  for (const char* q : {"who", "what", "when", "where", "why", "how", "did", "does", "is", "was"})
    if (words.front() == q) return true;
  auto end = text.find_last_not_of(' ');
  return end != std::string_view::npos && text[end] == '?';
}

std::string AskIndex::citation_text(const Citation& cite) const {
  std::string source = cite.source >= 0 && std::size_t(cite.source) < story_.sources.size()
                           ? story_.sources[std::size_t(cite.source)].id
                           : "source";
  return source + ":" + std::to_string(cite.line);
}

std::string format_answer(const AskIndex& index, const Story& /*story*/, std::string_view question,
                          const AskAnswer& answer) {
  std::string out = "Q: " + printable(question, 300) + "\n";
  for (const auto& [from, to] : answer.corrected) out += "(reading \"" + printable(from, 60) + "\" as \"" + to + "\")\n";
  if (!answer.note.empty()) out += answer.note + "\n";
  for (const AnswerSentence& s : answer.sentences) {
    out += s.text;
    std::string cites;
    for (const Citation& c : s.cites) cites += (cites.empty() ? "" : ", ") + index.citation_text(c);
    if (!cites.empty()) out += " [" + cites + "]";
    out += "\n";
  }
  if (!answer.hits.empty()) {
    out += "\nSee also:\n";
    for (const AskHit& h : answer.hits) {
      std::string line = h.title.empty() ? h.text : h.title;
      if (line.size() > 90) line = line.substr(0, 87) + "...";
      out += std::string("  ") + ask_kind_name(h.kind) + ": " + line + "\n";
    }
  }
  return out;
}

}  // namespace lineage
