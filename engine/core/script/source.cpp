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
  while (start < t.size()) {
    const void* nl = std::memchr(t.data() + start, '\n', t.size() - start);
    std::size_t end = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - t.data()) : t.size();
    std::size_t stop = end;
    if (stop > start && t[stop - 1] == '\r') --stop;
    f.lines.push_back(t.substr(start, stop - start));
    start = end + 1;
  }
  return bom;
}

}  // namespace lineage
