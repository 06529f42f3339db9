// Text from outside Lineage (file names, lines of a settings file) echoed to a terminal or a
// message: control bytes and invalid UTF-8 are written as escapes, so a name with a newline
// cannot break the `file:line:column` format and escape codes never reach the terminal; and
// it is cut to a length a person can read. No SDL here.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lineage {

// `text` with \n, \r, \t written so, other control bytes, DEL and invalid UTF-8 bytes as \xNN,
// and anything past `max_bytes` of input replaced by "... (N more bytes)".
std::string printable(std::string_view text, std::size_t max_bytes = std::string_view::npos);

}  // namespace lineage
