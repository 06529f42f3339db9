// Commands: what input means, independent of where it came from (keyboard, mouse, clicker,
// --keys). Scenes handle commands, never raw SDL events, so tests drive them as a person does.
// Plain data; no SDL here.
#pragma once

#include <string>

namespace lineage {

struct Command {
  enum class Kind {
    Next,          // Right, PageDown, Space (clicker forward)
    Prev,          // Left, PageUp (clicker back)
    Up,
    Down,
    Open,          // Return
    Back,          // Escape
    Home,          // fit everything
    ZoomIn,        // + / =
    ZoomOut,       // -
    Toggle,        // a letter toggle; `key` holds the lowercase letter (t, a, p, h, ...)
    ShowScene,     // switch to the scene named in `text`
    PointerDown,   // mouse button pressed at (x, y); `clicks` = 2 for a double-click
    PointerUp,
    PointerMove,   // (x, y); dx, dy since the last move; `dragging` while a button is held
    Wheel,         // at (x, y); `delta` > 0 zooms in
    Quit
  };
  Kind kind = Kind::Next;
  char key = 0;
  std::string text;
  float x = 0, y = 0, dx = 0, dy = 0, delta = 0;
  int clicks = 0;
  bool dragging = false;

  static Command simple(Kind k) {
    Command c;
    c.kind = k;
    return c;
  }
  static Command toggle(char letter) {
    Command c;
    c.kind = Kind::Toggle;
    c.key = letter;
    return c;
  }
  static Command show_scene(std::string name) {
    Command c;
    c.kind = Kind::ShowScene;
    c.text = std::move(name);
    return c;
  }
};

}  // namespace lineage
