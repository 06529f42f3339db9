#include "core/script/tree.hpp"

#include <cstring>

#include "core/script/text.hpp"
#include "core/util/strings.hpp"

namespace lineage {

namespace {

constexpr std::size_t kMaxDepth = 16;

bool blank(char c) { return c == ' ' || c == '\t'; }

std::string hex_byte(unsigned char c) {
  const char* digits = "0123456789ABCDEF";
  return std::string("0x") + digits[c >> 4] + digits[c & 15];
}

// Splits `content` (no indentation, no comment) into key, args, value.
void parse_head(Node& n, std::string_view content, int col0) {
  std::size_t colon = std::string_view::npos;
  for (std::size_t i = 0; i < content.size(); ++i) {
    if (content[i] == ':' && (i + 1 == content.size() || blank(content[i + 1]))) {
      colon = i;
      break;
    }
  }
  std::string_view head = content;
  if (colon != std::string_view::npos) {
    head = content.substr(0, colon);
    n.colon = true;
    std::size_t v = colon + 1;
    while (v < content.size() && blank(content[v])) ++v;
    n.value = content.substr(v);
    n.value_col = col0 + static_cast<int>(v);
    n.first_segment = {0, n.line, n.value_col};
  }
  std::size_t k = 0;
  while (k < head.size() && !blank(head[k])) ++k;
  n.key = head.substr(0, k);
  std::size_t a = k;
  while (a < head.size() && blank(head[a])) ++a;
  std::size_t e = head.size();
  while (e > a && blank(head[e - 1])) --e;
  n.args = head.substr(a, e - a);
  n.args_col = col0 + static_cast<int>(a);
}

// Every property key of every block (see the BlockSpecs in blocks*.cpp). A line that continues
// a value but starts with one of these followed by `:` was probably meant as a key of its own.
constexpr std::string_view kPropertyKeys[] = {
    "title", "author", "year", "description", "file", "lines", "exclude", "text", "cite", "order",
    "person", "name", "colour", "label", "lane", "generation", "sex", "born", "died", "narrator-note",
    "facts", "moment", "status", "begins", "ends", "kind", "perspective", "from", "to", "when", "people",
    "themes", "content", "milestone", "telling", "summary", "gentle", "echoes", "tableau", "mood",
    "presenter", "beats", "about", "teacher", "follow-up", "option", "discussion", "low", "high",
    "points", "front", "back", "voice", "confidence", "evidence-note", "left", "right", "left-label",
    "right-label"};

bool looks_like_key(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && ((s[i] >= 'a' && s[i] <= 'z') || s[i] == '-')) ++i;
  if (i == 0 || i >= s.size() || s[i] != ':' || !(i + 1 == s.size() || blank(s[i + 1]))) return false;
  for (std::string_view k : kPropertyKeys)
    if (s.substr(0, i) == k) return true;
  return false;
}

}  // namespace

std::string_view strip_comment(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    // Most lines have no `#`: memchr skips to the next one (or past the end) word at a time.
    const void* hash = std::memchr(s.data() + i, '#', s.size() - i);
    if (!hash) break;
    i = static_cast<std::size_t>(static_cast<const char*>(hash) - s.data());
    bool before = i == 0 || blank(s[i - 1]);
    bool after = i + 1 == s.size() || blank(s[i + 1]);
    if (before && after) {
      s = s.substr(0, i);
      break;
    }
  }
  std::size_t e = s.size();
  while (e > 0 && blank(s[e - 1])) --e;
  return s.substr(0, e);
}

