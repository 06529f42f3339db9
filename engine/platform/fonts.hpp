// Font files found through fontconfig, by family name: never by hard-coded path.
#pragma once

#include <string>
#include <vector>

namespace lineage {

struct FontFile {
  std::string path;    // empty when nothing matched
  std::string family;  // the family that matched
};

// The first of `families` that fontconfig has installed, in the given style ("Regular",
// "Italic", "Bold"). Falls back to fontconfig's best match for the last family.
FontFile find_font(const std::vector<std::string>& families, const std::string& style = "Regular");

}  // namespace lineage
