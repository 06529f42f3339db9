// The scene table: every screen of Lineage, in menu order. Adding a screen is adding a row
// here and the screen's own folder; the app finds everything else through this table.
#pragma once

#include <vector>

#include "app/scene.hpp"

namespace lineage {

const std::vector<SceneEntry>& scene_table();

}  // namespace lineage
