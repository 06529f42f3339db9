// The reading settings that change the look: a theme variant (dark, the default; projector;
// high-contrast) laid over assets/theme.conf from assets/theme-NAME.conf, and a reading font
// (OpenDyslexic, from Debian's fonts-opendyslexic; or Andika, a legible sans from fonts-sil-andika,
// with wider lines) given to every font role. Also the WCAG contrast ratio the high-contrast theme is tested against.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/settings/theme.hpp"

namespace lineage {

// theme.conf, then theme-`variant`.conf over it (its keys win), then the font. `variant` ""
// or "dark": theme.conf alone. An unknown variant or font is a warning, and is left out.
InterfaceThemeLoad load_reading_look(const std::filesystem::path& assets_dir, const std::string& variant,
                                     const std::string& font);
// The names --theme and --font accept.
bool known_theme_variant(const std::string& variant);
bool known_reading_font(const std::string& font);

// The reading font as the exports set it: family names, best first (fontconfig's for the PDF,
// CSS's for the HTML; the last one always installed), and how much further apart its lines
// go (the app's `text.line-spacing`). No families: the default, the exports' own type.
struct ReadingFontFaces {
  std::vector<std::string> families;
  double line_spacing = 1.0;
  bool chosen() const { return !families.empty(); }
};
ReadingFontFaces reading_font_faces(const std::string& font);

// WCAG 2 contrast ratio of two opaque colours (1 to 21); `over` composites a translucent
// colour on an opaque one first.
double contrast_ratio(Colour a, Colour b);
Colour over(Colour top, Colour bottom);

}  // namespace lineage
