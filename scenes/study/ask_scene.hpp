#pragma once

#include <memory>

#include "app/scene.hpp"

namespace lineage {
// Ask: search the story and get answers built from its cited facts (Ctrl+K or / anywhere).
std::unique_ptr<Scene> make_ask_scene();
}
