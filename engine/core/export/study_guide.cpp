#include "core/export/study_guide.hpp"

#include <algorithm>
#include <map>

#include "core/journal/answer_words.hpp"
#include "core/model/subject_name.hpp"
#include "core/model/visibility.hpp"
#include "core/model/when_words.hpp"
#include "core/study/study_views.hpp"

namespace lineage {
namespace {

// "from Notes on The Push": where a fact comes from, in words a student can read.
std::string source_in_words(const Story& story, const std::vector<Citation>& cites) {
  std::vector<std::string> titles;
  for (const auto& c : cites) {
    std::string title = c.source >= 0 && c.source < int(story.sources.size())
                            ? story.sources[std::size_t(c.source)].title
                            : "the source";
    if (title.empty()) title = "the source";
    if (std::find(titles.begin(), titles.end(), title) == titles.end()) titles.push_back(title);
  }
  std::string out;
  for (std::size_t i = 0; i < titles.size(); ++i)
    out += (i == 0 ? "from " : i + 1 == titles.size() ? " and " : ", ") + titles[i];
  return out;
}

// Line by line ("notes:27, notes:31"), for a teacher checking a fact against the source.
std::string line_citations(const Story& story, const std::vector<Citation>& cites) {
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

GuidePrompt guide_prompt(const Story& story, const Prompt& prompt, const Answer* answer,
                         bool worksheet) {
  GuidePrompt g;
  g.id = prompt.id;
  g.text = prompt.text;
  g.kind = prompt.kind;
  g.confidence = prompt.confidence;
  g.about = subject_name(story, prompt.about);
  for (const auto& o : prompt.options) g.options.push_back(o.text);
  g.scale_low = prompt.scale_low;
  g.scale_high = prompt.scale_high;
  g.scale_points = prompt.scale_points;
  if (answer && !worksheet) {
    std::string words = answer_in_words(prompt, *answer);
    if (!words.empty()) g.answer = words;
  }
  return g;
}

bool content_noted(const Story& story, const Subject& about) {
  return about.kind == Subject::Kind::Moment && about.index >= 0 &&
         about.index < int(story.moments.size()) &&
         !story.moments[std::size_t(about.index)].content_notes.empty();
}

// The theme tracker's grid, by the same model and visibility as the screen.
GuideThemeGrid guide_theme_grid(const Story& story, const Visibility& visible, bool gentle) {
  GuideThemeGrid out;
  ThemeGrid grid = theme_grid(story, visible);
  std::vector<int> columns = theme_grid_columns(story, visible, grid);
  for (int c : columns) out.generations.push_back(story.lanes[std::size_t(grid.lanes[std::size_t(c)])].title);
  for (std::size_t t = 0; t < grid.cells.size(); ++t) {
    GuideThemeRow row;
    row.theme = story.themes[t].name;
    for (int c : columns) {
      std::vector<GuideThemeMoment> cell;
      for (int m : grid.cells[t][std::size_t(c)]) {
        const Moment& moment = story.moments[std::size_t(m)];
        cell.push_back({moment.title, gentle && !moment.content_notes.empty()});
      }
      out.strongest = std::max(out.strongest, int(cell.size()));
      row.cells.push_back(std::move(cell));
    }
    out.rows.push_back(std::move(row));
  }
  return out;
}

}  // namespace

StudyGuide build_study_guide(const Story& story, const std::vector<Answer>& answers,
                             const GuideOptions& options) {
  const int reader = options.milestone;
  const Visibility visible = Visibility::up_to(story, reader);
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
    if (!visible.moment(m)) continue;
    GuideMoment g;
    g.id = moment.id;
    g.title = moment.title;
    // The resolved year, not the script's text: "2 years after cecilia-words" names ids.
    g.when = when_short(moment.when);
    const bool noted = !moment.content_notes.empty();
    const bool gentle = options.gentle && (noted || !moment.gentle_summary.empty());
    // Gentle and content-noted with no gentle summary: no summary at all, rather than the full one.
    g.summary = gentle ? moment.gentle_summary : moment.summary;
    for (int p : moment.people) g.people.push_back(story.people[std::size_t(p)].name);
    for (int t : moment.themes) g.themes.push_back(story.themes[std::size_t(t)].name);
    for (int n : moment.content_notes) g.content_notes.push_back(story.content_notes[std::size_t(n)].label);
    for (int f : moment.facts) {
      if (options.gentle && noted) {  // the facts tell the moment in full
        ++g.facts_left_out;
        continue;
      }
      const Fact& fact = story.facts[std::size_t(f)];
      g.facts.push_back({fact.text, source_in_words(story, fact.cites), line_citations(story, fact.cites)});
      if (options.teacher) guide.citations.push_back({g.facts.back().cites, g.title + ": " + fact.text});
    }
    moment_slot[m] = guide.moments.size();
    guide.moments.push_back(std::move(g));
  }

  for (int p = 0; p < int(story.prompts.size()); ++p) {
    if (!visible.prompt(p)) continue;
    const Prompt& prompt = story.prompts[std::size_t(p)];
    if (options.gentle && content_noted(story, prompt.about)) {
      auto slot = moment_slot.find(prompt.about.index);
      if (slot != moment_slot.end()) ++guide.moments[slot->second].prompts_left_out;
      continue;
    }
    auto found = by_prompt.find(prompt.id);
    GuidePrompt g = guide_prompt(story, prompt, found == by_prompt.end() ? nullptr : found->second,
                                 options.worksheet);
    auto slot = prompt.about.kind == Subject::Kind::Moment ? moment_slot.find(prompt.about.index)
                                                           : moment_slot.end();
    if (slot != moment_slot.end()) guide.moments[slot->second].prompts.push_back(std::move(g));
    else guide.reflections.push_back(std::move(g));
  }

  for (const auto& theme : story.themes) guide.themes.push_back({theme.name, theme.description});
  guide.theme_grid = guide_theme_grid(story, visible, options.gentle);
  for (int t = 0; t < int(story.takeaways.size()); ++t) {
    const Takeaway& takeaway = story.takeaways[std::size_t(t)];
    if (visible.takeaway(t) && !(options.gentle && content_noted(story, takeaway.about)))
      guide.takeaways.push_back(takeaway.text);
  }
  for (int c = 0; c < int(story.cards.size()); ++c) {
    const Card& card = story.cards[std::size_t(c)];
    if (visible.card(c) && !(options.gentle && content_noted(story, card.about)))
      guide.memory_cues.push_back({card.front, card.back});
  }

  int number = 1;  // in the order every format lists them: the moments', then the reflections
  for (auto& m : guide.moments)
    for (auto& p : m.prompts) p.number = number++;
  for (auto& p : guide.reflections) p.number = number++;

  guide.teacher = options.teacher;
  guide.gentle = options.gentle;
  if (options.teacher)
    for (const auto& source : story.sources)
      guide.sources.push_back(source.id + ": " + source.title +
                              (source.file.empty() ? "" : " (" + source.file + ")"));
  return guide;
}

}  // namespace lineage
