// ImGui draw data to SDL_Renderer with rectangles recognised (see draw_data_renderer.hpp).
#include "platform/draw_data_renderer.hpp"

#include "core/raster/blend.hpp"
#include "core/raster/triangle.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace lineage {
namespace {

struct Rgba {
  Uint8 r, g, b, a;
};

// ImGui packs colours as A B G R from the high byte down (IM_COL32).
Rgba unpack(ImU32 c) {
  return {static_cast<Uint8>(c & 0xFF), static_cast<Uint8>((c >> 8) & 0xFF), static_cast<Uint8>((c >> 16) & 0xFF),
          static_cast<Uint8>(c >> 24)};
}

// The 0x00RRGGBB the framebuffer's blends take.
std::uint32_t packed_rgb(Rgba c) {
  return (static_cast<std::uint32_t>(c.r) << 16) | (static_cast<std::uint32_t>(c.g) << 8) | c.b;
}

Rgba mix(Rgba p, Rgba q, float t) {
  auto m = [t](Uint8 x, Uint8 y) { return static_cast<Uint8>(std::lround(x + (y - x) * t)); };
  return {m(p.r, q.r), m(p.g, q.g), m(p.b, q.b), m(p.a, q.a)};
}

// A rectangle as ImGui writes it: vertices top-left, top-right, bottom-right, bottom-left and
// indices 0 1 2 0 2 3 (PrimRect, PrimRectUV and every glyph).
struct Quad {
  const ImDrawVert *tl, *tr, *br, *bl;
};

bool quad_at(const ImDrawIdx* idx, const ImDrawVert* vtx, unsigned vtx_count, Quad& q) {
  const unsigned i = idx[0];
  if (idx[1] != i + 1 || idx[2] != i + 2 || idx[3] != i || idx[4] != i + 2 || idx[5] != i + 3 || i + 3 >= vtx_count)
    return false;
  q = {&vtx[i], &vtx[i + 1], &vtx[i + 2], &vtx[i + 3]};
  return q.tl->pos.y == q.tr->pos.y && q.tr->pos.x == q.br->pos.x && q.br->pos.y == q.bl->pos.y &&
         q.bl->pos.x == q.tl->pos.x && q.tl->pos.x < q.tr->pos.x && q.tl->pos.y < q.bl->pos.y;
}

// Pixel edges as the triangle rasteriser would cover them (pixel centres inside).
// The pixel-centre rule, as triangle_spans and GPUs use it: pixel i is in when i + 0.5 is at
// or past the left edge and before the right one. Clamped, so no float overflows an int.
int edge(float v) { return clamped_ceil(v - 0.5f, -10000000, 10000000); }

// Constant texture coordinates mean a solid colour only on ImGui's white texel.
bool white_texel(SDL_Texture* texture, ImVec2 uv) {
  const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  return texture == static_cast<SDL_Texture*>(atlas->TexID) && uv.x == atlas->TexUvWhitePixel.x &&
         uv.y == atlas->TexUvWhitePixel.y;
}

class Drawer {
 public:
  Drawer(SDL_Renderer* renderer, SDL_Surface* target, DrawDataStats& stats, const TextureMasks& masks,
         bool atlas_usable)
      : r_(renderer), stats_(stats), masks_(masks), atlas_usable_(atlas_usable) {
    bool direct = target && (target->format->format == SDL_PIXELFORMAT_ARGB8888 ||
                             target->format->format == SDL_PIXELFORMAT_RGB888) && !SDL_MUSTLOCK(target);
    target_ = direct ? target : nullptr;
  }
  void set_clip(const SDL_Rect& clip) {
    clip_ = clip;
    SDL_RenderSetClipRect(r_, &clip);
    // Straight writes never leave the framebuffer, whatever size ImGui thinks the display is.
    if (target_) {
      const SDL_Rect whole{0, 0, target_->w, target_->h};
      if (!SDL_IntersectRect(&clip, &whole, &clip_)) clip_ = SDL_Rect{0, 0, 0, 0};
    }
  }
  // Drawing done by someone else (a draw callback) may be queued in SDL.
  void after_callback() { queued_ = true; }

