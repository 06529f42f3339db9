// Rectangles drawn straight into the framebuffer (see draw_data_drawer.hpp): solid fills,
// gradients as two-pixel strips, text from the coverage masks we keep, and opaque images scaled
// with our own bilinear filter. What these cannot draw exactly goes back to the caller.
#include "platform/draw_data_drawer.hpp"

#include "core/raster/blend.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace lineage::draw_data_internal {

bool Drawer::draw_quad(const Quad& q, SDL_Texture* texture, const ImDrawVert* vtx, unsigned vtx_count) {
  const ImVec2 uv = q.tl->uv;
  bool flat_uv = q.tr->uv.x == uv.x && q.br->uv.x == uv.x && q.bl->uv.x == uv.x && q.tr->uv.y == uv.y &&
                 q.br->uv.y == uv.y && q.bl->uv.y == uv.y && white_texel(texture, uv);
  SDL_Rect dst{edge(q.tl->pos.x), edge(q.tl->pos.y), 0, 0};
  dst.w = edge(q.br->pos.x) - dst.x;
  dst.h = edge(q.br->pos.y) - dst.y;
  if (flat_uv) {
    if (dst.w <= 0 || dst.h <= 0) return false;  // thinner than a pixel: let the rasteriser decide
    flush(texture, vtx, vtx_count);
    Rgba tl = unpack(q.tl->col), tr = unpack(q.tr->col), bl = unpack(q.bl->col);
    if (q.tl->col == q.tr->col && q.tl->col == q.br->col && q.tl->col == q.bl->col) {
      fill(dst, tl);
      ++stats_.solid_rects;
      stats_.solid_pixels += static_cast<long>(dst.w) * dst.h;
      return true;
    }
    bool vertical = q.tl->col == q.tr->col && q.bl->col == q.br->col;
    bool horizontal = q.tl->col == q.bl->col && q.tr->col == q.br->col;
    if (!vertical && !horizontal) return false;
    // A gradient as solid strips two pixels thick: no visible steps, a fraction of the cost.
    const int length = vertical ? dst.h : dst.w;
    if (!vertical && target_) {  // across the width: the strips' colours once, then a call a row
      across_gradient(dst, tl, tr);
      return true;
    }
    for (int at = 0; at < length; at += 2) {
      int thick = std::min(2, length - at);
      float t = (at + thick * 0.5f) / static_cast<float>(length);
      SDL_Rect strip = vertical ? SDL_Rect{dst.x, dst.y + at, dst.w, thick} : SDL_Rect{dst.x + at, dst.y, thick, dst.h};
      fill(strip, vertical ? mix(tl, bl, t) : mix(tl, tr, t));
    }
    ++stats_.gradient_rects;
    stats_.gradient_pixels += static_cast<long>(dst.w) * dst.h;
    return true;
  }
  // A textured rectangle (a glyph, a text line, an image) in one colour, not mirrored.
  if (!texture || q.tl->col != q.tr->col || q.tl->col != q.br->col || q.tl->col != q.bl->col) return false;
  const ImVec2 uv1 = q.br->uv;
  if (q.tr->uv.x != uv1.x || q.tr->uv.y != uv.y || q.bl->uv.x != uv.x || q.bl->uv.y != uv1.y || uv1.x <= uv.x ||
      uv1.y <= uv.y)
    return false;
  int tw = 0, th = 0;
  if (SDL_QueryTexture(texture, nullptr, nullptr, &tw, &th) != 0) return false;
  // Texel edges: texture coordinates times the size, to the nearest whole texel.
  auto texel = [](float v) { return static_cast<int>(std::lround(v)); };
  SDL_Rect src{texel(uv.x * tw), texel(uv.y * th), 0, 0};
  src.w = texel(uv1.x * tw) - src.x;
  src.h = texel(uv1.y * th) - src.y;
  if (src.w <= 0 || src.h <= 0) return false;
  // Within a pixel of the source size: copy unscaled, so text stays crisp and the blit is fast.
  float w = q.br->pos.x - q.tl->pos.x, h = q.br->pos.y - q.tl->pos.y;
  if (std::fabs(w - src.w) < 1.0f && std::fabs(h - src.h) < 1.0f) {
    dst.w = src.w;
    dst.h = src.h;
  }
  if (dst.w <= 0 || dst.h <= 0) return false;
  flush(texture, vtx, vtx_count);
  Rgba c = unpack(q.tl->col);
  if (target_ && dst.w == src.w && dst.h == src.h && blend_mask(texture, src, dst, c)) return true;
  if (target_ && q.tl->col == 0xFFFFFFFFu && stretch_image(texture, src, dst)) return true;
  masks_.upload_if_behind(texture);
  SDL_SetTextureColorMod(texture, c.r, c.g, c.b);
  SDL_SetTextureAlphaMod(texture, c.a);
  SDL_RenderCopy(r_, texture, &src, &dst);
  queued_ = true;
  // Geometry drawn with this texture takes its colour from the vertices alone.
  SDL_SetTextureColorMod(texture, 255, 255, 255);
  SDL_SetTextureAlphaMod(texture, 255);
  ++stats_.copies;
  stats_.copy_pixels += static_cast<long>(dst.w) * dst.h;
  return true;
}

