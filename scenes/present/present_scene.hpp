// `present`: a lesson on a projector, driven by a clicker, with the teacher's presenter view
// in a second window. The lesson's state lives in engine/core (LessonRun): a class-responses
// panel can ask it for the current prompt and whether the class can see it.
#pragma once

#include <memory>

#include "app/scene.hpp"
#include "core/present/lesson_run.hpp"

namespace lineage {

std::unique_ptr<Scene> make_present_scene();

// The running lesson of a present scene, or null (no lesson chosen yet, or not that scene).
const LessonRun* running_lesson(Scene& scene);

// How many open answers the presenter view's moderation list showed whole, without scrolling,
// in its last frame (0 without class responses or an open prompt).
int moderation_answers_in_view(Scene& scene);

}  // namespace lineage
