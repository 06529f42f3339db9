#include "platform/output.hpp"

#include <imgui_impl_sdl.h>
#include <imgui_impl_sdlrenderer.h>
#include <imgui_internal.h>  // the nav window: has the keyboard moved into a panel
#include <stb_image_write.h>

#include <cstring>

#include "platform/fonts.hpp"
#include "platform/imgui_style.hpp"
#include "platform/output_impl.hpp"
#include "platform/platform.hpp"

namespace lineage {
namespace {

// The software path's present: SDL's would upload the whole window surface to the display every
// frame, which in a 1920x1080 X11 window costs about as much as drawing it.
void present_changed(Output::Impl& o, SDL_Surface* target) {
  SDL_RenderFlush(o.renderer);
  const std::vector<PixelRect>& changed = o.presented.update(target->pixels, target->pitch, target->w, target->h);
  o.last_draw.presented_rects = static_cast<int>(changed.size());
  o.last_draw.presented_pixels = 0;
  if (changed.empty()) return;
  std::vector<SDL_Rect> rects;
  rects.reserve(changed.size());
  for (const PixelRect& r : changed) {
    rects.push_back(SDL_Rect{r.x, r.y, r.w, r.h});
    o.last_draw.presented_pixels += r.area();
  }
  if (SDL_UpdateWindowSurfaceRects(o.window, rects.data(), static_cast<int>(rects.size())) != 0) {
    o.presented.reset();  // whatever reached the screen, the next frame goes whole
    o.memory.forget();
    SDL_RenderPresent(o.renderer);
  }
}

}  // namespace

Output::Output(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Output::~Output() {
  Impl& o = *impl_;
  if (o.platform) o.platform->forget(*this);
  if (o.imgui) {
    o.use();
    o.text.reset();
    o.layers.reset();
    o.masks.forget(static_cast<SDL_Texture*>(ImGui::GetIO().Fonts->TexID));
    if (o.imgui_backends) {
      ImGui_ImplSDLRenderer_Shutdown();
      ImGui_ImplSDL2_Shutdown();
    }
    ImGui::DestroyContext(o.imgui);
  }
  if (o.renderer) SDL_DestroyRenderer(o.renderer);
  if (o.surface) SDL_FreeSurface(o.surface);
  if (o.window) SDL_DestroyWindow(o.window);
}

std::uint32_t Output::id() const { return impl_->window ? SDL_GetWindowID(impl_->window) : 0; }
bool Output::offscreen() const { return impl_->offscreen; }
TextCache& Output::text() { return *impl_->text; }
Layers& Output::layers() {
  if (!impl_->layers) impl_->layers = std::make_unique<OutputLayers>(impl_->renderer, impl_->masks);
  return *impl_->layers;
}
std::string Output::font_family(const std::string& role) { return impl_->text->font_family(role); }
std::size_t Output::cached_text_textures() const { return impl_->text->cached_textures(); }
std::size_t Output::text_rasterisations() const { return impl_->text->rasterisations(); }
const DrawDataStats& Output::last_draw() const { return impl_->last_draw; }
void Output::draw_every_frame(bool on) { impl_->draw_every_frame = on; }

const std::string& Output::renderer_why() const { return impl_->renderer_why; }

void Output::set_title(const std::string& title) { SDL_SetWindowTitle(impl_->window, title.c_str()); }

std::string Output::title() const { return SDL_GetWindowTitle(impl_->window); }

std::string Output::renderer_name() const {
  SDL_RendererInfo info{};
  if (SDL_GetRendererInfo(impl_->renderer, &info) != 0) return "unknown";
  std::string name = info.name ? info.name : "unknown";
  if (impl_->offscreen) name += " (offscreen)";
  return name;
}

ImVec2 Output::logical_size() const {
  if (impl_->surface) return ImVec2(static_cast<float>(impl_->surface->w), static_cast<float>(impl_->surface->h));
  int w = 0, h = 0;
  SDL_GetWindowSize(impl_->window, &w, &h);
  return ImVec2(static_cast<float>(w), static_cast<float>(h));
}

WindowGeometry Output::geometry() const {
  WindowGeometry g;
  Uint32 flags = SDL_GetWindowFlags(impl_->window);
  g.maximized = (flags & SDL_WINDOW_MAXIMIZED) != 0;
  g.fullscreen = (flags & SDL_WINDOW_FULLSCREEN_DESKTOP) != 0;
  SDL_GetWindowSize(impl_->window, &g.width, &g.height);
  SDL_GetWindowPosition(impl_->window, &g.x, &g.y);
  return g;
}

void Output::place(const WindowGeometry& g) {
  if (impl_->offscreen || !impl_->window) return;
  SDL_SetWindowFullscreen(impl_->window, 0);
  if (g.maximized) SDL_RestoreWindow(impl_->window);
  SDL_SetWindowPosition(impl_->window, g.x, g.y);
  SDL_SetWindowSize(impl_->window, g.width, g.height);
  if (g.fullscreen) SDL_SetWindowFullscreen(impl_->window, SDL_WINDOW_FULLSCREEN_DESKTOP);
  else if (g.maximized) SDL_MaximizeWindow(impl_->window);
}

bool Output::imgui_owns_keyboard() const {
  impl_->use();
  // An active item (our word-wrapping answer field, a slider being dragged) keeps the keyboard
  // too: WantTextInput only follows ImGui's own text fields, a frame late.
  return ImGui::GetIO().WantTextInput || ImGui::IsAnyItemActive() || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
}

bool Output::keyboard_in_panel() const {
  impl_->use();
  const ImGuiContext& g = *GImGui;
  const ImGuiWindow* nav = g.NavWindow;
  if (!nav || !g.NavId || g.NavDisableHighlight || g.NavLayer != ImGuiNavLayer_Main || !nav->WasActive) return false;
  if (nav->Flags & ImGuiWindowFlags_NoNavInputs) return false;
  return std::strcmp(nav->Name, "##MainMenuBar") != 0;
}

bool Output::imgui_wants_mouse() const {
  impl_->use();
  return ImGui::GetIO().WantCaptureMouse;
}

void Output::set_interface_scale(const InterfaceTheme& theme, float scale) {
  impl_->use();
  apply_imgui_style(theme, scale);
  load_imgui_fonts(theme, scale);
  impl_->text->follow_theme_fonts();  // a new reading font: the canvas type is made again, once
  impl_->masks.forget(static_cast<SDL_Texture*>(ImGui::GetIO().Fonts->TexID));
  ImGui_ImplSDLRenderer_DestroyFontsTexture();
  ImGui_ImplSDLRenderer_CreateFontsTexture();
}

void Output::begin_frame(double dt) {
  impl_->use();
  ImGui_ImplSDLRenderer_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGuiIO& io = ImGui::GetIO();
  if (impl_->offscreen) {
    io.DisplaySize = logical_size();
    io.DisplayFramebufferScale = ImVec2(1, 1);
    io.DeltaTime = static_cast<float>(dt);
    io.MousePos = impl_->pointer;
  }
  impl_->text->set_pixel_ratio(io.DisplayFramebufferScale.x);
  impl_->text->next_frame();
  ImGui::NewFrame();
}

void Output::set_reduced_motion(bool still) { impl_->still = still; }

void Output::end_frame(bool rasterise) {
  Impl& o = *impl_;
  o.use();
  if (o.still) {
    // ImGui fades the dimming behind a modal dialog in over a sixth of a second (and out over a
    // tenth): under reduced motion it is there, or gone, on the dialog's first frame.
    ImGuiContext& g = *ImGui::GetCurrentContext();
    g.DimBgRatio = ImGui::GetTopMostPopupModal() ? 1.0f : 0.0f;
  }
  ImGui::Render();
  if (!rasterise) return;
  // A software renderer draws into memory we can reach: offscreen our surface, in a window the
  // window's surface. There the draw-data renderer blends fills itself.
  SDL_Surface* target = o.surface;
  SDL_RendererInfo info{};
  if (!target && SDL_GetRendererInfo(o.renderer, &info) == 0 && (info.flags & SDL_RENDERER_SOFTWARE))
    target = SDL_GetWindowSurface(o.window);
  // ImGui's font atlas is white with alpha too; the backend makes its texture on the first frame.
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  if (atlas->TexID && atlas->TexPixelsAlpha8)
    o.masks.remember(static_cast<SDL_Texture*>(atlas->TexID),
                     {atlas->TexPixelsAlpha8, atlas->TexWidth, atlas->TexHeight, atlas->TexWidth});
  ImDrawData* draw_data = ImGui::GetDrawData();
  // The framebuffer already shows exactly this frame: nothing to draw, nothing to present (a
  // window that lost its pixels has forgotten its frame: see Platform::route).
  const bool unchanged =
      target && draw_data &&
      o.memory.unchanged(*draw_data, {target->pixels, target->w, target->h, target->pitch, o.masks.generation()});
  if (unchanged && !o.draw_every_frame) {
    o.last_draw.unchanged = true;
    if (!o.surface) {  // a window: nothing sent to the display
      o.last_draw.presented_rects = 0;
      o.last_draw.presented_pixels = 0;
    }
    return;
  }
  // A scene's opaque backdrop paints every pixel: clearing 8 MB at 1920x1080 first would be wasted.
  const bool clear_skipped = covers_frame_opaquely(draw_data, target, &o.masks);
  if (!clear_skipped) {
    SDL_SetRenderDrawColor(o.renderer, 0, 0, 0, 255);
    SDL_RenderClear(o.renderer);
  }
  o.last_draw = render_draw_data(o.renderer, draw_data, target, o.masks);
  o.last_draw.clear_skipped = clear_skipped;
  o.last_draw.unchanged = unchanged;  // drawn all the same: every frame must be
  if (target && !o.surface && !SDL_MUSTLOCK(target)) present_changed(o, target);
  else SDL_RenderPresent(o.renderer);
}

std::string Output::save_png(const std::filesystem::path& path) const {
  const Impl& o = *impl_;
  int w = 0, h = 0;
  SDL_Surface* rgba = nullptr;
  if (o.surface) {
    rgba = SDL_ConvertSurfaceFormat(o.surface, SDL_PIXELFORMAT_ABGR8888, 0);
  } else {
    SDL_GetRendererOutputSize(o.renderer, &w, &h);
    rgba = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ABGR8888);
    if (rgba) SDL_RenderReadPixels(o.renderer, nullptr, SDL_PIXELFORMAT_ABGR8888, rgba->pixels, rgba->pitch);
  }
  if (!rgba) return std::string("cannot read the frame: ") + SDL_GetError();
  // ABGR8888 is R,G,B,A in memory on little-endian machines: what PNG wants.
  int ok = stbi_write_png(path.string().c_str(), rgba->w, rgba->h, 4, rgba->pixels, rgba->pitch);
  SDL_FreeSurface(rgba);
  return ok ? std::string() : "cannot write " + path.string();
}

}  // namespace lineage
