// A small Story built by hand for the export tests (the script loader is tested on its own):
// three moments declared out of time order, two milestones, every prompt kind, and text
// that needs escaping in every format.
#pragma once

#include "core/model/story.hpp"

namespace lineage::testing {

inline Story export_story() {
  Story s;
  s.book = {"the-push", "The Push", "Ashley Audrain", "A novel about mothers and daughters.", 2021, {}};
  s.sources.push_back({"notes", "Reading notes", "notes.txt", 120, {}});
  auto cite = [](int line) { return Citation{0, line}; };
  s.milestones = {{"part-one", "Part One", 0, {}, {}}, {"part-two", "Part Two", 1, {}, {}}};
  for (int i = 0; i < 2; ++i) s.milestone_index[s.milestones[std::size_t(i)].id] = i;
  s.people.resize(3);
  s.people[0].id = "blythe", s.people[0].name = "Blythe";
  s.people[1].id = "violet", s.people[1].name = "Violet";
  s.people[2].id = "cecilia", s.people[2].name = "Cecilia";
  for (int i = 0; i < 3; ++i) s.person_index[s.people[std::size_t(i)].id] = i;
  s.themes = {{"inheritance", "Inheritance", "What passes from mother to daughter & back.", {}, {}},
              {"perception", "Perception", "Whose account can be trusted?", {}, {}}};
  s.content_notes = {{"child-death", "Death of a child", "A young child dies in an accident.", {}},
                     {"neglect", "Neglect", "Parents who cannot or will not care.", {}}};
  s.facts = {{"f-left", "Cecilia left when Blythe was eleven.", {cite(27)}, {}},
             {"f-birth", "Violet is born; Blythe feels no rush of love.", {cite(31), cite(32)}, {}},
             {"f-park", "A stroller rolls into the road at the park.", {cite(88)}, {}}};

  auto moment = [&](const char* id, const char* title, double year, int milestone, int fact,
                    std::vector<int> people) {
    Moment m;
    m.id = id, m.title = title, m.when.estimate = year, m.when.text = std::to_string(int(year));
    m.milestone = milestone, m.facts = {fact}, m.people = std::move(people), m.themes = {0};
    m.summary = std::string("Summary of ") + title + ".";
    m.gentle_summary = std::string("Gently: ") + title + ".";
    return m;
  };
  // Declared out of order; `chronological` says the story-time order.
  s.moments = {moment("the-park", "The park", 2005, 1, 2, {0, 1}),
               moment("cecilia-leaves", "Cecilia leaves", 1975, -1, 0, {0, 2}),
               moment("violet-born", "Violet is born", 1999, 0, 1, {0, 1})};
  s.moments[0].content_notes = {0};  // the park: a death of a child
  s.moments[0].when.uncertainty = 1;
  s.moments[0].when.text = "about 6 years after violet-born";  // relative, as scripts write it
  for (int i = 0; i < 3; ++i) s.moment_index[s.moments[std::size_t(i)].id] = i;
  s.chronological = {1, 2, 0};

  auto prompt = [&](const char* id, const char* text, PromptKind kind, Subject about) {
    Prompt p;
    p.id = id, p.text = text, p.kind = kind, p.about = about;
    return p;
  };
  using K = Subject::Kind;
  s.prompts.push_back(prompt("why-leave", "Why do you think Cecilia left?", PromptKind::Open, {K::Moment, 1}));
  Prompt choice = prompt("first-feeling", "What did Blythe feel first?", PromptKind::Choice, {K::Moment, 2});
  choice.options = {{"love", "Love", ""}, {"fear", "Fear", ""}, {"nothing", "Nothing at all", ""}};
  s.prompts.push_back(choice);
  s.prompts.push_back(prompt("park-blame", "Who is to blame at the park?", PromptKind::Open, {K::Moment, 0}));
  Prompt evidence = prompt("what-happened", "What happened?", PromptKind::Evidence, {K::Book, -1});
  evidence.options = {{"violet", "Violet did it", ""}, {"perception", "Blythe's perception", ""},
                      {"pattern", "A pattern passed down", ""}, {"circumstance", "Circumstance", ""}};
  evidence.confidence = "How sure are you?";
  s.prompts.push_back(evidence);
  s.prompts.push_back(prompt("trust-scale", "Blythe is a reliable narrator.", PromptKind::Scale, {K::Theme, 1}));
  s.prompts.push_back(prompt("violet-voice", "Describe Violet in your own words.", PromptKind::Open, {K::Person, 1}));
  s.prompts.push_back(prompt("unanswered", "What would you ask Etta?", PromptKind::Open, {K::Book, -1}));
  for (int i = 0; i < int(s.prompts.size()); ++i) s.prompt_index[s.prompts[std::size_t(i)].id] = i;

  s.takeaways = {{"t1", "Mothering is learned, or not learned, from mothers.", {K::Theme, 0}, -1, {}},
                 {"t2", "The park changes everything.", {K::Moment, 0}, -1, {}}};
  s.cards = {{"c1", "Who left when Blythe was eleven?", "Cecilia, her mother.", {K::Person, 2}, -1, {}},
             {"c2", "What happens at the park?", "A death.", {K::Book, -1}, 1, {}}};
  return s;
}

}  // namespace lineage::testing
