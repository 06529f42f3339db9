// How the genogram draws: line patterns, colours and widths of relationship lines, and the plain
// words of the legend, read from assets/genogram.conf so a designer changes them without C++.
// Plain C++17: no SDL, no ImGui.
#pragma once

#include <array>
#include <filesystem>
#include <string>
#include <vector>

#include "core/model/story.hpp"

namespace lineage {

// The standard genogram strokes (McGoldrick and Gerson): one line, two or three parallel lines,
// dashes, a zig-zag, a zig-zag over a line, or a line broken in the middle by two bars.
enum class LinePattern { Solid, Double, Triple, Dashed, Zigzag, ZigzagLine, Broken };

struct LineStyle {
  LinePattern pattern = LinePattern::Solid;
  Colour colour{200, 200, 200, 255};
  float width = 2.5f;       // points at scale 1
  std::string name;         // legend title, e.g. "Conflict"
  std::string words;        // legend explanation in plain words
};

// A symbol of the legend that is not a relationship line (woman, man, deceased, couple, ...).
struct LegendSymbol {
  std::string id;           // woman, man, deceased, couple, separated, divorced, remarriage, child
  std::string words;
  std::string short_words;  // `legend.SYMBOL.short`: the compact legend's words (empty: none)
};

struct GenogramStyle {
  std::array<LineStyle, 5> bonds;  // indexed by BondKind
  Colour couple{217, 207, 196, 255}, child{217, 207, 196, 200}, pattern{214, 170, 120, 255};
  float couple_width = 3.0f, child_width = 2.0f, pattern_width = 6.0f;
  std::vector<LegendSymbol> symbols;  // in file order

  const LineStyle& bond(BondKind kind) const { return bonds[static_cast<int>(kind)]; }
  std::string symbol_words(const std::string& id) const;
  std::string symbol_short(const std::string& id) const;
};

struct GenogramStyleLoad {
  GenogramStyle style;
  std::vector<std::string> warnings;  // "genogram.conf:12: ..."
};

// The built-in look, used for anything the file leaves out.
GenogramStyle default_genogram_style();
GenogramStyleLoad parse_genogram_style(const std::string& text, const std::string& file_name);
GenogramStyleLoad load_genogram_style(const std::filesystem::path& path);

const char* bond_kind_id(BondKind kind);  // "close", "distant", ...

}  // namespace lineage
