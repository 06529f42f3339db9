#include "app/input_map.hpp"

namespace lineage {
namespace {

struct SceneKey {
  SDL_Keycode key;
  const char* name;
  const char* label;
};
constexpr SceneKey kSceneKeys[] = {{SDLK_F2, "title", "F2"},     {SDLK_F3, "timeline", "F3"},
                                   {SDLK_F4, "lineage", "F4"},   {SDLK_F5, "story", "F5"},
                                   {SDLK_F6, "reflections", "F6"}};

std::optional<Command> from_key(const SDL_KeyboardEvent& key) {
  using K = Command::Kind;
  bool ctrl = (key.keysym.mod & KMOD_CTRL) != 0;
  SDL_Keycode code = key.keysym.sym;
  if (ctrl && code == SDLK_q) return Command::simple(K::Quit);
  if (ctrl || (key.keysym.mod & KMOD_ALT)) return std::nullopt;
  switch (code) {
    case SDLK_RIGHT: case SDLK_PAGEDOWN: case SDLK_SPACE: return Command::simple(K::Next);
    case SDLK_LEFT: case SDLK_PAGEUP: return Command::simple(K::Prev);
    case SDLK_UP: return Command::simple(K::Up);
    case SDLK_DOWN: return Command::simple(K::Down);
    case SDLK_RETURN: case SDLK_KP_ENTER: return Command::simple(K::Open);
    case SDLK_ESCAPE: return Command::simple(K::Back);
    case SDLK_HOME: return Command::simple(K::Home);
    case SDLK_PLUS: case SDLK_EQUALS: case SDLK_KP_PLUS: return Command::simple(K::ZoomIn);
    case SDLK_MINUS: case SDLK_KP_MINUS: return Command::simple(K::ZoomOut);
    default: break;
  }
  for (const SceneKey& scene : kSceneKeys)
    if (scene.key == code) return Command::show_scene(scene.name);
  if (code >= SDLK_a && code <= SDLK_z) return Command::toggle(static_cast<char>(code));
  return std::nullopt;
}

}  // namespace

const char* scene_shortcut(const std::string& scene) {
  for (const SceneKey& entry : kSceneKeys)
    if (scene == entry.name) return entry.label;
  return "";
}

std::optional<Command> InputMap::translate(const SDL_Event& event) {
  using K = Command::Kind;
  Command c;
  switch (event.type) {
    case SDL_KEYDOWN:
      return from_key(event.key);
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
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
