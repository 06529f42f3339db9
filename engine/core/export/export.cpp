// export_study_guide and `lineage export`: choose the writer, write beside the target, and
// move the finished file into place, so a failed export never leaves half a file behind.
#include "core/export/export.hpp"

#include <algorithm>
#include <ctime>
#include <fstream>

#include "core/export/formats.hpp"
#include "core/settings/reading_look.hpp"
#include "core/util/strings.hpp"

namespace lineage {
namespace {

std::string today() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  localtime_r(&t, &tm);
  static const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};
  return std::to_string(tm.tm_mday) + " " + kMonths[tm.tm_mon] + " " + std::to_string(1900 + tm.tm_year);
}

bool write_text(const std::filesystem::path& path, const std::string& text, std::string& error) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.flush();
  if (!out) error = "cannot write " + path.string();
  return bool(out);
}

const char* kind_of(std::filesystem::file_type type) {
  using T = std::filesystem::file_type;
  switch (type) {
    case T::directory: return "a folder";
    case T::fifo: return "a FIFO";
    case T::socket: return "a socket";
    case T::character:
    case T::block: return "a device";
    default: return "not a plain file";
  }
}

// Why an export may not be written to `out`, or "" if it may. Only a regular file is ever
// replaced: a device, FIFO or folder would be destroyed or block, and a symlink would be
// swapped for a file (so it is refused, not followed). A missing folder is not made for the
// user: a mistyped path should fail, not scatter folders.
std::string why_not_target(const std::filesystem::path& out) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path partial = out;
  partial += ".partial";
  for (const fs::path& path : {out, partial}) {
    fs::file_status status = fs::symlink_status(path, ec);
    if (!fs::exists(status)) continue;
    if (fs::is_symlink(status))
      return path.string() + " is a symlink; give the path of the file itself";
    if (!fs::is_regular_file(status))
      return path.string() + " is not a regular file (it is " + kind_of(status.type()) + "); it is left as it is";
  }
  fs::path folder = out.has_parent_path() ? out.parent_path() : fs::path(".");
  if (!fs::is_directory(folder, ec))
    return "the folder " + folder.string() + " does not exist" +
           (fs::exists(folder, ec) ? " (a file has that name)" : "; make it first");
  return "";
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return out;
}

}  // namespace

std::optional<ExportFormat> parse_export_format(std::string_view name) {
  std::string n = lower(name);
  if (!n.empty() && n[0] == '.') n.erase(0, 1);
  if (n == "pdf") return ExportFormat::Pdf;
  if (n == "epub") return ExportFormat::Epub;
  if (n == "md" || n == "markdown") return ExportFormat::Markdown;
  if (n == "html" || n == "htm") return ExportFormat::Html;
  return std::nullopt;
}

ExportResult export_study_guide(const Story& story, const Journal& journal,
                                const std::optional<Profile>& profile, const ExportOptions& options) {
  using namespace export_detail;
  if (options.out.empty()) return {false, "no file to export to"};
  GuideOptions guide_options;
  guide_options.milestone = options.milestone;
  guide_options.worksheet = options.worksheet || !profile;
  guide_options.gentle = options.gentle;
  guide_options.teacher = options.teacher;
  guide_options.student = profile ? profile->name : "";
  guide_options.date = options.date.empty() ? today() : options.date;
  std::vector<Answer> answers = profile ? journal.answers(profile->id) : std::vector<Answer>{};
  StudyGuide guide = build_study_guide(story, answers, guide_options);

  if (std::string why = why_not_target(options.out); !why.empty()) return {false, "Cannot export: " + why + "."};
  std::error_code ec;
  std::filesystem::path partial = options.out;
  partial += ".partial";
  std::string error;
  bool ok = false;
  const ReadingFontFaces faces = reading_font_faces(options.font);
  switch (options.format) {
    case ExportFormat::Pdf: ok = write_pdf(guide, options.paper, faces, partial, error); break;
    case ExportFormat::Epub: ok = write_epub(guide, faces, partial, error); break;
    case ExportFormat::Markdown: ok = write_text(partial, markdown_document(guide), error); break;
    case ExportFormat::Html: ok = write_text(partial, html_document(guide, faces), error); break;
  }
  if (ok) {
    std::filesystem::rename(partial, options.out, ec);
    if (ec) {
      ok = false;
      error = "cannot move the export into place at " + options.out.string() + ": " + ec.message();
    }
  }
  if (!ok) {
    std::filesystem::remove(partial, ec);
    return {false, error};
  }
  std::size_t prompts = guide.reflections.size();
  for (const auto& m : guide.moments) prompts += m.prompts.size();
  return {true, "Wrote " + options.out.string() + ": " + std::to_string(guide.moments.size()) +
                    " moments, " + std::to_string(prompts) + " prompts."};
}

