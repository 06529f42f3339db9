#include "platform/platform.hpp"

#include <SDL.h>
#include <imgui_impl_sdl.h>
#include <imgui_impl_sdlrenderer.h>
#include <imgui_internal.h>  // the nav window: is the keyboard in a menu

#include <algorithm>
#include <cstring>
#include <utility>

#include "platform/fonts.hpp"
#include "platform/imgui_style.hpp"
#include "platform/output_impl.hpp"
#include "platform/renderer_choice.hpp"

namespace lineage {

std::unique_ptr<Platform> Platform::start(bool offscreen, std::string& error) {
  std::unique_ptr<Platform> platform(new Platform());
  platform->offscreen_ = offscreen;
  // No display at all offscreen: the dummy video driver gives ImGui's backend a window object
  // to talk to, and the software renderer draws into our own surface.
  if (offscreen) SDL_SetHint(SDL_HINT_VIDEODRIVER, "dummy");
  SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
  // The App stops on SIGINT/SIGTERM itself (app/stop_signal), offscreen too; SDL's handlers
  // would turn them into a quit event that an offscreen run never reads.
  SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    error = std::string("cannot start SDL video: ") + SDL_GetError();
    return nullptr;
  }
  return platform;
}

Platform::~Platform() { SDL_Quit(); }

int Platform::display_count() const { return std::max(1, SDL_GetNumVideoDisplays()); }

namespace {
// A display's rectangle as SDL reports it (whole, or less the panels and docks).
bool display_rect(int index, int (*query)(int, SDL_Rect*), WindowGeometry& out) {
  SDL_Rect r{};
  if (index < 0 || index >= SDL_GetNumVideoDisplays() || query(index, &r) != 0) return false;
  out = {};
  out.x = r.x;
  out.y = r.y;
  out.width = r.w;
  out.height = r.h;
  return true;
}
}  // namespace

bool Platform::display_bounds(int index, WindowGeometry& out) const {
  return display_rect(index, SDL_GetDisplayBounds, out);
}

bool Platform::display_usable_bounds(int index, WindowGeometry& out) const {
  return display_rect(index, SDL_GetDisplayUsableBounds, out);
}

void Platform::show_pointer(bool shown) {
  if (!offscreen_) SDL_ShowCursor(shown ? SDL_ENABLE : SDL_DISABLE);
}

std::unique_ptr<Output> Platform::open(const OutputConfig& config, const InterfaceTheme& theme, std::string& error) {
  auto impl = std::make_unique<Output::Impl>();
  Output::Impl& o = *impl;
  o.offscreen = config.offscreen;
  Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
  if (config.offscreen) flags = SDL_WINDOW_HIDDEN;
  if (config.fullscreen) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
  if (config.maximized && !config.offscreen) flags |= SDL_WINDOW_MAXIMIZED;
  int x = config.x < 0 ? SDL_WINDOWPOS_CENTERED : config.x;
  int y = config.y < 0 ? SDL_WINDOWPOS_CENTERED : config.y;
  std::unique_ptr<Output> output = Output::Impl::make(std::move(impl));
  o.window = SDL_CreateWindow(config.title.c_str(), x, y, config.width, config.height, flags);
  if (!o.window) {
    error = std::string("cannot open a window: ") + SDL_GetError();
    return nullptr;
  }
  SDL_SetWindowMinimumSize(o.window, 800, 600);
  if (config.offscreen) {
    o.surface = SDL_CreateRGBSurfaceWithFormat(0, config.width, config.height, 32, SDL_PIXELFORMAT_ARGB8888);
    if (o.surface) o.renderer = SDL_CreateSoftwareRenderer(o.surface);
    o.renderer_why = "software: offscreen";
  } else {
    WindowRenderer chosen = create_window_renderer(o.window, config.renderer);
    o.renderer = chosen.renderer;
    o.renderer_why = std::move(chosen.why);
  }
  if (!o.renderer) {
    error = std::string("cannot create a renderer: ") + SDL_GetError();
    return nullptr;
  }
  SDL_SetRenderDrawBlendMode(o.renderer, SDL_BLENDMODE_BLEND);

  IMGUI_CHECKVERSION();
  ImGuiContext* previous = ImGui::GetCurrentContext();
  o.imgui = ImGui::CreateContext();
  o.use();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // our settings live in the data folder, nowhere else
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  apply_imgui_style(theme, config.interface_scale);
  load_imgui_fonts(theme, config.interface_scale);
  ImGui_ImplSDL2_InitForSDLRenderer(o.window);
  ImGui_ImplSDLRenderer_Init(o.renderer);
  o.imgui_backends = true;
  o.text = std::make_unique<TextCache>(o.renderer, theme, o.masks);
  if (previous) ImGui::SetCurrentContext(previous);
  o.platform = this;
  outputs_[SDL_GetWindowID(o.window)] = output.get();
  if (!first_) first_ = output.get();
  return output;
}

