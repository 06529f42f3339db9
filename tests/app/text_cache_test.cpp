// The canvas text cache keeps everything it makes within bounds, however many strings, sizes
// and widths a long session draws: textures, wrapped and fitted layouts, and open fonts. What
// a frame is drawing is never dropped during it.
#include <catch2/catch.hpp>

#include <SDL.h>

#include <string>

#include "core/settings/theme.hpp"
#include "platform/draw_data_renderer.hpp"
#include "platform/text_cache.hpp"

using lineage::TextCache;

namespace {

struct SoftwareText {
  SDL_Surface* surface = nullptr;
  SDL_Renderer* renderer = nullptr;
  lineage::InterfaceTheme theme;
  lineage::TextureMasks masks;
  SoftwareText() {
    SDL_SetHint(SDL_HINT_VIDEODRIVER, "dummy");
    SDL_Init(SDL_INIT_VIDEO);
    surface = SDL_CreateRGBSurfaceWithFormat(0, 64, 64, 32, SDL_PIXELFORMAT_ARGB8888);
    renderer = SDL_CreateSoftwareRenderer(surface);
  }
  ~SoftwareText() {
    SDL_DestroyRenderer(renderer);
    SDL_FreeSurface(surface);
  }
};

std::string words(int n) {
  return "Line " + std::to_string(n) + " of a long session: Blythe watches Violet at the window again";
}

}  // namespace

TEST_CASE("Text cache: textures, layouts and fonts stay within their bounds in a long session", "[app][text-cache]") {
  SoftwareText sdl;
  REQUIRE(sdl.renderer);
  TextCache cache(sdl.renderer, sdl.theme, sdl.masks);
  cache.next_frame();
  REQUIRE(cache.get("serif", 40, "probe"));  // a font is found at all

  // 2,000 distinct strings, 100 a frame: ~100 KB each, 200 MB if all were kept.
  std::size_t most_textures = 0;
  for (int frame = 0; frame < 20; ++frame) {
    cache.next_frame();
    most_textures = std::max(most_textures, cache.texture_bytes());
    for (int i = 0; i < 100; ++i) REQUIRE(cache.get("serif", 20, words(frame * 100 + i)));
  }
  cache.next_frame();
  CHECK(cache.texture_bytes() <= TextCache::kTextureBytes);
  CHECK(most_textures <= TextCache::kTextureBytes);
  CHECK(cache.cached_textures() > 0);

  // 20,000 distinct paragraphs wrapped and fitted (3 MB of text each time).
  for (int frame = 0; frame < 20; ++frame) {
    cache.next_frame();
    for (int i = 0; i < 1000; ++i) {
      std::string text = words(frame * 1000 + i) + " " + words(i) + " " + words(frame);
      cache.wrap("sans", 16, text, 200);
      cache.fit("sans", 16, text, 200);
    }
  }
  cache.next_frame();
  CHECK(cache.layout_bytes() <= 2 * TextCache::kLayoutBytes);

  // Every size from 6 to 200 px: fonts opened as needed, at most kFonts kept.
  for (int size = 6; size <= 200; ++size) {
    cache.next_frame();
    cache.measure("serif", float(size), "A");
  }
  cache.next_frame();
  CHECK(cache.open_fonts() <= TextCache::kFonts);
}

TEST_CASE("Text cache: what the frame being drawn uses stays, however far over its bound", "[app][text-cache]") {
  SoftwareText sdl;
  REQUIRE(sdl.renderer);
  TextCache cache(sdl.renderer, sdl.theme, sdl.masks);
  cache.next_frame();
  // One frame's strings alone over the texture bound: all kept (and their textures alive) to
  // the end of the frame, then trimmed.
  std::vector<const lineage::TextTexture*> drawn;
  std::vector<SDL_Texture*> textures;
  for (int i = 0; i < 160; ++i) {
    drawn.push_back(cache.get("serif", 48, words(i)));
    REQUIRE(drawn.back());
    textures.push_back(drawn.back()->texture);
  }
  CHECK(cache.texture_bytes() > TextCache::kTextureBytes);
  for (std::size_t i = 0; i < drawn.size(); ++i) CHECK(drawn[i]->texture == textures[i]);
  const auto& first = cache.wrap("sans", 16, words(1), 120);
  std::vector<std::string> copy = first;
  for (int i = 0; i < 20000; ++i) cache.wrap("sans", 16, words(i) + words(i) + words(i), 120);
  CHECK(first == copy);  // still the same lines, in the same place
  cache.next_frame();
  CHECK(cache.texture_bytes() <= TextCache::kTextureBytes);
  // The most recently drawn are the ones kept.
  CHECK(cache.get("serif", 48, words(159))->texture == textures[159]);
}
