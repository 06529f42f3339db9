// The picture catalogue `lineage check` knows (core/model/pictures.cpp) is exactly what the
// program draws: the tableau registry's names in its order, and the moods of assets/moods.conf
// with every palette role. A tableau added to one and not the other fails here.
#include <catch2/catch.hpp>

#include <set>

#include "core/model/pictures.hpp"
#include "core/settings/theme.hpp"
#include "scenes/tableaux/tableau.hpp"

TEST_CASE("the checker's tableau names are the registry's, in its order", "[pictures]") {
  std::vector<std::string> drawn;
  for (const lineage::TableauEntry& e : lineage::tableaux()) drawn.emplace_back(e.name);
  CHECK(drawn == lineage::tableau_names());
  CHECK(drawn.size() == 14);
}

TEST_CASE("the checker's moods are the palettes of assets/moods.conf, each complete", "[pictures]") {
  auto moods = lineage::load_theme(std::filesystem::path(LINEAGE_SOURCE_DIR) / "assets" / "moods.conf");
  std::set<std::string> in_file;
  for (const auto& [key, colour] : moods.theme.colours) in_file.insert(key.substr(0, key.find('.')));
  std::set<std::string> listed;
  for (const std::string& m : lineage::mood_names()) {
    listed.insert(m);
    for (const char* role : {"sky-top", "sky", "far", "near", "light", "accent", "mist"}) {
      INFO(m << "." << role);
      CHECK(moods.theme.colours.count(m + "." + role) == 1);
    }
  }
  CHECK(in_file == listed);
}
