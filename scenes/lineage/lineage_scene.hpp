#pragma once

#include <memory>

#include <vector>

#include "app/scene.hpp"
#include "core/layout/genogram_words.hpp"

namespace lineage {
std::unique_ptr<Scene> make_lineage_scene();
// Where the lineage scene put each bond's words in its last frame (null for another scene).
const std::vector<BondWordsPlaced>* lineage_bond_words(const Scene* scene);
// The size in pixels the lineage scene set its legend's words at in its last frame (0: no
// legend drawn; -1 for another scene).
float lineage_legend_words_px(const Scene* scene);
}
