#pragma once

#include <cstddef>
#include <memory>

#include "app/scene.hpp"

namespace lineage {
// Key takeaways: the story's readings of the book, each with the moments it rests on.
std::unique_ptr<Scene> make_takeaways_scene();
// Theme tracker: themes across the four generations.
std::unique_ptr<Scene> make_themes_scene();

// The theme tracker's dot for a cell of `count` moments (the fullest cell has `strongest`), in
// rows `row_h` tall at interface scale `s`, and the ring round the chosen cell.
struct ThemeDot {
  float radius, ring;
};
ThemeDot theme_dot(std::size_t count, std::size_t strongest, float row_h, float s);
}
