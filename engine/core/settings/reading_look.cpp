#include "core/settings/reading_look.hpp"

#include <cmath>
#include <cstdlib>

#include "core/util/config_file.hpp"

namespace lineage {
namespace {

double linear(std::uint8_t channel) {
  double c = channel / 255.0;
  return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
double luminance(Colour c) { return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b); }

// Family names as fontconfig knows them, with a fallback that is always installed.
const char* font_families(const std::string& font) {
  if (font == "opendyslexic") return "OpenDyslexic, DejaVu Sans";
  if (font == "andika") return "Andika, DejaVu Sans";  // SIL's sans for new readers, letters told apart
  return nullptr;
}

// Wider lines for the legible sans: its letters are plain, the space between lines helps the
// eye find the next one (OpenDyslexic's own tall line is already cut back to its ink).
const char* font_line_spacing(const std::string& font) { return font == "andika" ? "1.1" : nullptr; }

}  // namespace

ReadingFontFaces reading_font_faces(const std::string& font) {
  ReadingFontFaces faces;
  const char* families = font_families(font);
  if (!families) return faces;
  std::string list = families;
  for (std::size_t start = 0; start < list.size();) {
    std::size_t comma = list.find(',', start);
    std::string name = list.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    while (!name.empty() && name.front() == ' ') name.erase(0, 1);
    if (!name.empty()) faces.families.push_back(name);
    start = comma == std::string::npos ? list.size() : comma + 1;
  }
  if (const char* spacing = font_line_spacing(font)) faces.line_spacing = std::strtod(spacing, nullptr);
  return faces;
}

bool known_theme_variant(const std::string& variant) {
  return variant.empty() || variant == "dark" || variant == "projector" || variant == "high-contrast";
}

bool known_reading_font(const std::string& font) { return font.empty() || font == "default" || font_families(font); }

InterfaceThemeLoad load_reading_look(const std::filesystem::path& assets_dir, const std::string& variant,
                                     const std::string& font) {
  std::string why;
  std::optional<std::string> text = read_text_file(assets_dir / "theme.conf", &why);
  std::vector<std::string> warnings;
  if (!text) {
    warnings.push_back((assets_dir / "theme.conf").string() + ": cannot read the theme: " + why + "; using built-in colours");
    text = "";
  }
  if (!variant.empty() && variant != "dark") {
    std::optional<std::string> more = known_theme_variant(variant) ? read_text_file(assets_dir / ("theme-" + variant + ".conf"), &why)
                                                                   : std::nullopt;
    if (more) *text += "\n" + *more;
    else warnings.push_back("theme '" + variant + "' is not available; using the dark theme");
  }
  if (const char* families = font_families(font)) {
    // Each role keeps the apparent size of the theme's own font for it (see font-match).
    const InterfaceTheme base = parse_theme(*text, "theme.conf").theme;
    for (const char* role : {"serif", "sans"}) {
      std::string like;
      for (const std::string& family : base.font_families(role)) like += (like.empty() ? "" : ", ") + family;
      *text += std::string("\nfont-match.") + role + " = " + like;
    }
    *text += std::string("\nfont.serif = ") + families + "\nfont.sans = " + families + "\n";
    if (const char* spacing = font_line_spacing(font)) *text += std::string("text.line-spacing = ") + spacing + "\n";
  } else if (!font.empty() && font != "default") {
    warnings.push_back("font '" + font + "' is not available; using the theme's fonts");
  }
  InterfaceThemeLoad load = parse_theme(*text, "theme.conf");
  load.warnings.insert(load.warnings.begin(), warnings.begin(), warnings.end());
  return load;
}

double contrast_ratio(Colour a, Colour b) {
  double la = luminance(a), lb = luminance(b);
  if (la < lb) std::swap(la, lb);
  return (la + 0.05) / (lb + 0.05);
}

Colour over(Colour top, Colour bottom) {
  auto mix = [&](std::uint8_t t, std::uint8_t b) {
    return static_cast<std::uint8_t>(std::lround((t * top.a + b * (255 - top.a)) / 255.0));
  };
  return Colour{mix(top.r, bottom.r), mix(top.g, bottom.g), mix(top.b, bottom.b), 255};
}

}  // namespace lineage