// A horizontal gradient straight into the framebuffer: the same two-pixel strips as fill() would
// draw one by one, a row at a time (strips one by one cost a call per strip per row).
void Drawer::across_gradient(SDL_Rect dst, Rgba left, Rgba right) {
  ++stats_.gradient_rects;
  stats_.gradient_pixels += static_cast<long>(dst.w) * dst.h;
  SDL_Rect shown;
  if (!SDL_IntersectRect(&dst, &clip_, &shown)) return;
  before_direct_writes();
  strip_colours_.resize(static_cast<std::size_t>(shown.w));
  for (int i = 0; i < shown.w; ++i) {
    const int at = (shown.x - dst.x + i) & ~1, thick = std::min(2, dst.w - at);
    if (i > 0 && at == ((shown.x - dst.x + i - 1) & ~1)) {
      strip_colours_[static_cast<std::size_t>(i)] = strip_colours_[static_cast<std::size_t>(i - 1)];
      continue;
    }
    const Rgba c = mix(left, right, (at + thick * 0.5f) / static_cast<float>(dst.w));
    strip_colours_[static_cast<std::size_t>(i)] = (static_cast<std::uint32_t>(c.a) << 24) |
                                                  (static_cast<std::uint32_t>(c.r) << 16) |
                                                  (static_cast<std::uint32_t>(c.g) << 8) | c.b;
  }
  auto* pixels = static_cast<unsigned char*>(target_->pixels);
  for (int y = shown.y; y < shown.y + shown.h; ++y)
    blend_colours_span(reinterpret_cast<std::uint32_t*>(pixels + static_cast<std::ptrdiff_t>(y) * target_->pitch) + shown.x,
                       strip_colours_.data(), shown.w);
}

// An opaque image scaled bilinearly straight into the framebuffer (an offscreen layer).
bool Drawer::stretch_image(SDL_Texture* texture, SDL_Rect src, SDL_Rect dst) {
  const TextureImage* image = masks_.find_image(texture);
  if (!image || src.x < 0 || src.y < 0 || src.x + src.w > image->width || src.y + src.h > image->height) return false;
  SDL_Rect shown;
  if (!SDL_IntersectRect(&dst, &clip_, &shown)) return true;
  before_direct_writes();
  // Source positions of pixel centres in 16.16; weights in 0..256.
  const std::int64_t step_x = (static_cast<std::int64_t>(src.w) << 16) / dst.w;
  const std::int64_t step_y = (static_cast<std::int64_t>(src.h) << 16) / dst.h;
  xs_.resize(static_cast<std::size_t>(shown.w));
  ws_.resize(static_cast<std::size_t>(shown.w));
  for (int i = 0; i < shown.w; ++i) {
    std::int64_t sx = (2 * (shown.x + i - dst.x) + 1) * step_x / 2 - (1 << 15);
    sx = std::clamp<std::int64_t>(sx, 0, (static_cast<std::int64_t>(src.w - 1) << 16));
    xs_[static_cast<std::size_t>(i)] = static_cast<int>(sx >> 16);
    ws_[static_cast<std::size_t>(i)] = static_cast<unsigned>((sx & 0xFFFF) >> 8);
  }
  row_.resize(static_cast<std::size_t>(src.w) + 1);
  auto lerp = [](std::uint32_t a, std::uint32_t b, std::uint32_t f) {
    std::uint32_t rb = ((((a & 0xFF00FFu) * (256 - f) + (b & 0xFF00FFu) * f) >> 8) & 0xFF00FFu);
    std::uint32_t g = ((((a & 0x00FF00u) * (256 - f) + (b & 0x00FF00u) * f) >> 8) & 0x00FF00u);
    return 0xFF000000u | rb | g;
  };
  auto source_row = [&](int y) {
    return reinterpret_cast<const std::uint32_t*>(reinterpret_cast<const unsigned char*>(image->pixels) +
                                                  static_cast<std::ptrdiff_t>(src.y + y) * image->pitch) + src.x;
  };
  // 3/4 of `a` and 1/4 of `b`, each channel: the bilinear weights of an exact doubling.
  auto quarter = [](std::uint32_t a, std::uint32_t b) {
    std::uint32_t rb = ((((a & 0xFF00FFu) * 3 + (b & 0xFF00FFu)) >> 2) & 0xFF00FFu);
    std::uint32_t g = ((((a & 0x00FF00u) * 3 + (b & 0x00FF00u)) >> 2) & 0x00FF00u);
    return 0xFF000000u | rb | g;
  };
  const bool doubled = shown.x == dst.x && shown.w == dst.w && src.w > 1 &&
                       (dst.w == 2 * src.w || dst.w == 2 * src.w - 1);
  auto* pixels = static_cast<unsigned char*>(target_->pixels);
  for (int j = 0; j < shown.h; ++j) {
    std::int64_t sy = (2 * (shown.y + j - dst.y) + 1) * step_y / 2 - (1 << 15);
    sy = std::clamp<std::int64_t>(sy, 0, (static_cast<std::int64_t>(src.h - 1) << 16));
    const int y0 = static_cast<int>(sy >> 16), y1 = std::min(y0 + 1, src.h - 1);
    const std::uint32_t fy = static_cast<std::uint32_t>((sy & 0xFFFF) >> 8);
    const std::uint32_t *r0 = source_row(y0), *r1 = source_row(y1);
    std::uint32_t* mixed = row_.data();
    int i0 = 0;
#ifdef __SSE2__
    // An exact doubling's rows are 3:1 mixes: two byte averages, 4 pixels at a time.
    if (fy == 64 || fy == 192) {
      const std::uint32_t *near = fy == 64 ? r0 : r1, *far = fy == 64 ? r1 : r0;
      for (; i0 + 4 <= src.w; i0 += 4) {
        __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(near + i0));
        __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(far + i0));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(mixed + i0), _mm_avg_epu8(a, _mm_avg_epu8(a, b)));
      }
    }
