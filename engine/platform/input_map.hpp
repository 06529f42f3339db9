// SDL input -> commands: the one mapping used by the window, by --keys and by tests.
#pragma once

#include <SDL.h>

#include <optional>
#include <string>
#include <vector>

#include "core/input/command.hpp"

namespace lineage {

// Parses "ctrl+shift+Tab" into a key and its modifiers; false for an unknown key name.
bool parse_key_name(const std::string& name_with_modifiers, SDL_Keycode& key, Uint16& modifiers);

// Tracks the pointer between events (so moves know whether they drag and by how much) and a
// lone Alt (pressed and released with nothing between: the menu bar takes the keyboard).
class InputMap {
 public:
  // `bindings`: the letter keys of the scene on screen.
  std::optional<Command> translate(const SDL_Event& event, const std::vector<KeyBinding>& bindings);

 private:
  std::optional<Command> from_key(const SDL_KeyboardEvent& key, const std::vector<KeyBinding>& bindings);
  bool button_down_ = false;
  bool lone_alt_ = false;
  float last_x_ = 0, last_y_ = 0;
};

}  // namespace lineage
