// The Drawer's walk over one draw command (see draw_data_drawer.hpp): each run of indices goes to
// the first drawing that recognises it, and whatever none does waits in a batch for SDL, so
// the picture comes out in ImGui's order.
#include "platform/draw_data_drawer.hpp"

#include <algorithm>
#include <cstddef>

namespace lineage::draw_data_internal {

Drawer::Drawer(SDL_Renderer* renderer, SDL_Surface* target, DrawDataStats& stats, const TextureMasks& masks,
               bool atlas_usable)
    : r_(renderer), stats_(stats), masks_(masks), atlas_usable_(atlas_usable) {
  bool direct = target && (target->format->format == SDL_PIXELFORMAT_ARGB8888 ||
                           target->format->format == SDL_PIXELFORMAT_RGB888) && !SDL_MUSTLOCK(target);
  target_ = direct ? target : nullptr;
}

void Drawer::set_clip(const SDL_Rect& clip) {
  clip_ = clip;
  SDL_RenderSetClipRect(r_, &clip);
  // Straight writes never leave the framebuffer, whatever size ImGui thinks the display is.
  if (target_) {
    const SDL_Rect whole{0, 0, target_->w, target_->h};
    if (!SDL_IntersectRect(&clip, &whole, &clip_)) clip_ = SDL_Rect{0, 0, 0, 0};
  }
}

// One draw command: quads go straight to SDL, the rest is batched as geometry in order.
void Drawer::command(const ImDrawList& list, const ImDrawCmd& cmd) {
  const ImDrawVert* vtx = list.VtxBuffer.Data + cmd.VtxOffset;
  const unsigned vtx_count = static_cast<unsigned>(list.VtxBuffer.Size) - cmd.VtxOffset;
  const ImDrawIdx* idx = list.IdxBuffer.Data + cmd.IdxOffset;
  SDL_Texture* texture = static_cast<SDL_Texture*>(cmd.GetTexID());
  pending_.clear();
  for (unsigned k = 0; k < cmd.ElemCount;) {
    Quad q;
    if (k + 6 <= cmd.ElemCount && quad_at(idx + k, vtx, vtx_count, q) && draw_quad(q, texture, vtx, vtx_count)) {
      k += 6;
      continue;
    }
    if (const unsigned fan = draw_fans(idx + k, cmd.ElemCount - k, texture, vtx, vtx_count)) {
      k += fan;
      continue;
    }
    if (k + 3 <= cmd.ElemCount && draw_triangle(idx + k, texture, vtx, vtx_count)) {
      k += 3;
      continue;
    }
    for (unsigned e = 0; e < 3 && k < cmd.ElemCount; ++e, ++k) pending_.push_back(idx[k]);
  }
  flush(texture, vtx, vtx_count);
}

void Drawer::draw_pending(SDL_Texture* texture, const ImDrawVert* vtx, unsigned vtx_count) {
  const char* base = reinterpret_cast<const char*>(vtx);
  if (!atlas_usable_ && texture == static_cast<SDL_Texture*>(ImGui::GetIO().Fonts->TexID)) texture = nullptr;
  masks_.upload_if_behind(texture);
  SDL_RenderGeometryRaw(r_, texture, reinterpret_cast<const float*>(base + offsetof(ImDrawVert, pos)),
                        sizeof(ImDrawVert), reinterpret_cast<const SDL_Color*>(base + offsetof(ImDrawVert, col)),
                        sizeof(ImDrawVert), reinterpret_cast<const float*>(base + offsetof(ImDrawVert, uv)),
                        sizeof(ImDrawVert), static_cast<int>(vtx_count), pending_.data(),
                        static_cast<int>(pending_.size()), sizeof(int));
  queued_ = true;
  ++stats_.geometry_batches;
  for (std::size_t t = 0; t + 2 < pending_.size(); t += 3) {
    const ImVec2 &a = vtx[pending_[t]].pos, &b = vtx[pending_[t + 1]].pos, &c = vtx[pending_[t + 2]].pos;
    float w = std::max({a.x, b.x, c.x}) - std::min({a.x, b.x, c.x}), h = std::max({a.y, b.y, c.y}) - std::min({a.y, b.y, c.y});
    stats_.geometry_pixels += static_cast<long>(w * h * 0.5f);
  }
  stats_.geometry_triangles += static_cast<int>(pending_.size() / 3);
  pending_.clear();
}

}  // namespace lineage::draw_data_internal
