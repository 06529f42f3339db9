// The application: one loop (events -> update -> draw -> present), the scenes, settings,
// live reload, and the offscreen mode used by --screenshot and the tests.
#pragma once

#include <SDL.h>

#include <memory>
#include <string>
#include <vector>

#include "app/app_state.hpp"
#include "app/input_map.hpp"
#include "app/scene.hpp"
#include "core/cli/options.hpp"
#include "core/settings/theme.hpp"
#include "platform/video.hpp"

namespace lineage {

class StoryWatcher;

class App {
 public:
  explicit App(Options options);
  ~App();

  // Finds the story and data folders, loads settings and the story, opens the window or the
  // offscreen surface. On failure returns false with a one-line `error` (exit code 2).
  bool start(std::string& error);
  int run_window();                     // the interactive loop; returns the exit code
  int run_screenshot();                 // --screenshot: keys, frames, PNG; returns the exit code

  // Offscreen driving, shared by run_screenshot() and the tests.
  bool press_key(const std::string& sdl_key_name);  // false for an unknown key name
  void type_text(const std::string& utf8);          // as a keyboard's text input sends it
  void handle_event(const SDL_Event& event);        // the one input path
  void frame(double dt, bool rasterise = true);
  int settle(int max_frames = 240);                 // frames until nothing animates
  std::string save_png(const std::string& path) const;

  AppState& state() { return state_; }
  // How the last frame was drawn (the benchmark prints it).
  const DrawDataStats& last_draw() const { return video_->last_draw(); }
  Scene* scene() { return current_; }
  Scene* find_scene(const std::string& name);
  const std::vector<std::string>& drawn_strings() const { return drawn_; }
  void show_scene(const std::string& name);
  void set_interface_scale(float scale);  // rebuilds panel fonts; canvas type follows at once
  void reload_story();

 private:
  void apply(const Command& command);
  void draw_chrome();
  void save_settings_now();

  Options options_;
  AppState state_;
  InterfaceTheme theme_;
  std::unique_ptr<Video> video_;
  std::vector<std::unique_ptr<Scene>> scenes_;
  Scene* current_ = nullptr;
  InputMap input_;
  std::unique_ptr<StoryWatcher> watcher_;
  std::unique_ptr<Journal> journal_;
  void open_journal();
  std::vector<std::string> drawn_;
  bool running_ = true;
  bool animating_ = false;
  bool show_diagnostics_ = false;
  bool show_problems_ = false;
  bool rescale_pending_ = false;
  double time_ = 0;
  double frame_ms_ = 0;
  int problem_selected_ = -1;
};

}  // namespace lineage
