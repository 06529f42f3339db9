// The generic indentation tree: every script line becomes a node with a key, arguments, a value
// and children, stamped with its location. Knows nothing of people or moments (schema.hpp does).
// Internal to engine/core/script.
#pragma once

#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "core/script/reporter.hpp"
#include "core/script/source.hpp"

namespace lineage {

// Where a stretch of a (possibly continued) value starts: value offset -> line and byte column.
struct Segment {
  int offset = 0, line = 0, col = 0;
};

struct Node {
  std::string_view key;   // first word of the line: `person`, `name`, `option`, `if`, ...
  std::string_view args;  // the rest of the head, before the colon: `etta -> cecilia`, `a`
  std::string_view value;  // after `: `; continued values are joined in Tree::texts
  bool colon = false;     // the head ended with a colon
  bool invalid = false;   // the line could not be read; it and its children are skipped quietly
  int line = 0, indent = 0;  // indent: the line's level in columns (a tab counts as two)
  int column_shift = 0;      // 1-based column of the key = indent + column_shift + 1
  int args_col = 0, value_col = 0;  // 1-based byte columns
  int parent = -1, first_child = -1, last_child = -1, next = -1;
  int body_end = 0;  // last line of this node's children (for free text written below a key)
  Segment first_segment;              // where the value starts (offset 0)
  std::vector<Segment> more_segments;  // continuation lines, if any
};

struct Tree {
  int file = -1;
  std::vector<Node> nodes;  // nodes[0] is the file itself; its children are the blocks
  std::deque<std::string> texts;  // values joined from several lines (stable addresses)
};

// `recycled`: a tree no longer needed, whose node storage is reused (a story of many files then
// allocates and faults in the node array once, not once per file).
Tree parse_tree(const SourceFile& f, int file_index, Reporter& rep, Tree recycled = {});

// Location helpers.
Loc key_loc(const Tree& t, const Node& n);
Loc args_loc(const Tree& t, const Node& n, std::size_t offset = 0, std::size_t len = 0);
Loc value_loc(const Tree& t, const Node& n, std::size_t offset = 0, std::size_t len = 0);

// The free text written on the lines below a key with an empty value (paragraphs kept).
std::string body_text(const SourceFile& f, const Node& n);

// Removes a trailing `# comment` (a `#` with blank before and after) and trailing blanks.
std::string_view strip_comment(std::string_view s);

}  // namespace lineage
