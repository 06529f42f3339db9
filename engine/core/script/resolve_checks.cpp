// Resolution, part 3: citations (source known, line in range, not excluded, not blank, quotes
// match their line) and the story's structure (cycles in parentage and follow-ups, self links,
// moments and people that cite no fact).
#include <algorithm>
#include <climits>
#include <cmath>

#include "core/model/visibility.hpp"
#include "core/script/draft.hpp"
#include "core/script/text.hpp"

namespace lineage {

namespace {

// Lowercased ASCII letters and digits only, with curly quotes and dashes dropped, for comparing
// a quotation with the line it cites.
std::string normalise(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
  }
  return out;
}

class CitationChecker {
 public:
  CitationChecker(Draft& d, Reporter& rep) : d_(d), rep_(rep) {
    for (std::size_t i = 0; i < d.story.sources.size(); ++i) {
      ids_.push_back(d.story.sources[i].id);
      table_.emplace(d.story.sources[i].id, static_cast<int>(i));
    }
  }

  std::vector<Citation> check(const std::vector<CiteRef>& refs) {
    std::vector<Citation> out;
    out.reserve(refs.size());
    for (const CiteRef& r : refs) {
      auto it = table_.find(r.source.id);
      if (it == table_.end()) {
        std::string hint = suggestion(r.source.id, ids_);
        rep_.error(r.source.loc, "unknown source " + ticked(r.source.id),
                   !hint.empty()   ? hint
                   : ids_.empty() ? "declare it with a `source " + r.source.id + "` block"
                                  : suggestion_or_list(r.source.id, ids_, "sources"));
        continue;
      }
      const Source& s = d_.story.sources[static_cast<std::size_t>(it->second)];
      const SourceDraft& sd = d_.sources[static_cast<std::size_t>(it->second)];
      if (r.line > s.lines) {
        rep_.error(r.loc, "line " + std::to_string(r.line) + " is past the end of source " + ticked(s.id) + " (" +
                              std::to_string(s.lines) + " lines)",
                   "cite a line from 1 to " + std::to_string(s.lines));
        continue;
      }
      if (std::find(s.excluded_lines.begin(), s.excluded_lines.end(), r.line) != s.excluded_lines.end()) {
        rep_.error(r.loc, "line " + std::to_string(r.line) + " of " + ticked(s.id) + " is excluded and must not be cited",
                   "the source's `exclude:` lists it; cite another line");
        continue;
      }
      if (sd.file_found && trim_blank(sd.text[static_cast<std::size_t>(r.line - 1)])) {
        rep_.error(r.loc, "line " + std::to_string(r.line) + " of " + ticked(s.id) + " is blank", "cite a line with text");
        continue;
      }
      out.push_back({it->second, r.line});
    }
    return out;
  }

  // Whether `text` appears (letters and digits only) in the cited lines of files we could read.
  void check_quote(const Beat& beat, const BeatRefs& refs) {
    if (beat.cites.empty()) return;
    std::string lines;
    for (const Citation& c : beat.cites) {
      const SourceDraft& sd = d_.sources[static_cast<std::size_t>(c.source)];
      if (!sd.file_found) return;
      lines += normalise(sd.text[static_cast<std::size_t>(c.line - 1)]);
    }
    // Each stretch between punctuation must appear, in order: a quote may leave out an
    // attribution ("..., she said, ...") but not change a word.
    bool ok = true;
    std::size_t at = 0, start = 0;
    const std::string& text = beat.text;
    for (std::size_t i = 0; i <= text.size() && ok; ++i) {
      bool cut = i == text.size() || std::string_view(".,;:!?\"()").find(text[i]) != std::string_view::npos ||
                 static_cast<unsigned char>(text[i]) == 0xE2;  // “ ” … — – start with 0xE2
      if (!cut) continue;
      std::string piece = normalise(std::string_view(text).substr(start, i - start));
      start = i + 1;
      if (piece.empty()) continue;
      std::size_t found = lines.find(piece, at);
      ok = found != std::string::npos;
      if (ok) at = found + piece.size();
    }
    if (!ok)
      rep_.warning(refs.cites.front().loc, "the quotation does not match the line it cites",
                   "a quote must be word for word; for our own words use `say`");
  }

