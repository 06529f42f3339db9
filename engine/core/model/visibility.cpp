#include "core/model/visibility.hpp"

#include <algorithm>
#include <cctype>

namespace lineage {
namespace {

template <class V>
bool in_range(const V& v, int i) { return i >= 0 && i < static_cast<int>(v.size()); }

bool attached_visible(const Story& story, int own_milestone, const Subject& about, int limit) {
  return milestone_visible(story, own_milestone, limit) && subject_visible(story, about, limit);
}

}  // namespace

int reading_limit(const Story& story, std::string_view milestone_id) {
  return reading_limit_of(story, story.milestone(milestone_id));
}

int reading_limit_of(const Story& story, int index) {
  return in_range(story.milestones, index) ? story.milestones[static_cast<std::size_t>(index)].order : INT_MAX;
}

bool milestone_visible(const Story& story, int milestone, int limit) {
  return milestone < 0 || story.milestones[static_cast<std::size_t>(milestone)].order <= limit;
}

bool moment_visible(const Story& story, int moment, int limit) {
  return in_range(story.moments, moment) &&
         milestone_visible(story, story.moments[static_cast<std::size_t>(moment)].milestone, limit);
}

bool fact_visible(const Story& story, int fact, int limit) {
  bool cited = false;
  for (int m = 0; m < static_cast<int>(story.moments.size()); ++m)
    for (int f : story.moments[static_cast<std::size_t>(m)].facts)
      if (f == fact) {
        if (moment_visible(story, m, limit)) return true;
        cited = true;
      }
  return !cited;
}

std::vector<bool> facts_visible(const Story& story, int limit) {
  std::vector<bool> cited(story.facts.size(), false), shown(story.facts.size(), false);
  for (int m = 0; m < static_cast<int>(story.moments.size()); ++m) {
    const bool visible = moment_visible(story, m, limit);
    for (int f : story.moments[static_cast<std::size_t>(m)].facts) {
      if (f < 0 || static_cast<std::size_t>(f) >= story.facts.size()) continue;
      cited[static_cast<std::size_t>(f)] = true;
      if (visible) shown[static_cast<std::size_t>(f)] = true;
    }
  }
  for (std::size_t f = 0; f < shown.size(); ++f) shown[f] = shown[f] || !cited[f];
  return shown;
}

bool subject_visible(const Story& story, const Subject& about, int limit) {
  if (about.kind == Subject::Kind::Moment) return moment_visible(story, about.index, limit);
  // A card or prompt about a person ("Who is Fox?") waits until the reading has met her.
  if (about.kind == Subject::Kind::Person && in_range(story.people, about.index))
    return person_visible(story, about.index, limit);
  return true;
}

bool prompt_visible(const Story& story, int prompt, int limit) {
  if (!in_range(story.prompts, prompt)) return false;
  const Prompt& p = story.prompts[static_cast<std::size_t>(prompt)];
  return attached_visible(story, p.milestone, p.about, limit);
}

bool card_visible(const Story& story, int card, int limit) {
  if (!in_range(story.cards, card)) return false;
  const Card& c = story.cards[static_cast<std::size_t>(card)];
  return attached_visible(story, c.milestone, c.about, limit);
}

bool takeaway_visible(const Story& story, int takeaway, int limit) {
  if (!in_range(story.takeaways, takeaway)) return false;
  const Takeaway& t = story.takeaways[static_cast<std::size_t>(takeaway)];
  return attached_visible(story, t.milestone, t.about, limit);
}

bool bond_visible(const Story& story, int bond, int limit) {
  if (!in_range(story.bonds, bond)) return false;
  int begins = story.bonds[static_cast<std::size_t>(bond)].begins;
  return begins < 0 || moment_visible(story, begins, limit);
}

int bond_successor(const Story& story, int bond) {
  if (!in_range(story.bonds, bond)) return -1;
  const Bond& b = story.bonds[static_cast<std::size_t>(bond)];
  auto begins_at = [&](const Bond& x) {
    return x.begins < 0 ? -1e300 : story.moments[static_cast<std::size_t>(x.begins)].when.estimate;
  };
  auto same_pair = [&](const Bond& x) { return (x.from == b.from && x.to == b.to) || (x.from == b.to && x.to == b.from); };
  double from = begins_at(b);
  int best = -1;
  for (int k = 0; k < static_cast<int>(story.bonds.size()); ++k) {
    const Bond& x = story.bonds[static_cast<std::size_t>(k)];
    if (k == bond || !same_pair(x)) continue;
    double t = begins_at(x);
    // Later in story time; on a tie, later in the script.
    bool later = t > from || (t == from && k > bond);
    if (later && (best < 0 || t < begins_at(story.bonds[static_cast<std::size_t>(best)]))) best = k;
  }
  return best;
}

bool bond_current(const Story& story, int bond, int limit) {
  if (!bond_visible(story, bond, limit)) return false;
  for (int next = bond_successor(story, bond); next >= 0; next = bond_successor(story, next))
    if (bond_visible(story, next, limit)) return false;
  return true;
}

bool person_visible(const Story& story, int person, int limit) {
  if (!in_range(story.people, person)) return false;
  bool in_any = false;
  for (int m = 0; m < static_cast<int>(story.moments.size()); ++m) {
    const auto& people = story.moments[static_cast<std::size_t>(m)].people;
    if (std::find(people.begin(), people.end(), person) == people.end()) continue;
    if (moment_visible(story, m, limit)) return true;
    in_any = true;
  }
  return !in_any;
}

bool names_only_known(const Story& story, std::string_view text, int limit) {
  auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  for (int other = 0; other < static_cast<int>(story.people.size()); ++other) {
    const std::string& name = story.people[static_cast<std::size_t>(other)].name;
    if (name.empty()) continue;
    // The text is searched first: person_visible walks every moment, and a panel asks this every
    // frame, so it is asked only of the few people the text names.
    for (std::size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
      std::size_t end = at + name.size();
      if ((at == 0 || !word(text[at - 1])) && (end >= text.size() || !word(text[end]))) {
        if (!person_visible(story, other, limit)) return false;
        break;  // named, and known
      }
    }
  }
  return true;
}

bool description_visible(const Story& story, int person, int limit) {
  return person_visible(story, person, limit) &&
         names_only_known(story, story.people[static_cast<std::size_t>(person)].description, limit);
}

bool death_visible(const Story& story, int person, int limit) {
  if (!person_visible(story, person, limit)) return false;
  const Person& p = story.people[static_cast<std::size_t>(person)];
  if (!p.died) return false;
  constexpr double kSlack = 1e-6;  // dates derived from one another compare equal
  for (int m = 0; m < static_cast<int>(story.moments.size()); ++m)
    if (moment_visible(story, m, limit) &&
        story.moments[static_cast<std::size_t>(m)].when.estimate >= p.died->estimate - kSlack)
      return true;
  return false;
}

bool era_visible(const Story& story, int era, int limit) {
  if (!in_range(story.eras, era)) return false;
  const Era& e = story.eras[static_cast<std::size_t>(era)];
  bool any = false;
  for (int m = 0; m < static_cast<int>(story.moments.size()); ++m) {
    const Moment& mo = story.moments[static_cast<std::size_t>(m)];
    if ((e.lane >= 0 && mo.lane != e.lane) || mo.when.estimate < e.from.estimate || mo.when.estimate > e.to.estimate)
      continue;
    if (moment_visible(story, m, limit)) return true;
    any = true;
  }
  return !any;
}

std::vector<int> prompts_about(const Story& story, Subject::Kind kind, int index, int limit) {
  std::vector<int> found;
  for (int p = 0; p < static_cast<int>(story.prompts.size()); ++p) {
    const Subject& about = story.prompts[static_cast<std::size_t>(p)].about;
    if (about.kind == kind && about.index == index && prompt_visible(story, p, limit)) found.push_back(p);
  }
  return found;
}

}  // namespace lineage
