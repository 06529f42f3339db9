// A software frame is not drawn again when its draw data is the last drawn frame's (FrameMemory),
// and not cleared first when its backdrop paints every pixel (covers_frame_opaquely). Neither may
// ever leave a picture other than drawing the frame afresh would: a frame differing by one
// pixel's worth of draw data is drawn, and skipping the clear changes no byte.
#include <SDL.h>
#include <catch2/catch.hpp>
#include <imgui.h>

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "offscreen.hpp"
#include "platform/draw_data_renderer.hpp"
#include "platform/frame_memory.hpp"

namespace fs = std::filesystem;

namespace {

constexpr int kW = 160, kH = 120;

// ImGui's shared draw data (white texel, circle segments) and a font texture for the lists.
struct ImGuiFrame {
  ImGuiContext* context = ImGui::CreateContext();
  SDL_Surface* surface = SDL_CreateRGBSurfaceWithFormat(0, kW, kH, 32, SDL_PIXELFORMAT_ARGB8888);
  SDL_Renderer* renderer = SDL_CreateSoftwareRenderer(surface);
  SDL_Texture* font = nullptr;
  lineage::TextureMasks masks;
  ImGuiFrame() {
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    unsigned char* pixels = nullptr;
    int aw = 0, ah = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &aw, &ah);
    font = SDL_CreateTexture(renderer, SDL_PIXELFORMAT_ABGR8888, SDL_TEXTUREACCESS_STATIC, aw, ah);
    SDL_UpdateTexture(font, nullptr, pixels, aw * 4);
    SDL_SetTextureBlendMode(font, SDL_BLENDMODE_BLEND);
    io.Fonts->SetTexID(font);
    masks.remember(font, {io.Fonts->TexPixelsAlpha8, aw, ah, aw});
    io.DisplaySize = ImVec2(kW, kH);
    ImGui::NewFrame();
  }
  ~ImGuiFrame() {
    ImGui::EndFrame();
    masks.forget(font);
    SDL_DestroyTexture(font);
    SDL_DestroyRenderer(renderer);
    SDL_FreeSurface(surface);
    ImGui::DestroyContext(context);
  }
  std::vector<std::uint32_t> pixels() const {
    const auto* p = static_cast<const std::uint32_t*>(surface->pixels);
    return std::vector<std::uint32_t>(p, p + kW * kH);  // pitch is kW * 4 for this format and width
  }
  // Draws `list` as Output::end_frame does: cleared first unless the backdrop covers the frame.
  void draw(ImDrawList& list, bool clear = true) {
    ImDrawData data = wrap(list);
    if (clear) {
      SDL_SetRenderDrawColor(renderer, 0, 0, 0, 255);
      SDL_RenderClear(renderer);
    }
    lineage::render_draw_data(renderer, &data, surface, masks);
    SDL_RenderFlush(renderer);
  }
  static ImDrawData wrap(ImDrawList& list) {
    static ImDrawList* lists[1];
    lists[0] = &list;
    ImDrawData data;
    data.Valid = true;
    data.CmdLists = lists;
    data.CmdListsCount = 1;
    data.TotalVtxCount = list.VtxBuffer.Size;
    data.TotalIdxCount = list.IdxBuffer.Size;
    data.DisplayPos = ImVec2(0, 0);
    data.DisplaySize = ImVec2(kW, kH);
    data.FramebufferScale = ImVec2(1, 1);
    return data;
  }
};

