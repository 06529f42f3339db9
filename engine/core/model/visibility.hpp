// Spoiler care: what a reader who has read up to a milestone may see. The one rule, used by
// every screen, story mode and every export: nothing beyond the reader's milestone may show.
// `limit` is a reading order (Milestone::order); INT_MAX means the whole book.
#pragma once

#include <climits>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/story.hpp"

namespace lineage {

// The reading order of `milestone_id`, or INT_MAX (everything) when empty or unknown.
int reading_limit(const Story& story, std::string_view milestone_id);
// The reading order of milestone `index`, or INT_MAX (everything) when it is -1 or unknown.
int reading_limit_of(const Story& story, int index);

bool milestone_visible(const Story& story, int milestone, int limit);
bool moment_visible(const Story& story, int moment, int limit);

// What a reader within `limit` may read as the title of `milestone`: its `reached-title:` once
// she has reached it (and the script gives one), else its neutral `title:`.
inline const std::string& milestone_title(const Story& story, int milestone, int limit) {
  const Milestone& m = story.milestones[static_cast<std::size_t>(milestone)];
  return !m.reached_title.empty() && m.order <= limit ? m.reached_title : m.title;
}

// A fact that moments cite belongs to them: a reader sees it once one of them is visible (a
// person card must not tell what a later moment shows). A fact no moment cites is background.
bool fact_visible(const Story& story, int fact, int limit);
// fact_visible for every fact at once, in one pass over the moments' citations (fact_visible
// alone walks every moment, so a loop over the facts of a large story is quadratic).
std::vector<bool> facts_visible(const Story& story, int limit);

// A moment is a subject once visible, a person once known (person_visible); themes and the book
// always are.
bool subject_visible(const Story& story, const Subject& about, int limit);

// A prompt, memory card or takeaway: its own milestone reached and its subject visible (an own
// milestone set earlier than its moment's must not reveal the moment).
bool prompt_visible(const Story& story, int prompt, int limit);
bool card_visible(const Story& story, int card, int limit);
bool takeaway_visible(const Story& story, int takeaway, int limit);

// A bond holds from its beginning moment on (always, if it has none).
bool bond_visible(const Story& story, int bond, int limit);
// The bond between the same two people (either direction) that begins next after `bond`, or -1:
// a later bond replaces an earlier one's words, so a pair never shows two labels at once.
int bond_successor(const Story& story, int bond);
// Visible and not yet replaced by a visible successor: the words a reader at `limit` sees.
bool bond_current(const Story& story, int bond, int limit);

// A person is known once a visible moment shows her; someone in no moment belongs to the whole
// story. Lane heads are no exception: a lane must not name a daughter not yet born in the reading.
bool person_visible(const Story& story, int person, int limit);
// Text written for the whole book ("the mother of Violet and Sam", a narrator's note) shows
// only while every person it names (whole words) is known to the reader.
bool names_only_known(const Story& story, std::string_view text, int limit);
// A person's description, by that rule (and she must be known herself).
bool description_visible(const Story& story, int person, int limit);
// Her death (a cross, a `died:` date, a life bar that ends) shows only once the reader has reached
// a moment at or after it in story time: Sam's death must not show before the push.
bool death_visible(const Story& story, int person, int limit);

// An era shows once a visible moment falls inside it (its lane, its estimated span); an era that
// holds no moment at all is background and always shows. Its title may name later events.
bool era_visible(const Story& story, int era, int limit);

// The prompts attached to one subject (a moment, person or theme) that a reader within `limit`
// may see, in script order.
std::vector<int> prompts_about(const Story& story, Subject::Kind kind, int index, int limit);

// The same rule bound to one story and one reader, for callers that ask many questions.
class Visibility {
 public:
  Visibility(const Story& story, int limit) : story_(&story), limit_(limit) {}
  static Visibility whole_book(const Story& story) { return {story, INT_MAX}; }
  // Up to milestone `index` (-1 or unknown: the whole book), as exports choose it.
  static Visibility up_to(const Story& story, int index) { return {story, reading_limit_of(story, index)}; }

  int limit() const { return limit_; }
  bool milestone(int m) const { return milestone_visible(*story_, m, limit_); }
  bool moment(int m) const { return moment_visible(*story_, m, limit_); }
  bool fact(int f) const { return fact_visible(*story_, f, limit_); }
  std::vector<bool> facts() const { return facts_visible(*story_, limit_); }
  bool subject(const Subject& about) const { return subject_visible(*story_, about, limit_); }
  bool prompt(int p) const { return prompt_visible(*story_, p, limit_); }
  bool card(int c) const { return card_visible(*story_, c, limit_); }
  bool takeaway(int t) const { return takeaway_visible(*story_, t, limit_); }
  bool bond(int b) const { return bond_visible(*story_, b, limit_); }
  bool bond_current(int b) const { return lineage::bond_current(*story_, b, limit_); }
  bool person(int p) const { return person_visible(*story_, p, limit_); }
  bool description(int p) const { return description_visible(*story_, p, limit_); }
  bool death(int p) const { return death_visible(*story_, p, limit_); }
  bool era(int e) const { return era_visible(*story_, e, limit_); }
  std::vector<int> prompts_about(Subject::Kind kind, int index) const {
    return lineage::prompts_about(*story_, kind, index, limit_);
  }

 private:
  const Story* story_;
  int limit_;
};

}  // namespace lineage
