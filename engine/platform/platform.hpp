// The platform: SDL's start-up and shutdown, its hints, the displays, and input. It opens one
// Output per window and routes each event to the window it belongs to (by window id): that
// window's ImGui context and, as commands, the app's InputSink. Nothing above this layer sees
// SDL.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include "core/settings/theme.hpp"
#include "platform/input_sink.hpp"
#include "platform/output.hpp"

union SDL_Event;

namespace lineage {

class Platform {
 public:
  // Starts SDL video (offscreen: the dummy driver, no display needed). Null and `error` if not.
  static std::unique_ptr<Platform> start(bool offscreen, std::string& error);
  ~Platform();
  Platform(const Platform&) = delete;
  Platform& operator=(const Platform&) = delete;

  // A new window (or offscreen surface) with its renderer, ImGui context and text cache.
  std::unique_ptr<Output> open(const OutputConfig& config, const InterfaceTheme& theme, std::string& error);
  int display_count() const;
  // Display `index`'s place on the desktop (0-based); false if there is no such display.
  bool display_bounds(int index, WindowGeometry& out) const;
  // The part of display `index` a window may use: its bounds less the desktop's panels.
  bool display_usable_bounds(int index, WindowGeometry& out) const;
  // The system pointer, shown or hidden (SDL's one pointer, over every window). No-op offscreen.
  void show_pointer(bool shown);

  // Waits up to `timeout_seconds` for input (0: only what is queued) and delivers it. Returns
  // after the first key press so the frame that follows sees it (ImGui 1.86 reads keys once a
  // frame). True if anything arrived.
  bool pump(double timeout_seconds, InputSink& sink);
  // --keys and tests: a key as a keyboard sends it ("Right", "ctrl+z", "shift+Tab").
  bool inject_key(Output& output, const std::string& name, bool down, InputSink& sink);
  void inject_text(Output& output, const std::string& utf8, InputSink& sink);
  // Tests and the benchmark: the pointer as a mouse moves it (`held`: the left button is down),
  // presses or releases the left button, or turns the wheel by `wheel` notches.
  enum class Pointer { Move, Press, Release, Wheel };
  void inject_pointer(Output& output, Pointer what, float x, float y, InputSink& sink, int clicks = 1,
                      bool held = false, float wheel = 0);
  void inject_close(Output& output, InputSink& sink);  // the window's close button
  static bool valid_key_name(const std::string& name);
  // Arrows, PageUp/PageDown, Home/End, Tab, Space, Return and Escape (an SDL key code).
  static bool is_navigation_key(int sdl_key);

 private:
  friend class Output;
  Platform() = default;
  void forget(Output& output);
  void route(const SDL_Event& event, InputSink& sink);
  Output* output_for(const SDL_Event& event);
  bool offscreen_ = false;
  std::map<std::uint32_t, Output*> outputs_;  // by window id
  Output* first_ = nullptr;                   // where events with no window go
};

}  // namespace lineage
