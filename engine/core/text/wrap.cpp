#include "core/text/wrap.hpp"

namespace lineage {
namespace {

// "c." (circa) stays on the line of the year it qualifies: "(c. 2016)" never breaks after "c.".
bool is_circa(std::string_view word) {
  if (!word.empty() && word.front() == '(') word.remove_prefix(1);
  return word == "c." || word == "C.";
}

}  // namespace

std::vector<std::string> wrap_text(std::string_view text, float width, const MeasureText& measure) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    std::string_view paragraph = text.substr(start, end == std::string_view::npos ? text.npos : end - start);
    std::string line;
    std::size_t pos = 0;
    while (pos < paragraph.size()) {
      while (pos < paragraph.size() && paragraph[pos] == ' ') ++pos;
      if (pos >= paragraph.size()) break;
      std::size_t word_end = paragraph.find(' ', pos);
      if (word_end == std::string_view::npos) word_end = paragraph.size();
      if (is_circa(paragraph.substr(pos, word_end - pos)) && word_end + 1 < paragraph.size() &&
          paragraph[word_end + 1] >= '0' && paragraph[word_end + 1] <= '9') {
        word_end = paragraph.find(' ', word_end + 1);
        if (word_end == std::string_view::npos) word_end = paragraph.size();
      }
      std::string_view word = paragraph.substr(pos, word_end - pos);
      std::string candidate = line.empty() ? std::string(word) : line + " " + std::string(word);
      if (!line.empty() && measure(candidate) > width) {
        lines.push_back(std::move(line));
        line = std::string(word);
      } else {
        line = std::move(candidate);
      }
      pos = word_end;
    }
    lines.push_back(std::move(line));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return lines;
}

std::string ellipsize_text(std::string_view text, float width, const MeasureText& measure) {
  if (measure(text) <= width) return std::string(text);
  static const std::string kEllipsis = "\xe2\x80\xa6";
  auto with = [&](std::size_t n) {
    std::string_view head = text.substr(0, n);
    while (!head.empty() && (head.back() == ' ' || head.back() == ',' || head.back() == ':')) head.remove_suffix(1);
    return std::string(head) + kEllipsis;
  };
  // Character boundaries (UTF-8 continuation bytes are 10xxxxxx), longest that fits.
  std::size_t best = 0;
  for (std::size_t n = 1; n < text.size(); ++n) {
    if ((static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) continue;
    if (measure(with(n)) > width) break;
    best = n;
  }
  // Prefer the end of a word, unless that would throw away more than half of what fits.
  std::size_t space = text.rfind(' ', best);
  if (space != std::string_view::npos && best < text.size() && text[best] != ' ' && space * 2 > best) best = space;
  return best == 0 ? kEllipsis : with(best);
}

}  // namespace lineage