#endif
    for (int i = i0; i < src.w; ++i) mixed[i] = lerp(r0[i], r1[i], fy);
    mixed[src.w] = mixed[src.w - 1];
    auto* out = reinterpret_cast<std::uint32_t*>(pixels + static_cast<std::ptrdiff_t>(shown.y + j) * target_->pitch) + shown.x;
    if (doubled) {  // twice the width: each source pixel gives two, 3:1 mixes with its neighbours
      out[0] = mixed[0];
      const int pairs = src.w - 1;
      int i = 0;
#ifdef __SSE2__
      for (; i + 4 <= pairs; i += 4) {  // 4 source pixels and their right neighbours: 8 out
        __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(mixed + i));
        __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(mixed + i + 1));
        __m128i half = _mm_avg_epu8(a, b);
        __m128i left = _mm_avg_epu8(a, half), right = _mm_avg_epu8(b, half);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(out + 2 * i + 1), _mm_unpacklo_epi32(left, right));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(out + 2 * i + 5), _mm_unpackhi_epi32(left, right));
      }
#endif
      for (; i < pairs; ++i) {
        const std::uint32_t a = mixed[i], b = mixed[i + 1];
        out[2 * i + 1] = quarter(a, b);
        out[2 * i + 2] = quarter(b, a);
      }
      if (dst.w == 2 * src.w) out[dst.w - 1] = mixed[src.w - 1];
      continue;
    }
    for (int i = 0; i < shown.w; ++i) {
      const int x = xs_[static_cast<std::size_t>(i)];
      out[i] = lerp(mixed[x], mixed[x + 1], ws_[static_cast<std::size_t>(i)]);
    }
  }
  ++stats_.copies;
  stats_.copy_pixels += static_cast<long>(shown.w) * shown.h;
  return true;
}

// Text from a texture whose coverage we keep: blended straight in, unscaled.
bool Drawer::blend_mask(SDL_Texture* texture, SDL_Rect src, SDL_Rect dst, Rgba c) {
  const TextureMask* found = masks_.find(texture);
  if (!found) return false;
  const TextureMask& m = *found;
  if (src.x < 0 || src.y < 0 || src.x + src.w > m.width || src.y + src.h > m.height) return false;
  SDL_Rect shown;
  if (!SDL_IntersectRect(&dst, &clip_, &shown)) return true;
  before_direct_writes();
  const std::uint32_t rgb = packed_rgb(c);
  auto* pixels = static_cast<unsigned char*>(target_->pixels);
  for (int y = shown.y; y < shown.y + shown.h; ++y) {
    const std::uint8_t* mask_row = m.alpha + static_cast<std::ptrdiff_t>(src.y + y - dst.y) * m.pitch + src.x + (shown.x - dst.x);
    auto* row = reinterpret_cast<std::uint32_t*>(pixels + static_cast<std::ptrdiff_t>(y) * target_->pitch) + shown.x;
    blend_mask_span(row, mask_row, shown.w, rgb, c.a);
  }
  ++stats_.mask_copies;
  stats_.copy_pixels += static_cast<long>(shown.w) * shown.h;
  return true;
}

void Drawer::fill(const SDL_Rect& rect, Rgba c) {
  if (c.a == 0) return;
  if (target_) {
    // Straight into the framebuffer, after whatever SDL still has queued.
    SDL_Rect r;
    if (!SDL_IntersectRect(&rect, &clip_, &r)) return;
    before_direct_writes();
    blend_rect(target_->pixels, target_->pitch, r.x, r.y, r.w, r.h,
               packed_rgb(c), c.a);
    return;
  }
  // Opaque fills skip blending: the software renderer then just writes the span.
  SDL_SetRenderDrawBlendMode(r_, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
  SDL_SetRenderDrawColor(r_, c.r, c.g, c.b, c.a);
  SDL_RenderFillRect(r_, &rect);
  SDL_SetRenderDrawBlendMode(r_, SDL_BLENDMODE_BLEND);  // what geometry without a texture expects
}

}  // namespace lineage::draw_data_internal
