// The `name = value` files Lineage reads (settings.txt, assets/theme.conf, assets/moods.conf,
// assets/genogram.conf): one line walk and one file read for all of them (and for story files). No SDL here.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/util/strings.hpp"

namespace lineage {

// The one way Lineage reads a file it is pointed at: the whole of a regular file of at most
// max_bytes, or nothing, with `why` (if given) saying why not ("not a regular file (it is a
// FIFO)", "too large ...", "Permission denied"). Never blocks on a FIFO or device, never reads
// without end from /dev/zero.
std::optional<std::string> read_regular_file(const std::filesystem::path& path, std::uintmax_t max_bytes,
                                             std::string* why = nullptr);

// Settings and theme files are a few KB; anything past this is not one.
constexpr std::uintmax_t kMaxConfigBytes = 4u << 20;

// A `name = value` file: read_regular_file with kMaxConfigBytes.
std::optional<std::string> read_text_file(const std::filesystem::path& path, std::string* why = nullptr);

// Calls on_line(number, key, value, line) for every line that is not blank or a `#` comment,
// keys and values trimmed. A line without `=` comes with an empty key (the caller says why it
// is wrong); `line` is the whole trimmed line, for messages. Numbers count from 1.
template <typename OnLine>
void for_each_config_line(std::string_view text, OnLine&& on_line) {
  int number = 0;
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    std::string_view line = trim(text.substr(0, end));
    text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    ++number;
    if (line.empty() || line.front() == '#') continue;
    std::size_t eq = line.find('=');
    if (eq == std::string_view::npos) on_line(number, std::string_view{}, std::string_view{}, line);
    else on_line(number, trim(line.substr(0, eq)), trim(line.substr(eq + 1)), line);
  }
}

}  // namespace lineage
