// A screen of Lineage. Scenes turn commands into changes of state, animate, and draw; they
// never parse scripts or touch SDL directly (the Canvas and ImGui are their whole world).
// What a scene wants of the app (another scene, a moment played) it posts to state.outbox.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "app/app_state.hpp"
#include "core/input/command.hpp"
#include "platform/canvas.hpp"

namespace lineage {

class Scene {
 public:
  virtual ~Scene() = default;
  virtual void enter(AppState&) {}          // became the current scene
  virtual void story_changed(AppState&) {}  // a reload swapped in a new story
  virtual void handle(const Command& command, AppState& state) = 0;
  // The scene's letter keys and their named actions (Command::Kind::Action).
  virtual std::vector<KeyBinding> bindings() const { return {}; }
  // Whether arrows, Return, Space and PageUp/PageDown are the scene's alone (the timeline, the
  // genogram, story mode), or also move ImGui's keyboard focus through its panels (a list of
  // fields such as Reflections).
  virtual bool owns_navigation_keys() const { return true; }
  // Advances animation by dt seconds; returns true while something still moves.
  virtual bool update(double /*dt*/, AppState&) { return false; }
  // Draws the frame: shapes and type on the canvas, panels with ImGui.
  virtual void draw(Canvas& canvas, AppState& state) = 0;
  // What self-voicing says when the screen opens, after its name: what it shows and what is
  // chosen or focused, in a sentence or two, and the keys that move on ("Etta, selected. Arrows
  // move between the family; Return opens her card."). Every screen must say something: a reader
  // who cannot see has nothing else. Called after a draw.
  virtual std::string voiced_summary(const AppState& state) const = 0;

  // Presenting (the projector): the window is the scene's alone, fullscreen on the projector's
  // display, with no menu bar or status line, and F-keys are the clicker's (F5 starts).
  virtual bool presenting() const { return false; }
  // A clock on screen that must move although nothing animates: while true, the app draws a
  // frame every quarter second or so (the scene reads the real time itself; dt is capped).
  virtual bool ticks() const { return false; }
  // A second window beside the main one (the presenter view), open while this returns true.
  // Closing it by its close button calls second_view_closed(); the scene goes on.
  virtual bool wants_second_view() const { return false; }
  virtual void draw_second_view(Canvas& /*canvas*/, AppState&) {}
  virtual void second_view_closed(AppState&) {}
};

// One row of the scene table: everything the app knows about a screen. The View menu, the
// F-keys, --scene, the benchmark and the key hints all come from this table.
struct SceneEntry {
  const char* name;   // --scene, settings, OpenScene commands
  const char* title;  // the View menu
  const char* key;    // its function key ("F3"), or "" for none
  std::unique_ptr<Scene> (*make)();
};

}  // namespace lineage
