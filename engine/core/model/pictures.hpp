// The picture catalogue a story script may name: every tableau (`tableau: bathtub`) and every
// mood (`mood: night`). The checker reports a name not listed here; the drawings themselves are
// in scenes/tableaux (registry.cpp) and the palettes in assets/moods.conf, and tests keep the
// three in step. No SDL here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lineage {

struct PictureName {
  const char* name;   // as a script writes it
  const char* shows;  // what the picture shows, in a few words (the README's catalogue)
};

const std::vector<PictureName>& tableau_catalogue();  // in the registry's order
const std::vector<PictureName>& mood_catalogue();
bool is_tableau_name(std::string_view name);
bool is_mood_name(std::string_view name);
std::vector<std::string> tableau_names();
std::vector<std::string> mood_names();

}  // namespace lineage