  // One draw command: quads go straight to SDL, the rest is batched as geometry in order.
  void command(const ImDrawList& list, const ImDrawCmd& cmd) {
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

 private:
  bool draw_quad(const Quad& q, SDL_Texture* texture, const ImDrawVert* vtx, unsigned vtx_count) {
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
  void across_gradient(const SDL_Rect& dst, Rgba left, Rgba right) {
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

  // Text from a texture whose coverage we keep: blended straight in, unscaled.
  // An opaque image scaled bilinearly straight into the framebuffer (an offscreen layer).
  bool stretch_image(SDL_Texture* texture, const SDL_Rect& src, const SDL_Rect& dst) {
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

  bool blend_mask(SDL_Texture* texture, const SDL_Rect& src, const SDL_Rect& dst, Rgba c) {
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

  // A convex polygon as ImGui fills one (a circle, a rounded rectangle, a quad): a fan of triangles
  // (first, v1, v2), (first, v2, v3), ... in one solid colour, drawn a span a row instead of a
  // span per triangle per row. Fans of the same colour one after another (a glow's discs) are
  // blended in one pass. Returns the indices drawn, 0 when these are not such a fan.
  unsigned draw_fans(const ImDrawIdx* idx, unsigned count, SDL_Texture* texture, const ImDrawVert* vtx,
                     unsigned vtx_count) {
    if (!target_) return 0;
    corners_.clear();
    polygons_.clear();
    ImU32 colour = 0;
    unsigned taken = fan_at(idx, count, texture, vtx, vtx_count, colour);
    if (!taken) return 0;
    for (ImU32 next = 0; polygons_.size() < kMaxStack;) {
      const unsigned more = fan_at(idx + taken, count - taken, texture, vtx, vtx_count, next);
      if (!more) break;
      if (next != colour) {  // another colour: the next call's
        corners_.resize(static_cast<std::size_t>(polygons_.back()));
        polygons_.pop_back();
        break;
      }
      taken += more;
    }
    polygons_.push_back(static_cast<int>(corners_.size()));  // the end of the last one
    const Rgba col = unpack(colour);
    if (col.a == 0) return taken;
    flush(texture, vtx, vtx_count);
    before_direct_writes();
    const std::uint32_t rgb = packed_rgb(col);
    auto* pixels = static_cast<unsigned char*>(target_->pixels);
    const int pitch = target_->pitch;
    // Where d of the polygons overlap, blending the colour d times at alpha a leaves (1 - a)^d of
    // what was there: one blend at the alpha that leaves the same.
    const int stack = static_cast<int>(polygons_.size()) - 1;
    std::uint8_t alpha[kMaxStack + 1] = {0};
    for (int d = 1; d <= stack; ++d)
      alpha[d] = alpha_byte(255.0f * (1.0f - std::pow(1.0f - col.a / 255.0f, static_cast<float>(d))));
    rows_.clear();
    int first = clip_.y + clip_.h, end = clip_.y;
    for (int p = 0; p < stack; ++p) {
      rows_.emplace_back(corners_.data() + polygons_[p], polygons_[p + 1] - polygons_[p], clip_.x, clip_.y,
                         clip_.x + clip_.w, clip_.y + clip_.h);
      if (rows_.back().end_row() > rows_.back().first_row()) {
        first = std::min(first, rows_.back().first_row());
        end = std::max(end, rows_.back().end_row());
      }
    }
    long covered = 0;
    if (stack == 1) {  // one polygon (a snowflake, a head): its span is the row's, no events to sort
      int x0 = 0, x1 = 0;
      for (int y = first; y < end; ++y)
        if (rows_[0].span(y, x0, x1)) {
          blend_span(reinterpret_cast<std::uint32_t*>(pixels + static_cast<std::ptrdiff_t>(y) * pitch) + x0, x1 - x0, rgb,
                     alpha[1]);
          covered += x1 - x0;
        }
      stats_.direct_triangles += static_cast<int>(taken / 3);
      stats_.direct_triangle_pixels += covered;
      return taken;
    }
    for (int y = first; y < end; ++y) {
      auto* row = reinterpret_cast<std::uint32_t*>(pixels + static_cast<std::ptrdiff_t>(y) * pitch);
      // Each polygon's span opens (+1) and closes (-1) a depth; between events the depth holds.
      events_.clear();
      int x0 = 0, x1 = 0;
      for (ConvexRows& r : rows_)
        if (r.span(y, x0, x1)) {
          events_.push_back({x0, 1});
          events_.push_back({x1, -1});
        }
      std::sort(events_.begin(), events_.end(), [](const Event& a, const Event& b) { return a.x < b.x; });
      int depth = 0, from = 0;
      for (const Event& e : events_) {
        if (depth > 0 && e.x > from) {
          blend_span(row + from, e.x - from, rgb, alpha[depth]);
          covered += e.x - from;
        }
        depth += e.delta;
        from = e.x;
      }
    }
    stats_.direct_triangles += static_cast<int>(taken / 3);
    stats_.direct_triangle_pixels += covered;
    return taken;
  }

  // One fan at `idx` in one solid colour (see draw_fans): its corners appended to corners_ (its
  // first's offset to polygons_), its colour, and the indices it takes; 0 and nothing appended
  // when these are not such a fan of a convex polygon.
  unsigned fan_at(const ImDrawIdx* idx, unsigned count, SDL_Texture* texture, const ImDrawVert* vtx,
                  unsigned vtx_count, ImU32& colour) {
    if (count < 6 || idx[3] != idx[0] || idx[4] != idx[2] || idx[0] >= vtx_count) return 0;
    const ImDrawVert& first = vtx[idx[0]];
    if (!white_texel(texture, first.uv)) return 0;
    const std::size_t start = corners_.size();
    auto corner = [&](unsigned i) {
      if (i >= vtx_count) return false;
      const ImDrawVert& v = vtx[i];
      if (v.col != first.col || v.uv.x != first.uv.x || v.uv.y != first.uv.y) return false;
      corners_.push_back({v.pos.x, v.pos.y});
      return true;
    };
    unsigned n = 3;
    if (corner(idx[0]) && corner(idx[1]) && corner(idx[2])) {
      // The fan ends where the pattern does, or where a corner is of another colour: an
      // anti-aliased fill's first fringe triangle starts as if it went on (first, last, outer).
      while (n + 3 <= count && idx[n] == idx[0] && idx[n + 1] == idx[n - 1] && corner(idx[n + 2])) n += 3;
    }
    const int points = static_cast<int>(corners_.size() - start);
    if (n < 6 || points != static_cast<int>(n / 3) + 2 || !is_convex_polygon(corners_.data() + start, points)) {
      corners_.resize(start);
      return 0;
    }
    polygons_.push_back(static_cast<int>(start));
    colour = first.col;
    return n;
  }

  // A triangle in one colour drawn span by span into the framebuffer: solid (the white texel:
  // fills, circles, the inside of rounded shapes), an anti-aliased fringe (only its alpha fades
  // across the corners), or a textured line (ImGui's baked line profile, one atlas row sampled
  // across the line's width). Anything else stays with SDL.
  bool draw_triangle(const ImDrawIdx* idx, SDL_Texture* texture, const ImDrawVert* vtx, unsigned vtx_count) {
    if (!target_ || idx[0] >= vtx_count || idx[1] >= vtx_count || idx[2] >= vtx_count) return false;
    const ImDrawVert &a = vtx[idx[0]], &b = vtx[idx[1]], &c = vtx[idx[2]];
    constexpr ImU32 kRgb = 0x00FFFFFFu;
    if ((a.col & kRgb) != (b.col & kRgb) || (a.col & kRgb) != (c.col & kRgb)) return false;
    const bool solid = a.uv.x == b.uv.x && a.uv.x == c.uv.x && a.uv.y == b.uv.y && a.uv.y == c.uv.y &&
                       white_texel(texture, a.uv);
    const std::uint8_t* profile = nullptr;  // the line texture's row, for a textured line
    int profile_width = 0;
    if (!solid && !line_profile(texture, a, b, c, profile, profile_width)) return false;
    Rgba col = unpack(a.col);
    // The same colour at every corner, or (an anti-aliased fringe) only its alpha fading.
    const bool flat = a.col == b.col && a.col == c.col;
    Plane alpha, u;
    const Point2 pa{a.pos.x, a.pos.y}, pb{b.pos.x, b.pos.y}, pc{c.pos.x, c.pos.y};
    if (!Plane::through(pa, pb, pc, static_cast<float>(a.col >> 24), static_cast<float>(b.col >> 24),
                        static_cast<float>(c.col >> 24), alpha))
      return true;  // no area: nothing to draw
    // Texel positions across the line, centred as a bilinear sampler centres them.
    if (profile) {
      const float w = static_cast<float>(profile_width);
      Plane::through(pa, pb, pc, a.uv.x * w - 0.5f, b.uv.x * w - 0.5f, c.uv.x * w - 0.5f, u);
    }
    if (flat && col.a == 0) return true;
    flush(texture, vtx, vtx_count);
    before_direct_writes();
    const std::uint32_t rgb = packed_rgb(col);
    auto* pixels = static_cast<unsigned char*>(target_->pixels);
    const int pitch = target_->pitch;
    long covered = 0;
    triangle_spans(pa, pb, pc, clip_.x, clip_.y, clip_.x + clip_.w, clip_.y + clip_.h, [&](int y, int x0, int x1) {
      auto* row = reinterpret_cast<std::uint32_t*>(pixels + static_cast<std::ptrdiff_t>(y) * pitch);
      covered += x1 - x0;
      if (flat && !profile) {
        blend_span(row + x0, x1 - x0, rgb, col.a);
        return;
      }
      const float py = y + 0.5f;
      if (!profile) {  // an anti-aliased fringe: its alpha ramps along the span
        blend_ramp_span(row, x0, x1, rgb, alpha.dx, alpha.dy * py, alpha.c);
        return;
      }
      for (int x = x0; x < x1; ++x) {
        const float px = x + 0.5f;
        float v = flat ? col.a : alpha.at(px, py);
        v *= sample(profile, profile_width, u.at(px, py)) / 255.0f;
        blend_pixel(row[x], rgb, alpha_byte(v));
      }
    });
    ++stats_.direct_triangles;
    stats_.direct_triangle_pixels += covered;
    return true;
  }

  // A textured line's triangle samples one row of the atlas (same v at every corner) whose
  // coverage we keep; its u runs across the line.
  bool line_profile(SDL_Texture* texture, const ImDrawVert& a, const ImDrawVert& b, const ImDrawVert& c,
                    const std::uint8_t*& row, int& width) const {
    if (a.uv.y != b.uv.y || a.uv.y != c.uv.y) return false;
    const TextureMask* mask = masks_.find(texture);
    if (!mask || texture != static_cast<SDL_Texture*>(ImGui::GetIO().Fonts->TexID)) return false;
    const int y = static_cast<int>(a.uv.y * mask->height);
    if (y < 0 || y >= mask->height) return false;
    for (float uv : {a.uv.x, b.uv.x, c.uv.x})
      if (uv < 0.0f || uv > 1.0f) return false;
    row = mask->alpha + static_cast<std::ptrdiff_t>(y) * mask->pitch;
    width = mask->width;
    return true;
  }

  // Linear between the two nearest texels, clamped at the row's ends.
  static float sample(const std::uint8_t* row, int width, float t) {
    t = std::clamp(t, 0.0f, static_cast<float>(width - 1));
    const int i = static_cast<int>(t);
    const int j = std::min(i + 1, width - 1);
    const float f = t - static_cast<float>(i);
    return row[i] + (row[j] - row[i]) * f;
  }

  void fill(const SDL_Rect& rect, Rgba c) {
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

  void flush(SDL_Texture* texture, const ImDrawVert* vtx, unsigned vtx_count) {
    if (pending_.empty()) return;
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

  SDL_Renderer* r_;
  DrawDataStats& stats_;
  const TextureMasks& masks_;
  bool atlas_usable_ = true;
  std::vector<int> xs_;
  std::vector<unsigned> ws_;
  std::vector<std::uint32_t> row_;
  SDL_Surface* target_ = nullptr;  // the software framebuffer, when fills may go straight in
  SDL_Rect clip_{0, 0, 0, 0};
  // Pixels written straight into the framebuffer go after whatever SDL still has queued.
  void before_direct_writes() {
    if (queued_) SDL_RenderFlush(r_);
    queued_ = false;
  }
  bool queued_ = true;  // SDL may hold drawing not yet done (the frame's clear, to begin with)
  std::vector<int> pending_;
  // Fans drawn together: their corners, where each starts in corners_ (and where the last ends),
  // their rows, and a row's span ends.
  static constexpr std::size_t kMaxStack = 32;
  struct Event {
    int x, delta;
  };
  std::vector<std::uint32_t> strip_colours_;  // a horizontal gradient's row
  std::vector<Point2> corners_;
  std::vector<int> polygons_;
  std::vector<ConvexRows> rows_;
  std::vector<Event> events_;
};

}  // namespace

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
