// Small string helpers shared by the loader, the CLI and the scenes. No SDL here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lineage {

// Levenshtein distance (bytes); used for "did you mean ...?" suggestions.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word`, or "" when none is close enough to be a useful hint.
std::string nearest(std::string_view word, const std::vector<std::string>& candidates);

// Whitespace trimmed from both ends.
std::string_view trim(std::string_view s);

}  // namespace lineage
