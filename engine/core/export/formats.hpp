// The four writers behind export_study_guide, each from the same StudyGuide. Internal.
#pragma once

#include <filesystem>
#include <ostream>
#include <string>

#include "core/export/export.hpp"
#include "core/export/study_guide.hpp"

namespace lineage::export_detail {

std::string markdown_document(const StudyGuide& guide);

// The guide's sections as markup that is both HTML5 and XHTML (EPUB), for inside <body>.
void write_guide_body(std::ostream& out, const StudyGuide& guide);
extern const char* const kGuideCss;
std::string html_document(const StudyGuide& guide);

// Each returns false and sets `error` on failure.
bool write_epub(const StudyGuide& guide, const std::filesystem::path& out, std::string& error);
bool write_pdf(const StudyGuide& guide, Paper paper, const std::filesystem::path& out,
               std::string& error);

// Ids of the guide's sections, shared by the HTML body, the EPUB navigation and PDF outline.
struct GuideSection {
  const char* id;
  const char* title;
};
extern const GuideSection kSections[6];  // content notes, moments, reflections, themes, takeaways, cues

}  // namespace lineage::export_detail
