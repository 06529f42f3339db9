// A screen of Lineage. Scenes turn commands into changes of state, animate, and draw; they
// never parse scripts or touch SDL directly (the Canvas and ImGui are their whole world).
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
  virtual const char* name() const = 0;   // used by --scene and the View menu
  virtual const char* title() const = 0;  // shown in menus
  virtual void enter(AppState&) {}        // became the current scene
  virtual void story_changed(AppState&) {}  // a reload swapped in a new story
  virtual void handle(const Command& command, AppState& state) = 0;
  // Whether arrows, Return, Space and PageUp/PageDown are the scene's alone (the timeline, the
  // genogram, story mode), or also move ImGui's keyboard focus through its panels (a list of
  // fields such as Reflections).
  virtual bool owns_navigation_keys() const { return true; }
  // Advances animation by dt seconds; returns true while something still moves.
  virtual bool update(double /*dt*/, AppState&) { return false; }
  // Draws the frame: shapes and type on the canvas, panels with ImGui.
  virtual void draw(Canvas& canvas, AppState& state) = 0;
};

// Every scene, in menu order (scenes/registry.cpp).
std::vector<std::unique_ptr<Scene>> make_scenes();

}  // namespace lineage