Tree parse_tree(const SourceFile& f, int file, Reporter& rep, Tree recycled) {
  Tree t = std::move(recycled);
  t.file = file;
  t.nodes.clear();
  t.texts.clear();
  t.nodes.reserve(f.lines.size() + 1);
  t.nodes.emplace_back();
  t.nodes[0].indent = -1;
  std::vector<int> open;  // the chain of nodes that can take children, innermost last
  open.reserve(kMaxDepth + 1);
  int continued = -1;     // node whose value the next deeper lines continue
  bool paragraph = false;

  for (std::size_t i = 0; i < f.lines.size(); ++i) {
    if (rep.saturated(file)) break;
    std::string_view line = f.lines[i];
    int lineno = static_cast<int>(i) + 1;
    bool invalid = false;
    if (const void* nul = std::memchr(line.data(), '\0', line.size())) {
      int col = static_cast<int>(static_cast<const char*>(nul) - line.data()) + 1;
      rep.error({file, lineno, col, 1}, "NUL byte in a story script",
                "story scripts are plain UTF-8 text; is this a binary file?");
      invalid = true;
    } else if (std::size_t bad = find_invalid_utf8(line); bad != std::string_view::npos) {
      rep.error({file, lineno, static_cast<int>(bad) + 1, 1},
                "invalid UTF-8 (byte " + hex_byte(static_cast<unsigned char>(line[bad])) + ")",
                "save the file as UTF-8 text");
      invalid = true;
    }
    std::size_t indent = 0;
    int tabs = 0;
    while (indent < line.size() && blank(line[indent])) {
      if (line[indent] == '\t' && !invalid && tabs++ == 0)
        rep.error({file, lineno, static_cast<int>(indent) + 1, 1}, "tab in indentation",
                  "indent with spaces, two per level");
      ++indent;
    }
    std::string_view rest = line.substr(indent);
    if (rest.empty() || rest[0] == '#') {  // blank line or comment
      if (rest.empty() && continued >= 0) paragraph = true;
      continue;
    }
    std::string_view content = strip_comment(rest);
    // A tab (reported above) counts as one level of two spaces, so the line and the lines after
    // it still find their block and are checked: one tab must not hide the errors below it.
    int ind = static_cast<int>(indent) + tabs;

    if (continued >= 0 && ind > t.nodes[continued].indent && !invalid) {
      Node& c = t.nodes[continued];
      if (c.more_segments.empty()) t.texts.emplace_back(c.value);
      std::string& joined = t.texts.back();  // the continued node is always the latest
      if (c.indent > 0 && looks_like_key(content))
        rep.warning({file, lineno, static_cast<int>(indent) + 1, static_cast<int>(content.find(':')) + 1},
                    "this line continues the value of " + ticked(std::string(c.key) + ":") + " above it",
                    "if it is a key of its own, indent it by " + std::to_string(c.indent) + " spaces, like " +
                        ticked(std::string(c.key) + ":"));
      joined += paragraph ? "\n\n" : " ";
      c.more_segments.push_back({static_cast<int>(joined.size()), lineno, static_cast<int>(indent) + 1});
      joined.append(content);
      c.value = joined;
      for (int p = continued; p > 0; p = t.nodes[p].parent) t.nodes[p].body_end = lineno;
      paragraph = false;
      continue;
    }
    continued = -1;
    paragraph = false;

    while (!open.empty() && t.nodes[open.back()].indent >= ind) open.pop_back();
    int parent = open.empty() ? 0 : open.back();
    Node& p = t.nodes[parent];
    if (!invalid) {
      if (parent == 0 && ind > 0) {
        rep.error({file, lineno, static_cast<int>(indent) + 1, static_cast<int>(content.size())},
                  "this line is indented, but there is no block above it for it to belong to",
                  "a block (`person ...`, `moment ...`) starts at the left margin");
        invalid = true;
      } else if (p.last_child >= 0 && t.nodes[p.last_child].indent != ind && tabs > 0) {
        ind = t.nodes[p.last_child].indent;  // already reported: line it up with its siblings
      } else if (p.last_child >= 0 && t.nodes[p.last_child].indent != ind) {
        int expected = t.nodes[p.last_child].indent;
        rep.error({file, lineno, static_cast<int>(indent) + 1, 1}, "inconsistent indentation",
                  "indent this line by " + std::to_string(expected) +
                      " spaces, like the lines above it at the same level");
      } else if (open.size() >= kMaxDepth) {
        rep.error({file, lineno, static_cast<int>(indent) + 1, 1}, "lines are nested too deeply",
                  "nest at most " + std::to_string(kMaxDepth) + " levels");
        invalid = true;
      }
    }
    int id = static_cast<int>(t.nodes.size());
    t.nodes.emplace_back();
    Node& n = t.nodes.back();
    Node& par = t.nodes[parent];  // re-fetch: emplace_back may have moved the vector
    n.line = lineno;
    n.indent = ind;
    n.column_shift = static_cast<int>(indent) - ind;
    n.parent = parent;
    n.invalid = invalid;
    n.body_end = lineno;
    parse_head(n, content, static_cast<int>(indent) + 1);
    if (par.last_child >= 0)
      t.nodes[par.last_child].next = id;
    else
      par.first_child = id;
    par.last_child = id;
    for (int q = parent; q > 0; q = t.nodes[q].parent) t.nodes[q].body_end = lineno;
    open.push_back(id);
    if (n.colon && !n.value.empty() && !invalid) continued = id;
  }
  return t;
}

Loc key_loc(const Tree& t, const Node& n) {
  return {t.file, n.line, n.indent + n.column_shift + 1, static_cast<int>(std::max<std::size_t>(1, n.key.size()))};
}

Loc args_loc(const Tree& t, const Node& n, std::size_t offset, std::size_t len) {
  if (len == 0) len = n.args.size() > offset ? n.args.size() - offset : 1;
  return {t.file, n.line, n.args_col + static_cast<int>(offset), static_cast<int>(len)};
}

Loc value_loc(const Tree& t, const Node& n, std::size_t offset, std::size_t len) {
  if (!n.colon) return key_loc(t, n);
  const Segment* s = &n.first_segment;
  for (const Segment& seg : n.more_segments)
    if (static_cast<std::size_t>(seg.offset) <= offset) s = &seg;
  if (len == 0) {
    std::size_t end = n.value.size();
    for (const Segment& seg : n.more_segments)
      if (static_cast<std::size_t>(seg.offset) > offset) {
        end = static_cast<std::size_t>(seg.offset);
        break;
      }
    len = end > offset ? end - offset : 1;
  }
  return {t.file, s->line, s->col + static_cast<int>(offset) - s->offset, static_cast<int>(len)};
}

std::string body_text(const SourceFile& f, const Node& n) {
  std::string out;
  bool paragraph = false;
  for (int l = n.line + 1; l <= n.body_end && l <= static_cast<int>(f.lines.size()); ++l) {
    std::string_view s = trim(f.lines[l - 1]);
    if (s.empty()) {
      paragraph = !out.empty();
      continue;
    }
    if (s[0] == '#') continue;
    s = strip_comment(s);
    if (!out.empty()) out += paragraph ? "\n\n" : " ";
    out.append(s);
    paragraph = false;
  }
  return out;
}

}  // namespace lineage
