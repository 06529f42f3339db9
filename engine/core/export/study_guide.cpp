#include "core/export/study_guide.hpp"

#include "core/model/visibility.hpp"

#include <cmath>
#include <map>

namespace lineage {
namespace {

// A year for the reader. The script's own text may be relative ("2 years after cecilia-words")
// and name ids, which mean nothing on paper, so the guide prints the resolved estimate.
std::string when_text(const When& when) {
  if (when.estimate == 0) return when.text;
  std::string year = std::to_string(int(std::lround(when.estimate)));
  return when.approximate || when.uncertainty > 0 ? "c. " + year : year;
}

std::string citations(const Story& story, const std::vector<Citation>& cites) {
  std::string out;
  for (const auto& c : cites) {
    if (!out.empty()) out += ", ";
    std::string source = c.source >= 0 && c.source < int(story.sources.size())
                             ? story.sources[std::size_t(c.source)].id
                             : "source";
    out += source + ":" + std::to_string(c.line);
  }
  return out;
}

std::string subject_name(const Story& story, const Subject& about) {
  auto i = std::size_t(about.index);
  switch (about.kind) {
    case Subject::Kind::Moment: return about.index >= 0 ? story.moments[i].title : "";
    case Subject::Kind::Person: return about.index >= 0 ? story.people[i].name : "";
    case Subject::Kind::Theme: return about.index >= 0 ? story.themes[i].name : "";
    case Subject::Kind::Book: break;
  }
  return "The book";
}

// A subject's own milestone: a moment's, or none (people, themes and the book are always there).
int subject_milestone(const Story& story, const Subject& about) {
  if (about.kind == Subject::Kind::Moment && about.index >= 0)
    return story.moments[std::size_t(about.index)].milestone;
  return -1;
}

bool item_visible(const Story& story, int own_milestone, const Subject& about, int reader) {
  return visible_at(story, own_milestone, reader) &&
         visible_at(story, subject_milestone(story, about), reader);
}

GuidePrompt guide_prompt(const Story& story, const Prompt& prompt, const Answer* answer,
                         bool worksheet) {
  GuidePrompt g;
  g.id = prompt.id;
  g.text = prompt.text;
  g.kind = prompt.kind;
  g.about = subject_name(story, prompt.about);
  for (const auto& o : prompt.options) g.options.push_back(o.text);
  g.scale_low = prompt.scale_low;
  g.scale_high = prompt.scale_high;
  g.scale_points = prompt.scale_points;
  if (answer && !worksheet) {
    std::string words = describe_answer(prompt, *answer);
    if (!words.empty()) g.answer = words;
  }
  return g;
}

}  // namespace

bool visible_at(const Story& story, int item_milestone, int reader_milestone) {
  if (item_milestone < 0 || reader_milestone < 0) return true;
  auto order = [&](int m) {
    return m < int(story.milestones.size()) ? story.milestones[std::size_t(m)].order : m;
  };
  return order(item_milestone) <= order(reader_milestone);
}

std::string describe_answer(const Prompt& prompt, const Answer& answer) {
  auto option_text = [&](const std::string& id) {
    for (const auto& o : prompt.options)
      if (o.id == id) return o.text;
    return id;
  };
  switch (prompt.kind) {
    case PromptKind::Open: return answer.text;
    case PromptKind::Choice: return answer.option.empty() ? "" : option_text(answer.option);
    case PromptKind::Evidence: {
      if (answer.option.empty()) return "";
      std::string words = option_text(answer.option);
      if (answer.confidence > 0)
        words += " (how sure: " + std::to_string(answer.confidence) + " of 5)";
      return words;
    }
    case PromptKind::Scale:
      if (!answer.scale) return "";
      return std::to_string(*answer.scale) + " of " + std::to_string(prompt.scale_points) +
             " (1 = " + prompt.scale_low + ", " + std::to_string(prompt.scale_points) + " = " +
             prompt.scale_high + ")";
  }
  return "";
}

StudyGuide build_study_guide(const Story& story, const std::vector<Answer>& answers,
                             const GuideOptions& options) {
  const int reader = options.milestone;
  std::map<std::string, const Answer*> by_prompt;
  for (const auto& a : answers) by_prompt[a.prompt] = &a;

  StudyGuide guide;
  guide.book_title = story.book.title;
  guide.author = story.book.author;
  guide.student = options.student;
  guide.date = options.date;
  guide.worksheet = options.worksheet;
  guide.reading = reader >= 0 && reader < int(story.milestones.size())
                      ? "Up to: " + milestone_title(story, reader, story.milestones[std::size_t(reader)].order)
                      : "The whole book";
  for (const auto& note : story.content_notes)
    guide.content_notes.push_back({note.label, note.description});

  std::map<int, std::size_t> moment_slot;  // moment index -> position in guide.moments
  for (int m : story.chronological) {
    const Moment& moment = story.moments[std::size_t(m)];
    if (!visible_at(story, moment.milestone, reader)) continue;
    GuideMoment g;
    g.id = moment.id;
    g.title = moment.title;
    g.when = when_text(moment.when);
    g.summary = options.gentle && !moment.gentle_summary.empty() ? moment.gentle_summary : moment.summary;
    for (int p : moment.people) g.people.push_back(story.people[std::size_t(p)].name);
    for (int t : moment.themes) g.themes.push_back(story.themes[std::size_t(t)].name);
    for (int f : moment.facts) {
      const Fact& fact = story.facts[std::size_t(f)];
      g.facts.push_back({fact.text, citations(story, fact.cites)});
    }
    moment_slot[m] = guide.moments.size();
    guide.moments.push_back(std::move(g));
  }

  for (const auto& prompt : story.prompts) {
    // A prompt with no milestone of its own shows with its subject.
    if (!item_visible(story, prompt.milestone, prompt.about, reader)) continue;
    auto found = by_prompt.find(prompt.id);
    GuidePrompt g = guide_prompt(story, prompt, found == by_prompt.end() ? nullptr : found->second,
                                 options.worksheet);
    auto slot = prompt.about.kind == Subject::Kind::Moment ? moment_slot.find(prompt.about.index)
                                                           : moment_slot.end();
    if (slot != moment_slot.end()) guide.moments[slot->second].prompts.push_back(std::move(g));
    else guide.reflections.push_back(std::move(g));
  }

  for (const auto& theme : story.themes) guide.themes.push_back({theme.name, theme.description});
  for (const auto& t : story.takeaways)
    if (item_visible(story, t.milestone, t.about, reader)) guide.takeaways.push_back(t.text);
  for (const auto& card : story.cards)
    if (item_visible(story, card.milestone, card.about, reader))
      guide.memory_cues.push_back({card.front, card.back});
  return guide;
}

}  // namespace lineage
