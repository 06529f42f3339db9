// The window (or, offscreen, a software surface with no display at all), its renderer, and
// Dear ImGui with its SDL backends. The rest of the program sees frames, not SDL set-up.
#pragma once

#include <SDL.h>
#include <imgui.h>

#include <filesystem>
#include <memory>
#include <string>

#include "core/settings/theme.hpp"
#include "platform/draw_data_renderer.hpp"
#include "platform/text_cache.hpp"

namespace lineage {

struct VideoConfig {
  bool offscreen = false;  // software renderer into a surface; no window shown, no display needed
  int width = 1280, height = 720;
  int x = -1, y = -1;  // -1: centred
  bool fullscreen = false;
  bool maximized = false;
  float interface_scale = 1.0f;
  std::string title = "Lineage";
};

class Video {
 public:
  // Returns null and sets `error` when SDL cannot give us a window or renderer.
  static std::unique_ptr<Video> create(const VideoConfig& config, const InterfaceTheme& theme, std::string& error);
  ~Video();
  Video(const Video&) = delete;
  Video& operator=(const Video&) = delete;

  bool offscreen() const { return offscreen_; }
  SDL_Window* window() const { return window_; }
  SDL_Renderer* renderer() const { return renderer_; }
  TextCache& text() { return *text_; }
  std::string renderer_name() const;
  ImVec2 logical_size() const;

  // Gives an event to ImGui; true when ImGui wants it for itself (typing into a field, ...).
  bool imgui_event(const SDL_Event& event);
  bool imgui_wants_keyboard() const;
  // A field is being edited (or an item is held) or a popup (menu, combo, modal) is open: keys
  // are ImGui's.
  bool imgui_owns_keyboard() const;
  bool imgui_wants_mouse() const;

  // Panel fonts and spacing for a new interface scale (between frames only).
  void set_interface_scale(const InterfaceTheme& theme, float scale);

  void begin_frame(double dt);  // starts an ImGui frame; dt is fixed offscreen (deterministic)
  // Renders ImGui's draw data and presents. Offscreen, in-between frames of a settle need not
  // be rasterised (`rasterise` false): only the frame that is saved must be.
  void end_frame(bool rasterise = true);
  // How the last rasterised frame was drawn: rectangles, copies, geometry (Diagnostics, bench).
  const DrawDataStats& last_draw() const { return last_draw_; }

  // Writes the last presented frame as PNG; returns "" or an error message.
  std::string save_png(const std::filesystem::path& path) const;

 private:
  Video() = default;
  bool offscreen_ = false;
  SDL_Window* window_ = nullptr;
  SDL_Renderer* renderer_ = nullptr;
  SDL_Surface* surface_ = nullptr;  // offscreen target
  std::unique_ptr<TextCache> text_;
  bool imgui_ready_ = false;
  DrawDataStats last_draw_;
};

}  // namespace lineage
