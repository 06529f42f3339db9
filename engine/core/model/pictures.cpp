#include "core/model/pictures.hpp"

namespace lineage {

const std::vector<PictureName>& tableau_catalogue() {
  static const std::vector<PictureName> all = {
      {"blizzard", "a dark farmhouse on a hill at night, one window lit, snow falling"},
      {"bathtub", "a still water surface in a tub, seen from above, a lamp's reflection on it"},
      {"mother-daughter", "a mother and her daughter, two silhouettes facing each other, a low sun"},
      {"kitchen-note", "a folded note on a kitchen counter, a grey window, a young child alone"},
      {"nursery", "a nursery made ready: an empty crib under a turning mobile, the mother-to-be by the window"},
      {"newborn", "a swaddled bundle in a bassinet at night, its mother sitting apart in the dark"},
      {"child-turning", "a small figure walks from her mother in shadow towards her father in light"},
      {"shadow", "a small child in a pool of light, throwing a far larger shadow (symbolic)"},
      {"second-crib", "two small beds in morning light; a father, a small girl, a mother holding a baby"},
      {"absence", "loss without place or cause: four small lights, the last one dimming (symbolic)"},
      {"doubt", "two people in chairs turned away from each other, light from a door ajar"},
      {"apart", "two figures facing away from each other, the thread between them breaking (symbolic)"},
      {"window-family", "a lit window seen from the dark street: two adults and a baby"},
      {"ending", "a house far off under stars, someone at the lit window, a path that stops short"},
  };
  return all;
}

const std::vector<PictureName>& mood_catalogue() {
  static const std::vector<PictureName> all = {
      {"night", "deep blue dark, warm lamplight"},
      {"winter", "blue-grey, snow-white mist"},
      {"dusk", "a plum evening sky, a rose horizon, a low gold sun"},
      {"dawn", "a blue sky warming to peach at the horizon"},
      {"grey", "an overcast, neutral day (the default)"},
      {"warm", "brown and amber, a lit room"},
      {"cold", "dark teal, a cold afternoon"},
  };
  return all;
}

const std::vector<TableauState>& tableau_state_catalogue() {
  static const std::vector<TableauState> all = {
      {"absence", "lit", "all four lights shining, the last one too"},
      {"absence", "out", "the last light gone: only the ring where it was"},
      {"doubt", "toward", "the mother turns in her chair towards the father; he stays turned away"},
      {"doubt", "away", "both turned away from each other (as the picture first appears)"},
      {"apart", "joined", "the thread of light between the two whole"},
      {"apart", "broken", "the thread broken, its halves far apart"},
  };
  return all;
}

std::vector<std::string> tableau_states(std::string_view tableau) {
  std::vector<std::string> out;
  for (const TableauState& s : tableau_state_catalogue())
    if (tableau == s.tableau) out.emplace_back(s.state);
  return out;
}

bool is_tableau_state(std::string_view tableau, std::string_view state) {
  for (const TableauState& s : tableau_state_catalogue())
    if (tableau == s.tableau && state == s.state) return true;
  return false;
}

namespace {

bool listed(const std::vector<PictureName>& all, std::string_view name) {
  for (const PictureName& p : all)
    if (name == p.name) return true;
  return false;
}

std::vector<std::string> names(const std::vector<PictureName>& all) {
  std::vector<std::string> out;
  for (const PictureName& p : all) out.emplace_back(p.name);
  return out;
}

}  // namespace

bool is_tableau_name(std::string_view name) { return listed(tableau_catalogue(), name); }
bool is_mood_name(std::string_view name) { return listed(mood_catalogue(), name); }
std::vector<std::string> tableau_names() { return names(tableau_catalogue()); }
std::vector<std::string> mood_names() { return names(mood_catalogue()); }

}  // namespace lineage