// A backdrop (an opaque gradient in `slices` bands, the last ending at `bottom`), a translucent
// panel with rounded corners, and one pixel's rectangle at `dot` in `dot_colour`.
void build(ImDrawList& list, ImTextureID font, ImU32 dot_colour, ImVec2 dot = ImVec2(40, 30), int slices = 1,
           float bottom = kH, int backdrop_alpha = 255) {
  list._ResetForNewFrame();
  list.PushClipRect(ImVec2(0, 0), ImVec2(kW, kH));
  list.PushTextureID(font);
  const ImU32 top = IM_COL32(30, 28, 40, backdrop_alpha), low = IM_COL32(14, 12, 20, backdrop_alpha);
  for (int s = 0; s < slices; ++s)
    list.AddRectFilledMultiColor(ImVec2(0, bottom * s / slices), ImVec2(kW, bottom * (s + 1) / slices), top, top, low,
                                 low);
  list.AddRectFilled(ImVec2(20.5f, 50.5f), ImVec2(140.5f, 100.5f), IM_COL32(120, 200, 140, 160), 9.0f);
  list.AddRectFilled(dot, ImVec2(dot.x + 1, dot.y + 1), dot_colour);
  list.PopTextureID();
  list.PopClipRect();
}

int pixels_differing(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  int n = 0;
  for (std::size_t i = 0; i < a.size(); ++i) n += a[i] != b[i];
  return n;
}

}  // namespace

TEST_CASE("FrameMemory: the same draw data is unchanged; one pixel's worth of difference is drawn", "[platform]") {
  ImGuiFrame f;
  ImDrawList list(ImGui::GetDrawListSharedData());
  lineage::FrameMemory memory;
  const lineage::FramebufferIdentity target{f.surface->pixels, kW, kH, f.surface->pitch, f.masks.generation()};
  const ImU32 dot = IM_COL32(200, 100, 50, 255);

  build(list, f.font, dot);
  ImDrawData data = ImGuiFrame::wrap(list);
  CHECK_FALSE(memory.unchanged(data, target));  // nothing remembered yet
  CHECK(memory.unchanged(data, target));
  build(list, f.font, dot);  // built again, the same bytes
  CHECK(memory.unchanged(data, target));
  f.draw(list);
  const std::vector<std::uint32_t> before = f.pixels();

  // One level of one channel of one pixel: a different picture, so it must be drawn.
  build(list, f.font, IM_COL32(201, 100, 50, 255));
  CHECK_FALSE(memory.unchanged(data, target));
  f.draw(list);
  CHECK(pixels_differing(before, f.pixels()) == 1);  // the change really is one pixel's worth
  CHECK(memory.unchanged(data, target));

  // The same pixel one to the right.
  build(list, f.font, IM_COL32(201, 100, 50, 255), ImVec2(41, 30));
  CHECK_FALSE(memory.unchanged(data, target));
  CHECK(memory.unchanged(data, target));

  // The same draw data into another framebuffer, or after a texture was forgotten (a new one may
  // have its address), or after the framebuffer lost its pixels: drawn.
  lineage::FramebufferIdentity other = target;
  other.height = kH - 1;
  CHECK_FALSE(memory.unchanged(data, other));
  CHECK_FALSE(memory.unchanged(data, target));
  const std::uint64_t generation = f.masks.generation();
  SDL_Texture* spare = SDL_CreateTexture(f.renderer, SDL_PIXELFORMAT_ABGR8888, SDL_TEXTUREACCESS_STATIC, 4, 4);
  f.masks.forget(spare);
  SDL_DestroyTexture(spare);
  CHECK(f.masks.generation() != generation);
  lineage::FramebufferIdentity later = target;
  later.texture_generation = f.masks.generation();
  CHECK_FALSE(memory.unchanged(data, later));
  CHECK(memory.unchanged(data, later));
  memory.forget();
  CHECK_FALSE(memory.unchanged(data, later));

  // A draw callback may draw anything: never skipped.
  list.AddCallback([](const ImDrawList*, const ImDrawCmd*) {}, nullptr);
  CHECK_FALSE(memory.unchanged(data, later));
  CHECK_FALSE(memory.unchanged(data, later));
}

