// The story as parsed but not yet resolved: the model's vectors with text and numbers filled in,
// plus, beside each entity, the ids it refers to (with their places) for the resolver.
// Internal to engine/core/script.
#pragma once

#include <string>
#include <vector>

#include "core/model/story.hpp"
#include "core/script/schema.hpp"

namespace lineage {

// A date as written. Absolute dates are final; relative ones wait for their anchor moment.
struct WhenExpr {
  bool given = false, ok = false, relative = false;
  When when;          // absolute: the result; relative: text and the `about` flag
  double offset = 0;  // relative: years after (+) or before (-) the anchor
  double extra = 0;   // relative: uncertainty added to the anchor's
  Ref anchor;
  Loc loc;
};

struct SubjectRef {
  bool given = false, explicit_kind = false;
  Subject::Kind kind = Subject::Kind::Book;
  Ref id;
  Loc loc;
};

struct ConditionRef {
  Condition::Kind kind = Condition::Kind::ReachedMilestone;
  bool negated = false;
  Ref milestone, prompt, option;
};

struct BeatRefs {
  Ref speaker;  // say / quote / perspective (a person)
  std::vector<CiteRef> cites;
  Ref prompt;
  std::vector<ConditionRef> conditions;
};

struct SourceDraft {
  Loc loc, file_loc, lines_loc;
  bool file_found = false;
  std::vector<std::string> text;  // the file's lines, when it was found
};

struct CitedDraft {  // fact, about
  std::vector<CiteRef> cites;
  Loc loc;
  bool has_order = false;
};

struct PersonDraft {
  Ref lane;
  std::vector<Ref> facts;
  WhenExpr born, died;
  Loc loc;
};

struct LaneDraft {
  Ref person;
  bool has_order = false;
  Loc loc;
};

struct LinkDraft {  // parent, partners, bond
  Ref a, b, moment, begins, ends;
  std::vector<Ref> facts;
  Loc loc;
};

struct EraDraft {
  Ref lane;
  WhenExpr from, to;
  Loc loc;
};

struct MomentDraft {
  WhenExpr when;
  Ref lane, milestone;
  std::vector<Ref> people, themes, content, facts, echoes;
  std::vector<BeatRefs> beats;
  Loc loc, telling_loc;
};

struct PromptDraft {
  SubjectRef about;
  Ref follow_up, milestone;
  std::vector<Loc> option_locs;      // parallel to Prompt::options (choice)
  std::vector<Ref> discussions;      // `discussion ID:` as written
  std::vector<std::string> discussion_text;
  // Evidence: `option ID:` and `discussion ID:` as written, applied to the story's readings
  // once every file is read (readings may be declared in another file).
  std::vector<std::pair<Ref, std::string>> reading_options, reading_discussions;
  Loc loc, kind_loc;
};

struct BalanceDraft {
  std::vector<Ref> left, right;
  Loc loc;
};

struct ItemDraft {  // card, takeaway
  SubjectRef about;
  Ref milestone;
  Loc loc;
};

struct StepDraft {  // one step of a lesson
  Ref moment, prompt, link_parent, link_child;
  std::vector<Ref> content;
  Loc loc, minutes_loc, countdown_loc, link_loc;
};

struct LessonDraft {
  Ref milestone;
  std::vector<StepDraft> steps;
  Loc loc, minutes_loc;
  bool has_minutes = false;
};

struct Draft {
  Story story;
  std::vector<Loc> book_locs;
  std::vector<SourceDraft> sources;
  std::vector<CitedDraft> facts, about;
  std::vector<PersonDraft> people;
  std::vector<LaneDraft> lanes;
  std::vector<LinkDraft> parents, partnerships, bonds;
  std::vector<EraDraft> eras;
  std::vector<Loc> themes, content_notes, milestones, milestone_orders;
  std::vector<MomentDraft> moments;
  std::vector<PromptDraft> prompts;
  std::vector<ItemDraft> cards, takeaways;
  std::vector<Loc> readings;
  std::vector<BalanceDraft> balances;
  std::vector<LessonDraft> lessons;  // parallel to story.lessons
  bool read_sources = true;  // read `file:` of sources from disk
};

// Parses one file's blocks into the draft (blocks_*.cpp).
void parse_blocks(Tree& t, const SourceFile& f, Draft& d, Reporter& rep);
void parse_book_block(Tree& t, const SourceFile& f, int node, Draft& d, Reporter& rep);
void parse_source_block(Tree& t, const SourceFile& f, int node, Draft& d, Reporter& rep);
void parse_simple_block(Tree& t, const SourceFile& f, int node, Draft& d, Reporter& rep);
void parse_person_block(Tree& t, const SourceFile& f, int node, Draft& d, Reporter& rep);
void parse_link_block(Tree& t, const SourceFile& f, int node, Draft& d, Reporter& rep);
void parse_moment_block(Tree& t, const SourceFile& f, int node, Draft& d, Reporter& rep);
void parse_prompt_block(Tree& t, const SourceFile& f, int node, Draft& d, Reporter& rep);
void parse_item_block(Tree& t, const SourceFile& f, int node, Draft& d, Reporter& rep);
void parse_reading_block(Tree& t, const SourceFile& f, int node, Draft& d, Reporter& rep);  // blocks_prompt.cpp
void parse_lesson_block(Tree& t, const SourceFile& f, int node, Draft& d, Reporter& rep);  // blocks_lesson.cpp

// The id after a block keyword (`person etta`): checked, with its place.
Ref block_id(const Tree& t, const Node& n, Reporter& rep);
Loc block_loc(const Tree& t, const Node& n);
SourceLoc model_loc(const SourceFile& f, const Node& n);
SubjectRef read_subject(const Tree& t, const Node& n, Reporter& rep);

// when.cpp
WhenExpr read_when(const Tree& t, const Node& n, Reporter& rep);

// Resolution (resolve*.cpp): ids to indices, dates, orders, cross-checks.
void resolve(Draft& d, Reporter& rep);
void resolve_dates(Draft& d, Reporter& rep);
void check_citations(Draft& d, Reporter& rep);
void check_structure(Draft& d, Reporter& rep);
void resolve_lessons(Draft& d, Reporter& rep);  // blocks_lesson.cpp: after resolve()

}  // namespace lineage
