#include "platform/fonts.hpp"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <cctype>

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
  for (const auto& family : families) {
    FontFile file = match(family, style, true);
    if (!file.path.empty()) return file;
  }
  return match(families.back(), style, false);
}

}  // namespace lineage
