// `lineage speak`: a moment read aloud into a WAV file, or the installed voices listed. The
// same engines the app reads with, with no window and no sound device.
#pragma once

#include <filesystem>
#include <iosfwd>

#include "core/cli/options.hpp"

namespace lineage {

int speak_command(const Options& options, const std::filesystem::path& story_dir, std::ostream& out, std::ostream& err);

}  // namespace lineage
