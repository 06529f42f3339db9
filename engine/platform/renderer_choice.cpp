#include "platform/renderer_choice.hpp"

#include <SDL.h>

#include <cstdlib>
#include <cstring>
#include <system_error>

namespace lineage {
namespace {

constexpr unsigned kGlRenderer = 0x1F01;  // GL_RENDERER, without pulling in GL headers

// The GL renderer string of the context SDL's GL renderer made current, or "" for other drivers.
std::string gl_renderer_of(SDL_Renderer* renderer) {
  SDL_RendererInfo info;
  if (SDL_GetRendererInfo(renderer, &info) != 0 || std::strncmp(info.name, "opengl", 6) != 0) return "";
  using GetString = const unsigned char* (*)(unsigned);
  auto get_string = reinterpret_cast<GetString>(SDL_GL_GetProcAddress("glGetString"));
  const unsigned char* name = get_string ? get_string(kGlRenderer) : nullptr;
  return name ? reinterpret_cast<const char*>(name) : "";
}

SDL_Renderer* software_renderer(SDL_Window* window) {
  // Present the window surface straight to X11 (shared memory) rather than through a GL
  // texture, which on these machines is the same software rasteriser again. SDL reads the hint
  // once, when the window surface is first made.
  SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
  return SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE);
}

}  // namespace

std::optional<RendererChoice> parse_renderer_choice(std::string_view name) {
  if (name == "auto") return RendererChoice::Auto;
  if (name == "software") return RendererChoice::Software;
  if (name == "accelerated") return RendererChoice::Accelerated;
  return std::nullopt;
}

bool is_software_gl(std::string_view gl) {
  for (std::string_view cpu : {"llvmpipe", "softpipe", "swrast", "Software Rasterizer", "SwiftShader"})
    if (gl.find(cpu) != std::string_view::npos) return true;
  return false;
}

bool has_gpu_device(const std::filesystem::path& dev) {
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dev / "dri", ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("renderD", 0) == 0 || name.rfind("card", 0) == 0) return true;
  }
  for (const auto& entry : std::filesystem::directory_iterator(dev, ec))
    if (entry.path().filename().string().rfind("nvidia", 0) == 0) return true;
  return false;
}

WindowRenderer create_window_renderer(SDL_Window* window, RendererChoice choice) {
  WindowRenderer out;
  const char* forced_software = std::getenv("LIBGL_ALWAYS_SOFTWARE");
  if (choice == RendererChoice::Auto && forced_software && *forced_software && std::strcmp(forced_software, "0") != 0) {
    out.renderer = software_renderer(window);
    out.why = "software: LIBGL_ALWAYS_SOFTWARE asks GL for its CPU rasteriser";
    if (out.renderer) return out;
  }
  if (choice == RendererChoice::Auto && !has_gpu_device()) {
    out.renderer = software_renderer(window);
    out.why = "software: this machine has no GPU device (nothing in /dev/dri), so GL could only rasterise on the CPU";
    if (out.renderer) return out;
  }
  if (choice == RendererChoice::Software) {
    out.renderer = software_renderer(window);
    out.why = "software: chosen with --renderer software";
    return out;
  }
  out.renderer = SDL_CreateRenderer(window, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
  if (!out.renderer) {
    out.renderer = software_renderer(window);
    out.why = std::string("software: no accelerated renderer (") + SDL_GetError() + ")";
    return out;
  }
  const std::string gl = gl_renderer_of(out.renderer);
  if (choice == RendererChoice::Auto && is_software_gl(gl)) {
    SDL_DestroyRenderer(out.renderer);
    out.renderer = software_renderer(window);
    out.why = "software: the GPU driver is a CPU rasteriser (" + gl + ")";
    if (out.renderer) return out;
    // The window refused a surface: go back to what worked.
    out.renderer = SDL_CreateRenderer(window, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
    out.why = "accelerated: " + gl + " (a software surface could not be made)";
    return out;
  }
  out.why = "accelerated" + (gl.empty() ? std::string() : ": " + gl) +
            (choice == RendererChoice::Accelerated ? " (chosen with --renderer accelerated)" : "");
  return out;
}

}  // namespace lineage
