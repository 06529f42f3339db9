#pragma once

#include <memory>

#include "app/scene.hpp"

namespace lineage {
// Key takeaways: the story's readings of the book, each with the moments it rests on.
std::unique_ptr<Scene> make_takeaways_scene();
// Theme tracker: themes across the four generations.
std::unique_ptr<Scene> make_themes_scene();
}
