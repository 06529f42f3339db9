#include "core/util/printable.hpp"

#include <cstdio>

namespace lineage {

namespace {
// Length of the valid UTF-8 sequence starting at text[i], or 0 if it is not one.
std::size_t utf8_sequence(std::string_view text, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  std::size_t n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
  if (n == 0 || i + n > text.size()) return 0;
  for (std::size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return 0;
  return n;
}
}  // namespace

std::string printable(std::string_view text, std::size_t max_bytes) {
  std::size_t cut = text.size() > max_bytes ? max_bytes : text.size();
  std::string out;
  out.reserve(cut + 16);
  for (std::size_t i = 0; i < cut;) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c < 0x7F) {
      out += char(c);
      ++i;
    } else if (c == '\n') {
      out += "\\n", ++i;
    } else if (c == '\r') {
      out += "\\r", ++i;
    } else if (c == '\t') {
      out += "\\t", ++i;
    } else if (std::size_t n = c >= 0x80 ? utf8_sequence(text, i) : 0; n > 0 && i + n <= cut) {
      out.append(text.substr(i, n));
      i += n;
    } else {
      char escape[8];
      std::snprintf(escape, sizeof escape, "\\x%02X", c);
      out += escape;
      ++i;
    }
  }
  if (cut < text.size()) out += "... (" + std::to_string(text.size() - cut) + " more bytes)";
  return out;
}

}  // namespace lineage
