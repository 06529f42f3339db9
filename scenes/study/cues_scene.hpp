#pragma once

#include <memory>

#include "app/scene.hpp"

namespace lineage {
// Memory cues: the story's cards drilled with FSRS-6 spaced repetition.
std::unique_ptr<Scene> make_cues_scene();
}
