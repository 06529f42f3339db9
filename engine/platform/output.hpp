// One output: a window (or, offscreen, a software surface with no display at all), its
// renderer, its own Dear ImGui context and its text cache. A presenter view is a second Output
// beside the projector's. Made by Platform::open; SDL stays behind this header.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "core/settings/theme.hpp"
#include "platform/draw_stats.hpp"
#include "platform/renderer_choice.hpp"

namespace lineage {

class Platform;
class TextCache;
class Layers;

struct OutputConfig {
  bool offscreen = false;  // software renderer into a surface; no window shown, no display needed
  int width = 1280, height = 720;
  int x = -1, y = -1;  // -1: centred
  bool fullscreen = false;
  bool maximized = false;
  float interface_scale = 1.0f;
  std::string title = "Lineage";
  RendererChoice renderer = RendererChoice::Auto;  // a window's renderer (offscreen: always software)
};

// Where and how big a window is, to reopen it there.
struct WindowGeometry {
  int x = 0, y = 0, width = 0, height = 0;
  bool maximized = false, fullscreen = false;
};

class Output {
 public:
  ~Output();
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;

  std::uint32_t id() const;  // the window's id: input is routed by it
  bool offscreen() const;
  TextCache& text();  // for the Canvas; its header is the platform's own
  Layers& layers();   // offscreen layers for the Canvas (platform/layers.hpp)
  // The text cache in figures, for the Diagnostics panel.
  std::string font_family(const std::string& role);
  std::size_t cached_text_textures() const;
  std::size_t text_rasterisations() const;
  std::string renderer_name() const;
  const std::string& renderer_why() const;
  void set_title(const std::string& title);  // the window's title bar (and task switcher)
  std::string title() const;  // which renderer draws the window, and why
  ImVec2 logical_size() const;
  WindowGeometry geometry() const;
  // Moves and sizes the window (no effect offscreen); `fullscreen`: covers the display that
  // holds (x, y), as a projector's window must.
  void place(const WindowGeometry& where);

  // ImGui's claim on input, for routing: a field is being edited (or an item is held) or a
  // popup (menu, combo, modal) is open, so keys are ImGui's; the pointer is over a panel.
  bool imgui_owns_keyboard() const;
  bool imgui_wants_mouse() const;
  // The keyboard has moved into a panel or dialog (a control there shows the keyboard's
  // highlight: Tab into the timeline's card, a dialog opened from a menu). Its arrows, Tab,
  // Space, Return and Escape are then ImGui's, not the scene's, until Escape or a click on the
  // scene gives them back. The menu bar does not count (its menus are popups).
  bool keyboard_in_panel() const;

  // Panel fonts and spacing for a new interface scale or reading look (between frames only);
  // the canvas type follows a change of font.
  void set_interface_scale(const InterfaceTheme& theme, float scale);
  void begin_frame(double dt);  // makes this output's ImGui context current; dt is fixed offscreen
  // Reduced motion: ImGui's own fades (the dimming behind a dialog) are whole at once.
  void set_reduced_motion(bool still);
  // Renders ImGui's draw data and presents. Offscreen, in-between frames of a settle need not
  // be rasterised (`rasterise` false): only the frame that is saved must be.
  void end_frame(bool rasterise = true);
  // On the software path a frame identical to the last one drawn is not drawn again (see
  // frame_memory.hpp); `on` draws every frame regardless, as the benchmarks must to measure drawing
  // (last_draw().unchanged still says whether it would have been skipped).
  void draw_every_frame(bool on);
  // How the last rasterised frame was drawn: rectangles, copies, geometry (Diagnostics, bench).
  const DrawDataStats& last_draw() const;
  // Writes the last presented frame as PNG; returns "" or an error message.
  std::string save_png(const std::filesystem::path& path) const;

  struct Impl;  // SDL window, renderer, ImGui context, text cache (output.cpp)
  Impl& impl() { return *impl_; }

 private:
  friend class Platform;
  explicit Output(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace lineage