void Platform::forget(Output& output) {
  for (auto it = outputs_.begin(); it != outputs_.end();)
    it = it->second == &output ? outputs_.erase(it) : std::next(it);
  if (first_ == &output) first_ = outputs_.empty() ? nullptr : outputs_.begin()->second;
}

Output* Platform::output_for(const SDL_Event& event) {
  std::uint32_t id = 0;
  switch (event.type) {
    case SDL_KEYDOWN: case SDL_KEYUP: id = event.key.windowID; break;
    case SDL_TEXTINPUT: id = event.text.windowID; break;
    case SDL_MOUSEBUTTONDOWN: case SDL_MOUSEBUTTONUP: id = event.button.windowID; break;
    case SDL_MOUSEMOTION: id = event.motion.windowID; break;
    case SDL_MOUSEWHEEL: id = event.wheel.windowID; break;
    case SDL_WINDOWEVENT: id = event.window.windowID; break;
    default: break;
  }
  auto it = outputs_.find(id);
  return it != outputs_.end() ? it->second : first_;
}

void Platform::route(const SDL_Event& event, InputSink& sink) {
  Output* output = output_for(event);
  if (!output) return;
  Output::Impl& o = output->impl();
  if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE) {
    sink.close_requested(*output);
    return;
  }
  // The display lost the window's pixels (uncovered, resized, shown again): the next frame goes
  // whole, not only what changed since the last.
  if (event.type == SDL_WINDOWEVENT &&
      (event.window.event == SDL_WINDOWEVENT_EXPOSED || event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED ||
       event.window.event == SDL_WINDOWEVENT_SHOWN || event.window.event == SDL_WINDOWEVENT_RESTORED)) {
    o.presented.reset();
    o.memory.forget();  // and the window's surface may be a new one: the next frame is drawn
  }
  bool keyboard = event.type == SDL_KEYDOWN || event.type == SDL_KEYUP || event.type == SDL_TEXTINPUT;
  bool pointer = event.type == SDL_MOUSEBUTTONDOWN || event.type == SDL_MOUSEBUTTONUP ||
                 event.type == SDL_MOUSEWHEEL || event.type == SDL_MOUSEMOTION;
  if (o.offscreen && event.type == SDL_MOUSEMOTION)
    o.pointer = ImVec2(static_cast<float>(event.motion.x), static_cast<float>(event.motion.y));
  if (o.offscreen && (event.type == SDL_MOUSEBUTTONDOWN || event.type == SDL_MOUSEBUTTONUP))
    o.pointer = ImVec2(static_cast<float>(event.button.x), static_cast<float>(event.button.y));
  bool imgui_keys = output->imgui_owns_keyboard();
  // The keyboard moved into a panel or dialog: its navigation keys are ImGui's there, even on a
  // scene that owns them (the care choice on the timeline's card, the Reading aloud dialog).
  bool in_panel = keyboard && output->keyboard_in_panel();
  bool navigation = (event.type == SDL_KEYDOWN || event.type == SDL_KEYUP) && is_navigation_key(event.key.keysym.sym);
  std::optional<Command> command = o.input.translate(event, sink.bindings(*output));
  // A key the scene understands (arrows, PageUp/PageDown, Return, Space, Esc, Tab…) goes to the
  // scene alone unless a field or popup has the keyboard; otherwise ImGui's keyboard navigation
  // would also move focus and scroll a panel while the clicker steps through moments.
  bool scene_key = keyboard && event.type != SDL_TEXTINPUT && !imgui_keys && !(in_panel && navigation) &&
                   sink.owns_navigation_keys(*output) && command.has_value();
  // In an open menu, Left and Right go to the menu beside it, as on every desktop (ImGui 1.86
  // would close the menu): the app reopens the neighbour.
  if (event.type == SDL_KEYDOWN && (event.key.keysym.sym == SDLK_LEFT || event.key.keysym.sym == SDLK_RIGHT)) {
    o.use();
    const ImGuiWindow* nav = GImGui->NavWindow;
    if (nav && (nav->Flags & ImGuiWindowFlags_Popup) && std::strncmp(nav->Name, "##Menu_", 7) == 0) {
      Command beside = Command::simple(Command::Kind::OpenMenu);
      beside.delta = event.key.keysym.sym == SDLK_LEFT ? -1.0f : 1.0f;
      sink.command(*output, beside);
      return;
    }
  }
  // Alt alone belongs to us (it opens the menus); ImGui 1.86 would also toggle its own menu
  // layer on it and take the keyboard back out of the menu just opened.
  bool lone_alt = (event.type == SDL_KEYDOWN || event.type == SDL_KEYUP) &&
                  (event.key.keysym.sym == SDLK_LALT || event.key.keysym.sym == SDLK_RALT);
  if (!scene_key && !lone_alt) {
    o.use();
    ImGui_ImplSDL2_ProcessEvent(&event);
    // Wherever ImGui has the keyboard (a menu, a dialog, a panel the keyboard moved into),
    // Return chooses the focused control, as on every desktop (ImGui 1.86 activates with Space
    // only): the same key event, sent again as Space. Its release always follows, even when
    // the press closed the menu or left the button held.
    bool enter = (event.type == SDL_KEYDOWN || event.type == SDL_KEYUP) &&
                 (event.key.keysym.sym == SDLK_RETURN || event.key.keysym.sym == SDLK_KP_ENTER);
    bool send_space = false;
    if (enter && event.type == SDL_KEYDOWN)
      send_space = o.space_for_return = (imgui_keys || in_panel) && !ImGui::GetIO().WantTextInput && !ImGui::IsAnyItemActive();
    else if (enter)
      send_space = std::exchange(o.space_for_return, false);
    if (send_space) {
      SDL_Event space = event;
      space.key.keysym.sym = SDLK_SPACE;
      space.key.keysym.scancode = SDL_SCANCODE_SPACE;
      ImGui_ImplSDL2_ProcessEvent(&space);
    }
  }
  if (!command) return;
  using K = Command::Kind;
  // Quitting, the diagnostics, the type size and the screens' F-keys work even while a field has
  // the keyboard (they type nothing; a reader who cannot see leaves Ask's field by F-key).
  bool always = command->kind == K::Quit || command->kind == K::ToggleDiagnostics || command->kind == K::ScaleText ||
                command->kind == K::FunctionKey ||
                command->is_action("speech.self-voicing");  // Ctrl+Alt+V: a reader who cannot see needs it anywhere
  if (keyboard && imgui_keys && !always) return;  // typing into a field, or a menu or dialog is open
  if (in_panel && navigation && sink.owns_navigation_keys(*output)) return;  // the panel's, not the scene's
  // Over a panel the pointer belongs to ImGui, except to finish a drag begun on the scene.
  if (pointer && output->imgui_wants_mouse() && command->kind != K::PointerUp) return;
  sink.command(*output, std::move(*command));
}

