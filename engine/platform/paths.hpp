// Where the bundled story and assets are: next to the installed binary, or in the source tree
// when run from a build folder. And where the reader's data lives.
#pragma once

#include <filesystem>
#include <string>

namespace lineage {

std::filesystem::path find_bundled(const std::string& folder);  // "story" or "assets"; empty if none
std::filesystem::path default_data_dir();                       // SDL's pref path

}  // namespace lineage
