// ImGui draw data to SDL_Renderer with rectangles recognised (see draw_data_renderer.hpp): the
// masks and images kept for textures, the frame-cover check, and the walk over the commands
// that hands each, clipped, to a Drawer (draw_data_drawer.hpp).
#include "platform/draw_data_renderer.hpp"

#include "platform/draw_data_drawer.hpp"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace lineage {

using draw_data_internal::Drawer;
using draw_data_internal::edge;
using draw_data_internal::Quad;
using draw_data_internal::quad_at;
using draw_data_internal::white_texel;

void TextureMasks::remember(SDL_Texture* texture, TextureMask mask) {
  if (!texture || !mask.alpha) return;
  TextureMask& known = known_[texture];
  if (known.alpha != mask.alpha || known.width != mask.width || known.height != mask.height || known.pitch != mask.pitch)
    ++generation_;
  known = mask;
}

// Every texture destroyed is forgotten first (even one without a mask): the next frame is drawn.
void TextureMasks::forget(SDL_Texture* texture) {
  known_.erase(texture);
  images_.erase(texture);
  ++generation_;
}

void TextureMasks::remember_image(SDL_Texture* texture, TextureImage image) {
  if (!texture || !image.pixels) return;
  images_[texture] = image;
  ++generation_;
}

void TextureMasks::upload_if_behind(SDL_Texture* texture) const {
  if (images_.empty()) return;
  auto found = images_.find(texture);
  if (found == images_.end() || !found->second.texture_behind) return;
  TextureImage& image = found->second;
  SDL_UpdateTexture(texture, nullptr, image.pixels, image.pitch);
  image.texture_behind = false;
}

const TextureImage* TextureMasks::find_image(SDL_Texture* texture) const {
  auto found = images_.find(texture);
  return found == images_.end() ? nullptr : &found->second;
}

const TextureMask* TextureMasks::find(SDL_Texture* texture) const {
  auto found = known_.find(texture);
  return found == known_.end() ? nullptr : &found->second;
}