bool Platform::is_navigation_key(int sym) {
  switch (sym) {
    case SDLK_LEFT: case SDLK_RIGHT: case SDLK_UP: case SDLK_DOWN: case SDLK_PAGEUP: case SDLK_PAGEDOWN:
    case SDLK_HOME: case SDLK_END: case SDLK_TAB: case SDLK_SPACE: case SDLK_RETURN: case SDLK_KP_ENTER:
    case SDLK_ESCAPE:
      return true;
    default:
      return false;
  }
}

bool Platform::pump(double timeout_seconds, InputSink& sink) {
  SDL_Event event;
  int wait_ms = static_cast<int>(timeout_seconds * 1000);
  bool got = wait_ms > 0 ? SDL_WaitEventTimeout(&event, wait_ms) : SDL_PollEvent(&event);
  if (!got) return false;
  do {
    route(event, sink);
    // ImGui 1.86 sees a key as held or not once a frame: a key pressed and released within one
    // batch of events would never be seen. After a key goes down, the rest waits a frame, except
    // the character it typed (SDL queues it right behind), so a letter shows in the next frame.
    if (event.type == SDL_KEYDOWN) {
      SDL_Event next;
      if (SDL_PeepEvents(&next, 1, SDL_PEEKEVENT, SDL_FIRSTEVENT, SDL_LASTEVENT) == 1 && next.type == SDL_TEXTINPUT &&
          SDL_PeepEvents(&next, 1, SDL_GETEVENT, SDL_TEXTINPUT, SDL_TEXTINPUT) == 1)
        route(next, sink);
      break;
    }
  } while (SDL_PollEvent(&event));
  return true;
}