 private:
  static bool trim_blank(std::string_view s) { return s.find_first_not_of(" \t\r") == std::string_view::npos; }
  Draft& d_;
  Reporter& rep_;
  std::vector<std::string> ids_;
  std::unordered_map<std::string, int> table_;
};

// Iterative search for a cycle through `edges` (adjacency lists); reports each once.
void report_cycles(const std::vector<std::vector<std::pair<int, Loc>>>& edges, const std::vector<std::string>& names,
                   const std::string& what, const std::string& hint, Reporter& rep) {
  const std::size_t n = edges.size();
  std::vector<unsigned char> state(n, 0);  // 0 new, 1 on the path, 2 done
  std::vector<std::pair<int, std::size_t>> path;
  for (std::size_t root = 0; root < n; ++root) {
    if (state[root]) continue;
    path.assign(1, {static_cast<int>(root), 0});
    state[root] = 1;
    while (!path.empty()) {
      auto& [v, next] = path.back();
      if (next == edges[static_cast<std::size_t>(v)].size()) {
        state[static_cast<std::size_t>(v)] = 2;
        path.pop_back();
        continue;
      }
      const auto& [w, loc] = edges[static_cast<std::size_t>(v)][next++];
      if (state[static_cast<std::size_t>(w)] == 0) {
        state[static_cast<std::size_t>(w)] = 1;
        path.push_back({w, 0});
      } else if (state[static_cast<std::size_t>(w)] == 1) {
        std::string chain;
        bool in = false;
        for (const auto& [p, unused] : path) {
          (void)unused;
          in = in || p == w;
          if (in) chain += names[static_cast<std::size_t>(p)] + " -> ";
        }
        chain += names[static_cast<std::size_t>(w)];
        rep.error(loc, what + ": " + chain, hint);
      }
    }
  }
}

// A `died:` date shows (a cross, a life bar that ends) once a moment at or after it is visible
// (death_visible). When a moment dated after the death belongs to an earlier milestone than
// the moment that tells the death, the date gives the death away early: warn.
void check_death_spoilers(Draft& d, Reporter& rep) {
  const Story& s = d.story;
  const int last = static_cast<int>(s.milestones.size()) - 1;
  auto first_limit = [&](auto&& visible) {
    for (int limit = -1; limit <= last; ++limit)
      if (visible(limit)) return limit;
    return INT_MAX;
  };
  for (std::size_t i = 0; i < s.people.size(); ++i) {
    const Person& p = s.people[i];
    const WhenExpr& died = d.people[i].died;
    if (!p.died || !died.ok) continue;
    // The moment that tells it: the one a relative date counts from, else the first (in reading
    // order) that shows this person at the date of the death.
    int teller = died.relative ? s.moment(died.anchor.id) : -1;
    if (!died.relative) {
      int best = INT_MAX;
      for (int m = 0; m < static_cast<int>(s.moments.size()); ++m) {
        const Moment& mo = s.moments[static_cast<std::size_t>(m)];
        bool shows = std::find(mo.people.begin(), mo.people.end(), static_cast<int>(i)) != mo.people.end();
        if (!shows || std::abs(mo.when.estimate - p.died->estimate) > p.died->uncertainty + 0.5) continue;
        int order = mo.milestone < 0 ? -1 : reading_limit_of(s, mo.milestone);
        if (teller < 0 || order < best) teller = m, best = order;
      }
    }
    if (teller < 0) continue;
    int shown = first_limit([&](int limit) { return death_visible(s, static_cast<int>(i), limit); });
    int told = first_limit([&](int limit) { return moment_visible(s, teller, limit); });
    if (shown >= told) continue;
    // The earliest moment that makes it show: dated at or after the death, visible at `shown`.
    std::string by;
    for (int m = 0; m < static_cast<int>(s.moments.size()) && by.empty(); ++m)
      if (moment_visible(s, m, shown) && s.moments[static_cast<std::size_t>(m)].when.estimate >= p.died->estimate - 1e-6)
        by = s.moments[static_cast<std::size_t>(m)].id;
    auto milestone_at = [&](int limit) {
      return limit < 0 ? std::string("the start") : "milestone " + ticked(s.milestones[static_cast<std::size_t>(limit)].id);
    };
    rep.warning(died.loc,
                "the death of " + ticked(p.id) + " would show from " + milestone_at(shown) + " (moment " + ticked(by) +
                    " is dated after it), before " + ticked(s.moments[static_cast<std::size_t>(teller)].id) +
                    " tells it at " + milestone_at(told),
                "move " + ticked(by) + " to a later milestone, or leave `died:` out (story/README.md, Spoilers)");
  }
}

}  // namespace

