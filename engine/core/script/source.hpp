// A script file as the loader sees it: its text split into lines, and byte locations in it.
// Internal to engine/core/script.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace lineage {

// A place in a script: file index, 1-based line, 1-based *byte* column, length in bytes.
// The Reporter turns it into a character column for people and editors.
struct Loc {
  int file = -1;
  int line = 0;
  int col = 0;
  int len = 1;
};

struct SourceFile {
  std::string name;               // as shown in diagnostics
  std::string text;               // BOM stripped
  std::filesystem::path dir;      // where relative `file:` paths resolve
  std::vector<std::string_view> lines;  // into text, without "\n" or "\r\n"
};

// Splits `text` into lines (LF or CRLF). Strips a UTF-8 BOM first; returns whether it had one.
bool split_lines(SourceFile& f);

}  // namespace lineage
