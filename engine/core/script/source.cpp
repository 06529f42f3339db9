#include "core/script/source.hpp"

#include <cstring>

namespace lineage {

bool split_lines(SourceFile& f) {
  bool bom = f.text.size() >= 3 && f.text.compare(0, 3, "\xEF\xBB\xBF") == 0;
  if (bom) f.text.erase(0, 3);
  std::string_view t = f.text;
  const char* const data = t.data();
  const std::size_t size = t.size();
  f.lines.clear();
  // One line per LF (plus a last one without): no regrowth for large files (a file of lone CRs
  // grows as it goes; they are rare).
  std::size_t ends = 0;
  for (const char* p = data; (p = static_cast<const char*>(std::memchr(p, '\n', size - static_cast<std::size_t>(p - data)))); ++p)
    ++ends;
  f.lines.reserve(ends + 1);
  std::size_t start = 0;
  // A line ends at LF, CRLF or a lone CR (old Mac editors): all three alike. memchr finds the
  // next LF, and a second memchr looks for a CR before it (rare), both word at a time.
  while (start < size) {
    const void* lf = std::memchr(data + start, '\n', size - start);
    std::size_t end = lf ? static_cast<std::size_t>(static_cast<const char*>(lf) - data) : size;
    if (const void* cr = std::memchr(data + start, '\r', end - start))
      end = static_cast<std::size_t>(static_cast<const char*>(cr) - data);
    f.lines.push_back(t.substr(start, end - start));
    start = end + (end + 1 < size && data[end] == '\r' && data[end + 1] == '\n' ? 2 : 1);
  }
  return bom;
}

}  // namespace lineage
