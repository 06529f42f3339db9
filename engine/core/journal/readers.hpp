// Who is reading: choosing, renaming and deleting readers (journal profiles), without any
// interface. The Reader menu and the "Who is reading?" picker call these; tests call them
// headless.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "core/export/export.hpp"
#include "core/journal/answer_drafts.hpp"
#include "core/journal/journal.hpp"

namespace lineage {

// A typed name without its surrounding spaces and tabs.
std::string trimmed_name(const std::string& typed);
// Why `name` could not be saved: taken by another reader, or the journal's own problem.
std::string why_name_failed(const Journal& journal, const std::string& name);

// The line under an answer while the journal cannot save: the journal's own sentence, and
// what Lineage does about it.
std::string not_saved_notice(const JournalStatus& status);

// The reader a start opens: the one called `last`, else the first, else a new "Reader".
std::optional<Profile> starting_reader(Journal& journal, const std::string& last);

// Renames reader `id` to `typed` (trimmed): "" when done (then `name` holds the new name),
// else why not (empty, taken, cannot write).
std::string rename_reader(Journal& journal, std::int64_t id, const std::string& typed, std::string& name);

// Saves what was being typed, deletes reader `id` with everything she wrote, forgets her
// drafts, and sets `next` to the reader to switch to (another, or a new "Reader" if none is
// left). False if the journal refused.
bool delete_reader(Journal& journal, AnswerDrafts& drafts, std::int64_t id, std::optional<Profile>& next);

// Where a study guide goes: the typed path (a file, a folder, "~/…", relative to the data
// folder) or, when nothing is typed, "<data folder>/<reader> study guide.<ext>".
std::filesystem::path study_guide_path(const std::filesystem::path& data_dir, const std::string& reader,
                                       ExportFormat format, bool worksheet, const std::string& typed);

}  // namespace lineage
