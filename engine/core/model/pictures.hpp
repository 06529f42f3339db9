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

// The states a beat may put a tableau in (`tableau: absence / night / out`), with what each
// shows. No state (the empty word) is the picture as it first appears. The drawings in
// scenes/tableaux read the same words; tests keep them in step.
struct TableauState {
  const char* tableau;
  const char* state;
  const char* shows;
};
const std::vector<TableauState>& tableau_state_catalogue();
std::vector<std::string> tableau_states(std::string_view tableau);  // empty for a tableau with none
bool is_tableau_state(std::string_view tableau, std::string_view state);

}  // namespace lineage