void Platform::inject_close(Output& output, InputSink& sink) {
  SDL_Event event{};
  event.type = SDL_WINDOWEVENT;
  event.window.event = SDL_WINDOWEVENT_CLOSE;
  event.window.windowID = output.id();
  route(event, sink);
}

bool Platform::valid_key_name(const std::string& name) {
  SDL_Keycode key;
  Uint16 modifiers;
  return parse_key_name(name, key, modifiers);
}

bool Platform::inject_key(Output& output, const std::string& name, bool down, InputSink& sink) {
  SDL_Keycode code;
  Uint16 mod;
  if (!parse_key_name(name, code, mod)) return false;
  // ImGui's backend reads modifiers from SDL: they are held from the press to the release.
  SDL_SetModState(static_cast<SDL_Keymod>(mod));
  SDL_Event event{};
  event.type = down ? SDL_KEYDOWN : SDL_KEYUP;
  event.key.state = down ? SDL_PRESSED : SDL_RELEASED;
  event.key.windowID = output.id();
  event.key.keysym.sym = code;
  event.key.keysym.mod = mod;
  event.key.keysym.scancode = SDL_GetScancodeFromKey(code);
  route(event, sink);
  if (!down && mod != KMOD_NONE) {
    // A hand lets go of Ctrl, Shift or Alt after the key, and that release is what tells
    // ImGui the modifier is up: without it, text typed next is taken for Ctrl+letters.
    SDL_SetModState(KMOD_NONE);
    for (auto [held, key] : {std::pair{KMOD_CTRL, SDLK_LCTRL}, {KMOD_SHIFT, SDLK_LSHIFT}, {KMOD_ALT, SDLK_LALT}}) {
      if (!(mod & held)) continue;
      SDL_Event release = event;
      release.key.keysym.sym = key;
      release.key.keysym.scancode = SDL_GetScancodeFromKey(key);
      release.key.keysym.mod = KMOD_NONE;
      route(release, sink);
    }
  }
  return true;
}

void Platform::inject_pointer(Output& output, Pointer what, float x, float y, InputSink& sink, int clicks, bool held,
                              float wheel) {
  SDL_Event event{};
  int ix = static_cast<int>(x), iy = static_cast<int>(y);
  switch (what) {
    case Pointer::Move:
      event.type = SDL_MOUSEMOTION;
      event.motion.windowID = output.id();
      event.motion.x = ix;
      event.motion.y = iy;
      event.motion.state = held ? SDL_BUTTON_LMASK : 0;
      break;
    case Pointer::Press:
    case Pointer::Release:
      event.type = what == Pointer::Press ? SDL_MOUSEBUTTONDOWN : SDL_MOUSEBUTTONUP;
      event.button.windowID = output.id();
      event.button.button = SDL_BUTTON_LEFT;
      event.button.state = what == Pointer::Press ? SDL_PRESSED : SDL_RELEASED;
      event.button.x = ix;
      event.button.y = iy;
      event.button.clicks = static_cast<Uint8>(clicks);
      break;
    case Pointer::Wheel:
      event.type = SDL_MOUSEWHEEL;
      event.wheel.windowID = output.id();
      event.wheel.y = static_cast<Sint32>(wheel);
      event.wheel.preciseY = wheel;
      break;
  }
  route(event, sink);
}

void Platform::inject_text(Output& output, const std::string& utf8, InputSink& sink) {
  SDL_Event event{};
  event.type = SDL_TEXTINPUT;
  event.text.windowID = output.id();
  for (std::size_t i = 0; i < utf8.size();) {  // SDL sends at most 31 bytes an event
    std::size_t n = std::min<std::size_t>(utf8.size() - i, sizeof(event.text.text) - 1);
    while (n > 0 && i + n < utf8.size() && (static_cast<unsigned char>(utf8[i + n]) & 0xC0) == 0x80) --n;
    std::memcpy(event.text.text, utf8.data() + i, n);
    event.text.text[n] = '\0';
    route(event, sink);
    i += n;
  }
}

}  // namespace lineage
