// Span blending (see blend.hpp).
#include "core/raster/blend.hpp"

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>  // part of every x86-64 CPU: 16-bit lanes, eight channels at a time
#endif

namespace lineage {
using raster_detail::over;

void blend_span(std::uint32_t* pixels, int count, std::uint32_t rgb, std::uint8_t alpha) {
  const std::uint32_t src = rgb | 0xFF000000u;
  if (alpha == 255) {
    std::fill_n(pixels, count, src);
    return;
  }
  if (alpha == 0) return;
  const std::uint32_t a = alpha, ia = 255 - alpha;
  int i = 0;
#if defined(__SSE2__)
  // The same arithmetic as below, four pixels at a time: dst * (255 - a) + src * a + 128 fits a
  // 16-bit lane, and (x + (x >> 8)) >> 8 divides it by 255.
  const __m128i zero = _mm_setzero_si128();
  const __m128i inv = _mm_set1_epi16(static_cast<short>(ia));
  const __m128i src16 = _mm_unpacklo_epi8(_mm_set1_epi32(static_cast<int>(src)), zero);
  const __m128i add = _mm_add_epi16(_mm_mullo_epi16(src16, _mm_set1_epi16(static_cast<short>(a))), _mm_set1_epi16(128));
  for (; i + 4 <= count; i += 4) {
    __m128i p = _mm_loadu_si128(reinterpret_cast<const __m128i*>(pixels + i));
    __m128i lo = _mm_add_epi16(_mm_mullo_epi16(_mm_unpacklo_epi8(p, zero), inv), add);
    __m128i hi = _mm_add_epi16(_mm_mullo_epi16(_mm_unpackhi_epi8(p, zero), inv), add);
    lo = _mm_srli_epi16(_mm_add_epi16(lo, _mm_srli_epi16(lo, 8)), 8);
    hi = _mm_srli_epi16(_mm_add_epi16(hi, _mm_srli_epi16(hi, 8)), 8);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(pixels + i), _mm_packus_epi16(lo, hi));
  }
#endif
  // Red and blue in one word, alpha and green in another: 16 bits of room for each product.
  const std::uint32_t src_rb = (src & 0x00FF00FFu) * a, src_ag = ((src >> 8) & 0x00FF00FFu) * a;
  for (; i < count; ++i) pixels[i] = over(pixels[i], src_rb, src_ag, ia);
}

void blend_colours_span(std::uint32_t* pixels, const std::uint32_t* colours, int count) {
  int i = 0;
#if defined(__SSE2__)
  // blend_span's arithmetic with an alpha per pixel: each pixel's alpha spread over its four lanes.
  const __m128i zero = _mm_setzero_si128();
  const __m128i opaque = _mm_set1_epi32(static_cast<int>(0xFF000000u));
  const __m128i full = _mm_set1_epi16(255), half = _mm_set1_epi16(128);
  for (; i + 4 <= count; i += 4) {
    const __m128i src = _mm_loadu_si128(reinterpret_cast<const __m128i*>(colours + i));
    const __m128i alphas = _mm_srli_epi32(src, 24);
    const __m128i pairs = _mm_packs_epi32(alphas, alphas);  // a0 a1 a2 a3 a0 a1 a2 a3
    const __m128i doubled = _mm_unpacklo_epi16(pairs, pairs);  // a0 a0 a1 a1 a2 a2 a3 a3
    const __m128i a_lo = _mm_unpacklo_epi32(doubled, doubled), a_hi = _mm_unpackhi_epi32(doubled, doubled);
    const __m128i s = _mm_or_si128(src, opaque);
    const __m128i p = _mm_loadu_si128(reinterpret_cast<const __m128i*>(pixels + i));
    __m128i lo = _mm_add_epi16(_mm_add_epi16(_mm_mullo_epi16(_mm_unpacklo_epi8(p, zero), _mm_sub_epi16(full, a_lo)),
                                             _mm_mullo_epi16(_mm_unpacklo_epi8(s, zero), a_lo)),
                               half);
    __m128i hi = _mm_add_epi16(_mm_add_epi16(_mm_mullo_epi16(_mm_unpackhi_epi8(p, zero), _mm_sub_epi16(full, a_hi)),
                                             _mm_mullo_epi16(_mm_unpackhi_epi8(s, zero), a_hi)),
                               half);
    lo = _mm_srli_epi16(_mm_add_epi16(lo, _mm_srli_epi16(lo, 8)), 8);
    hi = _mm_srli_epi16(_mm_add_epi16(hi, _mm_srli_epi16(hi, 8)), 8);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(pixels + i), _mm_packus_epi16(lo, hi));
  }
#endif
  for (; i < count; ++i) blend_pixel(pixels[i], colours[i] & 0x00FFFFFFu, static_cast<std::uint8_t>(colours[i] >> 24));
}

void blend_ramp_span(std::uint32_t* row_pixels, int x0, int x1, std::uint32_t rgb, float dx, float row, float c) {
  for (int x = x0; x < x1; ++x) {
    const float v = dx * (static_cast<float>(x) + 0.5f) + row + c;
    blend_pixel(row_pixels[x], rgb, alpha_byte(v));
  }
}

void blend_mask_span(std::uint32_t* pixels, const std::uint8_t* mask, int count, std::uint32_t rgb,
                     std::uint8_t alpha) {
  const std::uint32_t src = rgb | 0xFF000000u;
  const std::uint32_t src_rb = src & 0x00FF00FFu, src_ag = (src >> 8) & 0x00FF00FFu;
  for (int i = 0; i < count; ++i) {
    std::uint32_t m = mask[i];
    if (m == 0) continue;  // most of a line of text is space between strokes
    std::uint32_t x = m * alpha + 128;
    std::uint32_t a = (x + (x >> 8)) >> 8, ia = 255 - a;
    if (a == 255) {
      pixels[i] = src;
      continue;
    }
    pixels[i] = over(pixels[i], src_rb * a, src_ag * a, ia);
  }
}

void blend_rect(void* pixels, int pitch, int x, int y, int w, int h, std::uint32_t rgb, std::uint8_t alpha) {
  if (w <= 0 || h <= 0) return;
  auto* row = static_cast<unsigned char*>(pixels) + static_cast<std::ptrdiff_t>(y) * pitch;
  for (int r = 0; r < h; ++r, row += pitch) blend_span(reinterpret_cast<std::uint32_t*>(row) + x, w, rgb, alpha);
}

}  // namespace lineage
