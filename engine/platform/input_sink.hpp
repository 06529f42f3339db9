// Where the platform delivers input: the app, through this interface, so nothing above the
// platform layer sees an SDL event. No SDL here.
#pragma once

#include <vector>

#include "core/input/command.hpp"

namespace lineage {

class Output;

class InputSink {
 public:
  virtual ~InputSink() = default;
  // The letter keys of what `output` shows, and whether its arrows and Return are the scene's
  // alone (true) or also ImGui's keyboard navigation (a list of fields).
  virtual const std::vector<KeyBinding>& bindings(const Output& output) = 0;
  virtual bool owns_navigation_keys(const Output& output) = 0;
  // A command from `output`'s keyboard, pointer or window.
  virtual void command(Output& output, Command command) = 0;
  // The window's close button: the main window quits, a secondary one just closes.
  virtual void close_requested(Output& output) = 0;
};

}  // namespace lineage