TEST_CASE("the clear is skipped only under a backdrop that paints every pixel, and then changes no byte", "[platform]") {
  ImGuiFrame f;
  ImDrawList list(ImGui::GetDrawListSharedData());
  const ImU32 dot = IM_COL32(200, 100, 50, 255);
  for (int slices : {1, 3}) {
    INFO(slices << " backdrop slices");
    build(list, f.font, dot, ImVec2(40, 30), slices);
    ImDrawData data = ImGuiFrame::wrap(list);
    CHECK(lineage::covers_frame_opaquely(&data, f.surface));
    f.draw(list, true);
    const std::vector<std::uint32_t> cleared = f.pixels();
    // Whatever the framebuffer held before, the picture is the same without the clear.
    std::memset(f.surface->pixels, 0x5A, static_cast<std::size_t>(f.surface->pitch) * kH);
    f.draw(list, false);
    CHECK(pixels_differing(cleared, f.pixels()) == 0);
  }
  // Translucent, a pixel short, or a frame larger than the display: the clear stays.
  build(list, f.font, dot, ImVec2(40, 30), 1, kH, 254);
  ImDrawData translucent = ImGuiFrame::wrap(list);
  CHECK_FALSE(lineage::covers_frame_opaquely(&translucent, f.surface));
  build(list, f.font, dot, ImVec2(40, 30), 2, kH - 1);
  ImDrawData short_of_bottom = ImGuiFrame::wrap(list);
  CHECK_FALSE(lineage::covers_frame_opaquely(&short_of_bottom, f.surface));
  build(list, f.font, dot);
  ImDrawData smaller = ImGuiFrame::wrap(list);
  smaller.DisplaySize = ImVec2(kW - 1, kH);
  CHECK_FALSE(lineage::covers_frame_opaquely(&smaller, f.surface));
  // No backdrop at all: the first rectangle is the panel.
  list._ResetForNewFrame();
  list.PushClipRect(ImVec2(0, 0), ImVec2(kW, kH));
  list.PushTextureID(f.font);
  list.AddRectFilled(ImVec2(20, 50), ImVec2(140, 100), IM_COL32(120, 200, 140, 255));
  list.PopTextureID();
  list.PopClipRect();
  ImDrawData bare = ImGuiFrame::wrap(list);
  CHECK_FALSE(lineage::covers_frame_opaquely(&bare, f.surface));
}

// Story mode's picture is an opaque layer across the whole width: the backdrop is drawn only
// above and below it, and the two together still paint every pixel, so the clear is skipped.
TEST_CASE("an opaque layer's image and the backdrop around it paint every pixel", "[platform]") {
  ImGuiFrame f;
  // The layer: half the frame's size, its pixels known to the renderer (as OutputLayers keeps them).
  constexpr int kLw = kW / 2, kLh = 40;
  SDL_Surface* layer = SDL_CreateRGBSurfaceWithFormat(0, kLw, kLh, 32, SDL_PIXELFORMAT_RGB888);
  SDL_FillRect(layer, nullptr, SDL_MapRGB(layer->format, 90, 140, 60));
  SDL_Texture* texture = SDL_CreateTexture(f.renderer, SDL_PIXELFORMAT_RGB888, SDL_TEXTUREACCESS_STATIC, kLw, kLh);
  SDL_UpdateTexture(texture, nullptr, layer->pixels, layer->pitch);
  SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_NONE);
  ImDrawList list(ImGui::GetDrawListSharedData());
  auto build_picture = [&](float left, float right) {
    list._ResetForNewFrame();
    list.PushClipRect(ImVec2(0, 0), ImVec2(kW, kH));
    list.PushTextureID(f.font);
    // The backdrop above 30.5 and below 110, the picture between (a fractional top, as below a menu bar).
    list.AddRectFilledMultiColor(ImVec2(0, 0), ImVec2(kW, 30.5f), IM_COL32(30, 28, 40, 255), IM_COL32(30, 28, 40, 255),
                                 IM_COL32(25, 24, 33, 255), IM_COL32(25, 24, 33, 255));
    list.AddRectFilled(ImVec2(0, 109), ImVec2(kW, kH), IM_COL32(14, 12, 20, 255));
    list.PushClipRect(ImVec2(left, 30.5f), ImVec2(right, 110), true);
    list.AddImage(texture, ImVec2(left, 30.5f), ImVec2(right, 110));
    list.PopClipRect();
    list.AddRectFilled(ImVec2(20, 60), ImVec2(60, 80), IM_COL32(200, 100, 50, 120));  // drawn over the picture
    list.PopTextureID();
    list.PopClipRect();
  };
  build_picture(0, kW);
  ImDrawData data = ImGuiFrame::wrap(list);
  CHECK_FALSE(lineage::covers_frame_opaquely(&data, f.surface, &f.masks));  // its pixels not known: it may be anything
  f.masks.remember_image(texture, {static_cast<const std::uint32_t*>(layer->pixels), kLw, kLh, layer->pitch});
  CHECK(lineage::covers_frame_opaquely(&data, f.surface, &f.masks));
  CHECK_FALSE(lineage::covers_frame_opaquely(&data, f.surface));  // without the masks: not known either
  f.draw(list, true);
  const std::vector<std::uint32_t> cleared = f.pixels();
  std::memset(f.surface->pixels, 0x5A, static_cast<std::size_t>(f.surface->pitch) * kH);
  f.draw(list, false);
  CHECK(pixels_differing(cleared, f.pixels()) == 0);
  // Narrower than the frame (a panel open beside it): the clear stays.
  build_picture(10, kW);
  ImDrawData narrower = ImGuiFrame::wrap(list);
  CHECK_FALSE(lineage::covers_frame_opaquely(&narrower, f.surface, &f.masks));
  f.masks.forget(texture);
  SDL_DestroyTexture(texture);
  SDL_FreeSurface(layer);
}

