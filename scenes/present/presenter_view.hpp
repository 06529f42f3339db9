// The presenter view: what the teacher sees on her own screen while the class sees the
// projector. Draws from the LessonRun; remembers where its buttons and step rows were drawn
// so a click on them becomes an action. Internal to scenes/present.
#pragma once

#include <optional>
#include <utility>
#include <string>
#include <vector>

#include "scenes/present/present_view.hpp"

namespace lineage {

struct PresenterAction {
  std::string name;  // "present.gentle", "present.jump", ...
  int value = 0;     // present.jump: the step (0-based)
};

struct PresenterInput {
  const LessonRun* run = nullptr;
  double now = 0, time = 0;
  bool light = false, still = false;
  std::string digits;      // a step number being typed
  std::string wall_clock;  // "10:42"
  bool class_running = false;  // class responses: room is kept for their panel
};

class PresenterView {
 public:
  void draw(Canvas& canvas, const PresenterInput& in);
  std::optional<PresenterAction> hit(ImVec2 point) const;
  // Where the class-responses panel goes (the foot of the right column), after draw().
  std::pair<ImVec2, ImVec2> class_area() const { return {class_min_, class_max_}; }
  void scroll_notes(float lines) { notes_scroll_ = std::max(0.0f, notes_scroll_ + lines * 60.0f); }
  InterfaceTheme moods;

 private:
  struct Target {
    ImVec2 min, max;
    PresenterAction action;
  };
  bool button(Canvas& canvas, ImVec2& at, float s, const std::string& label, PresenterAction action, Colour colour);
  std::vector<Target> targets_;
  float notes_scroll_ = 0, notes_height_ = 0, notes_room_ = 0;
  int notes_step_ = -1;
  ImVec2 class_min_{0, 0}, class_max_{0, 0};
};

}  // namespace lineage
