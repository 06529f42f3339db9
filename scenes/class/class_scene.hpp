#pragma once

#include <memory>

#include "app/scene.hpp"

namespace lineage {
std::unique_ptr<Scene> make_class_scene();
}
