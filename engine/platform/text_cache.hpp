// SDL2_ttf text, rasterised once per (font role, pixel size, string) and kept as a texture
// until it goes unused for a while. Text is rendered white and tinted when drawn, so a colour
// change never re-rasterises. Wrapped layouts are cached too: nothing is laid out per frame.
// Everything it keeps is bounded (kTextureBytes, kLayoutBytes each for wrapped and fitted text,
// kFonts open fonts): past a bound, the least recently used goes between frames, never what
// the frame being drawn used, so what get(), wrap() and fit() return lasts the frame.
#pragma once

#include <SDL.h>
#include <SDL_ttf.h>

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/settings/theme.hpp"
#include "core/util/lru_cache.hpp"
#include "platform/draw_data_renderer.hpp"

namespace lineage {

struct TextTexture {
  SDL_Texture* texture = nullptr;
  int width = 0, height = 0;  // in device pixels
};

class TextCache {
 public:
  // Rows cut from the top and bottom of a font's line (pixels): see line_trim() in text_cache.cpp.
  struct Trim {
    int top = 0, bottom = 0;
  };
  // Textures and their coverage (5 bytes a pixel): text covering a whole 1920x1080 screen
  // would take 10.4 MB, so one frame fits; more only kept text no screen was showing.
  static constexpr std::size_t kTextureBytes = 16u << 20;
  static constexpr std::size_t kLayoutBytes = 8u << 20;    // wrapped lines; fitted lines again
  static constexpr std::size_t kFonts = 48;                // open (role, pixel size) fonts

  TextCache(SDL_Renderer* renderer, const InterfaceTheme& theme, TextureMasks& masks);
  ~TextCache();
  TextCache(const TextCache&) = delete;
  TextCache& operator=(const TextCache&) = delete;

  // Device pixels per logical pixel (2 on a high-DPI display): text is rasterised sharp.
  void set_pixel_ratio(float ratio);
  float pixel_ratio() const { return pixel_ratio_; }

  // `role` is a theme font role ("serif", "sans", "serif-italic"); `size` in logical pixels.
  const TextTexture* get(const std::string& role, float size, std::string_view text);
  // Logical width and height of `text`, without rasterising it.
  std::pair<float, float> measure(const std::string& role, float size, std::string_view text);
  float line_height(const std::string& role, float size);
  const std::vector<std::string>& wrap(const std::string& role, float size, std::string_view text, float width);
  // `text`, or its start with "…" if it is wider than `width` (kept, like wrapped layouts).
  const std::string& fit(const std::string& role, float size, std::string_view text, float width);

  // The theme's fonts changed (the reader chose another): everything made with the old ones
  // goes, once, and is made again as it is next drawn. Nothing happens if they did not change.
  void follow_theme_fonts();

  // Called once a frame, before it is drawn: counts frames, evicts textures unused for a while
  // and keeps every cache within its bound.
  void next_frame();
  std::size_t cached_textures() const { return textures_.size(); }
  std::size_t texture_bytes() const { return textures_.bytes(); }
  std::size_t layout_bytes() const { return wrapped_.bytes() + fitted_.bytes(); }
  std::size_t open_fonts() const { return fonts_.size(); }
  std::size_t rasterisations() const { return rasterisations_; }
  // The family each role resolved to (for the diagnostics panel).
  std::string font_family(const std::string& role);

 private:
  TTF_Font* font(const std::string& role, float size);
  struct Entry {
    TextTexture text;
    std::vector<std::uint8_t> coverage;  // the text's alpha, for drawing without SDL's blits
  };
  void destroy(Entry& entry);
  SDL_Renderer* renderer_;
  const InterfaceTheme& theme_;
  TextureMasks& masks_;
  float pixel_ratio_ = 1.0f;
  long frame_ = 0;
  std::size_t rasterisations_ = 0;
  std::size_t freed_since_trim_ = 0;
  LruCache<TTF_Font*> fonts_;  // by role and pixel size
  std::map<std::string, std::vector<std::string>> fonts_of_theme_;  // what fonts_ were opened from
  std::map<std::string, std::string> families_;
  std::map<std::string, float> size_factors_;  // per font role: font_size_factor()
  std::map<TTF_Font*, Trim> trims_;             // per open font: line_trim() in text_cache.cpp
  LruCache<Entry> textures_;
  LruCache<std::vector<std::string>> wrapped_;
  LruCache<std::string> fitted_;
};

}  // namespace lineage
