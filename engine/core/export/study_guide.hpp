// The study guide as plain text pieces, gathered once from the story and a student's answers,
// with the spoiler milestone applied. Every format (PDF, EPUB, HTML, Markdown) writes this same
// structure, so they hold the same content and only differ in how it looks.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/journal/journal.hpp"
#include "core/model/story.hpp"

namespace lineage {

struct GuidePrompt {
  std::string id, text;
  PromptKind kind = PromptKind::Open;
  std::string about;                 // "Violet", "The bathtub", "The book", ...
  std::vector<std::string> options;  // Choice / Evidence: option texts, for a worksheet
  std::string scale_low, scale_high;
  int scale_points = 5;
  std::string confidence;  // Evidence: the story's question of how sure; empty: not asked
  std::optional<std::string> answer;  // the student's answer in words; none = leave blank
  int number = 0;  // 1, 2, ... through the whole guide, so every format numbers alike
};

struct GuideFact {
  std::string text;
  std::string source;  // in words, for students: "from Notes on The Push"
  std::string cites;   // line by line, for teachers: "notes:27, notes:31"
};

struct GuideMoment {
  std::string id, title, when, summary;
  std::vector<std::string> people, themes;
  std::vector<std::string> content_notes;  // labels: "Death of an infant", ...
  std::vector<GuideFact> facts;
  std::vector<GuidePrompt> prompts;
  // A gentle guide leaves out a content-noted moment's facts and prompts; how many, to say so.
  int facts_left_out = 0, prompts_left_out = 0;
};

struct GuideEntry {  // a titled line: content note, theme, memory cue (front / back)
  std::string title, text;
};

// "Themes across the generations": the theme tracker's grid (core/study theme_grid, so the
// screen and the guide agree), within the guide's milestone.
struct GuideThemeMoment {
  std::string title;
  bool content_noted = false;  // set in a gentle guide only, which marks such a moment
};
struct GuideThemeRow {
  std::string theme;
  std::vector<std::vector<GuideThemeMoment>> cells;  // one per generation; its size is the count
};
struct GuideThemeGrid {
  std::vector<std::string> generations;  // column titles, top lane first
  std::vector<GuideThemeRow> rows;       // one per theme, in the story's order
  int strongest = 0;                     // the most moments in one cell
};

struct StudyGuide {
  std::string book_title, author, student, date;
  std::string reading;  // "The whole book" or "Up to: Part Two"
  std::vector<GuideEntry> content_notes;
  std::vector<GuideMoment> moments;     // in story-time order
  std::vector<GuidePrompt> reflections;  // prompts about the book, people and themes
  std::vector<GuideEntry> themes;
  GuideThemeGrid theme_grid;
  std::vector<std::string> takeaways;
  std::vector<GuideEntry> memory_cues;
  // Teacher's copy only: every fact with its line citations, and what the lines refer to.
  std::vector<GuideEntry> citations;  // title "notes:27", text "Moment: fact"
  std::vector<std::string> sources;   // "notes: Notes on The Push (../shared/source/...)"
  bool worksheet = false;
  bool teacher = false;  // line citations beside the facts, and the citations appendix
  bool gentle = false;

  std::string title() const {
    return book_title + " — a study guide" + (teacher ? std::string(" (teacher's copy)") : "");
  }
};

struct GuideOptions {
  int milestone = -1;      // index into Story::milestones; -1 = the whole book
  bool worksheet = false;  // leave every prompt blank
  // Every part of a content-noted moment told gently: its gentle summary (or none), and its
  // facts, prompts, takeaways and memory cues left out.
  bool gentle = false;
  bool teacher = false;    // a teacher's copy: line citations and their appendix
  std::string student, date;
};

StudyGuide build_study_guide(const Story& story, const std::vector<Answer>& answers,
                             const GuideOptions& options);

}  // namespace lineage
