// The four writers behind export_study_guide, each from the same StudyGuide. Internal.
#pragma once

#include <filesystem>
#include <ostream>
#include <string>

#include "core/export/export.hpp"
#include "core/export/study_guide.hpp"
#include "core/settings/reading_look.hpp"

namespace lineage::export_detail {

std::string markdown_document(const StudyGuide& guide);

// The guide's sections as markup that is both HTML5 and XHTML (EPUB), for inside <body>.
void write_guide_body(std::ostream& out, const StudyGuide& guide);
// The guide's style sheet, in the reader's font when she chose one (`faces`, never downloaded:
// named, with fallbacks), its lines as far apart as the app sets them.
std::string guide_css(const ReadingFontFaces& faces);
std::string html_document(const StudyGuide& guide, const ReadingFontFaces& faces = {});

// Each returns false and sets `error` on failure.
bool write_epub(const StudyGuide& guide, const ReadingFontFaces& faces, const std::filesystem::path& out,
                std::string& error);
bool write_pdf(const StudyGuide& guide, Paper paper, const ReadingFontFaces& faces, const std::filesystem::path& out,
               std::string& error);

// Ids of the guide's sections, shared by the HTML body, the EPUB navigation and PDF outline.
struct GuideSection {
  const char* id;
  const char* title;
};
// Content notes, moments, reflections, themes, themes across the generations, takeaways, cues,
// and (teacher's copy only) the appendix of line citations.
extern const GuideSection kSections[8];
constexpr int kThemeGridSection = 4;
constexpr int kTeacherAppendix = 7;
int section_count(const StudyGuide& guide);  // 8 for a teacher's copy, else 7

// Wording every format shares, so they say the same thing.
// A fact's source: in words for students ("from Notes on The Push"), by line for teachers.
const std::string& fact_source(const StudyGuide& guide, const GuideFact& fact);
// "Content note: Death of an infant, Grief"; empty if the moment has none.
std::string content_note_line(const GuideMoment& moment);
// "This gentle guide leaves out this moment's 5 facts and 4 questions."; empty if nothing was.
std::string left_out_line(const GuideMoment& moment);
// "Themes across the generations": the sentence before the grid, what it counts and how far.
std::string theme_grid_intro(const StudyGuide& guide);
// A cell's count in words: "no moment", "1 moment", "3 moments".
std::string moment_count(std::size_t count);
// A cell's moments, quoted and comma-separated; a gentle guide marks a content-noted one "†".
std::string theme_cell_moments(const std::vector<GuideThemeMoment>& cell);
// What "†" means; empty unless a gentle guide marked a moment.
std::string theme_grid_legend(const StudyGuide& guide);
// The appendix's opening sentence: what the line numbers refer to.
std::string appendix_intro(const StudyGuide& guide);

}  // namespace lineage::export_detail
