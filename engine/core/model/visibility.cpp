#include "core/model/visibility.hpp"

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

bool subject_visible(const Story& story, const Subject& about, int limit) {
  return about.kind != Subject::Kind::Moment || moment_visible(story, about.index, limit);
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

std::vector<int> prompts_about(const Story& story, Subject::Kind kind, int index, int limit) {
  std::vector<int> found;
  for (int p = 0; p < static_cast<int>(story.prompts.size()); ++p) {
    const Subject& about = story.prompts[static_cast<std::size_t>(p)].about;
    if (about.kind == kind && about.index == index && prompt_visible(story, p, limit)) found.push_back(p);
  }
  return found;
}

}  // namespace lineage
