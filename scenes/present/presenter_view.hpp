// The presenter view: what the teacher sees on her own screen while the class sees the
// projector. Draws from the LessonRun; remembers where its buttons and step rows were drawn
// so a click on them becomes an action. Internal to scenes/present.
#pragma once

#include <functional>
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
  bool chime = false;      // a soft sound at a countdown's end
  std::string digits;      // a step number being typed
  std::string wall_clock;  // "10:42"
  bool class_running = false;  // class responses: room is kept for their panel
  // Set while the class sees something other than the step (class responses): the preview of
  // "now" draws it instead, in the rectangle min..max at scale k (of 1080p).
  std::function<void(Canvas&, ImVec2 min, ImVec2 max, float k)> class_picture;
};

class PresenterView {
 public:
  void draw(Canvas& canvas, const PresenterInput& in);
  std::optional<PresenterAction> hit(ImVec2 point) const;
  // Where the class-responses panel goes (the foot of the right column), after draw().
  std::pair<ImVec2, ImVec2> class_area() const { return {class_min_, class_max_}; }
  void scroll_notes(float lines) { notes_scroll_ = std::max(0.0f, notes_scroll_ + lines * 60.0f); }
  // The wheel over the step list scrolls it (true), until the step changes and the list
  // follows the current step again; elsewhere it is not the list's (false).
  bool scroll_list(ImVec2 point, float rows);
  // The pointer over the presenter view: a step row whose title is cut shows it whole.
  void hover(ImVec2 point) { hover_ = point; }
  InterfaceTheme moods;

 private:
  struct Target {
    ImVec2 min, max;
    PresenterAction action;
  };
  bool button(Canvas& canvas, ImVec2& at, float s, const std::string& label, PresenterAction action, Colour colour);
  struct Fitted {
    float height = 0;
    bool cut = false;  // the text needed more lines than it was given
  };
  // `text` in at most `max_lines` lines of `width`; when it needs more, the last line ends in
  // "…" (a title is never cut at the column's edge without saying so).
  Fitted text_lines(Canvas& canvas, float size, const std::string& text, ImVec2 at, float width, int max_lines,
                    Colour colour);
  std::vector<Target> targets_;
  float notes_scroll_ = 0, notes_height_ = 0, notes_room_ = 0;
  int notes_step_ = -1;
  ImVec2 class_min_{0, 0}, class_max_{0, 0};
  ImVec2 list_min_{0, 0}, list_max_{0, 0};  // the step list's rows, as last drawn
  int list_first_ = 0, list_rows_ = 1, list_count_ = 0, list_step_ = -1;
  bool list_scrolled_ = false;  // by the wheel, since the step last changed
  ImVec2 hover_{-1, -1};
};

}  // namespace lineage
