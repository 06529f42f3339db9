#include "core/runtime/care.hpp"

#include <sstream>
#include <vector>

#include "core/journal/journal.hpp"

namespace lineage {
namespace {

std::vector<std::string> split(const std::string& text, char sep) {
  std::vector<std::string> out;
  std::stringstream in(text);
  for (std::string part; std::getline(in, part, sep);)
    if (!part.empty() && part != "-") out.push_back(part);
  return out;
}

}  // namespace

std::string join_quiet(const std::set<std::string>& quiet) {
  std::string out;
  for (const auto& id : quiet) out += (out.empty() ? "" : ",") + id;
  return out.empty() ? "-" : out;
}

std::string join_remembered(const std::map<std::string, CareChoice>& kept) {
  std::string out;
  for (const auto& [moment, choice] : kept) out += (out.empty() ? "" : ",") + moment + ":" + care_id(choice);
  return out.empty() ? "-" : out;
}

std::set<std::string> parse_quiet(const std::string& text) {
  std::set<std::string> out;
  for (const auto& id : split(text, ',')) out.insert(id);
  return out;
}

std::map<std::string, CareChoice> parse_remembered(const std::string& text) {
  std::map<std::string, CareChoice> out;
  for (const auto& pair : split(text, ',')) {
    auto colon = pair.find(':');
    if (colon == std::string::npos) continue;
    if (auto choice = care_from_id(pair.substr(colon + 1))) out[pair.substr(0, colon)] = *choice;
  }
  return out;
}

CarePreferences load_care(const Journal* journal, std::int64_t profile) {
  CarePreferences care;
  if (!journal) return care;
  if (auto quiet = journal->setting(profile, kQuietSetting)) care.quiet = parse_quiet(*quiet);
  if (auto kept = journal->setting(profile, kRememberSetting)) care.remembered = parse_remembered(*kept);
  return care;
}

bool save_care(Journal* journal, std::int64_t profile, const CarePreferences& care) {
  if (!journal) return false;
  bool quiet = journal->set_setting(profile, kQuietSetting, join_quiet(care.quiet));
  bool kept = journal->set_setting(profile, kRememberSetting, join_remembered(care.remembered));
  return quiet && kept;
}

bool wants_warning(const Story& story, int moment, const std::set<std::string>& quiet) {
  if (moment < 0 || moment >= static_cast<int>(story.moments.size())) return false;
  for (int note : story.moments[static_cast<std::size_t>(moment)].content_notes)
    if (note >= 0 && !quiet.count(story.content_notes[static_cast<std::size_t>(note)].id)) return true;
  return false;
}

std::optional<CareChoice> settled_care(const Story& story, int moment, const CarePreferences& care) {
  if (moment < 0 || moment >= static_cast<int>(story.moments.size())) return CareChoice::Show;
  auto kept = care.remembered.find(story.moments[static_cast<std::size_t>(moment)].id);
  if (kept != care.remembered.end()) return kept->second;
  if (!wants_warning(story, moment, care.quiet)) return CareChoice::Show;
  return std::nullopt;
}

}  // namespace lineage
