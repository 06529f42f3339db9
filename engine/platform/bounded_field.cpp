#include "platform/bounded_field.hpp"

#include <cstring>

namespace lineage {

std::string cut_to_limit(std::string text, std::size_t limit) {
  if (text.size() <= limit) return text;
  std::size_t end = limit;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;  // not mid-character
  text.resize(end);
  return text;
}

bool bounded_text_field(const char* label, const char* hint, std::string& text, std::size_t limit,
                        ImGuiInputTextFlags flags) {
  text = cut_to_limit(std::move(text), limit);
  text.resize(limit + 1, '\0');  // ImGui's buffer: the limit and its terminator
  bool result = ImGui::InputTextWithHint(label, hint, text.data(), limit + 1, flags);
  text.resize(std::strlen(text.c_str()));
  return result;
}

}  // namespace lineage
