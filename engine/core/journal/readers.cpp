#include "core/journal/readers.hpp"

#include <cstdlib>

namespace lineage {

std::string trimmed_name(const std::string& typed) {
  auto b = typed.find_first_not_of(" \t"), e = typed.find_last_not_of(" \t");
  return b == std::string::npos ? "" : typed.substr(b, e - b + 1);
}

std::string why_name_failed(const Journal& journal, const std::string& name) {
  if (journal.find_profile(name)) return "There is already a reader called " + name + ".";
  return "Could not save: " + journal.status().message;
}

std::string not_saved_notice(const JournalStatus& status) {
  // The journal's messages are whole sentences that already say answers are kept in memory:
  // add a full stop only where one is missing, and nothing that repeats them.
  std::string why = status.message;
  while (!why.empty() && (why.back() == ' ' || why.back() == '.')) why.pop_back();
  return "Not saved: " + why + ". Lineage keeps trying.";
}

std::optional<Profile> starting_reader(Journal& journal, const std::string& last) {
  std::optional<Profile> profile;
  if (!last.empty()) profile = journal.find_profile(last);
  if (!profile) {
    // With no readers to be seen (a new journal, or one that cannot be opened yet), the last
    // reader's name is kept, so what she writes is saved under her own name once it can be.
    auto all = journal.profiles();
    profile = all.empty() ? journal.create_profile(last.empty() ? "Reader" : last) : std::optional<Profile>(all.front());
  }
  return profile;
}

std::string rename_reader(Journal& journal, std::int64_t id, const std::string& typed, std::string& name) {
  std::string wanted = trimmed_name(typed);
  if (wanted.empty()) return "Type a name first.";
  if (wanted == name) return "";
  if (!journal.rename_profile(id, wanted)) return why_name_failed(journal, wanted);
  name = wanted;
  return "";
}

bool delete_reader(Journal& journal, AnswerDrafts& drafts, std::int64_t id, std::optional<Profile>& next) {
  drafts.flush(journal);
  if (!journal.delete_profile(id)) return false;
  auto rest = journal.profiles();
  next = rest.empty() ? journal.create_profile("Reader") : std::optional<Profile>(rest.front());
  return true;
}

std::filesystem::path study_guide_path(const std::filesystem::path& data_dir, const std::string& reader,
                                       ExportFormat format, bool worksheet, const std::string& typed_path) {
  namespace fs = std::filesystem;
  static const char* const kExtensions[] = {".pdf", ".epub", ".md", ".html"};
  const char* ext = kExtensions[static_cast<int>(format)];
  std::string name = worksheet ? "Worksheet" : reader.empty() ? "Reader" : reader;
  for (char& ch : name)
    if (ch == '/' || ch == '\\' || ch == ':') ch = '-';
  std::string file = name + " study guide" + ext;
  std::string typed = trimmed_name(typed_path);
  if (typed.empty()) return data_dir / file;
  if (typed[0] == '~')
    if (const char* home = std::getenv("HOME")) typed = home + typed.substr(1);
  fs::path path = typed;
  if (path.is_relative()) path = data_dir / path;
  std::error_code ec;
  if (fs::is_directory(path, ec) || typed.back() == '/') return path / file;
  if (!path.has_extension()) path += ext;
  return path;
}

}  // namespace lineage
