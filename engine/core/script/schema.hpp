// Per-block schema checks over the generic tree: known keys, required keys, one value each, and
// readers for typed values (ids, numbers, colours, citations, line ranges).
// Internal to engine/core/script.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "core/model/story.hpp"
#include "core/script/tree.hpp"

namespace lineage {

// A value's shape, which decides how a key's value is read and checked.
enum class ValueKind { Text, Id, Ids, Int, Number, When, Colour, Word, Cites, Lines, Path, Subject, List };

struct KeySpec {
  const char* key;
  ValueKind kind;
  bool required = false;
  bool arg = false;  // written `key ARG: value`, e.g. `option a: ...`
};

struct BlockSpec {
  const char* keyword;  // `person`
  std::vector<KeySpec> keys;
};

// An id as written, with its place; empty id = not given.
struct Ref {
  std::string id;
  Loc loc;
  bool given() const { return !id.empty(); }
};

// `SOURCE:LINE`
struct CiteRef {
  Ref source;
  int line = 0;
  Loc loc;
};

// The properties of one block, after the schema check.
class Props {
 public:
  const Node* get(const char* key) const;  // null if absent (or unreadable)
  std::vector<const Node*> all(const char* key) const;
  std::string take(const char* key);  // moves the value out (text keys; read once)

  const Tree* tree = nullptr;
  const SourceFile* file = nullptr;
  const Node* block = nullptr;

 private:
  friend Props check_props(Tree&, const SourceFile&, int, const BlockSpec&, const std::string&,
                           Reporter&);
  std::vector<std::pair<const char*, Node*>> found_;
};

// Checks the children of block node `block` against `spec`; `what` names it in messages
// ("person `etta`"). Free text written below an empty key is joined into that key's value.
Props check_props(Tree& t, const SourceFile& f, int block, const BlockSpec& spec,
                  const std::string& what, Reporter& rep);

// Readers. Each reports its own errors and returns nothing/empty on a bad value.
Ref read_id(const Tree& t, const Node& n, Reporter& rep);
Ref make_ref(std::string_view word, const Loc& at, Reporter& rep);  // checks the id's spelling
std::vector<Ref> read_ids(const Tree& t, const Node& n, Reporter& rep);
std::optional<long> read_int(const Tree& t, const Node& n, long min, long max, Reporter& rep);
std::optional<double> read_number(const Tree& t, const Node& n, double min, double max, Reporter& rep);
std::optional<Colour> read_colour(const Tree& t, const Node& n, Reporter& rep);
// Index of the value in `words`, or -1 (reported, with a suggestion).
int read_word(const Tree& t, const Node& n, std::initializer_list<const char*> words, Reporter& rep);
std::vector<CiteRef> read_cites(const Tree& t, const Node& n, Reporter& rep);
// Parses `notes:27` (already split off); reports at `at`.
std::optional<CiteRef> parse_cite(std::string_view word, const Loc& at, Reporter& rep);
std::vector<int> read_lines(const Tree& t, const Node& n, Reporter& rep);  // `18-26, 30`

// Splits on commas, trimming blanks; yields (offset, word) pairs; empty words are kept.
std::vector<std::pair<std::size_t, std::string_view>> split_list(std::string_view s, char sep = ',');
bool parse_long(std::string_view s, long& out);
bool parse_double(std::string_view s, double& out);

}  // namespace lineage