// A software layer's texture is filled only when SDL itself must draw it (a tinted image, or a
// framebuffer we cannot write into): until then only the layer's own pixels are current.
TEST_CASE("a layer image ahead of its texture is uploaded before SDL draws the texture", "[platform]") {
  ImGuiFrame f;
  constexpr int kLw = 16, kLh = 8;
  SDL_Surface* layer = SDL_CreateRGBSurfaceWithFormat(0, kLw, kLh, 32, SDL_PIXELFORMAT_RGB888);
  SDL_FillRect(layer, nullptr, SDL_MapRGB(layer->format, 90, 140, 60));
  SDL_Texture* texture = SDL_CreateTexture(f.renderer, SDL_PIXELFORMAT_RGB888, SDL_TEXTUREACCESS_STATIC, kLw, kLh);
  std::vector<std::uint32_t> stale(kLw * kLh, 0xFF0000FFu);  // what the texture held before: blue
  SDL_UpdateTexture(texture, nullptr, stale.data(), kLw * 4);
  SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_NONE);
  f.masks.remember_image(texture, {static_cast<const std::uint32_t*>(layer->pixels), kLw, kLh, layer->pitch, true});
  ImDrawList list(ImGui::GetDrawListSharedData());
  list._ResetForNewFrame();
  list.PushClipRect(ImVec2(0, 0), ImVec2(kW, kH));
  list.PushTextureID(f.font);
  list.AddImage(texture, ImVec2(0, 0), ImVec2(kLw, kLh), ImVec2(0, 0), ImVec2(1, 1), IM_COL32(255, 255, 254, 255));
  list.PopTextureID();
  list.PopClipRect();
  ImDrawData data = ImGuiFrame::wrap(list);
  SDL_SetRenderDrawColor(f.renderer, 0, 0, 0, 255);
  SDL_RenderClear(f.renderer);
  lineage::render_draw_data(f.renderer, &data, nullptr, f.masks);  // no framebuffer to write into: SDL copies
  SDL_RenderFlush(f.renderer);
  const std::uint32_t middle = f.pixels()[static_cast<std::size_t>(kW * 4 + 8)] & 0xFFFFFFu;
  CHECK((middle >> 16) == 90);  // the layer's green, not the stale blue
  CHECK(((middle >> 8) & 0xFF) == 140);
  CHECK(f.masks.find_image(texture)->texture_behind == false);
  f.masks.forget(texture);
  SDL_DestroyTexture(texture);
  SDL_FreeSurface(layer);
}

