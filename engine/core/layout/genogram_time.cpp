// Time and spoiler filtering for the genogram. A date is a moment's estimate; a relationship
// begins or ends at a moment, and one beyond the reader's milestone never shows. No SDL here.
#include "core/layout/genogram_time.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/layout/genogram_layout.hpp"
#include "core/model/visibility.hpp"

namespace lineage {
namespace {

constexpr double kSlack = 1e-6;  // estimates derived from one another compare equal
constexpr double kInfinity = std::numeric_limits<double>::infinity();

bool in_moment(const Moment& m, int person) {
  return std::find(m.people.begin(), m.people.end(), person) != m.people.end();
}

// When a couple formed: its `begins` moment, else the first moment with both in it or the birth
// of their first child, whichever is earlier; -infinity when nothing says.
double formed(const Story& story, const Partnership& pt) {
  if (pt.begins >= 0) return story.moments[pt.begins].when.estimate;
  double t = kInfinity;
  for (const Moment& m : story.moments)
    if (in_moment(m, pt.a) && in_moment(m, pt.b)) t = std::min(t, m.when.estimate);
  for (const ParentLink& l : story.parents)
    if (l.parent == pt.a)
      for (const ParentLink& k : story.parents)
        if (k.parent == pt.b && k.child == l.child) t = std::min(t, first_seen(story, l.child));
  return std::isinf(t) ? -kInfinity : t;
}

// When a person enters the family: her birth, for the family's own children and the heads of
// lanes; for someone who marries in (no parents in the story), when she joins, the couple's
// forming or her first moment, not her birth years before.
double joins(const Story& story, int person, const std::vector<bool>& lane_head) {
  bool has_parents = std::any_of(story.parents.begin(), story.parents.end(),
                                 [&](const ParentLink& l) { return l.child == person; });
  std::vector<const Partnership*> couples;
  for (const Partnership& pt : story.partnerships)
    if (pt.a == person || pt.b == person) couples.push_back(&pt);
  if (has_parents || lane_head[person] || couples.empty()) return first_seen(story, person);
  double t = kInfinity;
  for (const Moment& m : story.moments)
    if (in_moment(m, person)) t = std::min(t, m.when.estimate);
  for (const Partnership* pt : couples) t = std::min(t, formed(story, *pt));
  return std::isinf(t) && t > 0 ? first_seen(story, person) : t;
}

}  // namespace

std::vector<bool> people_in_reach(const Story& story, int limit) {
  std::vector<bool> reach(story.people.size(), false);
  for (std::size_t p = 0; p < story.people.size(); ++p) reach[p] = person_visible(story, static_cast<int>(p), limit);
  return reach;
}

std::vector<int> time_stops(const Story& story, int limit) {
  std::vector<int> stops;
  for (int m : story.chronological)
    if (moment_visible(story, m, limit)) stops.push_back(m);
  if (story.chronological.empty())  // a story resolved without the chronological index
    for (int m = 0; m < static_cast<int>(story.moments.size()); ++m)
      if (moment_visible(story, m, limit)) stops.push_back(m);
  return stops;
}

FamilyAt family_at(const Story& story, int limit, int moment) {
  FamilyAt at;
  std::vector<int> stops = time_stops(story, limit);
  if (moment < 0 || !moment_visible(story, moment, limit)) moment = stops.empty() ? -1 : stops.back();
  at.moment = moment;
  at.time = moment >= 0 ? story.moments[moment].when.estimate : 1e18;
  std::vector<bool> reach = people_in_reach(story, limit);
  const std::size_t n = story.people.size();
  at.present.assign(n, false);
  at.deceased.assign(n, false);
  std::vector<bool> lane_head(n, false);
  for (const Lane& lane : story.lanes)
    if (lane.person >= 0) lane_head[lane.person] = true;
  for (std::size_t p = 0; p < n; ++p) {
    double seen = joins(story, static_cast<int>(p), lane_head);
    // Someone with no date and no moment belongs to the whole story.
    at.present[p] = reach[p] && (std::isinf(seen) || seen <= at.time + kSlack);
    const Person& person = story.people[p];
    at.deceased[p] = at.present[p] && person.died && person.died->estimate <= at.time + kSlack &&
                     death_visible(story, static_cast<int>(p), limit);
  }
  // Has a moment been reached by the slider's time (and by the reader)?
  auto reached = [&](int m) {
    return m >= 0 && moment_visible(story, m, limit) && story.moments[m].when.estimate <= at.time + kSlack;
  };
  for (const Partnership& pt : story.partnerships) {
    bool shown = at.present[pt.a] && at.present[pt.b] && (pt.begins < 0 ? formed(story, pt) <= at.time + kSlack
                                                                          : reached(pt.begins));
    at.partnership_shown.push_back(shown);
    int slashes = 0;
    bool ended = pt.ends < 0 ? true : reached(pt.ends);
    if (ended && pt.status == PartnerStatus::Separated) slashes = 1;
    if (ended && pt.status == PartnerStatus::Divorced) slashes = 2;
    at.slashes.push_back(shown ? slashes : 0);
  }
  // A bond shows from its beginning until the pair's next bond begins (its words replace these).
  for (int k = 0; k < static_cast<int>(story.bonds.size()); ++k) {
    const Bond& b = story.bonds[k];
    bool begun = b.begins < 0 || reached(b.begins);
    bool replaced = false;
    for (int next = bond_successor(story, k); next >= 0 && !replaced; next = bond_successor(story, next))
      replaced = story.bonds[next].begins < 0 || reached(story.bonds[next].begins);
    at.bond_shown.push_back(at.present[b.from] && at.present[b.to] && begun && !replaced);
  }
  for (const ParentLink& l : story.parents) {
    bool shown = at.present[l.parent] && at.present[l.child];
    at.link_shown.push_back(shown);
    at.link_labelled.push_back(shown && (l.moment < 0 || reached(l.moment)));
  }
  return at;
}

std::vector<int> pattern_chain(const Story& story) {
  std::vector<int> heads;
  for (const Lane& lane : story.lanes)
    if (lane.person >= 0) heads.push_back(lane.person);
  std::vector<int> chain;
  for (std::size_t i = 0; i + 1 < heads.size(); ++i)
    for (int l = 0; l < static_cast<int>(story.parents.size()); ++l)
      if (story.parents[l].parent == heads[i] && story.parents[l].child == heads[i + 1]) {
        chain.push_back(l);
        break;
      }
  return chain;
}

std::vector<int> moments_of(const Story& story, int person, int limit) {
  std::vector<int> out;
  for (int m : time_stops(story, limit))
    if (in_moment(story.moments[m], person)) out.push_back(m);
  return out;
}

std::vector<int> themes_of(const Story& story, int person, int limit) {
  std::vector<int> out;
  for (int m : moments_of(story, person, limit))
    for (int t : story.moments[m].themes)
      if (std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
  return out;
}

}  // namespace lineage
