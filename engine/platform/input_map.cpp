#include "platform/input_map.hpp"

#include <cstring>

namespace lineage {

bool parse_key_name(const std::string& name_with_modifiers, SDL_Keycode& key, Uint16& modifiers) {
  // "ctrl+z", "shift+Home": modifiers first, as xdotool writes them.
  std::string name = name_with_modifiers;
  modifiers = KMOD_NONE;
  for (auto [prefix, flag] : {std::pair<const char*, Uint16>{"ctrl+", KMOD_LCTRL}, {"shift+", KMOD_LSHIFT}, {"alt+", KMOD_LALT}}) {
    std::size_t n = std::strlen(prefix);
    while (name.size() > n && SDL_strncasecmp(name.c_str(), prefix, n) == 0) {
      modifiers = static_cast<Uint16>(modifiers | flag);
      name.erase(0, n);
    }
  }
  key = SDL_GetKeyFromName(name.c_str());
  return key != SDLK_UNKNOWN;
}

std::optional<Command> InputMap::from_key(const SDL_KeyboardEvent& key, const std::vector<KeyBinding>& bindings) {
  using K = Command::Kind;
  bool ctrl = (key.keysym.mod & KMOD_CTRL) != 0;
  SDL_Keycode code = key.keysym.sym;
  if (ctrl) {
    // Ctrl + / Ctrl - / Ctrl 0: larger or smaller type for the back of the classroom.
    if (code == SDLK_q) return Command::simple(K::Quit);
    if (code == SDLK_k) return Command::open_scene("ask");  // Ask, from anywhere
    // Ctrl+Alt+V: self-voicing on or off (Ren'Py's V alone would clash with story mode's V
    // and with typing; Ctrl+V alone pastes).
    if (code == SDLK_v && (key.keysym.mod & KMOD_ALT)) return Command::action("speech.self-voicing");
    if (code == SDLK_EQUALS || code == SDLK_PLUS || code == SDLK_KP_PLUS) return Command::scale_text(+1);
    if (code == SDLK_MINUS || code == SDLK_KP_MINUS) return Command::scale_text(-1);
    if (code == SDLK_0 || code == SDLK_KP_0) return Command::scale_text(0);
    return std::nullopt;
  }
  if (key.keysym.mod & KMOD_ALT) return std::nullopt;
  switch (code) {
    case SDLK_RIGHT: case SDLK_PAGEDOWN: case SDLK_SPACE: return Command::simple(K::Next);
    case SDLK_LEFT: case SDLK_PAGEUP: return Command::simple(K::Prev);
    case SDLK_UP: return Command::simple(K::Up);
    case SDLK_DOWN: return Command::simple(K::Down);
    case SDLK_RETURN: case SDLK_KP_ENTER: return Command::simple(K::Open);
    case SDLK_ESCAPE: return Command::simple(K::Back);
    case SDLK_HOME: return Command::simple(K::Home);
    case SDLK_TAB: return (key.keysym.mod & KMOD_SHIFT) ? std::nullopt : std::optional(Command::simple(K::FocusPanel));
    case SDLK_PLUS: case SDLK_EQUALS: case SDLK_KP_PLUS: return Command::simple(K::ZoomIn);
    case SDLK_MINUS: case SDLK_KP_MINUS: return Command::simple(K::ZoomOut);
    case SDLK_F10: return Command::simple(K::OpenMenu);
    case SDLK_F12: return Command::simple(K::ToggleDiagnostics);
    case SDLK_SLASH: return Command::open_scene("ask");
    default: break;
  }
  // Shift+F5 (a clicker's "start from here") says so in `detail`.
  if (code >= SDLK_F1 && code <= SDLK_F11)
    return Command::with_text(K::FunctionKey, SDL_GetKeyName(code), (key.keysym.mod & KMOD_SHIFT) ? "shift" : "");
  // '.' and the digits only where a scene binds them (presenting: black screen, jump to a step);
  // a digit's action carries the digit as its value.
  if (code == SDLK_PERIOD)
    if (const KeyBinding* b = binding_for_key(bindings, '.')) return Command::action(b->action);
  if (code >= SDLK_0 && code <= SDLK_9)
    if (const KeyBinding* b = binding_for_key(bindings, static_cast<char>(code)))
      return Command::action(b->action, static_cast<int>(code - SDLK_0));
  if (code >= SDLK_KP_1 && code <= SDLK_KP_0) {
    int digit = code == SDLK_KP_0 ? 0 : static_cast<int>(code - SDLK_KP_1) + 1;
    if (const KeyBinding* b = binding_for_key(bindings, static_cast<char>('0' + digit))) return Command::action(b->action, digit);
  }
  if (code >= SDLK_a && code <= SDLK_z)
    if (const KeyBinding* b = binding_for_key(bindings, static_cast<char>(code))) return Command::action(b->action);
  return std::nullopt;
}

std::optional<Command> InputMap::translate(const SDL_Event& event, const std::vector<KeyBinding>& bindings) {
  using K = Command::Kind;
  Command c;
  bool alt = event.type == SDL_KEYDOWN || event.type == SDL_KEYUP
                 ? event.key.keysym.sym == SDLK_LALT || event.key.keysym.sym == SDLK_RALT
                 : false;
  switch (event.type) {
    case SDL_KEYDOWN:
      lone_alt_ = alt && event.key.repeat == 0;
      return alt ? std::nullopt : from_key(event.key, bindings);
    case SDL_KEYUP:
      if (alt && lone_alt_) {
        lone_alt_ = false;
        return Command::simple(K::OpenMenu);
      }
      return std::nullopt;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
      lone_alt_ = false;
      if (event.button.button != SDL_BUTTON_LEFT) return std::nullopt;
      button_down_ = event.type == SDL_MOUSEBUTTONDOWN;
      c.kind = button_down_ ? K::PointerDown : K::PointerUp;
      c.x = last_x_ = static_cast<float>(event.button.x);
      c.y = last_y_ = static_cast<float>(event.button.y);
      c.clicks = event.button.clicks;
      return c;
    case SDL_MOUSEMOTION:
      c.kind = K::PointerMove;
      c.x = static_cast<float>(event.motion.x);
      c.y = static_cast<float>(event.motion.y);
      c.dx = c.x - last_x_;
      c.dy = c.y - last_y_;
      last_x_ = c.x;
      last_y_ = c.y;
      c.dragging = button_down_;
      return c;
    case SDL_MOUSEWHEEL:
      c.kind = K::Wheel;
      c.delta = event.wheel.preciseY != 0 ? event.wheel.preciseY : static_cast<float>(event.wheel.y);
      c.x = last_x_;
      c.y = last_y_;
      return c;
    case SDL_QUIT:
      return Command::simple(K::Quit);
    default:
      return std::nullopt;
  }
}

}  // namespace lineage
