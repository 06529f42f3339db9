#include "platform/text_cache.hpp"

#include "platform/draw_data_renderer.hpp"

#include <malloc.h>

#include <cmath>
#include <cstdio>

#include "core/text/wrap.hpp"
#include "platform/fonts.hpp"

namespace lineage {
namespace {

constexpr long kEvictAfterFrames = 600;  // ~10 s at 60 fps without being drawn
// Freed memory past this in one go is handed back to the system (resident size falls too).
constexpr std::size_t kTrimAfterBytes = 4u << 20;
constexpr std::size_t kUnlimited = ~std::size_t(0);

// What a cached layout costs: its key, its lines and their bookkeeping.
std::size_t wrapped_bytes(const std::string& key, const std::vector<std::string>& lines) {
  std::size_t bytes = key.size() + 96;
  for (const std::string& line : lines) bytes += line.size() + sizeof(std::string);
  return bytes;
}

std::string key_of(const std::string& role, int pixels, std::string_view text) {
  std::string key = role;
  key += '\x1f';
  key += std::to_string(pixels);
  key += '\x1f';
  key.append(text.data(), text.size());
  return key;
}

// A font whose line is much taller than its letters (OpenDyslexic: 1.75 em, room for marks
// no English text uses) has its line cut to what its letters reach, accents and descenders
// included: its lines then sit as close as other fonts' and its boxes hold only its ink.
TextCache::Trim line_trim(TTF_Font* font) {
  TextCache::Trim trim;
  if (!font) return trim;
  const int ascent = TTF_FontAscent(font), descent = TTF_FontDescent(font), em = TTF_FontHeight(font);
  int top = 0, bottom = 0;
  for (Uint16 c : {u'\u00c9', u'\u00c5', u'\u00d6', u'b', u'd', u'f', u'h', u'k', u'l', u'(', u'[', u'\u201c'}) {
    int min_x, max_x, min_y, max_y, advance;
    if (TTF_GlyphMetrics(font, c, &min_x, &max_x, &min_y, &max_y, &advance) == 0) top = std::max(top, max_y);
  }
  for (Uint16 c : {u'g', u'j', u'p', u'q', u'y', u'(', u'[', u','}) {
    int min_x, max_x, min_y, max_y, advance;
    if (TTF_GlyphMetrics(font, c, &min_x, &max_x, &min_y, &max_y, &advance) == 0) bottom = std::min(bottom, min_y);
  }
  if (top <= 0 || em <= 0 || static_cast<float>(em) < 1.3f * static_cast<float>(top - bottom)) return trim;
  const int pad = std::max(1, (top - bottom) / 12);
  trim.top = std::max(0, ascent - top - pad);
  trim.bottom = std::max(0, -descent + bottom - pad);
  return trim;
}

}  // namespace

TextCache::TextCache(SDL_Renderer* renderer, const InterfaceTheme& theme, TextureMasks& masks)
    : renderer_(renderer), theme_(theme), masks_(masks), fonts_of_theme_(theme.fonts) {
  if (!TTF_WasInit()) TTF_Init();
}

namespace {
void close_font(TTF_Font*& font) {
  if (font) TTF_CloseFont(font);
}
}  // namespace

TextCache::~TextCache() {
  textures_.clear([&](Entry& entry) { destroy(entry); });
  fonts_.clear(close_font);
}

void TextCache::set_pixel_ratio(float ratio) {
  if (ratio <= 0 || ratio == pixel_ratio_) return;
  pixel_ratio_ = ratio;
  textures_.clear([&](Entry& entry) { destroy(entry); });
}

void TextCache::follow_theme_fonts() {
  if (theme_.fonts == fonts_of_theme_) return;
  fonts_of_theme_ = theme_.fonts;
  textures_.clear([&](Entry& entry) { destroy(entry); });
  wrapped_.clear();
  fitted_.clear();
  fonts_.clear(close_font);
  families_.clear();
  size_factors_.clear();
  trims_.clear();
}

TTF_Font* TextCache::font(const std::string& role, float size) {
  int pixels = std::max(4, static_cast<int>(std::lround(size * pixel_ratio_)));
  std::string key = role;
  key += '\x1f';
  key += std::to_string(pixels);
  if (TTF_Font** found = fonts_.find(key, frame_)) return *found;
  // "serif-italic" -> families of "serif" in style Italic.
  std::string base = role, style = "Regular";
  if (auto dash = role.find('-'); dash != std::string::npos) {
    base = role.substr(0, dash);
    style = role.substr(dash + 1) == "italic" ? "Italic" : "Bold";
  }
  // A reading font in place of the theme's is set at the theme font's apparent size.
  auto factor = size_factors_.find(base);
  if (factor == size_factors_.end()) factor = size_factors_.emplace(base, font_size_factor(theme_, base, false)).first;
  // From the rounded size the font is known by (the key), so one key always means one font:
  // two sizes rounding to the same key opened two different fonts, and which one the cache
  // held depended on which came first.
  int opened = std::max(4, static_cast<int>(std::lround(pixels * factor->second)));
  FontFile file = find_font(theme_.font_families(base), style);
  TTF_Font* font = file.path.empty() ? nullptr : TTF_OpenFont(file.path.c_str(), opened);
  if (!font) std::fprintf(stderr, "lineage: no font for role '%s' (%s)\n", role.c_str(), TTF_GetError());
  families_[role] = file.family;
  fonts_.put(std::move(key), font, 1, frame_);
  trims_[font] = line_trim(font);
  return font;
}

std::string TextCache::font_family(const std::string& role) {
  font(role, 16);
  return families_[role];
}

const TextTexture* TextCache::get(const std::string& role, float size, std::string_view text) {
  if (text.empty()) return nullptr;
  int pixels = static_cast<int>(std::lround(size * pixel_ratio_));
  std::string key = key_of(role, pixels, text);
  if (Entry* found = textures_.find(key, frame_)) return &found->text;
  TTF_Font* f = font(role, size);
  if (!f) return nullptr;
  std::string owned(text);
  SDL_Surface* surface = TTF_RenderUTF8_Blended(f, owned.c_str(), SDL_Color{255, 255, 255, 255});
  if (!surface) return nullptr;
  if (Trim trim = trims_[f]; trim.top + trim.bottom > 0 && surface->h > trim.top + trim.bottom) {
    SDL_Surface* cut = SDL_CreateRGBSurfaceWithFormat(0, surface->w, surface->h - trim.top - trim.bottom, 32,
                                                      surface->format->format);
    if (cut) {
      SDL_SetSurfaceBlendMode(surface, SDL_BLENDMODE_NONE);
      SDL_Rect from{0, trim.top, surface->w, cut->h};
      SDL_BlitSurface(surface, &from, cut, nullptr);
      SDL_FreeSurface(surface);
      surface = cut;
    }
  }
  ++rasterisations_;
  Entry entry;
  entry.text.texture = SDL_CreateTextureFromSurface(renderer_, surface);
  entry.text.width = surface->w;
  entry.text.height = surface->h;
  // Keep the coverage (the text is white: only alpha varies) for software drawing.
  if (surface->format->format == SDL_PIXELFORMAT_ARGB8888 && SDL_LockSurface(surface) == 0) {
    entry.coverage.resize(static_cast<std::size_t>(surface->w) * surface->h);
    for (int y = 0; y < surface->h; ++y) {
      const auto* row = reinterpret_cast<const std::uint32_t*>(static_cast<const char*>(surface->pixels) + y * surface->pitch);
      for (int x = 0; x < surface->w; ++x) entry.coverage[static_cast<std::size_t>(y) * surface->w + x] = row[x] >> 24;
    }
    SDL_UnlockSurface(surface);
  }
  SDL_FreeSurface(surface);
  if (!entry.text.texture) return nullptr;
  SDL_SetTextureBlendMode(entry.text.texture, SDL_BLENDMODE_BLEND);
  // The texture (four bytes a pixel) and the coverage kept beside it (one).
  std::size_t bytes = std::size_t(entry.text.width) * std::size_t(entry.text.height) * 5 + key.size() + 128;
  Entry& stored = textures_.put(std::move(key), std::move(entry), bytes, frame_);
  if (!stored.coverage.empty())
    masks_.remember(stored.text.texture, {stored.coverage.data(), stored.text.width, stored.text.height,
                                          stored.text.width});
  return &stored.text;
}

void TextCache::destroy(Entry& entry) {
  masks_.forget(entry.text.texture);
  SDL_DestroyTexture(entry.text.texture);
  entry.text.texture = nullptr;
}

std::pair<float, float> TextCache::measure(const std::string& role, float size, std::string_view text) {
  TTF_Font* f = font(role, size);
  const Trim trim = f ? trims_[f] : Trim{};
  if (!f || text.empty()) return {0.0f, f ? (TTF_FontHeight(f) - trim.top - trim.bottom) / pixel_ratio_ : 0.0f};
  int w = 0, h = 0;
  std::string owned(text);
  TTF_SizeUTF8(f, owned.c_str(), &w, &h);
  return {w / pixel_ratio_, (h - trim.top - trim.bottom) / pixel_ratio_};
}

float TextCache::line_height(const std::string& role, float size) {
  TTF_Font* f = font(role, size);
  if (!f) return size;
  const Trim trim = trims_[f];
  return (TTF_FontLineSkip(f) - trim.top - trim.bottom) * theme_.line_spacing / pixel_ratio_;
}

const std::vector<std::string>& TextCache::wrap(const std::string& role, float size, std::string_view text,
                                                float width) {
  std::string key = key_of(role, static_cast<int>(std::lround(size * 100)), text);
  key += '\x1f';
  key += std::to_string(static_cast<int>(width));
  if (auto* found = wrapped_.find(key, frame_)) return *found;
  auto lines = wrap_text(text, width, [&](std::string_view s) { return measure(role, size, s).first; });
  std::size_t bytes = wrapped_bytes(key, lines);
  return wrapped_.put(std::move(key), std::move(lines), bytes, frame_);
}

const std::string& TextCache::fit(const std::string& role, float size, std::string_view text, float width) {
  std::string key = key_of(role, static_cast<int>(std::lround(size * 100)), text);
  key += '\x1f';
  key += std::to_string(static_cast<int>(width));
  if (auto* found = fitted_.find(key, frame_)) return *found;
  std::string fitted = ellipsize_text(text, width, [&](std::string_view s) { return measure(role, size, s).first; });
  std::size_t bytes = key.size() + fitted.size() + 96;
  return fitted_.put(std::move(key), std::move(fitted), bytes, frame_);
}

void TextCache::next_frame() {
  // The frame before has been drawn: anything may go now but what this frame will use.
  ++frame_;
  auto destroy_entry = [&](Entry& entry) { destroy(entry); };
  std::size_t freed = 0;
  if (frame_ % 120 == 0) freed += textures_.forget_unused(frame_ - kEvictAfterFrames, destroy_entry);
  freed += textures_.trim(kTextureBytes, kUnlimited, frame_, destroy_entry);
  freed += wrapped_.trim(kLayoutBytes, kUnlimited, frame_);
  freed += fitted_.trim(kLayoutBytes, kUnlimited, frame_);
  // A closed font's address may be reused by the next one opened: its trim goes with it.
  fonts_.trim(kUnlimited, kFonts, frame_, [&](TTF_Font*& font) {
    trims_.erase(font);
    close_font(font);
  });
  freed_since_trim_ += freed;
  if (freed_since_trim_ >= kTrimAfterBytes) {
    malloc_trim(0);
    freed_since_trim_ = 0;
  }
}

}  // namespace lineage
