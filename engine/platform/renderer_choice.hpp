// Which SDL renderer draws a window. A GL driver that is itself a software rasteriser
// (llvmpipe on a school laptop, a VM, a remote desktop) is slower than Lineage's own software
// path, which draws into the window's surface directly; auto picks by what the machine has.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

struct SDL_Renderer;
struct SDL_Window;

namespace lineage {

enum class RendererChoice { Auto, Software, Accelerated };

std::optional<RendererChoice> parse_renderer_choice(std::string_view name);

// True for the names Mesa and others give their CPU rasterisers (GL_RENDERER strings).
bool is_software_gl(std::string_view gl_renderer);

// Whether the machine has a GPU device node at all (/dev/dri/renderD* or card*, /dev/nvidia*).
// Without one every GL driver is a CPU rasteriser, which auto then knows without paying for a
// GL context (creating one on llvmpipe costs 100-500 ms of start-up).
bool has_gpu_device(const std::filesystem::path& dev = "/dev");

struct WindowRenderer {
  SDL_Renderer* renderer = nullptr;
  std::string why;  // for the diagnostics panel: which renderer, and why it was chosen
};

// Creates the window's renderer. Call before anything else draws into the window.
WindowRenderer create_window_renderer(SDL_Window* window, RendererChoice choice);

}  // namespace lineage