// The real program: a frame the memory let stand is, byte for byte, what drawing that same draw
// data afresh gives. Every input is followed by a settled frame (kept when unchanged) and a frame
// drawn regardless; where that second frame's draw data is the kept frame's, the pictures must be
// equal. Story mode steps with the clicker's key; the pointer moves a pixel at a time over the
// menu bar (hover changes there); the timeline pans.
TEST_CASE("Frames not drawn again show what drawing them afresh shows", "[platform][app]") {
  auto dir = lineage::testing::temp_dir("frame-memory");
  int compared = 0, kept_frames = 0;
  for (const char* scene : {"story", "timeline", "title"}) {
    INFO("scene " << scene);
    auto app = lineage::testing::start_offscreen({"--scene", scene, "--size", "640x400"}, dir / scene);
    app->settle();
    const fs::path kept = dir / (std::string(scene) + "-kept.png"), fresh = dir / (std::string(scene) + "-fresh.png");
    for (int step = 0; step < 6; ++step) {
      INFO("step " << step);
      if (step % 3 == 0) app->press_key("Right");
      if (step % 3 == 1) app->move_pointer(30.0f + step, 8.0f);  // over the menu bar, one pixel on
      if (step % 3 == 2) {
        app->press_pointer(320, 250);
        app->move_pointer(321, 250, true);
        app->release_pointer(321, 250);
      }
      app->settle();
      app->frame(1.0 / 60.0, true);
      kept_frames += app->last_draw().unchanged ? 1 : 0;
      REQUIRE(app->save_png(kept.string()).empty());
      app->draw_every_frame(true);
      app->frame(1.0 / 60.0, true);
      app->draw_every_frame(false);
      if (!app->last_draw().unchanged) continue;  // the scene moved on: nothing to compare
      REQUIRE(app->save_png(fresh.string()).empty());
      ++compared;
      const bool same_picture = lineage::testing::read_png(kept).rgba == lineage::testing::read_png(fresh).rgba;
      CHECK(same_picture);
    }
  }
  // Frames were kept, and compared with the same draw data drawn afresh (measured: 12 and 12).
  CHECK(kept_frames >= 3);
  CHECK(compared >= 6);
  // A story beat after settled, kept frames: the next frame is drawn.
  auto app = lineage::testing::start_offscreen({"--scene", "story", "--size", "640x400"}, dir / "beat");
  app->settle();
  app->frame(1.0 / 60.0, true);
  REQUIRE(app->last_draw().unchanged);
  app->press_key("Right");
  app->frame(1.0 / 60.0, true);
  CHECK_FALSE(app->last_draw().unchanged);
  fs::remove_all(dir);
}

// Story mode's pictures move slowly (snow, light), in steps of a fifteenth of a second, so most
// frames of a moving picture are the last frame again and are neither drawn nor presented: in a
// window without a GPU, drawing the picture is most of a frame's cost.
TEST_CASE("A moving story picture changes at most 15 times a second, and not at all under reduced motion",
          "[platform][app][story]") {
  auto dir = lineage::testing::temp_dir("picture-steps");
  for (bool reduced : {false, true}) {
    INFO((reduced ? "reduced motion" : "motion"));
    std::vector<std::string> args = {"--scene", "story", "--size", "640x400", "--select", "etta-widowed"};
    if (reduced) args.push_back("--reduced-motion");
    auto app = lineage::testing::start_offscreen(args, dir / (reduced ? "still" : "moving"));
    app->settle();
    app->press_key("Return");  // the content card's first choice: show the moment (the blizzard)
    app->settle();
    REQUIRE(app->state().story != nullptr);
    int drawn = 0;
    for (int i = 0; i < 60; ++i) {  // one second at 60 frames a second
      app->frame(1.0 / 60.0, true);
      drawn += app->last_draw().unchanged ? 0 : 1;
    }
    if (reduced) {
      CHECK(drawn == 0);
    } else {
      CHECK(drawn >= 10);  // the snow does fall
      CHECK(drawn <= 16);
    }
  }
  fs::remove_all(dir);
}
