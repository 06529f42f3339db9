#include "platform/fonts.hpp"

#include <SDL_ttf.h>
#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <mutex>

namespace lineage {
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

FontFile match(const std::string& family, const std::string& style, bool exact_family) {
  FontFile result;
  FcPattern* pattern = FcPatternCreate();
  FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
  if (style == "Italic") FcPatternAddInteger(pattern, FC_SLANT, FC_SLANT_ITALIC);
  if (style == "Bold") FcPatternAddInteger(pattern, FC_WEIGHT, FC_WEIGHT_BOLD);
  // SDL2_ttf reads TrueType and OpenType outlines; prefer scalable fonts.
  FcPatternAddBool(pattern, FC_SCALABLE, FcTrue);
  FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
  FcDefaultSubstitute(pattern);
  FcResult status = FcResultNoMatch;
  FcPattern* found = FcFontMatch(nullptr, pattern, &status);
  if (found) {
    FcChar8* file = nullptr;
    FcChar8* found_family = nullptr;
    if (FcPatternGetString(found, FC_FILE, 0, &file) == FcResultMatch &&
        FcPatternGetString(found, FC_FAMILY, 0, &found_family) == FcResultMatch) {
      std::string got = reinterpret_cast<const char*>(found_family);
      // fontconfig always returns *something*; for a preferred family we want that family.
      if (!exact_family || lower(got).rfind(lower(family), 0) == 0) {
        result.path = reinterpret_cast<const char*>(file);
        result.family = got;
      }
    }
    FcPatternDestroy(found);
  }
  FcPatternDestroy(pattern);
  return result;
}

}  // namespace

FontFile find_font(const std::vector<std::string>& families, const std::string& style) {
  static bool initialised = FcInit();
  if (!initialised || families.empty()) return {};
  // Each answer is kept: fontconfig's own answer cannot change while we run (it does not rescan
  // the font folders), and asking again costs thousands of allocations each time the interface
  // changes size or font.
  static std::mutex guard;
  static std::map<std::pair<std::vector<std::string>, std::string>, FontFile> answered;
  std::lock_guard<std::mutex> lock(guard);
  auto key = std::make_pair(families, style);
  if (auto it = answered.find(key); it != answered.end()) return it->second;
  FontFile file;
  for (const auto& family : families) {
    file = match(family, style, true);
    if (!file.path.empty()) break;
  }
  if (file.path.empty()) file = match(families.back(), style, false);
  answered.emplace(std::move(key), file);
  return file;
}

FontShape font_shape(const std::string& path) {
  static std::map<std::string, FontShape> measured;
  if (auto it = measured.find(path); it != measured.end()) return it->second;
  if (!TTF_WasInit()) TTF_Init();
  FontShape shape;
  constexpr int kEm = 200;  // large enough that whole pixels are fine fractions
  if (TTF_Font* font = path.empty() ? nullptr : TTF_OpenFont(path.c_str(), kEm)) {
    int min_x = 0, max_x = 0, min_y = 0, max_y = 0, advance = 0;
    if (TTF_GlyphMetrics(font, 'x', &min_x, &max_x, &min_y, &max_y, &advance) == 0)
      shape.x_height = static_cast<float>(max_y) / kEm;
    shape.line_height = static_cast<float>(TTF_FontAscent(font) - TTF_FontDescent(font)) / kEm;
    TTF_CloseFont(font);
  }
  measured[path] = shape;
  return shape;
}

float font_size_factor(const InterfaceTheme& theme, const std::string& role, bool by_line) {
  auto like = theme.size_like.find(role);
  if (like == theme.size_like.end() || like->second.empty()) return 1.0f;
  FontFile own = find_font(theme.font_families(role)), model = find_font(like->second);
  if (own.path.empty() || model.path.empty() || own.path == model.path) return 1.0f;
  FontShape a = font_shape(own.path), b = font_shape(model.path);
  if (a.x_height <= 0 || b.x_height <= 0 || a.line_height <= 0 || b.line_height <= 0) return 1.0f;
  float factor = b.x_height / a.x_height;
  if (by_line) factor *= a.line_height / b.line_height;
  return std::clamp(factor, 0.5f, 2.0f);
}

}  // namespace lineage
