// Exporting a student's study guide as PDF, EPUB, HTML or Markdown, from the program's
// File > Export dialog and from `lineage export`. Plain C++17 over cairo/pango and libzip:
// no SDL, no ImGui. Nothing here throws; failures come back as a message.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <ostream>
#include <string>

#include "core/journal/journal.hpp"
#include "core/model/story.hpp"

namespace lineage {

enum class ExportFormat { Pdf, Epub, Markdown, Html };
enum class Paper { A4, Letter };

struct ExportOptions {
  ExportFormat format = ExportFormat::Pdf;
  std::filesystem::path out;
  int milestone = -1;      // index into Story::milestones; -1 = the whole book
  Paper paper = Paper::A4; // PDF only
  bool worksheet = false;  // every prompt left blank, to print and write on
  // Content care: gentle summaries, and a content-noted moment's facts, prompts, takeaways
  // and memory cues left out (see GuideOptions::gentle).
  bool gentle = false;
  bool teacher = false;    // a teacher's copy: line citations and an appendix of them
  std::string date;        // printed on the title page; empty = today, e.g. "24 November 2026"
  // The reader's reading font ("opendyslexic", "andika"; "" or "default": the guide's own type):
  // the PDF is set in it, the HTML and EPUB name it in their CSS.
  std::string font;
};

struct ExportResult {
  bool ok = false;
  std::string message;  // what was written, or why not
};

// The study guide for `profile` (nullopt: a blank worksheet with no name). The file is written
// beside `options.out` first and moved into place only when whole.
ExportResult export_study_guide(const Story& story, const Journal& journal,
                                const std::optional<Profile>& profile, const ExportOptions& options);

// `lineage export --profile NAME --format pdf|epub|md|html --out FILE [--milestone ID]
//  [--paper a4|letter] [--worksheet] [--gentle] [--teacher] [--font NAME]`, as the CLI parsed it:
// values as typed. Without --font, the profile's own reading font (her journal setting `reading.font`).
struct ExportRequest {
  std::filesystem::path data_dir;  // where the journal lives
  std::string profile;             // required unless worksheet
  std::string format;              // empty: taken from the extension of `out`
  std::filesystem::path out;
  std::string milestone;           // a milestone id; empty = the whole book
  std::string paper = "a4";
  bool worksheet = false;
  bool gentle = false;
  bool teacher = false;
  std::string font;                // empty: the reader's own choice (a worksheet: the default)
};

// Checks the request against the story and journal (suggesting near names for typos), exports,
// and reports on `out` / `err`. Returns 0 on success, 1 if the export failed, 2 for a bad request.
int export_command(const Story& story, const ExportRequest& request, std::ostream& out,
                   std::ostream& err);

// Writes a file safely, as every export does: the target is checked (never a symlink, folder or
// device), `write` fills `partial` beside it, and the whole file is moved into place.
ExportResult write_export_safely(const std::filesystem::path& out,
                                 const std::function<bool(const std::filesystem::path& partial, std::string& error)>& write);

bool write_text_file(const std::filesystem::path& path, const std::string& text, std::string& error);

// "pdf", "epub", "md"/"markdown", "html"/"htm" (any case); nullopt if none of those.
std::optional<ExportFormat> parse_export_format(std::string_view name);

}  // namespace lineage
