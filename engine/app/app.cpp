#include "app/app.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstring>
#include <cstdio>

#include "app/paths.hpp"
#include "core/script/loader.hpp"
#include "core/script/watch.hpp"
#include "scenes/widgets/prompt_answer.hpp"

namespace lineage {
namespace {
constexpr double kFixedStep = 1.0 / 60.0;  // offscreen frames advance time deterministically
}

App::App(Options options) : options_(std::move(options)) {}

App::~App() {
  flush_pending_answers(state_);
  scenes_.clear();
  video_.reset();
}

bool App::start(std::string& error) {
  namespace fs = std::filesystem;
  std::error_code ec;
  state_.offscreen = !options_.screenshot.empty();
  state_.story_dir = options_.story_dir.empty() ? find_bundled("story") : fs::path(options_.story_dir);
  if (state_.story_dir.empty() || !fs::is_directory(state_.story_dir, ec)) {
    error = options_.story_dir.empty() ? "cannot find the bundled story folder"
                                       : "--story: '" + options_.story_dir + "' is not a folder";
    return false;
  }
  state_.assets_dir = find_bundled("assets");
  state_.data_dir = options_.data_dir.empty() ? default_data_dir() : fs::path(options_.data_dir);
  fs::create_directories(state_.data_dir, ec);

  InterfaceThemeLoad theme = load_theme(state_.assets_dir / "theme.conf");
  theme_ = theme.theme;
  for (const auto& warning : theme.warnings) std::fprintf(stderr, "lineage: %s\n", warning.c_str());

  // Offscreen renders are reproducible: they start from default settings unless a data
  // folder was given explicitly (tests give one to stay isolated).
  if (!state_.offscreen || !options_.data_dir.empty()) {
    SettingsLoad settings = load_settings(state_.data_dir / "settings.txt");
    if (!settings.warning.empty()) std::fprintf(stderr, "lineage: warning: %s\n", settings.warning.c_str());
    state_.settings = settings.settings;
  }
  if (options_.reduced_motion) state_.settings.reduced_motion = true;

  scenes_ = make_scenes();
  for (const auto& s : scenes_) state_.scene_names.push_back(s->name());
  std::string scene = options_.scene.empty() ? state_.settings.last_scene : options_.scene;
  if (!find_scene(scene)) {
    if (!options_.scene.empty()) {
      error = "--scene: unknown scene '" + scene + "'";
      return false;
    }
    scene = "title";
  }
  for (const auto& key : options_.keys)
    if (SDL_GetKeyFromName(key.c_str()) == SDLK_UNKNOWN) {
      error = "--keys: unknown key name '" + key + "' (use SDL key names such as Right, Return, F5)";
      return false;
    }

  reload_story();
  watcher_ = std::make_unique<StoryWatcher>(state_.story_dir);
  open_journal();

  VideoConfig config;
  config.offscreen = state_.offscreen;
  config.width = options_.width ? options_.width : state_.offscreen ? 1280 : state_.settings.window_width;
  config.height = options_.height ? options_.height : state_.offscreen ? 720 : state_.settings.window_height;
  config.x = state_.settings.window_x;
  config.y = state_.settings.window_y;
  config.maximized = state_.settings.maximized;
  config.fullscreen = options_.fullscreen;
  config.interface_scale = state_.settings.interface_scale;
  video_ = Video::create(config, theme_, error);
  if (!video_) return false;

  if (!options_.select.empty()) state_.selected_moment = options_.select;
  show_scene(scene);
  return true;
}

void App::reload_story() {
  LoadResult result = load_story(state_.story_dir);
  state_.diagnostics = result.diagnostics;
  if (result.story) {
    state_.story = result.story;
    ++state_.story_version;
    for (auto& scene : scenes_) scene->story_changed(state_);
  }
  show_problems_ = result.errors() > 0;
  if (result.errors() > 0)
    state_.status = std::to_string(result.errors()) + " error(s) in the story; showing the last good version";
  else if (!state_.status.empty() && state_.status.find("error(s) in the story") != std::string::npos)
    state_.status.clear();
}

void App::open_journal() {
  journal_ = std::make_unique<Journal>(state_.data_dir);
  state_.journal = journal_.get();
  if (!journal_->status().ok) std::fprintf(stderr, "lineage: warning: %s\n", journal_->status().message.c_str());
  // The last reader, else the first profile, else a new one: a student can start at once.
  std::optional<Profile> profile;
  if (auto last = state_.settings.extra.find("profile"); last != state_.settings.extra.end())
    profile = journal_->find_profile(last->second);
  if (!profile) {
    auto all = journal_->profiles();
    profile = all.empty() ? journal_->create_profile("Reader") : std::optional<Profile>(all.front());
  }
  if (profile) {
    state_.profile = profile->id;
    state_.profile_name = profile->name;
    state_.settings.extra["profile"] = profile->name;
  }
  // Several students share the computer: the window opens by asking who is reading (the last
  // reader is offered first). Offscreen renders go straight to the last reader.
  state_.ask_reader = !state_.offscreen && journal_->profiles().size() >= 2;
}

Scene* App::find_scene(const std::string& name) {
  for (auto& scene : scenes_)
    if (name == scene->name()) return scene.get();
  return nullptr;
}

void App::show_scene(const std::string& name) {
  Scene* next = find_scene(name);
  if (!next) return;
  flush_pending_answers(state_);  // leaving a scene saves what was being typed
  current_ = next;
  state_.settings.last_scene = name;
  current_->enter(state_);
  animating_ = true;
}

void App::apply(const Command& command) {
  using K = Command::Kind;
  if (command.kind == K::Quit) {
    running_ = false;
  } else if (command.kind == K::ShowScene) {
    show_scene(command.text);
  } else if (current_) {
    current_->handle(command, state_);
    if (!state_.requested_scene.empty()) {
      std::string name = std::move(state_.requested_scene);
      state_.requested_scene.clear();
      show_scene(name);
    }
  }
}

void App::set_interface_scale(float scale) {
  scale = std::clamp(scale, 0.75f, 2.5f);
  if (scale == state_.settings.interface_scale) return;
  state_.settings.interface_scale = scale;
  rescale_pending_ = true;  // the font atlas may not change mid-frame: frame() applies it
  animating_ = true;
}

void App::handle_event(const SDL_Event& event) {
  bool keyboard = event.type == SDL_KEYDOWN || event.type == SDL_KEYUP || event.type == SDL_TEXTINPUT;
  // A key the scene understands (arrows, PageUp/PageDown, Return, Space, Esc…) goes to the scene
  // alone unless a field or popup has the keyboard; otherwise ImGui's keyboard navigation would
  // also move focus and scroll a panel while the clicker steps through moments.
  bool scene_key = keyboard && event.type != SDL_TEXTINPUT && !video_->imgui_owns_keyboard() &&
                   (!current_ || current_->owns_navigation_keys()) && input_.translate(event).has_value();
  if (!scene_key) video_->imgui_event(event);
  if (event.type == SDL_KEYDOWN && event.key.keysym.sym == SDLK_F12) {
    show_diagnostics_ = !show_diagnostics_;
    return;
  }
  if (event.type == SDL_KEYDOWN && (event.key.keysym.mod & KMOD_CTRL)) {
    // Ctrl + / Ctrl - / Ctrl 0: larger or smaller type for the back of the classroom.
    SDL_Keycode key = event.key.keysym.sym;
    float scale = state_.settings.interface_scale;
    if (key == SDLK_EQUALS || key == SDLK_PLUS || key == SDLK_KP_PLUS) scale += 0.125f;
    if (key == SDLK_MINUS || key == SDLK_KP_MINUS) scale -= 0.125f;
    if (key == SDLK_0 || key == SDLK_KP_0) scale = 1.0f;
    set_interface_scale(scale);
  }
  bool pointer = event.type == SDL_MOUSEBUTTONDOWN || event.type == SDL_MOUSEBUTTONUP ||
                 event.type == SDL_MOUSEWHEEL || event.type == SDL_MOUSEMOTION;
  if (keyboard && video_->imgui_owns_keyboard()) return;  // typing into a field, or a dialog is open
  std::optional<Command> command = input_.translate(event);
  if (!command) return;
  // Over a panel the pointer belongs to ImGui, except to finish a drag begun on the scene.
  if (pointer && video_->imgui_wants_mouse() && command->kind != Command::Kind::PointerUp) return;
  apply(*command);
}

bool App::press_key(const std::string& name_with_modifiers) {
  // "ctrl+z", "shift+Home": modifiers first, as xdotool writes them.
  std::string name = name_with_modifiers;
  Uint16 mod = KMOD_NONE;
  for (auto [prefix, flag] : {std::pair<const char*, Uint16>{"ctrl+", KMOD_LCTRL}, {"shift+", KMOD_LSHIFT}, {"alt+", KMOD_LALT}}) {
    std::size_t n = std::strlen(prefix);
    while (name.size() > n && SDL_strncasecmp(name.c_str(), prefix, n) == 0) {
      mod = static_cast<Uint16>(mod | flag);
      name.erase(0, n);
    }
  }
  SDL_Keycode code = SDL_GetKeyFromName(name.c_str());
  if (code == SDLK_UNKNOWN) return false;
  SDL_Keymod previous = SDL_GetModState();
  SDL_SetModState(static_cast<SDL_Keymod>(mod));  // ImGui's backend reads modifiers from SDL
  SDL_Event event{};
  event.type = SDL_KEYDOWN;
  event.key.state = SDL_PRESSED;
  event.key.keysym.sym = code;
  event.key.keysym.mod = mod;
  event.key.keysym.scancode = SDL_GetScancodeFromKey(code);
  handle_event(event);
  // ImGui 1.86 reads keys as held or not once a frame: the key stays down for a frame, as it
  // would on a real keyboard, or a press meant for a field, a list or a dialog is lost.
  frame(1.0 / 60.0, false);
  event.type = SDL_KEYUP;
  event.key.state = SDL_RELEASED;
  handle_event(event);
  SDL_SetModState(previous);
  return true;
}

void App::type_text(const std::string& utf8) {
  SDL_Event event{};
  event.type = SDL_TEXTINPUT;
  for (std::size_t i = 0; i < utf8.size();) {  // SDL sends at most 31 bytes an event
    std::size_t n = std::min<std::size_t>(utf8.size() - i, sizeof(event.text.text) - 1);
    while (n > 0 && i + n < utf8.size() && (static_cast<unsigned char>(utf8[i + n]) & 0xC0) == 0x80) --n;
    std::memcpy(event.text.text, utf8.data() + i, n);
    event.text.text[n] = '\0';
    handle_event(event);
    i += n;
  }
}

void App::frame(double dt, bool rasterise) {
  Uint64 start = SDL_GetPerformanceCounter();
  time_ += dt;
  animating_ = current_ && current_->update(dt, state_);
  if (rescale_pending_) {
    video_->set_interface_scale(theme_, state_.settings.interface_scale);
    rescale_pending_ = false;
  }
  video_->begin_frame(dt);
  ImVec2 size = video_->logical_size();
  Canvas canvas(ImGui::GetBackgroundDrawList(), video_->text(), theme_, size, state_.settings.interface_scale,
                state_.settings.reduced_motion ? 0.0 : time_, state_.settings.reduced_motion);
  draw_chrome();
  if (current_) current_->draw(canvas, state_);
  drawn_ = canvas.drawn_strings();
  // A settling offscreen frame that will be followed by another need not be rasterised.
  video_->end_frame(rasterise || !animating_);
  double ms = 1000.0 * static_cast<double>(SDL_GetPerformanceCounter() - start) /
              static_cast<double>(SDL_GetPerformanceFrequency());
  frame_ms_ = frame_ms_ == 0 ? ms : frame_ms_ * 0.9 + ms * 0.1;
}

int App::settle(int max_frames) {
  // ImGui needs a few frames to size new windows; then run until the scene stops moving.
  int frames = 0;
  do {
    frame(kFixedStep, frames + 1 >= max_frames);
    ++frames;
  } while ((frames < 3 || animating_) && frames < max_frames);
  return frames;
}

std::string App::save_png(const std::string& path) const { return video_->save_png(path); }

int App::run_screenshot() {
  settle();
  for (const auto& key : options_.keys) {
    press_key(key);
    frame(kFixedStep, false);
    frame(kFixedStep, false);
  }
  if (options_.frames > 0) {
    for (int i = 0; i < options_.frames; ++i) frame(kFixedStep, i + 1 == options_.frames);
  } else {
    settle();
  }
  std::string error = save_png(options_.screenshot);
  if (!error.empty()) {
    std::fprintf(stderr, "lineage: %s\n", error.c_str());
    return 1;
  }
  return 0;
}

int App::run_window() {
  Uint64 last = SDL_GetPerformanceCounter();
  Uint32 last_watch = SDL_GetTicks();
  int redraw = 3;  // frames still owed after input (ImGui hover and layout settle over a few)
  while (running_) {
    SDL_Event event;
    bool busy = animating_ || redraw > 0;
    // Nothing moving: sleep until input arrives (or the reload check is due). No busy loop.
    if (busy ? SDL_PollEvent(&event) : SDL_WaitEventTimeout(&event, 250)) {
      do {
        handle_event(event);
        if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE) running_ = false;
        // ImGui 1.86 sees a key as held or not once a frame: a key pressed and released within
        // one batch of events would never be seen. After a key goes down, the rest waits for
        // the next frame.
        if (event.type == SDL_KEYDOWN) break;
      } while (SDL_PollEvent(&event));
      redraw = 3;
    }
    if (SDL_GetTicks() - last_watch > 300) {
      last_watch = SDL_GetTicks();
      save_due_answers(state_);
      if (!journal_->status().ok || journal_->pending_count() > 0) journal_->retry();
      if (watcher_->changed()) {
        reload_story();
        redraw = 3;
      }
    }
    Uint64 now = SDL_GetPerformanceCounter();
    double dt = std::min(0.1, static_cast<double>(now - last) / static_cast<double>(SDL_GetPerformanceFrequency()));
    last = now;
    if (animating_ || redraw > 0) {
      frame(dt);
      if (redraw > 0) --redraw;
    }
  }
  flush_pending_answers(state_);
  save_settings_now();
  return 0;
}

void App::save_settings_now() {
  if (state_.offscreen) return;
  Uint32 flags = SDL_GetWindowFlags(video_->window());
  state_.settings.maximized = (flags & SDL_WINDOW_MAXIMIZED) != 0;
  if (!state_.settings.maximized && !(flags & SDL_WINDOW_FULLSCREEN_DESKTOP)) {
    SDL_GetWindowSize(video_->window(), &state_.settings.window_width, &state_.settings.window_height);
    SDL_GetWindowPosition(video_->window(), &state_.settings.window_x, &state_.settings.window_y);
  }
  std::string error = save_settings(state_.data_dir / "settings.txt", state_.settings);
  if (!error.empty()) std::fprintf(stderr, "lineage: warning: %s\n", error.c_str());
}

}  // namespace lineage
