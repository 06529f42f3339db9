// Resolution, part 2: dates. Relative dates are resolved in dependency order (iteratively, so a
// long chain cannot overflow the stack); a cycle is reported with its chain. Then the
// chronological and telling orders, and dates out of order within a lane.
#include <algorithm>
#include <cstdio>
#include <numeric>

#include "core/script/draft.hpp"
#include "core/script/text.hpp"

namespace lineage {

namespace {

enum State : unsigned char { kNew, kActive, kDone, kFailed };

std::string show(const When& w) { return w.text.empty() ? "?" : w.text; }

// `ids` is filled on the first unknown anchor only: copying every moment's id up front costs
// more than the rest of the date resolution for a large story.
int anchor_of(const Story& s, const WhenExpr& w, std::vector<std::string>& ids, Reporter& rep) {
  int a = s.moment(w.anchor.id);
  if (a < 0) {
    if (ids.empty())
      for (const Moment& m : s.moments) ids.push_back(m.id);
    std::string hint = suggestion(w.anchor.id, ids);
    rep.error(w.anchor.loc, "unknown moment " + ticked(w.anchor.id),
              hint.empty() ? "a relative date counts from a moment's date; " + suggestion_or_list(w.anchor.id, ids, "moments")
                           : hint);
  }
  return a;
}

void apply_relative(When& out, const WhenExpr& w, const When& anchor) {
  out.estimate = anchor.estimate + w.offset;
  out.uncertainty = anchor.uncertainty + w.extra;
  out.approximate = anchor.approximate || w.when.approximate;
  out.text = w.when.text;
}

}  // namespace

void resolve_dates(Draft& d, Reporter& rep) {
  Story& s = d.story;
  const std::size_t n = s.moments.size();
  std::vector<std::string> ids;  // for suggestions; see anchor_of
  std::vector<State> state(n, kNew);
  std::vector<int> anchor(n, -1);
  std::vector<int> stack;
  for (std::size_t root = 0; root < n; ++root) {
    if (state[root] != kNew) continue;
    stack.assign(1, static_cast<int>(root));
    while (!stack.empty()) {
      int v = stack.back();
      Moment& m = s.moments[static_cast<std::size_t>(v)];
      const WhenExpr& w = d.moments[static_cast<std::size_t>(v)].when;
      if (state[v] == kDone || state[v] == kFailed) {
        stack.pop_back();
        continue;
      }
      if (state[v] == kNew) {
        state[v] = kActive;
        if (!w.ok) {
          state[v] = kFailed;
          m.when.text = w.when.text;
          continue;
        }
        if (!w.relative) {
          m.when = w.when;
          state[v] = kDone;
          continue;
        }
        anchor[v] = anchor_of(s, w, ids, rep);
        if (anchor[v] < 0) {
          state[v] = kFailed;
          m.when.text = w.when.text;
          continue;
        }
      }
      int a = anchor[v];
      if (state[a] == kNew) {
        stack.push_back(a);
      } else if (state[a] == kActive) {  // a cycle: a ... v -> a
        auto pos = std::find(stack.begin(), stack.end(), a);
        std::string chain;
        for (auto it = pos; it != stack.end(); ++it) chain += s.moments[static_cast<std::size_t>(*it)].id + " -> ";
        chain += s.moments[static_cast<std::size_t>(a)].id;
        rep.error(d.moments[static_cast<std::size_t>(a)].when.loc, "relative dates form a cycle: " + chain,
                  "each is dated from the next; date one of them by a year, e.g. `when: c. 1987`");
        for (auto it = pos; it != stack.end(); ++it) {
          state[*it] = kFailed;
          s.moments[static_cast<std::size_t>(*it)].when.text = d.moments[static_cast<std::size_t>(*it)].when.when.text;
        }
      } else if (state[a] == kFailed) {
        state[v] = kFailed;
        m.when.text = w.when.text;
      } else {
        apply_relative(m.when, w, s.moments[static_cast<std::size_t>(a)].when);
        state[v] = kDone;
      }
    }
  }

  // People and eras may be dated relative to moments (all resolved by now).
  auto settle = [&](const WhenExpr& w, When& out) {
    if (!w.ok) return false;
    if (!w.relative) {
      out = w.when;
      return true;
    }
    int a = anchor_of(s, w, ids, rep);
    if (a < 0 || state[a] != kDone) return false;
    apply_relative(out, w, s.moments[static_cast<std::size_t>(a)].when);
    return true;
  };
  for (std::size_t i = 0; i < s.people.size(); ++i) {
    Person& p = s.people[i];
    PersonDraft& pd = d.people[i];
    When born, died;
    bool has_born = pd.born.given && settle(pd.born, born);
    bool has_died = pd.died.given && settle(pd.died, died);
    if (has_born) p.born = born;
    if (has_died) p.died = died;
    if (has_born && has_died && died.latest() < born.earliest())
      rep.error(pd.died.loc, ticked(p.id) + " dies (" + show(died) + ") before being born (" + show(born) + ")",
                "check `born:` and `died:`");
  }
  for (std::size_t i = 0; i < s.eras.size(); ++i) {
    Era& e = s.eras[i];
    EraDraft& ed = d.eras[i];
    bool from_ok = settle(ed.from, e.from);
    bool to_ok = settle(ed.to, e.to);  // both, for their diagnostics
    bool ok = from_ok && to_ok;
    if (ok && e.to.estimate < e.from.estimate)
      rep.error(ed.to.loc, "era " + ticked(e.id) + " ends (" + show(e.to) + ") before it begins (" + show(e.from) + ")",
                "swap `from:` and `to:`");
  }

  // Moments out of time order within a lane, in the order they are written in one file. Files
  // are read in name order, which says nothing about time: a lane may be spread over several
  // files (one per part of the book), so moments of different files are never compared.
  std::vector<int> last(s.lanes.size(), -1);
  for (std::size_t i = 0; i < n; ++i) {
    const Moment& m = s.moments[i];
    if (m.lane < 0 || state[i] != kDone) continue;
    int& prev = last[static_cast<std::size_t>(m.lane)];
    if (prev >= 0 && s.moments[static_cast<std::size_t>(prev)].loc.file != m.loc.file) prev = -1;
    if (prev >= 0) {
      const Moment& p = s.moments[static_cast<std::size_t>(prev)];
      if (m.when.estimate < p.when.estimate)
        rep.warning(d.moments[i].when.loc,
                    "moment " + ticked(m.id) + " (" + show(m.when) + ") is dated before " + ticked(p.id) + " (" +
                        show(p.when) + "), which comes before it in lane " + ticked(s.lanes[static_cast<std::size_t>(m.lane)].id),
                    "within a file, write a lane's moments in time order, or check the dates");
    }
    prev = static_cast<int>(i);
  }

  s.chronological.resize(n);
  std::iota(s.chronological.begin(), s.chronological.end(), 0);
  std::stable_sort(s.chronological.begin(), s.chronological.end(), [&](int a, int b) {
    return s.moments[static_cast<std::size_t>(a)].when.estimate < s.moments[static_cast<std::size_t>(b)].when.estimate;
  });
  s.telling_order.clear();
  for (std::size_t i = 0; i < n; ++i)
    if (s.moments[i].telling >= 0) s.telling_order.push_back(static_cast<int>(i));
  std::stable_sort(s.telling_order.begin(), s.telling_order.end(), [&](int a, int b) {
    return s.moments[static_cast<std::size_t>(a)].telling < s.moments[static_cast<std::size_t>(b)].telling;
  });
  for (std::size_t k = 1; k < s.telling_order.size(); ++k) {
    const Moment& a = s.moments[static_cast<std::size_t>(s.telling_order[k - 1])];
    const Moment& b = s.moments[static_cast<std::size_t>(s.telling_order[k])];
    if (a.telling == b.telling)
      rep.warning(d.moments[static_cast<std::size_t>(s.telling_order[k])].telling_loc,
                  "moments " + ticked(a.id) + " and " + ticked(b.id) + " share telling position " +
                      std::to_string(a.telling),
                  "give each moment its own place in the novel's telling order");
  }
}

}  // namespace lineage
