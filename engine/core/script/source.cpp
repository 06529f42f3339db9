#include "core/script/source.hpp"

#include <cstring>

namespace lineage {

bool split_lines(SourceFile& f) {
  bool bom = f.text.size() >= 3 && f.text.compare(0, 3, "\xEF\xBB\xBF") == 0;
  if (bom) f.text.erase(0, 3);
  std::string_view t = f.text;
  f.lines.clear();
  f.lines.reserve(t.size() / 32 + 1);
  std::size_t start = 0;
  // A line ends at LF, CRLF or a lone CR (old Mac editors): all three alike.
  while (start < t.size()) {
    std::size_t end = t.find_first_of("\r\n", start);
    if (end == std::string_view::npos) end = t.size();
    f.lines.push_back(t.substr(start, end - start));
    start = end + (t.compare(end, 2, "\r\n") == 0 ? 2 : 1);
  }
  return bom;
}

}  // namespace lineage
