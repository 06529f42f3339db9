// Reads assets/genogram.conf: `bond.KIND.PROPERTY = value`, `line.couple.colour = ...`,
// `legend.SYMBOL = words`. Unknown or malformed lines are reported and ignored.
#include "core/layout/genogram_style.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "core/settings/theme.hpp"
#include "core/util/config_file.hpp"
#include "core/util/printable.hpp"

namespace lineage {
namespace {

constexpr const char* kKinds[] = {"close", "distant", "conflict", "cutoff", "harm"};

bool parse_pattern(std::string_view text, LinePattern& out) {
  static const std::pair<const char*, LinePattern> names[] = {
      {"solid", LinePattern::Solid},   {"double", LinePattern::Double},   {"triple", LinePattern::Triple},
      {"dashed", LinePattern::Dashed}, {"zigzag", LinePattern::Zigzag},   {"zigzag-line", LinePattern::ZigzagLine},
      {"broken", LinePattern::Broken}};
  for (const auto& [name, pattern] : names)
    if (text == name) {
      out = pattern;
      return true;
    }
  return false;
}

bool parse_width(std::string_view text, float& out) {
  std::string copy(text);
  char* end = nullptr;
  float v = std::strtof(copy.c_str(), &end);
  if (end == copy.c_str() || *end != '\0' || !(v > 0) || v > 64) return false;
  out = v;
  return true;
}

}  // namespace

const char* bond_kind_id(BondKind kind) { return kKinds[static_cast<int>(kind)]; }

std::string GenogramStyle::symbol_words(const std::string& id) const {
  for (const auto& s : symbols)
    if (s.id == id) return s.words;
  return {};
}

std::string GenogramStyle::symbol_short(const std::string& id) const {
  for (const auto& s : symbols)
    if (s.id == id) return s.short_words;
  return {};
}

GenogramStyle default_genogram_style() {
  GenogramStyle style;
  style.bonds[0] = {LinePattern::Double, {126, 196, 150, 255}, 2.5f, "Close", "They are close."};
  style.bonds[1] = {LinePattern::Dashed, {150, 170, 196, 255}, 2.5f, "Distant", "There is distance between them."};
  style.bonds[2] = {LinePattern::Zigzag, {230, 160, 90, 255}, 2.5f, "Conflict", "They are in conflict."};
  style.bonds[3] = {LinePattern::Broken, {200, 140, 160, 255}, 2.5f, "Cut off", "One has cut the other off."};
  style.bonds[4] = {LinePattern::ZigzagLine, {228, 96, 90, 255}, 3.0f, "Harm", "One has harmed the other."};
  return style;
}

GenogramStyleLoad parse_genogram_style(const std::string& text, const std::string& file_name) {
  GenogramStyleLoad result;
  result.style = default_genogram_style();
  GenogramStyle& style = result.style;
  for_each_config_line(text, [&](int number, std::string_view key_view, std::string_view value, std::string_view) {
    auto warn = [&](const std::string& why) {
      // `why` quotes the file's own text: cut and escaped, as it is echoed to the terminal.
      result.warnings.push_back(printable(file_name) + ":" + std::to_string(number) + ": " + printable(why, 200));
    };
    if (key_view.empty()) {
      warn("expected `name = value`");
      return;
    }
    std::string key(key_view);
    std::vector<std::string> parts;
    for (std::size_t start = 0;;) {
      auto dot = key.find('.', start);
      parts.push_back(key.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
      if (dot == std::string::npos) break;
      start = dot + 1;
    }
    bool ok = true;
    if (parts.size() == 3 && parts[0] == "bond") {
      int kind = -1;
      for (int k = 0; k < 5; ++k)
        if (parts[1] == kKinds[k]) kind = k;
      if (kind < 0) {
        warn("unknown relationship kind `" + parts[1] + "` (close, distant, conflict, cutoff, harm)");
        return;
      }
      LineStyle& s = style.bonds[kind];
      const std::string& prop = parts[2];
      if (prop == "pattern") ok = parse_pattern(value, s.pattern);
      else if (prop == "colour") ok = parse_colour(value, s.colour);
      else if (prop == "width") ok = parse_width(value, s.width);
      else if (prop == "name") s.name = std::string(value);
      else if (prop == "words") s.words = std::string(value);
      else {
        warn("unknown property `" + prop + "` (pattern, colour, width, name, words)");
        return;
      }
    } else if (parts.size() == 3 && parts[0] == "line" &&
               (parts[1] == "couple" || parts[1] == "child" || parts[1] == "pattern")) {
      Colour& c = parts[1] == "couple" ? style.couple : parts[1] == "child" ? style.child : style.pattern;
      float& w = parts[1] == "couple" ? style.couple_width : parts[1] == "child" ? style.child_width : style.pattern_width;
      if (parts[2] == "colour") ok = parse_colour(value, c);
      else if (parts[2] == "width") ok = parse_width(value, w);
      else {
        warn("unknown property `" + parts[2] + "` (colour, width)");
        return;
      }
    } else if ((parts.size() == 2 || (parts.size() == 3 && parts[2] == "short")) && parts[0] == "legend" &&
               !parts[1].empty()) {
      auto symbol = std::find_if(style.symbols.begin(), style.symbols.end(),
                                 [&](const LegendSymbol& s) { return s.id == parts[1]; });
      if (symbol == style.symbols.end()) symbol = style.symbols.insert(style.symbols.end(), {parts[1], {}, {}});
      (parts.size() == 2 ? symbol->words : symbol->short_words) = std::string(value);
    } else {
      warn("unknown setting `" + key +
           "` (expected bond.KIND.PROPERTY, line.NAME.PROPERTY, legend.SYMBOL or legend.SYMBOL.short)");
      return;
    }
    if (!ok) warn("`" + std::string(value) + "` is not a valid value for `" + key + "`");
  });
  return result;
}

GenogramStyleLoad load_genogram_style(const std::filesystem::path& path) {
  std::string why;
  std::optional<std::string> text = read_text_file(path, &why);
  if (!text) {
    GenogramStyleLoad result;
    result.style = default_genogram_style();
    result.warnings.push_back(path.string() + ": cannot read the genogram styles: " + why + "; using built-in ones");
    return result;
  }
  return parse_genogram_style(*text, path.filename().string());
}

}  // namespace lineage
