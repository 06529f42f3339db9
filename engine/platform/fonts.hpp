// Font files found through fontconfig, by family name: never by hard-coded path.
#pragma once

#include <string>
#include <vector>

#include "core/settings/theme.hpp"

namespace lineage {

struct FontFile {
  std::string path;    // empty when nothing matched
  std::string family;  // the family that matched
};

// The first of `families` that fontconfig has installed, in the given style ("Regular",
// "Italic", "Bold"). Falls back to fontconfig's best match for the last family.
FontFile find_font(const std::vector<std::string>& families, const std::string& style = "Regular");

// A font file's proportions, as fractions of its em: the height of a lowercase x, and of a line
// (ascent plus descent). Measured once per file; zeros when it cannot be read.
struct FontShape {
  float x_height = 0;
  float line_height = 0;
};
FontShape font_shape(const std::string& path);

// How much larger than asked a role's type is set so its lowercase stands as tall as the
// families in theme.size_like would at the same size (OpenDyslexic given to the serif role is
// set a quarter smaller than asked: its x is taller than EB Garamond's). 1 when the role has no
// such families or is already set in them. `by_line` for ImGui, which sizes a font by its line
// height instead of its em (OpenDyslexic's line is 1.75 em, DejaVu Sans's 1.16).
float font_size_factor(const InterfaceTheme& theme, const std::string& role, bool by_line);

}  // namespace lineage
