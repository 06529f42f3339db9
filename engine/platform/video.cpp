#include "platform/video.hpp"

#include <imgui_impl_sdl.h>
#include <imgui_impl_sdlrenderer.h>
#include <stb_image_write.h>

#include "platform/fonts.hpp"
#include "platform/imgui_style.hpp"

namespace lineage {

std::unique_ptr<Video> Video::create(const VideoConfig& config, const InterfaceTheme& theme, std::string& error) {
  std::unique_ptr<Video> video(new Video());
  video->offscreen_ = config.offscreen;
  if (config.offscreen) {
    // No display at all: the dummy video driver gives ImGui's backend a window object to talk
    // to, and the software renderer draws into our own surface.
    SDL_SetHint(SDL_HINT_VIDEODRIVER, "dummy");
  }
  SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    error = std::string("cannot start SDL video: ") + SDL_GetError();
    return nullptr;
  }
  Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
  if (config.offscreen) flags = SDL_WINDOW_HIDDEN;
  if (config.fullscreen) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
  if (config.maximized && !config.offscreen) flags |= SDL_WINDOW_MAXIMIZED;
  int x = config.x < 0 ? SDL_WINDOWPOS_CENTERED : config.x;
  int y = config.y < 0 ? SDL_WINDOWPOS_CENTERED : config.y;
  video->window_ = SDL_CreateWindow(config.title.c_str(), x, y, config.width, config.height, flags);
  if (!video->window_) {
    error = std::string("cannot open a window: ") + SDL_GetError();
    return nullptr;
  }
  SDL_SetWindowMinimumSize(video->window_, 800, 600);
  if (config.offscreen) {
    video->surface_ = SDL_CreateRGBSurfaceWithFormat(0, config.width, config.height, 32, SDL_PIXELFORMAT_ARGB8888);
    if (video->surface_) video->renderer_ = SDL_CreateSoftwareRenderer(video->surface_);
  } else {
    video->renderer_ = SDL_CreateRenderer(video->window_, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
    if (!video->renderer_) video->renderer_ = SDL_CreateRenderer(video->window_, -1, SDL_RENDERER_SOFTWARE);
  }
  if (!video->renderer_) {
    error = std::string("cannot create a renderer: ") + SDL_GetError();
    return nullptr;
  }
  SDL_SetRenderDrawBlendMode(video->renderer_, SDL_BLENDMODE_BLEND);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // our settings live in the data folder, nowhere else
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  apply_imgui_style(theme, config.interface_scale);
  load_imgui_fonts(theme, config.interface_scale);
  ImGui_ImplSDL2_InitForSDLRenderer(video->window_);
  ImGui_ImplSDLRenderer_Init(video->renderer_);
  video->imgui_ready_ = true;
  video->text_ = std::make_unique<TextCache>(video->renderer_, theme);
  return video;
}

Video::~Video() {
  text_.reset();
  if (imgui_ready_) {
    forget_texture_mask(static_cast<SDL_Texture*>(ImGui::GetIO().Fonts->TexID));
    ImGui_ImplSDLRenderer_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
  }
  if (renderer_) SDL_DestroyRenderer(renderer_);
  if (surface_) SDL_FreeSurface(surface_);
  if (window_) SDL_DestroyWindow(window_);
  SDL_Quit();
}

std::string Video::renderer_name() const {
  SDL_RendererInfo info{};
  if (SDL_GetRendererInfo(renderer_, &info) != 0) return "unknown";
  std::string name = info.name ? info.name : "unknown";
  if (offscreen_) name += " (offscreen)";
  return name;
}

ImVec2 Video::logical_size() const {
  if (surface_) return ImVec2(static_cast<float>(surface_->w), static_cast<float>(surface_->h));
  int w = 0, h = 0;
  SDL_GetWindowSize(window_, &w, &h);
  return ImVec2(static_cast<float>(w), static_cast<float>(h));
}

bool Video::imgui_event(const SDL_Event& event) { return ImGui_ImplSDL2_ProcessEvent(&event); }
bool Video::imgui_wants_keyboard() const { return ImGui::GetIO().WantTextInput; }
bool Video::imgui_owns_keyboard() const {
  // An active item (our word-wrapping answer field, a slider being dragged) keeps the keyboard
  // too: WantTextInput only follows ImGui's own text fields, a frame late.
  return ImGui::GetIO().WantTextInput || ImGui::IsAnyItemActive() || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
}
bool Video::imgui_wants_mouse() const { return ImGui::GetIO().WantCaptureMouse; }

void Video::set_interface_scale(const InterfaceTheme& theme, float scale) {
  apply_imgui_style(theme, scale);
  load_imgui_fonts(theme, scale);
  forget_texture_mask(static_cast<SDL_Texture*>(ImGui::GetIO().Fonts->TexID));
  ImGui_ImplSDLRenderer_DestroyFontsTexture();
  ImGui_ImplSDLRenderer_CreateFontsTexture();
}

void Video::begin_frame(double dt) {
  ImGui_ImplSDLRenderer_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGuiIO& io = ImGui::GetIO();
  if (offscreen_) {
    io.DisplaySize = logical_size();
    io.DisplayFramebufferScale = ImVec2(1, 1);
    io.DeltaTime = static_cast<float>(dt);
  }
  text_->set_pixel_ratio(io.DisplayFramebufferScale.x);
  text_->next_frame();
  ImGui::NewFrame();
}

void Video::end_frame(bool rasterise) {
  ImGui::Render();
  if (!rasterise) return;
  SDL_SetRenderDrawColor(renderer_, 0, 0, 0, 255);
  SDL_RenderClear(renderer_);
  // A software renderer draws into memory we can reach: offscreen our surface, in a window the
  // window's surface. There the draw-data renderer blends fills itself.
  SDL_Surface* target = surface_;
  SDL_RendererInfo info{};
  if (!target && SDL_GetRendererInfo(renderer_, &info) == 0 && (info.flags & SDL_RENDERER_SOFTWARE))
    target = SDL_GetWindowSurface(window_);
  // ImGui's font atlas is white with alpha too; the backend makes its texture on the first frame.
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  if (atlas->TexID && atlas->TexPixelsAlpha8)
    remember_texture_mask(static_cast<SDL_Texture*>(atlas->TexID),
                          {atlas->TexPixelsAlpha8, atlas->TexWidth, atlas->TexHeight, atlas->TexWidth});
  last_draw_ = render_draw_data(renderer_, ImGui::GetDrawData(), target);
  SDL_RenderPresent(renderer_);
}

std::string Video::save_png(const std::filesystem::path& path) const {
  int w = 0, h = 0;
  SDL_Surface* rgba = nullptr;
  if (surface_) {
    rgba = SDL_ConvertSurfaceFormat(surface_, SDL_PIXELFORMAT_ABGR8888, 0);
  } else {
    SDL_GetRendererOutputSize(renderer_, &w, &h);
    rgba = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ABGR8888);
    if (rgba) SDL_RenderReadPixels(renderer_, nullptr, SDL_PIXELFORMAT_ABGR8888, rgba->pixels, rgba->pitch);
  }
  if (!rgba) return std::string("cannot read the frame: ") + SDL_GetError();
  // ABGR8888 is R,G,B,A in memory on little-endian machines: what PNG wants.
  int ok = stbi_write_png(path.string().c_str(), rgba->w, rgba->h, 4, rgba->pixels, rgba->pitch);
  SDL_FreeSurface(rgba);
  return ok ? std::string() : "cannot write " + path.string();
}

}  // namespace lineage
