// The fast draw-data renderer draws what SDL's own geometry path draws: one ImGui draw list
// with every kind of filled shape we use (solid and translucent rectangles, gradients, rounded
// rectangles, circles, text) rendered both ways and compared. Lines are checked by their
// coverage instead: SDL samples ImGui's baked line texture nearest-texel and rasterises thin
// fringes its own way, so it is no reference for them.
#include <SDL.h>
#include <catch2/catch.hpp>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "platform/draw_data_renderer.hpp"

namespace {

// The coverage masks the renderer may blend text from (an output owns one set).
lineage::TextureMasks g_masks;

constexpr int kW = 480, kH = 320;

struct Target {
  SDL_Surface* surface = SDL_CreateRGBSurfaceWithFormat(0, kW, kH, 32, SDL_PIXELFORMAT_ARGB8888);
  SDL_Renderer* renderer = SDL_CreateSoftwareRenderer(surface);
  ~Target() {
    SDL_DestroyRenderer(renderer);
    SDL_FreeSurface(surface);
  }
  std::uint32_t at(int x, int y) const {
    return static_cast<const std::uint32_t*>(surface->pixels)[y * (surface->pitch / 4) + x];
  }
};

// What both renderers draw: a scene's worth of shapes over an opaque background.
void build(ImDrawList& list, ImTextureID font) {
  list._ResetForNewFrame();
  list.PushClipRect(ImVec2(0, 0), ImVec2(kW, kH));
  list.PushTextureID(font);
  list.AddRectFilledMultiColor(ImVec2(0, 0), ImVec2(kW, kH), IM_COL32(30, 28, 40, 255), IM_COL32(30, 28, 40, 255),
                               IM_COL32(14, 12, 20, 255), IM_COL32(14, 12, 20, 255));
  list.AddRectFilled(ImVec2(10, 10), ImVec2(200, 90), IM_COL32(200, 120, 80, 255));
  list.AddRectFilled(ImVec2(60.5f, 40.5f), ImVec2(300.5f, 140.5f), IM_COL32(90, 160, 220, 110));
  list.AddRectFilledMultiColor(ImVec2(220, 20), ImVec2(460, 80), IM_COL32(255, 255, 255, 0),
                               IM_COL32(255, 255, 255, 90), IM_COL32(255, 255, 255, 90), IM_COL32(255, 255, 255, 0));
  list.AddRectFilled(ImVec2(20, 160), ImVec2(300, 230), IM_COL32(120, 200, 140, 160), 12.0f);
  list.AddCircleFilled(ImVec2(380, 190), 50, IM_COL32(230, 180, 90, 255), 48);
  list.AddText(ImVec2(30, 245), IM_COL32(255, 255, 255, 255), "Etta, Cecilia, Blythe, Violet");
  list.PopTextureID();
  list.PopClipRect();
}

lineage::DrawDataStats render(Target& t, ImDrawList& list) {
  SDL_SetRenderDrawColor(t.renderer, 0, 0, 0, 255);
  SDL_RenderClear(t.renderer);
  ImDrawList* lists[] = {&list};
  ImDrawData data;
  data.Valid = true;
  data.CmdLists = lists;
  data.CmdListsCount = 1;
  data.TotalVtxCount = list.VtxBuffer.Size;
  data.TotalIdxCount = list.IdxBuffer.Size;
  data.DisplayPos = ImVec2(0, 0);
  data.DisplaySize = ImVec2(kW, kH);
  data.FramebufferScale = ImVec2(1, 1);
  lineage::DrawDataStats stats = lineage::render_draw_data(t.renderer, &data, t.surface, g_masks);
  SDL_RenderPresent(t.renderer);
  return stats;
}

// The reference: every command as SDL triangles, as ImGui's own SDL_Renderer backend draws it.
void render_reference(Target& t, ImDrawList& list) {
  SDL_SetRenderDrawColor(t.renderer, 0, 0, 0, 255);
  SDL_RenderClear(t.renderer);
  const char* base = reinterpret_cast<const char*>(list.VtxBuffer.Data);
  for (const ImDrawCmd& cmd : list.CmdBuffer) {
    SDL_Rect clip{static_cast<int>(cmd.ClipRect.x), static_cast<int>(cmd.ClipRect.y),
                  static_cast<int>(cmd.ClipRect.z - cmd.ClipRect.x), static_cast<int>(cmd.ClipRect.w - cmd.ClipRect.y)};
    SDL_RenderSetClipRect(t.renderer, &clip);
    const char* v = base + cmd.VtxOffset * sizeof(ImDrawVert);
    SDL_RenderGeometryRaw(t.renderer, static_cast<SDL_Texture*>(cmd.GetTexID()),
                          reinterpret_cast<const float*>(v + offsetof(ImDrawVert, pos)), sizeof(ImDrawVert),
                          reinterpret_cast<const SDL_Color*>(v + offsetof(ImDrawVert, col)), sizeof(ImDrawVert),
                          reinterpret_cast<const float*>(v + offsetof(ImDrawVert, uv)), sizeof(ImDrawVert),
                          list.VtxBuffer.Size - static_cast<int>(cmd.VtxOffset), list.IdxBuffer.Data + cmd.IdxOffset,
                          static_cast<int>(cmd.ElemCount), sizeof(ImDrawIdx));
  }
  SDL_RenderSetClipRect(t.renderer, nullptr);
  SDL_RenderPresent(t.renderer);
}

int channel_gap(std::uint32_t p, std::uint32_t q) {
  int gap = 0;
  for (int s : {0, 8, 16}) gap = std::max(gap, std::abs(static_cast<int>((p >> s) & 0xFF) - static_cast<int>((q >> s) & 0xFF)));
  return gap;
}

}  // namespace

