// Commands: every action a reader can take, whatever it came from (a key, the clicker, the
// mouse, a panel button, a menu item, --keys). Input and panels post commands to the app's
// outbox; the app drains it once a frame, so a button pressed while drawing takes effect in
// the next frame, exactly as a key would. Plain data; no SDL here.
#pragma once

#include <string>
#include <vector>

namespace lineage {

struct Command {
  enum class Kind {
    Next,               // Right, PageDown, Space (clicker forward)
    Prev,               // Left, PageUp (clicker back)
    Up,
    Down,
    Open,               // Return
    Back,               // Escape
    Home,               // fit everything
    ZoomIn,             // + / =
    ZoomOut,            // -
    Action,             // a scene's named action in `text` ("timeline.align"), see KeyBinding
    FocusPanel,         // Tab: the keyboard goes to the scene's panel (a card's answer field)
    FunctionKey,        // F1..F9, F11 by name in `text` ("F3"): the scene table says what it opens
    OpenScene,          // switch to the scene named in `text`
    Play,               // story mode plays the moment whose id is in `text`
    ShowOnTimeline,     // the timeline shows person `text` at her first moment `detail`
    SetMilestone,       // "I have read up to" milestone `text` ("" for the whole book)
    OpenMenu,           // F10, or Alt alone: the first menu opens; `delta` -1/+1: the menu beside the open one
    ToggleDiagnostics,  // F12
    ScaleText,          // Ctrl + / Ctrl -: `delta` steps; Ctrl 0 (delta 0): normal size
    PointerDown,        // mouse button pressed at (x, y); `clicks` = 2 for a double-click
    PointerUp,
    PointerMove,        // (x, y); dx, dy since the last move; `dragging` while a button is held
    Wheel,              // at (x, y); `delta` > 0 zooms in
    Quit,
    Speak               // read `text` aloud in the voice of role `detail` ("" stops); value 1: may auto-advance
  };
  Kind kind = Kind::Next;
  std::string text, detail;
  float x = 0, y = 0, dx = 0, dy = 0, delta = 0;
  int clicks = 0;
  int value = 0;  // which one, for an action on a list: a history step, a moment, an order
  bool dragging = false;
  int view = 0;  // the window it came from: 0 the main one, 1 the second (the presenter view)

  static Command simple(Kind k) {
    Command c;
    c.kind = k;
    return c;
  }
  static Command with_text(Kind k, std::string text, std::string detail = "") {
    Command c;
    c.kind = k;
    c.text = std::move(text);
    c.detail = std::move(detail);
    return c;
  }
  static Command action(std::string name, int value = 0) {
    Command c = with_text(Kind::Action, std::move(name));
    c.value = value;
    return c;
  }
  static Command open_scene(std::string name) { return with_text(Kind::OpenScene, std::move(name)); }
  static Command play(std::string moment) { return with_text(Kind::Play, std::move(moment)); }
  static Command show_on_timeline(std::string person, std::string moment) {
    return with_text(Kind::ShowOnTimeline, std::move(person), std::move(moment));
  }
  static Command scale_text(float steps) {
    Command c;
    c.kind = Kind::ScaleText;
    c.delta = steps;
    return c;
  }
  static Command speak(std::string words, std::string role = "", bool may_advance = false) {
    Command c = with_text(Kind::Speak, std::move(words), std::move(role));
    c.value = may_advance ? 1 : 0;
    return c;
  }
  bool is_action(const char* name) const { return kind == Kind::Action && text == name; }
};

// A letter key bound to a scene's named action: the scene's own table, from which the key
// mapping and the on-screen hints ("Align by motherhood (A)") both come.
struct KeyBinding {
  char key;            // lowercase letter
  const char* action;  // "timeline.align"
  const char* label;   // "Align by motherhood"
};

// The binding of `key` in `bindings`, or null.
inline const KeyBinding* binding_for_key(const std::vector<KeyBinding>& bindings, char key) {
  for (const KeyBinding& b : bindings)
    if (b.key == key) return &b;
  return nullptr;
}

// "Align by motherhood (A)": a binding's label with its key, for buttons and hints.
inline std::string label_with_key(const std::vector<KeyBinding>& bindings, const char* action) {
  for (const KeyBinding& b : bindings)
    if (std::string(b.action) == action)
      return std::string(b.label) + " (" + static_cast<char>(b.key - 'a' + 'A') + ")";
  return action;
}

// Commands waiting for the next frame. Panels and input post; only the app drains.
class CommandOutbox {
 public:
  void post(Command command) { pending_.push_back(std::move(command)); }
  std::vector<Command> drain() {
    std::vector<Command> out;
    out.swap(pending_);
    return out;
  }
  bool empty() const { return pending_.empty(); }

 private:
  std::vector<Command> pending_;
};

}  // namespace lineage
