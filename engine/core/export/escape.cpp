#include "core/export/escape.hpp"

#include <cstdint>

namespace lineage::export_detail {
namespace {

// Length of the valid UTF-8 sequence at s[i], or 0 if it is not one.
std::size_t utf8_length(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return std::uint8_t(s[k]); };
  std::uint8_t b = byte(i);
  std::size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  std::uint32_t cp = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
  for (std::size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  static const std::uint32_t kMin[5] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;  // overlong, surrogate
  if (cp == 0xFFFE || cp == 0xFFFF) return 0;  // not characters in XML
  return n;
}

}  // namespace

std::string clean_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::size_t n = utf8_length(text, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
      ++i;
      continue;
    }
    char c = text[i];
    if (n == 1 && c == '\r') {
      if (i + 1 >= text.size() || text[i + 1] != '\n') out += '\n';
    } else if (n == 1 && std::uint8_t(c) < 0x20 && c != '\n' && c != '\t') {
      // dropped: XML 1.0 has no way to write these
    } else {
      out.append(text.substr(i, n));
    }
    i += n;
  }
  return out;
}

std::string xml_escape(std::string_view text) {
  std::string clean = clean_text(text);
  std::string out;
  out.reserve(clean.size() + 16);
  for (char c : clean) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string markdown_escape(std::string_view text) {
  std::string clean = clean_text(text);
  std::string out;
  bool line_start = true;  // only blanks so far on this line
  bool digits = false;     // only blanks and digits so far: "1." or "1)" would start a list
  for (char c : clean) {
    static const std::string_view kAlways = "\\`*_[]<>&|~!";
    static const std::string_view kAtLineStart = "#+-=>";
    bool is_digit = c >= '0' && c <= '9';
    if (kAlways.find(c) != std::string_view::npos ||
        (line_start && kAtLineStart.find(c) != std::string_view::npos) ||
        (digits && !line_start && (c == '.' || c == ')')))
      out += '\\';
    out += c;
    bool blank = c == ' ' || c == '\t';
    digits = c == '\n' || ((line_start || digits) && (blank || is_digit));
    line_start = c == '\n' || (line_start && blank);
  }
  return out;
}

}  // namespace lineage::export_detail
