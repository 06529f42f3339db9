// Byte-level text helpers for the loader: UTF-8 checks, columns, quoting. No regex, no locale.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lineage {

// Offset of the first byte that is not part of a valid UTF-8 sequence, or npos.
std::size_t find_invalid_utf8(std::string_view s);

// Number of code points in valid UTF-8 (continuation bytes are not counted).
std::size_t utf8_length(std::string_view s);

// `s` with every invalid byte replaced by U+FFFD and tabs/control bytes by spaces (for display).
std::string displayable(std::string_view s);

bool is_id_char(char c);   // a-z 0-9 -
bool is_valid_id(std::string_view s);

// `word` in backquotes, shortened if long (for messages).
std::string ticked(std::string_view word);

}  // namespace lineage
