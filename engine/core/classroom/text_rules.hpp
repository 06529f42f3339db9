// What a student may send as text: valid UTF-8, at most 1,000 characters, no control bytes
// other than newline and tab. Checked before anything is stored. No SDL, no networking.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace lineage::classroom {

constexpr std::size_t kMaxAnswerChars = 1000;
constexpr std::size_t kMaxNameChars = 40;

// True if `text` is well-formed UTF-8 (no overlongs, surrogates or code points past U+10FFFF).
bool valid_utf8(std::string_view text);
// Code points in valid UTF-8 text.
std::size_t utf8_length(std::string_view text);

// Empty if `text` is acceptable as an answer of at most `max_chars` characters; otherwise the
// sentence the student's page shows.
std::optional<std::string> text_problem(std::string_view text, std::size_t max_chars);

// A first name as typed, trimmed; empty if it is not acceptable (then the student is anonymous).
std::string clean_name(std::string_view name);

}  // namespace lineage::classroom
