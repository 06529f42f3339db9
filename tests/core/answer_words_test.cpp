// An answer's wording and a subject's name, defined once for the screens and the exports.
#include <catch2/catch.hpp>

#include "core/export/study_guide.hpp"
#include "core/journal/answer_words.hpp"
#include "core/model/subject_name.hpp"
#include "export_story.hpp"

using namespace lineage;

namespace {

Answer answer(std::string text, std::string option = "", int confidence = 0, std::optional<int> scale = {}) {
  Answer a;
  a.prompt = "p", a.text = std::move(text), a.option = std::move(option), a.confidence = confidence, a.scale = scale;
  return a;
}

Prompt prompt(PromptKind kind) {
  Prompt p;
  p.kind = kind;
  p.options = {{"pattern", "A pattern passed down", ""}, {"bare", "", ""}};
  if (kind == PromptKind::Evidence) p.confidence = "How sure are you?";
  return p;
}

}  // namespace

TEST_CASE("an answer in words: blank says nothing, options by their text, scale and sureness in numbers",
          "[answers]") {
  CHECK_FALSE(answer_given(prompt(PromptKind::Open), answer(" \n\t")));
  CHECK(answer_in_words(prompt(PromptKind::Open), answer(" \n\t")).empty());
  CHECK(answer_in_words(prompt(PromptKind::Open), answer("kept")) == "kept");
  CHECK(answer_in_words(prompt(PromptKind::Choice), answer("", "pattern")) == "A pattern passed down");
  CHECK(answer_in_words(prompt(PromptKind::Choice), answer("", "bare")) == "bare");  // no text: its id
  CHECK(answer_in_words(prompt(PromptKind::Evidence), answer("", "pattern", 4)) ==
        "A pattern passed down (how sure: 4 of 5)");
  Prompt unsure = prompt(PromptKind::Evidence);
  unsure.confidence.clear();  // the story does not ask how sure: no sureness in the words
  CHECK(answer_in_words(unsure, answer("", "pattern", 3)) == "A pattern passed down");
  CHECK(answer_in_words(prompt(PromptKind::Scale), answer("", "", 0, 2)) ==
        "2 of 5 (1 = Strongly disagree, 5 = Strongly agree)");
  CHECK(answer_in_words(prompt(PromptKind::Scale), answer("")).empty());
  CHECK(answer_status(true) == "answered");
  CHECK(answer_status(false) == "not answered yet");
}

TEST_CASE("the study guide leaves a blank answer blank, as the screens call it not answered", "[answers][export]") {
  Story story = lineage::testing::export_story();
  Answer blank = answer("   \n");
  blank.prompt = "unanswered";
  StudyGuide guide = build_study_guide(story, {blank}, {});
  const GuidePrompt* found = nullptr;
  for (const auto& p : guide.reflections)
    if (p.id == "unanswered") found = &p;
  REQUIRE(found);
  CHECK_FALSE(found->answer);
  CHECK(found->about == subject_name(story, {Subject::Kind::Book, -1}));
}

TEST_CASE("a subject's name: a moment's title, a person's or theme's name, else the book", "[answers]") {
  Story story = lineage::testing::export_story();
  CHECK(subject_name(story, {Subject::Kind::Moment, 0}) == story.moments[0].title);
  CHECK(subject_name(story, {Subject::Kind::Person, 0}) == story.people[0].name);
  CHECK(subject_name(story, {Subject::Kind::Theme, 0}) == story.themes[0].name);
  CHECK(subject_name(story, {Subject::Kind::Book, -1}) == "The book");
  CHECK(subject_name(story, {Subject::Kind::Person, 99}) == "The book");  // unknown: never a crash
}
