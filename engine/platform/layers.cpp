// Offscreen layers for the output (see layers.hpp).
#include <cstring>

#include "platform/layers_impl.hpp"

namespace lineage {
namespace {

template <typename T>
void append(std::vector<unsigned char>& out, const T* data, std::size_t count) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(data);
  out.insert(out.end(), bytes, bytes + count * sizeof(T));
}

// What a draw list would paint: its vertices, indices and commands (callbacks are not used here).
// Written into `out`, whose memory is kept from frame to frame: a new buffer every frame (150 kB
// for the blizzard's snow) was allocated from fresh pages by the system each time.
void picture_of(const ImDrawList& list, int width, int height, std::vector<unsigned char>& out) {
  out.clear();
  int size[2] = {width, height};
  append(out, size, 2);
  append(out, list.VtxBuffer.Data, static_cast<std::size_t>(list.VtxBuffer.Size));
  append(out, list.IdxBuffer.Data, static_cast<std::size_t>(list.IdxBuffer.Size));
  for (const ImDrawCmd& cmd : list.CmdBuffer) {
    append(out, &cmd.ClipRect, 1);
    append(out, &cmd.TextureId, 1);
    unsigned counts[3] = {cmd.VtxOffset, cmd.IdxOffset, cmd.ElemCount};
    append(out, counts, 3);
  }
}

bool is_software(SDL_Renderer* renderer) {
  SDL_RendererInfo info{};
  return SDL_GetRendererInfo(renderer, &info) == 0 && (info.flags & SDL_RENDERER_SOFTWARE);
}

}  // namespace

OutputLayers::~OutputLayers() {
  for (auto& entry : layers_) release(entry.second);
}

void OutputLayers::release(Layer& layer) {
  if (layer.texture) {
    masks_.forget(layer.texture);
    SDL_DestroyTexture(layer.texture);
  }
  if (layer.soft) SDL_DestroyRenderer(layer.soft);
  if (layer.surface) SDL_FreeSurface(layer.surface);
  layer.texture = nullptr;
  layer.soft = nullptr;
  layer.surface = nullptr;
  layer.shown.clear();
}

void OutputLayers::forget_pixels() {
  for (auto& entry : layers_) entry.second.shown.clear();
}

ImDrawList& OutputLayers::begin(int id, int width, int height) {
  Layer& layer = layers_[id];
  if (!layer.list) layer.list = std::make_unique<ImDrawList>(ImGui::GetDrawListSharedData());
  if (layer.width != width || layer.height != height) {
    release(layer);
    layer.width = width;
    layer.height = height;
  }
  ImDrawList& list = *layer.list;
  list._ResetForNewFrame();
  list.PushTextureID(ImGui::GetIO().Fonts->TexID);
  list.PushClipRect(ImVec2(0, 0), ImVec2(static_cast<float>(width), static_cast<float>(height)));
  return list;
}

bool OutputLayers::make(Layer& layer, bool software) {
  if (layer.texture) return true;
  // Opaque: the layer replaces what is under it, so its copy is a plain (scaled) copy.
  if (software) {
    layer.surface = SDL_CreateRGBSurfaceWithFormat(0, layer.width, layer.height, 32, SDL_PIXELFORMAT_RGB888);
    if (layer.surface) layer.soft = SDL_CreateSoftwareRenderer(layer.surface);
    if (layer.soft)
      layer.texture = SDL_CreateTexture(renderer_, SDL_PIXELFORMAT_RGB888, SDL_TEXTUREACCESS_STATIC, layer.width,
                                        layer.height);
  } else {
    layer.texture = SDL_CreateTexture(renderer_, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET, layer.width,
                                      layer.height);
  }
  if (!layer.texture) {
    release(layer);
    return false;
  }
  SDL_SetTextureBlendMode(layer.texture, SDL_BLENDMODE_NONE);
  SDL_SetTextureScaleMode(layer.texture, SDL_ScaleModeLinear);
  return true;
}

ImTextureID OutputLayers::end(int id) {
  auto found = layers_.find(id);
  if (found == layers_.end() || !found->second.list) return nullptr;
  Layer& layer = found->second;
  ImDrawList& list = *layer.list;
  list.PopClipRect();
  list.PopTextureID();
  std::vector<unsigned char>& picture = layer.drawn;
  picture_of(list, layer.width, layer.height, picture);
  if (layer.texture && picture == layer.shown) return layer.texture;
  const bool software = is_software(renderer_);
  if (layer.width <= 0 || layer.height <= 0 || !make(layer, software)) return nullptr;
  ImDrawList* lists[1] = {&list};
  ImDrawData data;
  data.Valid = true;
  data.CmdLists = lists;
  data.CmdListsCount = 1;
  data.TotalVtxCount = list.VtxBuffer.Size;
  data.TotalIdxCount = list.IdxBuffer.Size;
  data.DisplayPos = ImVec2(0, 0);
  data.DisplaySize = ImVec2(static_cast<float>(layer.width), static_cast<float>(layer.height));
  data.FramebufferScale = ImVec2(1, 1);
  if (software) {
    SDL_FillRect(layer.surface, nullptr, SDL_MapRGB(layer.surface->format, 0, 0, 0));
    // The layer's own renderer cannot use the output's font atlas; shapes only need its white texel.
    render_draw_data(layer.soft, &data, layer.surface, masks_, false);
    SDL_RenderFlush(layer.soft);
  } else {
    SDL_Texture* before = SDL_GetRenderTarget(renderer_);
    SDL_SetRenderTarget(renderer_, layer.texture);
    SDL_SetRenderDrawColor(renderer_, 0, 0, 0, 255);
    SDL_RenderClear(renderer_);
    render_draw_data(renderer_, &data, nullptr, masks_);
    SDL_SetRenderTarget(renderer_, before);
  }
  masks_.forget(layer.texture);  // its pixels changed: the next frame is drawn (frame_memory.hpp)
  // A software framebuffer takes it scaled from these pixels (draw_data_renderer.cpp); the
  // texture gets them (2 MB) only if SDL is ever asked to draw it.
  if (software)
    masks_.remember_image(layer.texture, {static_cast<const std::uint32_t*>(layer.surface->pixels), layer.width,
                                          layer.height, layer.surface->pitch, true});
  layer.shown.swap(picture);  // both keep their memory
  ++renders_;
  return layer.texture;
}

}  // namespace lineage
