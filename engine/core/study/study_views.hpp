// What the takeaways and theme-tracker screens show, decided here (headless, tested) by the
// one visibility rule: a takeaway's supporting moments, and each theme's presence across the
// generations.
#pragma once

#include <vector>

#include "core/model/visibility.hpp"

namespace lineage {

// The visible moments a takeaway rests on: its own moment; for a person, the moments she is in;
// for a theme, the moments carrying it; for the book, none. In story order.
std::vector<int> takeaway_moments(const Story& story, const Visibility& visibility, int takeaway);
// The visible facts of those moments (what the takeaway's reading is built on), in order, no repeats.
std::vector<int> takeaway_facts(const Story& story, const Visibility& visibility, int takeaway);

// Themes as rows, the story's lanes (generations, top to bottom) as columns: which visible
// moments of that lane carry the theme.
struct ThemeGrid {
  std::vector<int> lanes;                            // lane indices, in order
  std::vector<std::vector<std::vector<int>>> cells;  // [theme][column] -> moments, in story order
  int strongest = 0;                                 // the most moments in one cell
};
ThemeGrid theme_grid(const Story& story, const Visibility& visibility);
// The grid's columns a reader may see: a generation whose head she knows (a lane must not
// name someone unmet). Positions into grid.lanes / a row of grid.cells, in order.
std::vector<int> theme_grid_columns(const Story& story, const Visibility& visibility, const ThemeGrid& grid);

}  // namespace lineage