TEST_CASE("the fast renderer draws what SDL's geometry path draws", "[platform]") {
  ImGuiContext* context = ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // no imgui.ini left behind
  unsigned char* pixels = nullptr;
  int aw = 0, ah = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &aw, &ah);
  Target slow, fast;
  SDL_Texture* font_slow = SDL_CreateTexture(slow.renderer, SDL_PIXELFORMAT_ABGR8888, SDL_TEXTUREACCESS_STATIC, aw, ah);
  SDL_Texture* font_fast = SDL_CreateTexture(fast.renderer, SDL_PIXELFORMAT_ABGR8888, SDL_TEXTUREACCESS_STATIC, aw, ah);
  for (SDL_Texture* t : {font_slow, font_fast}) {
    SDL_UpdateTexture(t, nullptr, pixels, aw * 4);
    SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND);
  }
  g_masks.remember(font_fast, {io.Fonts->TexPixelsAlpha8, aw, ah, aw});
  // ImGui's draw lists need a frame's shared data (white texel, circle segments).
  io.DisplaySize = ImVec2(kW, kH);
  io.Fonts->SetTexID(font_slow);
  ImGui::NewFrame();
  ImDrawList list(ImGui::GetDrawListSharedData());

  build(list, font_slow);
  render_reference(slow, list);
  const int triangles = list.IdxBuffer.Size / 3;
  io.Fonts->SetTexID(font_fast);  // AddText insists the list's texture is the atlas's
  build(list, font_fast);
  lineage::DrawDataStats fast_stats = render(fast, list);

  // The same picture: rasterisers round edges differently, so a pixel on a shape's edge may
  // land on either side of it (up to the shape's whole contrast: 208 on the filled circle's rim)
  // but hardly any may; away from edges, where the reference's 3x3 neighbourhood is flat, none
  // may be far off.
  int differing = 0, worst_off_edge = 0;
  long total_gap = 0;
  auto on_edge = [&](int x, int y) {
    for (int dy = -1; dy <= 1; ++dy)
      for (int dx = -1; dx <= 1; ++dx) {
        int nx = std::clamp(x + dx, 0, kW - 1), ny = std::clamp(y + dy, 0, kH - 1);
        if (channel_gap(slow.at(x, y), slow.at(nx, ny)) > 8) return true;
      }
    return false;
  };
  for (int y = 0; y < kH; ++y)
    for (int x = 0; x < kW; ++x) {
      int gap = channel_gap(slow.at(x, y), fast.at(x, y));
      total_gap += gap;
      if (!on_edge(x, y)) worst_off_edge = std::max(worst_off_edge, gap);
      if (gap > 24) ++differing;
    }
  CHECK(differing < kW * kH / 100);               // under 1% of pixels visibly different
  INFO("mean gap " << total_gap / double(kW * kH));
  // On average within a level or two: measured 1.51 (SDL 2.26), nearly all of it the
  // full-screen gradient, which the two round a level apart.
  CHECK(total_gap / double(kW * kH) < 2.0);
  CHECK(worst_off_edge <= 12);                    // measured: 8 (SDL 2.26, Debian 12)
  CHECK(channel_gap(slow.at(100, 50), fast.at(100, 50)) <= 2);  // inside shapes: the same colour
  CHECK(channel_gap(slow.at(380, 190), fast.at(380, 190)) <= 2);
  CHECK(channel_gap(slow.at(250, 100), fast.at(250, 100)) <= 2);
  // And it took the fast roads: text from the mask, shapes straight into the framebuffer.
  CHECK(fast_stats.mask_copies > 20);
  CHECK(fast_stats.direct_triangles > 100);
  // Nothing is left to SDL.
  INFO("triangles in the list: " << triangles << "; left to SDL: " << fast_stats.geometry_triangles);
  CHECK(fast_stats.geometry_triangles == 0);
  g_masks.forget(font_fast);
  ImGui::EndFrame();
  SDL_DestroyTexture(font_slow);
  SDL_DestroyTexture(font_fast);
  ImGui::DestroyContext(context);
}

