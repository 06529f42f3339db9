// The sentences every export format shares, written once so PDF, EPUB, HTML and Markdown
// say the same thing.
#include "core/export/formats.hpp"
#include "core/model/subject_name.hpp"

namespace lineage::export_detail {

const GuideSection kSections[8] = {
    {"content-notes", "Content notes"},   {"moments", "Moments"},
    {"reflections", "Reflections on the book, people and themes"},
    {"themes", "Themes"},                  {"theme-grid", "Themes across the generations"},
    {"takeaways", "Key takeaways"},
    {"memory-cues", "Memory cues"},       {"teacher-appendix", "Teacher's appendix: line citations"},
};

int section_count(const StudyGuide& guide) { return guide.teacher ? 8 : 7; }

const std::string& fact_source(const StudyGuide& guide, const GuideFact& fact) {
  return guide.teacher ? fact.cites : fact.source;
}

std::string content_note_line(const GuideMoment& moment) { return content_notes_in_words(moment.content_notes); }

namespace {
std::string count(int n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}
}  // namespace

std::string left_out_line(const GuideMoment& moment) {
  if (moment.facts_left_out == 0 && moment.prompts_left_out == 0) return "";
  std::string what;
  if (moment.facts_left_out > 0) what = count(moment.facts_left_out, "fact", "facts");
  if (moment.prompts_left_out > 0)
    what += (what.empty() ? "" : " and ") + count(moment.prompts_left_out, "question", "questions");
  return "This gentle guide leaves out this moment's " + what + "; the full guide has them.";
}

std::string theme_grid_intro(const StudyGuide& guide) {
  std::string reach = guide.reading == "The whole book" ? "in the whole book"
                                                         : "so far (" + guide.reading + ")";
  return "How many moments of each generation carry each theme, " + reach +
         ", and which moments they are. A generation appears once the guide has met the person it is named for.";
}

std::string moment_count(std::size_t count) {
  return count == 0 ? "no moment" : count == 1 ? "1 moment" : std::to_string(count) + " moments";
}

std::string theme_cell_moments(const std::vector<GuideThemeMoment>& cell) {
  std::string out;
  for (std::size_t i = 0; i < cell.size(); ++i) {
    const std::string& title = cell[i].title;
    bool quoted = !title.empty() && title[0] == '"';  // a title that is already a quotation
    out += (i ? ", " : "") + (quoted ? title : "\u201c" + title + "\u201d");
    if (cell[i].content_noted) out += "\u2020";
  }
  return out;
}

std::string theme_grid_legend(const StudyGuide& guide) {
  for (const auto& row : guide.theme_grid.rows)
    for (const auto& cell : row.cells)
      for (const auto& m : cell)
        if (m.content_noted)
          return "\u2020 A moment with a content note; this gentle guide tells it gently.";
  return "";
}

std::string appendix_intro(const StudyGuide& guide) {
  std::string out = "Each fact in this guide, with the lines of the source it rests on. ";
  for (std::size_t i = 0; i < guide.sources.size(); ++i) out += (i ? "; " : "") + guide.sources[i];
  return out + (guide.sources.empty() ? "" : ".");
}

}  // namespace lineage::export_detail
