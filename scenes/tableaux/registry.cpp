// The tableau registry: names as the scripts write them -> drawing routines, and mood palettes.
// A static library drops self-registering files nobody references, so the list is explicit.
#include <algorithm>

#include "scenes/tableaux/tableau.hpp"

namespace lineage {

void draw_blizzard(const TableauFrame&);
void draw_bathtub(const TableauFrame&);
void draw_mother_daughter(const TableauFrame&);
void draw_kitchen_note(const TableauFrame&);
void draw_nursery(const TableauFrame&);
void draw_newborn(const TableauFrame&);
void draw_child_turning(const TableauFrame&);
void draw_shadow(const TableauFrame&);
void draw_second_crib(const TableauFrame&);
void draw_absence(const TableauFrame&);
void draw_doubt(const TableauFrame&);
void draw_apart(const TableauFrame&);
void draw_window_family(const TableauFrame&);
void draw_ending(const TableauFrame&);

const std::vector<TableauEntry>& tableaux() {
  static const std::vector<TableauEntry> all = {
      {"blizzard", draw_blizzard, true},           // the notes name a Kentucky blizzard, no house
      {"bathtub", draw_bathtub},                   // the bathtub (notes line 27)
      {"mother-daughter", draw_mother_daughter, true},
      {"kitchen-note", draw_kitchen_note},         // the kitchen counter (notes line 27)
      {"nursery", draw_nursery},                   // the nursery preparations (notes line 27)
      {"newborn", draw_newborn, true},
      {"child-turning", draw_child_turning, true},
      {"shadow", draw_shadow},                     // symbolic
      {"second-crib", draw_second_crib, true},
      {"absence", draw_absence},                   // symbolic: no place, no cause
      {"doubt", draw_doubt, true},
      {"apart", draw_apart},                       // symbolic
      {"window-family", draw_window_family, true},
      {"ending", draw_ending, true},
  };
  return all;
}

bool draw_tableau(const std::string& name, const TableauFrame& frame) {
  for (const TableauEntry& e : tableaux())
    if (name == e.name) {
      e.draw(frame);
      return true;
    }
  sky(frame);
  return false;
}

bool tableau_is_illustration(const std::string& name) {
  for (const TableauEntry& e : tableaux())
    if (name == e.name) return e.illustration;
  return false;
}

MoodPalette mood_palette(const InterfaceTheme& moods, const std::string& mood) {
  auto pick = [&](const char* role, Colour fallback) {
    for (const std::string& m : {mood, std::string("grey")})
      if (auto it = moods.colours.find(m + "." + role); it != moods.colours.end()) return it->second;
    return fallback;
  };
  MoodPalette p;
  p.sky_top = pick("sky-top", {36, 39, 45, 255});
  p.sky = pick("sky", {90, 94, 102, 255});
  p.far = pick("far", {67, 70, 77, 255});
  p.near = pick("near", {26, 27, 31, 255});
  p.light = pick("light", {217, 210, 195, 255});
  p.accent = pick("accent", {143, 151, 159, 255});
  p.mist = pick("mist", {205, 209, 214, 255});
  return p;
}

}  // namespace lineage
