// Content care, shared by every screen that shows a moment (story mode, the timeline's card, the
// lineage cycle): which notes a reader asked to be warned about, and the choice (show, gentle
// summary, skip) she asked to keep for a moment. Stored per reader in the journal under the
// settings `story.quiet` and `story.remember`, so a choice made on one screen holds on all.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "core/model/story.hpp"
#include "core/runtime/runtime_state.hpp"

namespace lineage {

class Journal;

inline constexpr const char* kQuietSetting = "story.quiet";
inline constexpr const char* kRememberSetting = "story.remember";

struct CarePreferences {
  std::set<std::string> quiet;                   // content-note ids the reader does not want a card for
  std::map<std::string, CareChoice> remembered;  // moment id -> a choice the reader asked to keep
};

// As stored: ids joined by commas, "-" for none.
std::string join_quiet(const std::set<std::string>& quiet);
std::string join_remembered(const std::map<std::string, CareChoice>& kept);
std::set<std::string> parse_quiet(const std::string& text);
std::map<std::string, CareChoice> parse_remembered(const std::string& text);

// The reader's preferences from the journal (empty without one); saving writes both settings.
CarePreferences load_care(const Journal* journal, std::int64_t profile);
bool save_care(Journal* journal, std::int64_t profile, const CarePreferences& care);

// Has `moment` a content note the reader wants to be warned about?
bool wants_warning(const Story& story, int moment, const std::set<std::string>& quiet);

// What a screen should do with `moment` before the reader chooses: the kept choice if she asked
// to remember one; otherwise Show when no note needs a warning, and nullopt when one does (ask).
std::optional<CareChoice> settled_care(const Story& story, int moment, const CarePreferences& care);

}  // namespace lineage
