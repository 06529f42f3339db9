// The resolved, immutable story model: what every scene reads.
// Built only by engine/core/script (the loader); never parsed or mutated by scenes.
// Plain C++17: no SDL, no ImGui. References between entities are indices into the
// Story's vectors (-1 = none), so a Story is cheap to copy-free share and easy to test.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/model/lesson.hpp"

namespace lineage {

// Where something was written: file (as given to the loader), 1-based line and column.
struct SourceLoc {
  std::string file;
  int line = 0;
  int column = 0;
};

// RGBA colour, 8 bits a channel, as written in scripts (#rrggbb or #rrggbbaa).
struct Colour {
  std::uint8_t r = 0, g = 0, b = 0, a = 255;
  bool operator==(const Colour& o) const { return r == o.r && g == o.g && b == o.b && a == o.a; }
};

// A point in story time, in (fractional) years. Every date in The Push is an estimate, so
// the model always carries both an estimate and an uncertainty (half-width, in years).
struct When {
  double estimate = 0;     // best guess, in years (e.g. 1987.0)
  double uncertainty = 0;  // +/- years; 0 for an exact year
  bool approximate = false;
  std::string text;        // as written in the script, for display and diagnostics
  double earliest() const { return estimate - uncertainty; }
  double latest() const { return estimate + uncertainty; }
};

// A citation of one line of a declared source, e.g. notes:27.
struct Citation {
  int source = -1;  // index into Story::sources
  int line = 0;
};

struct Book {
  std::string id, title, author, description;
  int year = 0;
  std::string evidence_note;  // said under the reader's evidence sums (`evidence-note:`), if given
};

struct Source {
  std::string id, title, file;  // file: path as written in the script
  int lines = 0;                // how many lines the source has (citations are checked against it)
  std::vector<int> excluded_lines;  // lines that must never be cited (e.g. advertising copy)
};

// A short statement of plot fact, in our own words, citing the source notes.
struct Fact {
  std::string id, text;
  std::vector<Citation> cites;
  SourceLoc loc;
};

// A titled passage for the "About the book" panel and exports.
struct AboutSection {
  std::string id, title, text;
  std::vector<Citation> cites;
  int order = 0;
};

enum class Sex { Female, Male, Unknown };

struct Person {
  std::string id, name;
  std::string description;    // one or two sentences: who she is
  std::string narrator_note;  // shown with this person's accounts (e.g. "her telling may be unreliable")
  std::string voice;          // the voice her lines and accounts are read in, if installed ("flite-slt")
  int lane = -1;              // index into Story::lanes
  int generation = 0;         // 1 = oldest
  Sex sex = Sex::Unknown;
  Colour colour;
  std::optional<When> born, died;
  std::vector<int> facts;
  SourceLoc loc;
};

// A row of the timeline. Ordered top to bottom by `order`.
struct Lane {
  std::string id, title;
  int person = -1;  // whose name and life span head the lane
  int order = 0;
  SourceLoc loc;
};

// parent -> child. `label` and `moment` say what passed along the link (the pattern view).
struct ParentLink {
  int parent = -1, child = -1;
  std::string label;
  int moment = -1;
  std::vector<int> facts;
  SourceLoc loc;
};

enum class PartnerStatus { Married, Separated, Divorced, Widowed };

struct Partnership {
  int a = -1, b = -1;
  PartnerStatus status = PartnerStatus::Married;
  int begins = -1;  // moment at which it formed (-1: before the story)
  int ends = -1;    // moment at which it broke (separation, divorce, death); -1: never
  int order = 1;    // 1 = first partnership of `a`; 2 = remarriage, ...
  std::vector<int> facts;
  SourceLoc loc;
};

enum class BondKind { Close, Distant, Conflict, Cutoff, Harm };

// An emotional relationship in genogram terms, from `from` towards `to`.
struct Bond {
  int from = -1, to = -1;
  BondKind kind = BondKind::Close;
  bool mutual = false;      // written `a <-> b`
  std::string label;        // e.g. "the bathtub"
  std::string perspective;  // e.g. "as Blythe tells it"; empty if plain fact
  int begins = -1;          // moment from which it holds (-1: always)
  std::vector<int> facts;
  SourceLoc loc;
};

struct Era {
  std::string id, title;
  int lane = -1;  // -1: spans all lanes
  When from, to;
  Colour colour;
  SourceLoc loc;
};

struct Theme {
  std::string id, name, description;
  Colour colour;
  SourceLoc loc;
};

struct ContentNote {
  std::string id, label, description;
  SourceLoc loc;
};

// Reading milestones are ordered; a reader "has read up to" one of them.
struct Milestone {
  std::string id, title;
  int order = 0;  // position in reading order, 0-based, dense after resolution
  SourceLoc loc;
  // Shown instead of `title` once the reader has reached this milestone (`reached-title:`);
  // empty: `title` always. `title` is what a reader who has not got there may see, so it
  // should be neutral, like a chapter heading. Use milestone_title() in visibility.hpp.
  std::string reached_title;
};

// A condition on a beat; all of a beat's conditions must hold.
struct Condition {
  enum class Kind { ReachedMilestone, ChoseOption };
  Kind kind = Kind::ReachedMilestone;
  bool negated = false;   // written `if not ...`
  int milestone = -1;     // ReachedMilestone
  int prompt = -1;        // ChoseOption: the prompt
  std::string option;     // ChoseOption: the option id
};

enum class BeatKind {
  Narrate,      // narration in our own words
  Say,          // an attributed line in our own words
  Quote,        // an attributed short quotation from the source notes (cites required)
  Perspective,  // one account of the moment: a person's, or an interpretation
  Tableau,      // change the drawn scene (tableau and/or mood)
  Pause,        // hold for `seconds`
  Prompt        // ask a reflection prompt
};

struct Beat {
  BeatKind kind = BeatKind::Narrate;
  std::string text;
  int speaker = -1;          // Say / Quote / Perspective: a person (-1 for an interpretation)
  std::string perspective;   // Perspective: the person's id or "interpretation"
  std::vector<Citation> cites;
  std::string tableau, mood; // Tableau
  std::string state;         // Tableau: one of the tableau's states (core/model/pictures.hpp), or empty
  double seconds = 0;        // Pause
  int prompt = -1;           // Prompt
  std::vector<Condition> conditions;
  SourceLoc loc;
};

struct Visual {
  std::string tableau;  // name of a drawing routine registered by the scenes
  std::string mood;     // palette name from assets
};

struct Moment {
  std::string id, title;
  When when;
  int lane = -1;
  std::vector<int> people, themes, content_notes, facts, echoes;
  int milestone = -1;  // the reading milestone at which it becomes visible (-1: always)
  int telling = -1;    // position in the novel's telling order, if given
  std::string summary, gentle_summary, presenter_notes;
  Visual visual;
  std::vector<Beat> beats;
  SourceLoc loc;
};

enum class PromptKind { Open, Choice, Scale, Evidence };

// What a prompt, card or takeaway is attached to.
struct Subject {
  enum class Kind { Book, Moment, Person, Theme };
  Kind kind = Kind::Book;
  int index = -1;  // into the matching vector; -1 for Book
};

// One reading an evidence prompt offers ("It points to circumstance"), as the story defines
// it (`reading ID`): every evidence prompt offers the story's readings, in the order written.
struct ReadingDef {
  std::string id;
  std::string text;   // the option's words
  std::string title;  // a short name for the reading page ("Circumstance"); defaults to `text`
  std::optional<Colour> colour;
  SourceLoc loc;
};

// Two groups of readings weighed against each other on the reader's reading page (`balance ID`).
struct Balance {
  std::string id, title, left_label, right_label;
  std::vector<int> left, right;  // into Story::readings
  SourceLoc loc;
};

struct PromptOption {
  std::string id, text, discussion;
};

struct Prompt {
  std::string id, text, teacher_notes;
  Subject about;
  PromptKind kind = PromptKind::Open;
  std::vector<PromptOption> options;  // Choice: as written; Evidence: the story's readings
  std::string confidence;  // Evidence: the question of how sure ("How sure are you?"); empty: none asked
  std::string scale_low = "Strongly disagree", scale_high = "Strongly agree";
  int scale_points = 5;
  int follow_up = -1;  // another prompt
  int milestone = -1;  // visible from this milestone (defaults to its subject's)
  SourceLoc loc;
};

struct Card {  // a memory cue: front and back
  std::string id, front, back;
  Subject about;
  int milestone = -1;
  SourceLoc loc;
};

struct Takeaway {
  std::string id, text;
  Subject about;
  int milestone = -1;
  SourceLoc loc;
};

struct Story {
  Book book;
  std::vector<Source> sources;
  std::vector<Fact> facts;
  std::vector<AboutSection> about;  // sorted by order
  std::vector<Person> people;
  std::vector<Lane> lanes;          // sorted top to bottom
  std::vector<ParentLink> parents;
  std::vector<Partnership> partnerships;
  std::vector<Bond> bonds;
  std::vector<Era> eras;
  std::vector<Theme> themes;
  std::vector<ContentNote> content_notes;
  std::vector<Milestone> milestones;  // sorted by reading order
  std::vector<Moment> moments;        // in declaration order
  std::vector<Prompt> prompts;
  std::vector<Card> cards;
  std::vector<Takeaway> takeaways;
  std::vector<ReadingDef> readings;  // what evidence prompts offer, in the order written
  std::vector<Balance> balances;

  std::vector<Lesson> lessons;        // in declaration order (story/<book>/lessons/)

  std::vector<int> chronological;  // moment indices by when.estimate (stable)
  std::vector<int> telling_order;  // moments with a telling position, by it; empty if none

  // id -> index lookups, one table per kind (ids are unique within a kind).
  std::unordered_map<std::string, int> person_index, moment_index, theme_index, lane_index,
      milestone_index, prompt_index, fact_index, content_note_index;

  std::unordered_map<std::string, int> lesson_index;

  int find(const std::unordered_map<std::string, int>& table, std::string_view id) const {
    auto it = table.find(std::string(id));
    return it == table.end() ? -1 : it->second;
  }
  int person(std::string_view id) const { return find(person_index, id); }
  int moment(std::string_view id) const { return find(moment_index, id); }
  int theme(std::string_view id) const { return find(theme_index, id); }
  int prompt(std::string_view id) const { return find(prompt_index, id); }
  int milestone(std::string_view id) const { return find(milestone_index, id); }
  int lesson(std::string_view id) const { return find(lesson_index, id); }
};

}  // namespace lineage
