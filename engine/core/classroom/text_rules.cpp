#include "core/classroom/text_rules.hpp"

namespace lineage::classroom {

bool valid_utf8(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t n = text.size(), i = 0;
  while (i < n) {
    unsigned char c = p[i];
    if (c < 0x80) { ++i; continue; }
    int extra;
    char32_t cp, min;
    if ((c & 0xE0) == 0xC0) { extra = 1; cp = c & 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { extra = 2; cp = c & 0x0F; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { extra = 3; cp = c & 0x07; min = 0x10000; }
    else return false;
    if (i + std::size_t(extra) >= n) return false;  // cut off at the end
    for (int k = 1; k <= extra; ++k) {
      unsigned char d = p[i + std::size_t(k)];
      if ((d & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += std::size_t(extra) + 1;
  }
  return true;
}

std::size_t utf8_length(std::string_view text) {
  std::size_t count = 0;
  for (unsigned char c : text) count += (c & 0xC0) != 0x80;
  return count;
}

std::optional<std::string> text_problem(std::string_view text, std::size_t max_chars) {
  if (!valid_utf8(text)) return std::string("The answer holds characters that are not valid text (UTF-8).");
  for (unsigned char c : text)
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F)
      return std::string("The answer holds control characters.");
  std::size_t length = utf8_length(text);
  if (length > max_chars)
    return "The answer is " + std::to_string(length) + " characters long; at most " +
           std::to_string(max_chars) + " are accepted.";
  return std::nullopt;
}

std::string clean_name(std::string_view name) {
  while (!name.empty() && (name.front() == ' ' || name.front() == '\t')) name.remove_prefix(1);
  while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);
  if (name.empty() || text_problem(name, kMaxNameChars)) return {};
  for (char c : name)
    if (c == '\n' || c == '\t') return {};
  return std::string(name);
}

}  // namespace lineage::classroom
