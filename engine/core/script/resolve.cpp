// Resolution, part 1: declare ids (duplicates named with both places), order lanes, milestones
// and about sections, and turn every id reference into an index.
#include <algorithm>
#include <numeric>

#include "core/script/draft.hpp"
#include "core/script/text.hpp"

namespace lineage {

namespace {

using Table = std::unordered_map<std::string, int>;

struct Symbols {
  const char* noun;
  Table* table;
  std::vector<std::string> ids;  // for suggestions
};

class Resolver {
 public:
  Resolver(Draft& d, Reporter& rep) : d_(d), s_(d.story), rep_(rep) {}
  void run();

 private:
  template <class T>
  void declare(Symbols& sym, const std::vector<T>& items, const std::vector<Loc>& locs);
  int find(Symbols& sym, const Ref& r);
  std::vector<int> find_all(Symbols& sym, const std::vector<Ref>& refs);
  void subject(const SubjectRef& r, Subject& out, int& milestone);
  void order_by(std::vector<int>& perm, const std::vector<int>& keys);

  Draft& d_;
  Story& s_;
  Reporter& rep_;
  Table source_table_, about_table_, card_table_, takeaway_table_, era_table_, reading_table_, balance_table_;
  Symbols sources_{"source", &source_table_, {}}, facts_{"fact", &s_.fact_index, {}},
      people_{"person", &s_.person_index, {}}, lanes_{"lane", &s_.lane_index, {}},
      themes_{"theme", &s_.theme_index, {}}, notes_{"content note", &s_.content_note_index, {}},
      milestones_{"milestone", &s_.milestone_index, {}}, moments_{"moment", &s_.moment_index, {}},
      prompts_{"prompt", &s_.prompt_index, {}}, about_{"about section", &about_table_, {}},
      cards_{"card", &card_table_, {}}, takeaways_{"takeaway", &takeaway_table_, {}},
      eras_{"era", &era_table_, {}}, readings_{"reading", &reading_table_, {}},
      balances_{"balance", &balance_table_, {}};
  void evidence_options(std::size_t prompt);
};

template <class T>
void Resolver::declare(Symbols& sym, const std::vector<T>& items, const std::vector<Loc>& locs) {
  sym.table->reserve(items.size());
  sym.ids.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string& id = items[i].id;
    if (id.empty()) continue;
    auto [it, fresh] = sym.table->emplace(id, static_cast<int>(i));
    if (fresh) {
      sym.ids.push_back(id);
      continue;
    }
    const Loc& first = locs[static_cast<std::size_t>(it->second)];
    rep_.error(locs[i], "duplicate " + std::string(sym.noun) + " " + ticked(id) + "; the first is at " + rep_.where(first),
               "ids are shared by all files of the story; rename one of them");
    rep_.attached_note(first, "the first " + std::string(sym.noun) + " " + ticked(id) + " is declared here");
  }
}

int Resolver::find(Symbols& sym, const Ref& r) {
  if (!r.given()) return -1;
  auto it = sym.table->find(r.id);
  if (it != sym.table->end()) return it->second;
  std::string noun = sym.noun;
  std::string plural = noun == "person" ? "people" : noun + "s";
  rep_.error(r.loc, "unknown " + noun + " " + ticked(r.id), suggestion_or_list(r.id, sym.ids, plural));
  return -1;
}

std::vector<int> Resolver::find_all(Symbols& sym, const std::vector<Ref>& refs) {
  std::vector<int> out;
  out.reserve(refs.size());
  for (const Ref& r : refs) {
    int i = find(sym, r);
    if (i >= 0) out.push_back(i);
  }
  return out;
}

void Resolver::subject(const SubjectRef& r, Subject& out, int& milestone) {
  out = {};
  if (!r.given || !r.id.given()) return;  // `book`, or nothing said
  if (r.explicit_kind) {
    Symbols& sym = r.kind == Subject::Kind::Moment ? moments_ : r.kind == Subject::Kind::Person ? people_ : themes_;
    out.kind = r.kind;
    out.index = find(sym, r.id);
  } else {
    int m = s_.moment(r.id.id), p = s_.person(r.id.id), t = s_.theme(r.id.id);
    int matches = (m >= 0) + (p >= 0) + (t >= 0);
    if (matches > 1) {
      rep_.error(r.id.loc, ticked(r.id.id) + " names more than one thing (a moment, person or theme)",
                 "say which: `about: moment " + r.id.id + "`, `about: person " + r.id.id + "` or `about: theme " +
                     r.id.id + "`");
    } else if (matches == 0) {
      std::vector<std::string> all = moments_.ids;
      all.insert(all.end(), people_.ids.begin(), people_.ids.end());
      all.insert(all.end(), themes_.ids.begin(), themes_.ids.end());
      all.push_back("book");
      std::string hint = suggestion(r.id.id, all);
      rep_.error(r.id.loc, "unknown moment, person or theme " + ticked(r.id.id),
                 hint.empty() ? "`about:` takes `book`, or the id of a moment, a person or a theme" : hint);
    }
    out.kind = m >= 0 ? Subject::Kind::Moment : p >= 0 ? Subject::Kind::Person : Subject::Kind::Theme;
    out.index = m >= 0 ? m : p >= 0 ? p : t;
  }
  if (milestone < 0 && out.kind == Subject::Kind::Moment && out.index >= 0)
    milestone = s_.moments[static_cast<std::size_t>(out.index)].milestone;
}

template <class V>
void permute(V& v, const std::vector<int>& perm) {
  V out;
  out.reserve(v.size());
  for (int i : perm) out.push_back(std::move(v[static_cast<std::size_t>(i)]));
  v = std::move(out);
}

void Resolver::order_by(std::vector<int>& perm, const std::vector<int>& keys) {
  perm.resize(keys.size());
  std::iota(perm.begin(), perm.end(), 0);
  std::stable_sort(perm.begin(), perm.end(), [&](int a, int b) { return keys[a] < keys[b]; });
}

// An evidence prompt offers the story's readings, in the order written; `option ID:` replaces a
// reading's words for this prompt, `discussion ID:` adds a note for the teacher.
void Resolver::evidence_options(std::size_t i) {
  Prompt& p = s_.prompts[i];
  PromptDraft& pd = d_.prompts[i];
  if (s_.readings.empty()) {
    rep_.error(pd.kind_loc, "an evidence prompt offers the story's readings, and this story defines none",
               "add a `reading ID` block with `text:` for each reading (story/README.md, Evidence prompts)");
    return;
  }
  for (const ReadingDef& r : s_.readings) p.options.push_back({r.id, r.text, {}});
  auto option = [&](const Ref& ref) -> PromptOption* {
    for (PromptOption& o : p.options)
      if (o.id == ref.id) return &o;
    rep_.error(ref.loc, "unknown reading " + ticked(ref.id) + " in evidence prompt " + ticked(p.id),
               suggestion_or_list(ref.id, readings_.ids, "readings"));
    return nullptr;
  };
  for (const auto& [ref, text] : pd.reading_options)
    if (PromptOption* o = option(ref)) o->text = text;
  for (const auto& [ref, text] : pd.reading_discussions)
    if (PromptOption* o = option(ref)) o->discussion = text;
}

void Resolver::run() {
  // The book.
  if (d_.book_locs.empty())
    rep_.general(Diagnostic::Severity::Error, "story", "the story has no `book` block",
                 "add `book ID` with `title:` and `author:` to one of its files");
  for (std::size_t i = 1; i < d_.book_locs.size(); ++i)
    rep_.error(d_.book_locs[i], "a second `book` block; the first is at " + rep_.where(d_.book_locs[0]),
               "a story describes one book");

  // Orders: lanes, milestones, about sections.
  std::vector<int> perm, keys;
  for (const Lane& l : s_.lanes) keys.push_back(l.order);
  order_by(perm, keys);
  permute(s_.lanes, perm);
  permute(d_.lanes, perm);
  keys.clear();
  for (const Milestone& m : s_.milestones) keys.push_back(m.order);
  order_by(perm, keys);
  permute(s_.milestones, perm);
  permute(d_.milestones, perm);
  permute(d_.milestone_orders, perm);
  for (std::size_t i = 0; i < s_.milestones.size(); ++i) {
    if (i > 0 && keys[perm[i]] == keys[perm[i - 1]])
      rep_.error(d_.milestone_orders[i], "milestones " + ticked(s_.milestones[i - 1].id) + " and " +
                                             ticked(s_.milestones[i].id) + " have the same order " +
                                             std::to_string(keys[perm[i]]),
                 "each milestone needs its own `order:` number");
    s_.milestones[i].order = static_cast<int>(i);
  }
  keys.clear();
  for (const AboutSection& a : s_.about) keys.push_back(a.order);
  order_by(perm, keys);
  permute(s_.about, perm);
  permute(d_.about, perm);

  // Ids.
  auto locs_of = [](const auto& drafts) {
    std::vector<Loc> out;
    out.reserve(drafts.size());
    for (const auto& x : drafts) out.push_back(x.loc);
    return out;
  };
  std::vector<Loc> source_locs;
  for (const SourceDraft& x : d_.sources) source_locs.push_back(x.loc);
  declare(sources_, s_.sources, source_locs);
  declare(facts_, s_.facts, locs_of(d_.facts));
  declare(about_, s_.about, locs_of(d_.about));
  declare(people_, s_.people, locs_of(d_.people));
  declare(lanes_, s_.lanes, locs_of(d_.lanes));
  declare(themes_, s_.themes, d_.themes);
  declare(notes_, s_.content_notes, d_.content_notes);
  declare(milestones_, s_.milestones, d_.milestones);
  declare(moments_, s_.moments, locs_of(d_.moments));
  declare(prompts_, s_.prompts, locs_of(d_.prompts));
  declare(cards_, s_.cards, locs_of(d_.cards));
  declare(takeaways_, s_.takeaways, locs_of(d_.takeaways));
  declare(eras_, s_.eras, locs_of(d_.eras));
  declare(readings_, s_.readings, d_.readings);
  declare(balances_, s_.balances, locs_of(d_.balances));
  for (std::size_t i = 0; i < s_.balances.size(); ++i) {
    s_.balances[i].left = find_all(readings_, d_.balances[i].left);
    s_.balances[i].right = find_all(readings_, d_.balances[i].right);
  }

  // References.
  for (std::size_t i = 0; i < s_.lanes.size(); ++i) s_.lanes[i].person = find(people_, d_.lanes[i].person);
  for (std::size_t i = 0; i < s_.people.size(); ++i) {
    s_.people[i].lane = find(lanes_, d_.people[i].lane);
    s_.people[i].facts = find_all(facts_, d_.people[i].facts);
  }
  for (std::size_t i = 0; i < s_.eras.size(); ++i) s_.eras[i].lane = find(lanes_, d_.eras[i].lane);
  for (std::size_t i = 0; i < s_.moments.size(); ++i) {
    Moment& m = s_.moments[i];
    MomentDraft& md = d_.moments[i];
    m.lane = find(lanes_, md.lane);
    m.milestone = find(milestones_, md.milestone);
    m.people = find_all(people_, md.people);
    m.themes = find_all(themes_, md.themes);
    m.content_notes = find_all(notes_, md.content);
    m.facts = find_all(facts_, md.facts);
    m.echoes = find_all(moments_, md.echoes);
    for (std::size_t e = 0; e < md.echoes.size(); ++e)
      if (md.echoes[e].id == m.id) rep_.error(md.echoes[e].loc, "a moment cannot echo itself");
  }
  for (std::size_t i = 0; i < s_.parents.size(); ++i) {
    ParentLink& l = s_.parents[i];
    LinkDraft& ld = d_.parents[i];
    l.parent = find(people_, ld.a);
    l.child = find(people_, ld.b);
    l.moment = find(moments_, ld.moment);
    l.facts = find_all(facts_, ld.facts);
  }
  for (std::size_t i = 0; i < s_.partnerships.size(); ++i) {
    Partnership& p = s_.partnerships[i];
    LinkDraft& ld = d_.partnerships[i];
    p.a = find(people_, ld.a);
    p.b = find(people_, ld.b);
    p.begins = find(moments_, ld.begins);
    p.ends = find(moments_, ld.ends);
    p.facts = find_all(facts_, ld.facts);
  }
  for (std::size_t i = 0; i < s_.bonds.size(); ++i) {
    Bond& b = s_.bonds[i];
    LinkDraft& ld = d_.bonds[i];
    b.from = find(people_, ld.a);
    b.to = find(people_, ld.b);
    b.begins = find(moments_, ld.begins);
    b.facts = find_all(facts_, ld.facts);
  }
  for (std::size_t i = 0; i < s_.prompts.size(); ++i) {
    Prompt& p = s_.prompts[i];
    p.follow_up = find(prompts_, d_.prompts[i].follow_up);
    p.milestone = find(milestones_, d_.prompts[i].milestone);
    subject(d_.prompts[i].about, p.about, p.milestone);
    if (p.kind == PromptKind::Evidence) evidence_options(i);
    if (d_.prompts[i].follow_up.id == p.id && !p.id.empty())
      rep_.error(d_.prompts[i].follow_up.loc, "a prompt cannot follow up itself");
  }
  for (std::size_t i = 0; i < s_.cards.size(); ++i) {
    s_.cards[i].milestone = find(milestones_, d_.cards[i].milestone);
    subject(d_.cards[i].about, s_.cards[i].about, s_.cards[i].milestone);
  }
  for (std::size_t i = 0; i < s_.takeaways.size(); ++i) {
    s_.takeaways[i].milestone = find(milestones_, d_.takeaways[i].milestone);
    subject(d_.takeaways[i].about, s_.takeaways[i].about, s_.takeaways[i].milestone);
  }
  // Beats, after prompts so that `if chose` can check the option.
  for (std::size_t i = 0; i < s_.moments.size(); ++i) {
    Moment& m = s_.moments[i];
    for (std::size_t b = 0; b < m.beats.size(); ++b) {
      Beat& beat = m.beats[b];
      BeatRefs& br = d_.moments[i].beats[b];
      beat.speaker = find(people_, br.speaker);
      beat.prompt = find(prompts_, br.prompt);
      for (const ConditionRef& c : br.conditions) {
        Condition cond;
        cond.kind = c.kind;
        cond.negated = c.negated;
        cond.milestone = find(milestones_, c.milestone);
        cond.prompt = find(prompts_, c.prompt);
        cond.option = c.option.id;
        if (cond.prompt >= 0) {
          const Prompt& p = s_.prompts[static_cast<std::size_t>(cond.prompt)];
          std::vector<std::string> ids;
          for (const auto& o : p.options) ids.push_back(o.id);
          if (std::find(ids.begin(), ids.end(), c.option.id) == ids.end()) {
            std::string hint = suggestion(c.option.id, ids);
            rep_.error(c.option.loc, "prompt " + ticked(p.id) + " has no option " + ticked(c.option.id),
                       !hint.empty() ? hint
                       : ids.empty() ? "only choice and evidence prompts have options"
                                     : "its options are: " + [&] {
                                         std::string s;
                                         for (const auto& id : ids) s += (s.empty() ? "" : ", ") + id;
                                         return s;
                                       }());
          }
        }
        beat.conditions.push_back(std::move(cond));
      }
    }
  }
}

}  // namespace

void resolve(Draft& d, Reporter& rep) {
  Resolver r(d, rep);
  r.run();
  resolve_dates(d, rep);
  check_citations(d, rep);
  check_structure(d, rep);
}

}  // namespace lineage
