// The interface theme: colours, font roles and sizes, read from assets/theme.conf so a designer
// can change the look without touching C++. Unknown names fall back to built-in defaults.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/model/story.hpp"

namespace lineage {

// "#rrggbb" or "#rrggbbaa" -> colour. Returns false (leaving `out` alone) when malformed.
bool parse_colour(std::string_view text, Colour& out);

struct InterfaceTheme {
  std::map<std::string, Colour> colours;               // "background", "text", "accent", ...
  std::map<std::string, std::vector<std::string>> fonts;  // role -> families, best first
  std::map<std::string, float> sizes;                  // "title", "body", "ui", ... in points

  Colour colour(const std::string& name) const;
  float size(const std::string& name) const;
  std::vector<std::string> font_families(const std::string& role) const;
};

struct InterfaceThemeLoad {
  InterfaceTheme theme;
  std::vector<std::string> warnings;  // "theme.conf:12: ..." for lines that were ignored
};

InterfaceThemeLoad parse_theme(const std::string& text, const std::string& file_name);
InterfaceThemeLoad load_theme(const std::filesystem::path& path);

}  // namespace lineage