int export_command(const Story& story, const ExportRequest& request, std::ostream& out, std::ostream& err) {
  ExportOptions options;
  options.out = request.out;
  options.worksheet = request.worksheet;
  options.gentle = request.gentle;
  options.teacher = request.teacher;
  if (request.out.empty()) {
    err << "lineage export: --out FILE is required\n";
    return 2;
  }
  auto format = parse_export_format(request.format.empty() ? request.out.extension().string() : request.format);
  if (!format) {
    err << "lineage export: unknown format \"" << request.format
        << "\"; use pdf, epub, md or html\n";
    return 2;
  }
  options.format = *format;
  std::string paper = lower(request.paper);
  if (paper == "letter") options.paper = Paper::Letter;
  else if (paper != "a4" && !paper.empty()) {
    err << "lineage export: unknown paper \"" << request.paper << "\"; use a4 or letter\n";
    return 2;
  }
  if (!request.milestone.empty()) {
    options.milestone = story.milestone(request.milestone);
    if (options.milestone < 0) {
      std::vector<std::string> ids;
      for (const auto& m : story.milestones) ids.push_back(m.id);
      std::string hint = nearest(request.milestone, ids);
      err << "lineage export: no milestone \"" << request.milestone << "\""
          << (hint.empty() ? "" : "; did you mean \"" + hint + "\"?") << "\n";
      return 2;
    }
  }

  Journal journal(request.data_dir);
  std::optional<Profile> profile;
  if (!request.profile.empty()) {
    profile = journal.find_profile(request.profile);
    if (!profile) {
      if (!journal.status().ok) {
        err << "lineage export: " << journal.status().message << "\n";
        return 1;
      }
      // Compared without case, so "mia" suggests "Mia".
      std::vector<std::string> names, lowered;
      for (const auto& p : journal.profiles()) names.push_back(p.name), lowered.push_back(lower(p.name));
      std::string near = nearest(lower(request.profile), lowered);
      std::string hint;
      for (std::size_t i = 0; i < names.size(); ++i)
        if (!near.empty() && lowered[i] == near) hint = names[i];
      std::string all;
      for (const std::string& n : names) all += (all.empty() ? "" : ", ") + ("\"" + n + "\"");
      err << "lineage export: no profile \"" << request.profile << "\""
          << (!hint.empty()   ? "; did you mean \"" + hint + "\"?"
              : names.empty() ? "; no reader has used Lineage with this data folder yet (or --worksheet for a blank guide)"
                              : "; the readers are " + all)
          << "\n";
      return 2;
    }
  } else if (!request.worksheet) {
    err << "lineage export: --profile NAME is required (or --worksheet for a blank one)\n";
    return 2;
  }
  // --font, else the font she reads in; a kept name this version does not know is the default.
  options.font = request.font;
  if (options.font.empty() && profile) options.font = journal.setting(profile->id, "reading.font").value_or("");
  if (!known_reading_font(options.font)) {
    if (!request.font.empty()) {
      err << "lineage export: unknown font \"" << request.font << "\"; use default, opendyslexic or andika\n";
      return 2;
    }
    options.font.clear();
  }
  ExportResult result = export_study_guide(story, journal, profile, options);
  (result.ok ? out : err) << (result.ok ? "" : "lineage export: ") << result.message << "\n";
  return result.ok ? 0 : 1;
}

ExportResult write_export_safely(const std::filesystem::path& out,
                                 const std::function<bool(const std::filesystem::path&, std::string&)>& write) {
  if (out.empty()) return {false, "no file to export to"};
  if (std::string why = why_not_target(out); !why.empty()) return {false, "Cannot export: " + why + "."};
  std::error_code ec;
  std::filesystem::path partial = out;
  partial += ".partial";
  std::string error;
  bool ok = write(partial, error);
  if (ok) {
    std::filesystem::rename(partial, out, ec);
    if (ec) ok = false, error = "cannot move the export into place at " + out.string() + ": " + ec.message();
  }
  if (!ok) {
    std::filesystem::remove(partial, ec);
    return {false, error};
  }
  return {true, "Wrote " + out.string()};
}

bool write_text_file(const std::filesystem::path& path, const std::string& text, std::string& error) {
  return write_text(path, text, error);
}

}  // namespace lineage
