#pragma once

#include <memory>

#include "app/scene.hpp"

namespace lineage {
// Story mode (`--scene story`): the moments as beats over drawn tableaux (scenes/story/).
std::unique_ptr<Scene> make_story_scene();
}
