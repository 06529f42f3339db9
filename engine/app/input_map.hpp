// Input -> commands: the one mapping used by the window, by --keys and by tests.
#pragma once

#include <SDL.h>

#include <optional>
#include <string>

#include "core/input/command.hpp"

namespace lineage {

// The function key that opens a scene ("F3" for "timeline"), or "" if none: the one table
// the key mapping and the View menu share.
const char* scene_shortcut(const std::string& scene);

// Tracks the pointer between events so moves know whether they drag and by how much.
class InputMap {
 public:
  std::optional<Command> translate(const SDL_Event& event);

 private:
  bool button_down_ = false;
  float last_x_ = 0, last_y_ = 0;
};

}  // namespace lineage
