// The Drawer's walk over one draw command (see draw_data_drawer.hpp): each run of indices goes to
// the first drawing that recognises it, and whatever none does waits in a batch for SDL, so
// the picture comes out in ImGui's order. Below the walk, the shapes it draws a span a row:
// ImGui's filled shapes as convex fans, anti-aliased fringes and textured lines (SDL's software
// renderer would test every pixel of each triangle's bounding box instead). They share this
// file with the walk so the compiler can fold them into it: it runs for every triangle.
#include "platform/draw_data_drawer.hpp"

#include "core/raster/blend.hpp"
#include "core/raster/triangle.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>

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
// Flattened: the fans and triangles below are folded in, as they were when the renderer was
// one file. Called apart, every triangle paid for the calls and for floats spilled around
// each fringe span (callgrind, bench_scenes 10: the triangle path 11% more instructions).
// draw_quad (another file) stays a call, as it was: folded in, its image loop runs slower.
[[gnu::flatten]] void Drawer::command(const ImDrawList& list, const ImDrawCmd& cmd) {
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

namespace {

// Linear between the two nearest texels, clamped at the row's ends.
float sample(const std::uint8_t* row, int width, float t) {
  t = std::clamp(t, 0.0f, static_cast<float>(width - 1));
  const int i = static_cast<int>(t);
  const int j = std::min(i + 1, width - 1);
  const float f = t - static_cast<float>(i);
  return row[i] + (row[j] - row[i]) * f;
}

}  // namespace

// A convex polygon as ImGui fills one (a circle, a rounded rectangle, a quad): a fan of triangles
// (first, v1, v2), (first, v2, v3), ... in one solid colour, drawn a span a row instead of a
// span per triangle per row. Fans of the same colour one after another (a glow's discs) are
// blended in one pass. Returns the indices drawn, 0 when these are not such a fan.
unsigned Drawer::draw_fans(const ImDrawIdx* idx, unsigned count, SDL_Texture* texture, const ImDrawVert* vtx,
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
unsigned Drawer::fan_at(const ImDrawIdx* idx, unsigned count, SDL_Texture* texture, const ImDrawVert* vtx,
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
bool Drawer::draw_triangle(const ImDrawIdx* idx, SDL_Texture* texture, const ImDrawVert* vtx, unsigned vtx_count) {
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
bool Drawer::line_profile(SDL_Texture* texture, const ImDrawVert& a, const ImDrawVert& b, const ImDrawVert& c,
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

}  // namespace lineage::draw_data_internal
