// Lessons: a teacher's plan written as a story script. `lesson ID` with a title, the class
// milestone, the planned minutes and a list of steps; each step is `KIND [ID]:` with its own
// properties indented under it. Checked like everything else: unknown ids, minutes that do
// not add up, and anything beyond the class milestone are file:line:column errors.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/script/draft.hpp"
#include "core/script/text.hpp"
#include "core/util/strings.hpp"

namespace lineage {

namespace {

using VK = ValueKind;

const BlockSpec kLesson{"lesson", {{"title", VK::Text, true}, {"class-milestone", VK::Id, true},
                                   {"minutes", VK::Number, true}, {"description", VK::Text},
                                   {"steps", VK::List, true}}};

const BlockSpec kStep{"step", {{"minutes", VK::Number, true}, {"notes", VK::Text}, {"title", VK::Text},
                               {"show", VK::Word}, {"view", VK::Word}, {"link", VK::Text},
                               {"countdown", VK::Number}, {"content", VK::Ids}}};

const char* const kStepKinds[] = {"moment", "lineage", "reflect", "discuss", "blank"};
constexpr const char* kStepHelp = "a step is one of: `moment ID:`, `lineage:`, `reflect PROMPT:`, `discuss PROMPT:`, `blank:`";

std::string minutes_text(double m) {
  char buf[32];
  if (std::fabs(m - std::round(m)) < 1e-9) std::snprintf(buf, sizeof buf, "%.0f", m);
  else std::snprintf(buf, sizeof buf, "%.1f", m);
  return buf;
}

void parse_step(Tree& t, const SourceFile& f, int node, int number, Lesson& lesson, LessonDraft& ld,
                Reporter& rep) {
  const Node& n = t.nodes[node];
  std::string_view k = n.key;
  int kind = -1;
  for (int i = 0; i < 5; ++i)
    if (k == kStepKinds[i]) kind = i;
  if (kind < 0) {
    std::vector<std::string> known(std::begin(kStepKinds), std::end(kStepKinds));
    std::string hint = suggestion(k, known);
    rep.error(key_loc(t, n), "unknown step " + ticked(k), hint.empty() ? kStepHelp : hint);
    return;
  }
  if (!n.colon || !n.value.empty()) {
    rep.error(key_loc(t, n), "a step's first line ends with `:` and its properties go below it",
              "write e.g. `moment bathtub:` and, indented under it, `minutes: 5`");
    return;
  }
  LessonStep step;
  StepDraft sd;
  step.kind = static_cast<StepKind>(kind);
  step.file = f.name;
  step.line = n.line;
  sd.loc = key_loc(t, n);
  bool takes_id = step.kind == StepKind::Moment || step.kind == StepKind::Reflect || step.kind == StepKind::Discuss;
  if (takes_id && n.args.empty()) {
    rep.error(key_loc(t, n), ticked(k) + " needs an id before the colon",
              step.kind == StepKind::Moment ? "write `moment ID:`, e.g. `moment bathtub:`"
                                            : "write `" + std::string(k) + " PROMPT:`, e.g. `" + std::string(k) +
                                                  " theme-pattern-trace:`");
    return;
  }
  if (!takes_id && !n.args.empty()) {
    rep.error(args_loc(t, n), "unexpected " + ticked(n.args) + " after " + ticked(k),
              "write `" + std::string(k) + ":` and put a heading under it as `title: ...`");
    return;
  }
  if (takes_id) {
    Ref id = make_ref(n.args, args_loc(t, n), rep);
    if (step.kind == StepKind::Moment) sd.moment = id;
    else sd.prompt = id;
  }
  std::string what = "step " + std::to_string(number) + " (" + ticked(std::string(k) + (n.args.empty() ? "" : " " + std::string(n.args))) + ")";
  Props p = check_props(t, f, node, kStep, what, rep);
  step.notes = p.take("notes");
  step.title = p.take("title");
  if (const Node* v = p.get("minutes")) {
    sd.minutes_loc = value_loc(t, *v);
    if (auto m = read_number(t, *v, 0, 600, rep)) step.minutes = *m;
  }
  auto only_for = [&](const char* key, StepKind allowed, const char* example) {
    const Node* v = p.get(key);
    if (v && step.kind != allowed) {
      rep.error(key_loc(t, *v), ticked(std::string(key) + ":") + " is only for " + example + " steps",
                "remove it from this " + std::string(k) + " step");
      return static_cast<const Node*>(nullptr);
    }
    return v;
  };
  if (const Node* v = only_for("show", StepKind::Moment, "`moment`")) {
    int w = read_word(t, *v, {"timeline", "story"}, rep);
    if (w >= 0) step.show = static_cast<MomentShow>(w);
  }
  if (const Node* v = only_for("view", StepKind::Lineage, "`lineage`")) {
    int w = read_word(t, *v, {"family", "pattern", "cycle"}, rep);
    if (w >= 0) step.lineage = static_cast<LineageShow>(w);
  }
  if (const Node* v = only_for("link", StepKind::Lineage, "`lineage`")) {
    std::string_view s = v->value;
    std::size_t arrow = s.find("->");
    sd.link_loc = value_loc(t, *v);
    if (arrow == std::string_view::npos) {
      rep.error(value_loc(t, *v), "expected a parent link like `etta -> cecilia`, not " + ticked(s),
                "write `link: PARENT -> CHILD`");
    } else {
      std::string_view a = trim(s.substr(0, arrow)), b = trim(s.substr(arrow + 2));
      sd.link_parent = make_ref(a, value_loc(t, *v, 0, arrow), rep);
      sd.link_child = make_ref(b, value_loc(t, *v, arrow + 2, s.size() - arrow - 2), rep);
    }
  }
  if (const Node* v = only_for("countdown", StepKind::Reflect, "`reflect`")) {
    sd.countdown_loc = value_loc(t, *v);
    if (auto m = read_number(t, *v, 0.25, 120, rep)) step.countdown_minutes = *m;
  }
  if (const Node* v = p.get("content")) sd.content = read_ids(t, *v, rep);
  if (step.kind == StepKind::Reflect && step.countdown_minutes == 0) step.countdown_minutes = step.minutes;
  lesson.steps.push_back(std::move(step));
  ld.steps.push_back(std::move(sd));
}

}  // namespace

void parse_lesson_block(Tree& t, const SourceFile& f, int b, Draft& d, Reporter& rep) {
  const Node& n = t.nodes[b];
  Ref id = block_id(t, n, rep);
  Props p = check_props(t, f, b, kLesson, "lesson " + ticked(id.id), rep);
  Lesson lesson;
  LessonDraft ld;
  lesson.id = id.id;
  lesson.file = f.name;
  lesson.line = n.line;
  ld.loc = id.given() ? id.loc : block_loc(t, n);
  lesson.title = p.take("title");
  lesson.description = p.take("description");
  if (const Node* v = p.get("class-milestone")) ld.milestone = read_id(t, *v, rep);
  if (const Node* v = p.get("minutes")) {
    ld.minutes_loc = value_loc(t, *v);
    if (auto m = read_number(t, *v, 1, 600, rep)) {
      lesson.minutes = *m;
      ld.has_minutes = true;
    }
  }
  if (const Node* list = p.get("steps")) {
    int number = 0;
    for (int c = list->first_child; c >= 0; c = t.nodes[c].next) {
      if (t.nodes[c].invalid) continue;
      parse_step(t, f, c, ++number, lesson, ld, rep);
    }
    if (number == 0) rep.error(key_loc(t, *list), "lesson " + ticked(id.id) + " has no steps", kStepHelp);
  }
  d.story.lessons.push_back(std::move(lesson));
  d.lessons.push_back(std::move(ld));
}

void resolve_lessons(Draft& d, Reporter& rep) {
  Story& s = d.story;
  auto ids_of = [](const auto& items) {
    std::vector<std::string> out;
    for (const auto& x : items) out.push_back(x.id);
    return out;
  };
  auto find = [&](const Ref& r, const std::unordered_map<std::string, int>& table, const char* noun,
                  const std::vector<std::string>& known) {
    if (!r.given()) return -1;
    auto it = table.find(r.id);
    if (it != table.end()) return it->second;
    std::string plural = std::string(noun) == "person" ? "people" : std::string(noun) + "s";
    rep.error(r.loc, "unknown " + std::string(noun) + " " + ticked(r.id), suggestion_or_list(r.id, known, plural));
    return -1;
  };
  std::vector<std::string> moment_ids = ids_of(s.moments), prompt_ids = ids_of(s.prompts),
                           milestone_ids = ids_of(s.milestones), note_ids = ids_of(s.content_notes);
  std::vector<std::string> person_ids = ids_of(s.people);
  auto milestone_order = [&](int m) { return m < 0 ? -1 : s.milestones[static_cast<std::size_t>(m)].order; };
  auto milestone_name = [&](int m) { return ticked(s.milestones[static_cast<std::size_t>(m)].id); };

  for (std::size_t li = 0; li < s.lessons.size(); ++li) {
    Lesson& lesson = s.lessons[li];
    LessonDraft& ld = d.lessons[li];
    if (!lesson.id.empty()) {
      auto [it, fresh] = s.lesson_index.emplace(lesson.id, static_cast<int>(li));
      if (!fresh) {
        const Lesson& first = s.lessons[static_cast<std::size_t>(it->second)];
        rep.error(ld.loc, "duplicate lesson " + ticked(lesson.id) + "; the first is at " + first.file + ":" +
                              std::to_string(first.line),
                  "give each lesson its own id");
      }
    }
    lesson.milestone = find(ld.milestone, s.milestone_index, "milestone", milestone_ids);
    int limit = milestone_order(lesson.milestone);
    // Beyond the class milestone: the class has not read that far.
    auto beyond = [&](int milestone, const Loc& at, const std::string& what) {
      if (lesson.milestone < 0 || milestone < 0 || milestone_order(milestone) <= limit) return;
      rep.error(at, what + " belongs to milestone " + milestone_name(milestone) + ", beyond the class milestone " +
                        milestone_name(lesson.milestone),
                "choose something the class has read, or move the lesson's `class-milestone:` later");
    };
    double total = 0;
    for (std::size_t si = 0; si < lesson.steps.size(); ++si) {
      LessonStep& step = lesson.steps[si];
      StepDraft& sd = ld.steps[si];
      total += step.minutes;
      std::string name = "step " + std::to_string(si + 1);
      if (step.kind == StepKind::Moment) {
        step.moment = find(sd.moment, s.moment_index, "moment", moment_ids);
        if (step.moment >= 0) {
          const Moment& m = s.moments[static_cast<std::size_t>(step.moment)];
          beyond(m.milestone, sd.moment.loc, name + "'s moment " + ticked(m.id));
          step.content_notes = m.content_notes;
        }
      }
      if (step.kind == StepKind::Reflect || step.kind == StepKind::Discuss) {
        step.prompt = find(sd.prompt, s.prompt_index, "prompt", prompt_ids);
        if (step.prompt >= 0) {
          const Prompt& pr = s.prompts[static_cast<std::size_t>(step.prompt)];
          beyond(pr.milestone, sd.prompt.loc, name + "'s prompt " + ticked(pr.id));
        }
      }
      if (step.kind == StepKind::Lineage && sd.link_parent.given() && sd.link_child.given()) {
        int a = find(sd.link_parent, s.person_index, "person", person_ids);
        int b = find(sd.link_child, s.person_index, "person", person_ids);
        for (std::size_t k = 0; a >= 0 && b >= 0 && k < s.parents.size(); ++k)
          if (s.parents[k].parent == a && s.parents[k].child == b) step.link = static_cast<int>(k);
        if (a >= 0 && b >= 0 && step.link < 0)
          rep.error(sd.link_loc, "the story has no parent link " + ticked(sd.link_parent.id + " -> " + sd.link_child.id),
                    "a link is written `PARENT -> CHILD`, as in a `parent` block");
        if (step.link >= 0 && s.parents[static_cast<std::size_t>(step.link)].moment >= 0) {
          const Moment& m = s.moments[static_cast<std::size_t>(s.parents[static_cast<std::size_t>(step.link)].moment)];
          beyond(m.milestone, sd.link_loc, name + "'s link (through moment " + ticked(m.id) + ")");
        }
      }
      for (const Ref& r : sd.content) {
        int c = find(r, s.content_note_index, "content note", note_ids);
        if (c >= 0 && std::find(step.content_notes.begin(), step.content_notes.end(), c) == step.content_notes.end())
          step.content_notes.push_back(c);
      }
      if (step.kind == StepKind::Reflect && step.countdown_minutes > step.minutes + 1e-9)
        rep.error(sd.countdown_loc, "the countdown (" + minutes_text(step.countdown_minutes) +
                                        " minutes) is longer than the step (" + minutes_text(step.minutes) + ")",
                  "shorten `countdown:` or lengthen the step's `minutes:`");
    }
    if (ld.has_minutes && !lesson.steps.empty() && std::fabs(total - lesson.minutes) > 0.01)
      rep.error(ld.minutes_loc, "the steps add up to " + minutes_text(total) + " minutes, but the lesson says " +
                                    minutes_text(lesson.minutes),
                "change a step's `minutes:` or the lesson's so they agree");
  }
}

}  // namespace lineage