bool covers_frame_opaquely(const ImDrawData* draw_data, const SDL_Surface* target, const TextureMasks* masks) {
  if (!draw_data || !target || SDL_MUSTLOCK(target) ||
      (target->format->format != SDL_PIXELFORMAT_ARGB8888 && target->format->format != SDL_PIXELFORMAT_RGB888))
    return false;
  const ImDrawList* list = nullptr;
  for (int n = 0; n < draw_data->CmdListsCount && !list; ++n)
    if (!draw_data->CmdLists[n]->CmdBuffer.empty()) list = draw_data->CmdLists[n];
  if (!list) return false;
  const ImVec2 off = draw_data->DisplayPos, scale = draw_data->FramebufferScale;
  const float fb_w = draw_data->DisplaySize.x * scale.x, fb_h = draw_data->DisplaySize.y * scale.y;
  // Rows painted opaquely across the whole width by the rectangles that open the list, in any
  // order: a pixel's last opaque paint decides it, whatever was under it. Those are solid fills
  // and gradients as draw_quad draws them (every corner opaque: every strip opaque), and opaque
  // images (an offscreen layer, drawn untinted: copied over what is there), each inside its
  // command's clip. The look ends at the first shape that is not a rectangle.
  std::vector<std::pair<int, int>> rows;
  auto covered = [&] {
    std::sort(rows.begin(), rows.end());
    int to = 0;
    for (const auto& r : rows) {
      if (r.first > to) return false;
      to = std::max(to, r.second);
    }
    return to >= target->h;
  };
  for (const ImDrawCmd& cmd : list->CmdBuffer) {
    if (cmd.UserCallback) return false;
    // The command's clip, as render_draw_data computes it.
    const float x0 = std::max(0.0f, (cmd.ClipRect.x - off.x) * scale.x), y0 = std::max(0.0f, (cmd.ClipRect.y - off.y) * scale.y);
    const float x1 = std::min(fb_w, (cmd.ClipRect.z - off.x) * scale.x), y1 = std::min(fb_h, (cmd.ClipRect.w - off.y) * scale.y);
    if (!(x1 > x0 && y1 > y0)) continue;  // draws nothing
    const int clip_left = static_cast<int>(x0), clip_top = static_cast<int>(y0);
    const int clip_right = clip_left + static_cast<int>(x1 - x0), clip_bottom = clip_top + static_cast<int>(y1 - y0);
    const ImDrawVert* vtx = list->VtxBuffer.Data + cmd.VtxOffset;
    const unsigned vtx_count = static_cast<unsigned>(list->VtxBuffer.Size) - cmd.VtxOffset;
    const ImDrawIdx* idx = list->IdxBuffer.Data + cmd.IdxOffset;
    SDL_Texture* texture = static_cast<SDL_Texture*>(cmd.GetTexID());
    for (unsigned k = 0; k + 6 <= cmd.ElemCount; k += 6) {
      Quad q;
      if (!quad_at(idx + k, vtx, vtx_count, q)) return covered();
      const ImVec2 uv = q.tl->uv;
      bool flat_uv = true, opaque = true;
      for (const ImDrawVert* v : {q.tl, q.tr, q.br, q.bl}) {
        flat_uv = flat_uv && v->uv.x == uv.x && v->uv.y == uv.y;
        opaque = opaque && (v->col >> 24) == 0xFF;
      }
      bool paints = false;
      if (flat_uv && white_texel(texture, uv)) {
        const bool vertical = q.tl->col == q.tr->col && q.bl->col == q.br->col;
        const bool horizontal = q.tl->col == q.bl->col && q.tr->col == q.br->col;
        paints = opaque && (vertical || horizontal);
      } else if (masks && texture && masks->find_image(texture)) {  // as stretch_image copies it
        const ImVec2 uv1 = q.br->uv;
        paints = q.tl->col == 0xFFFFFFFFu && q.tr->col == q.tl->col && q.br->col == q.tl->col && q.bl->col == q.tl->col &&
                 q.tr->uv.x == uv1.x && q.tr->uv.y == uv.y && q.bl->uv.x == uv.x && q.bl->uv.y == uv1.y &&
                 uv1.x > uv.x && uv1.y > uv.y && uv.x >= 0 && uv.y >= 0 && uv1.x <= 1 && uv1.y <= 1;
      }
      if (!paints) continue;
      int right_edge = edge(q.br->pos.x), bottom_edge = edge(q.br->pos.y);
      if (!flat_uv || !white_texel(texture, uv)) {  // an image within a pixel of its size is copied unscaled
        const TextureImage* image = masks->find_image(texture);
        const int sw = static_cast<int>(std::lround(q.br->uv.x * image->width)) - static_cast<int>(std::lround(uv.x * image->width));
        const int sh = static_cast<int>(std::lround(q.br->uv.y * image->height)) - static_cast<int>(std::lround(uv.y * image->height));
        if (std::fabs(q.br->pos.x - q.tl->pos.x - sw) < 1.0f && std::fabs(q.br->pos.y - q.tl->pos.y - sh) < 1.0f) {
          right_edge = edge(q.tl->pos.x) + sw;
          bottom_edge = edge(q.tl->pos.y) + sh;
        }
      }
      const int left = std::max(edge(q.tl->pos.x), clip_left), right = std::min(right_edge, clip_right);
      const int top = std::max(edge(q.tl->pos.y), clip_top), bottom = std::min(bottom_edge, clip_bottom);
      if (left > 0 || right < target->w || bottom <= top) continue;
      rows.emplace_back(top, bottom);
      if (covered()) return true;
    }
  }
  return covered();
}

DrawDataStats render_draw_data(SDL_Renderer* renderer, ImDrawData* draw_data, SDL_Surface* target,
                               const TextureMasks& masks, bool atlas_usable) {
  DrawDataStats stats;
  if (!draw_data || draw_data->DisplaySize.x <= 0 || draw_data->DisplaySize.y <= 0) return stats;
  const ImVec2 off = draw_data->DisplayPos, scale = draw_data->FramebufferScale;
  const float fb_w = draw_data->DisplaySize.x * scale.x, fb_h = draw_data->DisplaySize.y * scale.y;
  SDL_RenderSetViewport(renderer, nullptr);
  Drawer drawer(renderer, target, stats, masks, atlas_usable);
  for (int n = 0; n < draw_data->CmdListsCount; ++n) {
    const ImDrawList& list = *draw_data->CmdLists[n];
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
      if (cmd.UserCallback) {
        if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(&list, &cmd);
        drawer.after_callback();
        continue;
      }
      float x0 = std::max(0.0f, (cmd.ClipRect.x - off.x) * scale.x), y0 = std::max(0.0f, (cmd.ClipRect.y - off.y) * scale.y);
      float x1 = std::min(fb_w, (cmd.ClipRect.z - off.x) * scale.x), y1 = std::min(fb_h, (cmd.ClipRect.w - off.y) * scale.y);
      if (x1 <= x0 || y1 <= y0) continue;
      SDL_Rect clip{static_cast<int>(x0), static_cast<int>(y0), static_cast<int>(x1 - x0), static_cast<int>(y1 - y0)};
      drawer.set_clip(clip);
      drawer.command(list, cmd);
    }
  }
  SDL_RenderSetClipRect(renderer, nullptr);
  SDL_SetRenderDrawBlendMode(renderer, SDL_BLENDMODE_BLEND);
  return stats;
}

}  // namespace lineage