void check_citations(Draft& d, Reporter& rep) {
  CitationChecker c(d, rep);
  for (std::size_t i = 0; i < d.story.facts.size(); ++i) d.story.facts[i].cites = c.check(d.facts[i].cites);
  for (std::size_t i = 0; i < d.story.about.size(); ++i) d.story.about[i].cites = c.check(d.about[i].cites);
  for (std::size_t i = 0; i < d.story.moments.size(); ++i) {
    Moment& m = d.story.moments[i];
    for (std::size_t b = 0; b < m.beats.size(); ++b) {
      Beat& beat = m.beats[b];
      const BeatRefs& refs = d.moments[i].beats[b];
      beat.cites = c.check(refs.cites);
      if (beat.kind == BeatKind::Quote && beat.cites.size() == refs.cites.size()) c.check_quote(beat, refs);
    }
  }
}

void check_structure(Draft& d, Reporter& rep) {
  Story& s = d.story;
  // Parentage: no self-parent, no duplicate link, no cycle.
  std::vector<std::vector<std::pair<int, Loc>>> children(s.people.size());
  std::vector<std::string> names;
  for (const Person& p : s.people) names.push_back(p.id);
  for (std::size_t i = 0; i < s.parents.size(); ++i) {
    const ParentLink& l = s.parents[i];
    if (l.parent < 0 || l.child < 0) continue;
    if (l.parent == l.child) {
      rep.error(d.parents[i].b.loc, ticked(names[static_cast<std::size_t>(l.parent)]) + " cannot be their own parent");
      continue;
    }
    bool duplicate = false;
    for (const auto& [c, loc] : children[static_cast<std::size_t>(l.parent)])
      if (c == l.child) {
        rep.error(d.parents[i].loc, "duplicate parent link; the first is at " + rep.where(loc), "keep one of them");
        duplicate = true;
      }
    if (!duplicate) children[static_cast<std::size_t>(l.parent)].push_back({l.child, d.parents[i].loc});
  }
  report_cycles(children, names, "parentage forms a cycle", "someone is listed as their own ancestor", rep);

  // Follow-up prompts must not loop.
  std::vector<std::vector<std::pair<int, Loc>>> follow(s.prompts.size());
  std::vector<std::string> prompt_ids;
  for (std::size_t i = 0; i < s.prompts.size(); ++i) {
    prompt_ids.push_back(s.prompts[i].id);
    int f = s.prompts[i].follow_up;
    if (f >= 0 && f != static_cast<int>(i)) follow[i].push_back({f, d.prompts[i].follow_up.loc});
  }
  report_cycles(follow, prompt_ids, "follow-up prompts form a cycle", "end the chain with a prompt without `follow-up:`", rep);

  for (std::size_t i = 0; i < s.partnerships.size(); ++i)
    if (s.partnerships[i].a >= 0 && s.partnerships[i].a == s.partnerships[i].b)
      rep.error(d.partnerships[i].b.loc, "a person cannot be their own partner");
  for (std::size_t i = 0; i < s.bonds.size(); ++i)
    if (s.bonds[i].from >= 0 && s.bonds[i].from == s.bonds[i].to)
      rep.error(d.bonds[i].b.loc, "a bond needs two different people");

  check_death_spoilers(d, rep);

  // Every plot statement should show where it comes from.
  for (std::size_t i = 0; i < s.moments.size(); ++i)
    if (d.moments[i].facts.empty() && !s.moments[i].id.empty())
      rep.warning(d.moments[i].loc, "moment " + ticked(s.moments[i].id) + " cites no fact",
                  "add `facts: ...` so readers can see what it rests on");
  for (std::size_t i = 0; i < s.people.size(); ++i)
    if (d.people[i].facts.empty() && !s.people[i].id.empty())
      rep.warning(d.people[i].loc, "person " + ticked(s.people[i].id) + " cites no fact",
                  "add `facts: ...` so readers can see what we know of them");
}

}  // namespace lineage
