// The Help menu's words: every key that works everywhere (F1 shows them in the Keys window, and
// self-voicing reads them), and the sentence a listener hears for them. Plain data, no ImGui.
#pragma once

#include <string>
#include <vector>

#include "core/input/command.hpp"

namespace lineage {

struct KeyHelp {
  const char* keys;  // as a reader presses them: "Ctrl+Alt+V"
  const char* what;  // what they do
};

// The keys of every screen, in the order the Keys window lists them.
const std::vector<KeyHelp>& keys_everywhere();

// "Keys. Everywhere: F1, this list of keys. … On the Timeline screen: T, Theme strands. …"
// (`screen` and `bindings`: the screen on show and its letter keys; "" and {} for none).
std::string keys_spoken(const std::string& screen, const std::vector<KeyBinding>& bindings);

}  // namespace lineage