// ImGui draws thin anti-aliased lines (whole-pixel widths) from a line profile baked into the
// font atlas. The fast path samples that profile itself instead of handing the triangles to
// SDL: a line of width w must then cover w pixels across, whatever its angle, with soft edges.
TEST_CASE("textured anti-aliased lines are drawn by the fast path at their width", "[platform]") {
  ImGuiContext* context = ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  unsigned char* pixels = nullptr;
  int aw = 0, ah = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &aw, &ah);
  Target fast;
  SDL_Texture* font = SDL_CreateTexture(fast.renderer, SDL_PIXELFORMAT_ABGR8888, SDL_TEXTUREACCESS_STATIC, aw, ah);
  SDL_UpdateTexture(font, nullptr, pixels, aw * 4);
  SDL_SetTextureBlendMode(font, SDL_BLENDMODE_BLEND);
  g_masks.remember(font, {io.Fonts->TexPixelsAlpha8, aw, ah, aw});
  io.Fonts->SetTexID(font);
  io.DisplaySize = ImVec2(kW, kH);
  ImGui::NewFrame();
  ImDrawList list(ImGui::GetDrawListSharedData());

  // 2.5 is not a whole width: ImGui draws it as plain geometry with soft fringes.
  for (float width : {1.0f, 2.0f, 2.5f, 6.0f}) {
    for (bool steep : {false, true}) {
      list._ResetForNewFrame();
      list.Flags = ImDrawListFlags_AntiAliasedLines | ImDrawListFlags_AntiAliasedLinesUseTex;
      list.PushClipRect(ImVec2(0, 0), ImVec2(kW, kH));
      list.PushTextureID(font);
      // White on black, horizontal along row 100 (AddLine adds half a pixel), or at 45 degrees.
      if (steep)
        list.AddLine(ImVec2(100, 20), ImVec2(380, 300), IM_COL32(255, 255, 255, 255), width);
      else
        list.AddLine(ImVec2(40, 100), ImVec2(440, 100), IM_COL32(255, 255, 255, 255), width);
      list.PopTextureID();
      list.PopClipRect();
      lineage::DrawDataStats stats = render(fast, list);
      CHECK(stats.geometry_triangles == 0);
      CHECK(stats.direct_triangles >= 2);
      // Coverage summed along a column (horizontal) or a row (the diagonal: across it the
      // line is w * sqrt(2) pixels wide along a row).
      double sum = 0;
      int peak = 0;
      for (int i = 0; i < (steep ? kW : kH); ++i) {
        std::uint32_t p = steep ? fast.at(i, 160) : fast.at(240, i);
        int level = static_cast<int>(p & 0xFF);
        sum += level / 255.0;
        peak = std::max(peak, level);
      }
      const double expected = steep ? width * std::sqrt(2.0) : width;
      INFO("width " << width << (steep ? " at 45 degrees" : " horizontal") << ": coverage " << sum << ", peak " << peak);
      CHECK(std::abs(sum - expected) < 0.35 * expected + 0.2);
      CHECK(peak >= 200);
    }
  }
  g_masks.forget(font);
  ImGui::EndFrame();
  SDL_DestroyTexture(font);
  ImGui::DestroyContext(context);
}

