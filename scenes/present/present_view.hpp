// The present scene's drawing, shared by its two windows: the projector (what the class sees,
// fullscreen) and the presenter view (the teacher's: the same picture small, the next step,
// notes, clocks, the step list). Internal to scenes/present.
#pragma once

#include <string>
#include <vector>

#include "core/present/lesson_run.hpp"
#include "core/settings/theme.hpp"
#include "platform/canvas.hpp"

namespace lineage {

// Projector colours: high contrast, in a dark theme and a light one for lit rooms (projectors
// wash dark themes out).
struct ProjectorPalette {
  Colour background, text, muted, accent, line, warning;
};
ProjectorPalette projector_palette(bool light);

// Everything a projector picture needs. Lengths are designed at 1920x1080 and multiplied by
// `k`, so the projector's body type is 40 px and titles 80 px at 1080p, and a preview in the
// presenter view is the same picture small.
struct ProjectorFrame {
  ImVec2 min, max;
  float k = 1;
  ProjectorPalette palette;
  const LessonRun* run = nullptr;
  int step = 0;                  // which step to draw (the current one, or the next as a preview)
  Reveal reveal = Reveal::Full;  // how (the next step previews as the class will first see it)
  Cover cover = Cover::None;
  double now = 0;                // the lesson clock, for the countdown
  double time = 0;               // animation time for the tableau
  bool still = false;            // reduced motion
  const InterfaceTheme* moods = nullptr;
  float w() const { return max.x - min.x; }
  float h() const { return max.y - min.y; }
};

void draw_projector(Canvas& canvas, const ProjectorFrame& f);

// A step of the type scale (assets/theme.conf) as the projector sets it, in design units of its
// 1080-line frame (times a frame's `k` on screen): every step at twice its size, read across a
// room (title 80, body 44), so the ratios are the theme's.
inline constexpr float kProjectorRoom = 2.0f;
inline float projector_type(const Canvas& canvas, Type t) { return canvas.theme().type(t) * kProjectorRoom; }

// The class's reading limit for a lesson (its class milestone's order).
int class_limit(const Story& story, const Lesson& lesson);
// "Moment: The bathtub", "Reflect: Where do we ...", for the step list and the presenter view.
std::string step_label(const Story& story, const LessonStep& step);
// "Child harm, Maternal ambivalence"
std::string content_labels(const Story& story, const std::vector<int>& notes);

}  // namespace lineage