// A glow is a stack of faint discs of one colour, and a figure a run of pieces of one colour: the
// fast path blends such a run in one pass, at the alpha the stack builds up where they overlap.
// It must look as blending them one at a time does (each in a draw command of its own, so the
// fast path cannot join them), and leave nothing to SDL.
TEST_CASE("a stack of translucent shapes of one colour is blended in one pass, as one at a time", "[platform]") {
  ImGuiContext* context = ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  unsigned char* pixels = nullptr;
  int aw = 0, ah = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &aw, &ah);
  Target apart, together;
  SDL_Texture* font_apart = SDL_CreateTexture(apart.renderer, SDL_PIXELFORMAT_ABGR8888, SDL_TEXTUREACCESS_STATIC, aw, ah);
  SDL_Texture* font_together =
      SDL_CreateTexture(together.renderer, SDL_PIXELFORMAT_ABGR8888, SDL_TEXTUREACCESS_STATIC, aw, ah);
  io.DisplaySize = ImVec2(kW, kH);
  io.Fonts->SetTexID(font_apart);
  ImGui::NewFrame();
  ImDrawList list(ImGui::GetDrawListSharedData());
  auto build_stack = [&](ImTextureID font, bool one_command_each) {
    list._ResetForNewFrame();
    list.Flags = ImDrawListFlags_None;  // no fringes: the shapes follow one another
    list.PushClipRect(ImVec2(0, 0), ImVec2(kW, kH));
    list.PushTextureID(font);
    list.AddRectFilled(ImVec2(0, 0), ImVec2(kW, kH), IM_COL32(20, 18, 30, 255));
    auto next = [&] {
      if (one_command_each) list.AddDrawCmd();
    };
    for (int i = 16; i >= 1; --i) {  // a glow, its centre near the top edge
      next();
      list.AddCircleFilled(ImVec2(170.3f, 40.6f), 9.7f * static_cast<float>(i), IM_COL32(240, 200, 140, 22), 48);
    }
    // Overlapping, not nested, and a rotated quad: a figure's pieces, translucent.
    next();
    list.AddCircleFilled(ImVec2(360, 200), 40, IM_COL32(90, 160, 220, 120), 32);
    next();
    list.AddCircleFilled(ImVec2(400, 230), 40, IM_COL32(90, 160, 220, 120), 32);
    next();
    list.AddQuadFilled(ImVec2(330, 250), ImVec2(440, 270), ImVec2(430, 310), ImVec2(320, 290), IM_COL32(90, 160, 220, 120));
    list.PopTextureID();
    list.PopClipRect();
  };
  build_stack(font_apart, true);
  lineage::DrawDataStats one_at_a_time = render(apart, list);
  io.Fonts->SetTexID(font_together);
  build_stack(font_together, false);
  lineage::DrawDataStats stacked = render(together, list);
  CHECK(stacked.geometry_triangles == 0);
  CHECK(one_at_a_time.geometry_triangles == 0);
  // The glow's 16 discs cost about 4.5 times its largest blended one at a time; in one pass, its
  // largest (pi * 155^2, less what the top edge clips).
  INFO("pixels blended: one at a time " << one_at_a_time.direct_triangle_pixels << ", stacked "
                                        << stacked.direct_triangle_pixels);
  CHECK(stacked.direct_triangle_pixels < 80000);
  CHECK(one_at_a_time.direct_triangle_pixels > 3 * stacked.direct_triangle_pixels);
  // The same pixels covered, each within rounding of the colour blended one at a time.
  int worst = 0;
  for (int y = 0; y < kH; ++y)
    for (int x = 0; x < kW; ++x) worst = std::max(worst, channel_gap(apart.at(x, y), together.at(x, y)));
  CHECK(worst <= 3);
  CHECK(channel_gap(together.at(170, 45), together.at(20, 300)) > 60);  // and the glow is there at all
  CHECK(channel_gap(together.at(380, 215), together.at(20, 300)) > 60);
  ImGui::EndFrame();
  SDL_DestroyTexture(font_apart);
  SDL_DestroyTexture(font_together);
  ImGui::DestroyContext(context);
}
