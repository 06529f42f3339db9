#include "core/script/schema.hpp"

#include <charconv>
#include <cmath>
#include <cstring>

#include "core/script/text.hpp"
#include "core/util/strings.hpp"

namespace lineage {

namespace {

std::string key_list(const BlockSpec& spec) {
  std::string s;
  for (const KeySpec& k : spec.keys) {
    if (!s.empty()) s += ", ";
    s += k.key;
    if (k.arg) s += " ID";
  }
  return s;
}

bool same_key(const Node& a, const Node& b) { return a.key == b.key && a.args == b.args; }

}  // namespace

// The first byte is compared before the rest: most keys of a block differ there.
std::string Props::take(const char* key) {
  for (auto& [k, n] : found_)
    if (k[0] == key[0] && std::strcmp(k, key) == 0) return std::string(n->value);
  return {};
}

const Node* Props::get(const char* key) const {
  for (const auto& [k, n] : found_)
    if (k[0] == key[0] && std::strcmp(k, key) == 0) return n;
  return nullptr;
}

std::vector<const Node*> Props::all(const char* key) const {
  std::vector<const Node*> out;
  for (const auto& [k, n] : found_)
    if (std::strcmp(k, key) == 0) out.push_back(n);
  return out;
}

Props check_props(Tree& t, const SourceFile& f, int block, const BlockSpec& spec,
                  const std::string& what, Reporter& rep) {
  Props props;
  props.tree = &t;
  props.file = &f;
  props.block = &t.nodes[block];
  std::uint64_t present = 0;  // bit i: spec.keys[i] was written (64 keys at most)
  props.found_.reserve(spec.keys.size());
  for (int c = t.nodes[block].first_child; c >= 0; c = t.nodes[c].next) {
    Node& n = t.nodes[c];
    const KeySpec* ks = nullptr;
    bool seen_before = false;  // the same key on an earlier line: only then can this one repeat it
    for (std::size_t i = 0; i < spec.keys.size(); ++i)
      if (!n.key.empty() && n.key[0] == spec.keys[i].key[0] && n.key == spec.keys[i].key) {  // first byte: no strlen
        ks = &spec.keys[i];
        seen_before = seen_before || (present >> i & 1);
        present |= std::uint64_t{1} << i;
      }
    if (n.invalid) continue;  // already reported
    if (!ks) {
      std::vector<std::string> known;
      for (const KeySpec& k : spec.keys) known.push_back(k.key);
      std::string hint = suggestion(n.key, known);
      if (hint.empty()) hint = "a " + std::string(spec.keyword) + " can have: " + key_list(spec);
      rep.error(key_loc(t, n), "unknown key " + ticked(n.key) + " in " + what, hint);
      continue;
    }
    if (!n.colon) {
      rep.error({t.file, n.line, n.indent + n.column_shift + 1 + static_cast<int>(n.key.size()), 1},
                "expected `:` after " + ticked(n.key),
                "write `" + std::string(n.key) + (ks->arg ? " ID" : "") + ": ...`");
      continue;
    }
    if (ks->arg && n.args.empty()) {
      rep.error(key_loc(t, n), ticked(n.key) + " needs an id before the colon",
                "write `" + std::string(n.key) + " ID: ...`, e.g. `" + std::string(n.key) + " a: ...`");
      continue;
    }
    if (!ks->arg && !n.args.empty()) {
      rep.error(args_loc(t, n), "unexpected " + ticked(n.args) + " after " + ticked(n.key),
                "write `" + std::string(n.key) + ": VALUE`");
      continue;
    }
    bool duplicate = false;
    for (const auto& entry : props.found_)
      if (const Node* s = entry.second; seen_before && same_key(*s, n)) {
        std::string name = std::string(n.key) + (n.args.empty() ? "" : " " + std::string(n.args));
        rep.error(key_loc(t, n), "duplicate " + ticked(name + ":") + " in " + what,
                  "it was already given at line " + std::to_string(s->line) + "; keep one");
        duplicate = true;
        break;
      }
    if (duplicate) continue;
    if (ks->kind == ValueKind::List) {
      if (!n.value.empty()) {
        rep.error(value_loc(t, n), ticked(std::string(n.key) + ":") + " takes a list on the lines below it",
                  "put each item on its own line, indented under " + ticked(std::string(n.key) + ":"));
        continue;
      }
    } else if (n.value.empty()) {
      if (n.first_child >= 0 && ks->kind == ValueKind::Text) {
        t.texts.push_back(body_text(f, n));
        n.value = t.texts.back();
        n.first_segment = {0, n.line + 1, t.nodes[n.first_child].indent + 1};
        n.more_segments.clear();
      } else if (n.first_child >= 0) {
        rep.error(key_loc(t, n), ticked(std::string(n.key) + ":") + " takes its value on the same line",
                  "write `" + std::string(n.key) + ": VALUE`");
        continue;
      } else {
        rep.error(key_loc(t, n), ticked(std::string(n.key) + ":") + " has no value",
                  "write a value after the colon, or remove the line");
        continue;
      }
    }
    props.found_.emplace_back(ks->key, &n);
  }
  for (std::size_t i = 0; i < spec.keys.size(); ++i) {
    if (!spec.keys[i].required || (present >> i & 1)) continue;
    rep.error(key_loc(t, t.nodes[block]), what + " has no " + ticked(std::string(spec.keys[i].key) + ":"),
              "add a line `  " + std::string(spec.keys[i].key) + ": ...` under it");
  }
  return props;
}

std::vector<std::pair<std::size_t, std::string_view>> split_list(std::string_view s, char sep) {
  std::vector<std::pair<std::size_t, std::string_view>> out;
  std::size_t start = 0;
  while (true) {
    std::size_t end = s.find(sep, start);
    if (end == std::string_view::npos) end = s.size();
    std::size_t a = start, b = end;
    while (a < b && (s[a] == ' ' || s[a] == '\t')) ++a;
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t')) --b;
    out.emplace_back(a, s.substr(a, b - a));
    if (end == s.size()) break;
    start = end + 1;
  }
  return out;
}

bool parse_long(std::string_view s, long& out) {
  if (s.empty()) return false;
  auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

bool parse_double(std::string_view s, double& out) {
  if (s.empty() || s[0] == '+') return false;
  auto r = std::from_chars(s.data(), s.data() + s.size(), out, std::chars_format::fixed);
  return r.ec == std::errc() && r.ptr == s.data() + s.size() && std::isfinite(out);
}

Ref make_ref(std::string_view word, const Loc& at, Reporter& rep) {
  if (is_valid_id(word)) return {std::string(word), at};
  if (word.empty()) {
    rep.error(at, "expected an id here", "ids are lowercase letters, digits and `-`");
    return {};
  }
  std::string fixed;  // a suggestion only when case, spaces or underscores were the trouble
  for (char c : word) {
    if (c >= 'A' && c <= 'Z') fixed += static_cast<char>(c - 'A' + 'a');
    else if (c == ' ' || c == '_') fixed += '-';
    else if (is_id_char(c)) fixed += c;
    else {
      fixed.clear();
      break;
    }
  }
  std::string hint = "ids are lowercase letters, digits and `-`";
  if (word.size() > 100) hint = "ids are at most 100 characters";
  else if (is_valid_id(fixed)) hint += ": try " + ticked(fixed);
  rep.error(at, ticked(word) + " is not a valid id", hint);
  return {};
}

Ref read_id(const Tree& t, const Node& n, Reporter& rep) {
  return make_ref(n.value, value_loc(t, n, 0, n.value.size()), rep);
}

std::vector<Ref> read_ids(const Tree& t, const Node& n, Reporter& rep) {
  std::vector<Ref> out;
  auto words = split_list(n.value);
  out.reserve(words.size());
  for (const auto& [off, w] : words) {
    Loc at = value_loc(t, n, off, std::max<std::size_t>(1, w.size()));
    if (w.empty()) {
      rep.error(at, "empty item in a list", "separate ids with single commas: `a, b`");
      continue;
    }
    Ref r = make_ref(w, at, rep);
    if (r.given()) out.push_back(std::move(r));
  }
  return out;
}

std::optional<long> read_int(const Tree& t, const Node& n, long min, long max, Reporter& rep) {
  long v = 0;
  if (!parse_long(n.value, v)) {
    rep.error(value_loc(t, n), "expected a whole number, not " + ticked(n.value));
    return std::nullopt;
  }
  if (v < min || v > max) {
    rep.error(value_loc(t, n), "number out of range",
              "use a number from " + std::to_string(min) + " to " + std::to_string(max));
    return std::nullopt;
  }
  return v;
}

std::optional<double> read_number(const Tree& t, const Node& n, double min, double max, Reporter& rep) {
  double v = 0;
  if (!parse_double(n.value, v)) {
    rep.error(value_loc(t, n), "expected a number, not " + ticked(n.value), "e.g. `1.5`");
    return std::nullopt;
  }
  if (v < min || v > max) {
    rep.error(value_loc(t, n), "number out of range");
    return std::nullopt;
  }
  return v;
}

std::optional<Colour> read_colour(const Tree& t, const Node& n, Reporter& rep) {
  std::string_view v = n.value;
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  bool ok = v.size() == 7 || v.size() == 9;
  ok = ok && v[0] == '#';
  for (std::size_t i = 1; ok && i < v.size(); ++i) ok = hex(v[i]) >= 0;
  if (!ok) {
    rep.error(value_loc(t, n), "expected a colour like `#b5838d` or `#b5838d80`, not " + ticked(v),
              "six hex digits for red, green, blue; two more for opacity");
    return std::nullopt;
  }
  auto byte = [&](std::size_t i) { return static_cast<std::uint8_t>(hex(v[i]) * 16 + hex(v[i + 1])); };
  Colour c;
  c.r = byte(1);
  c.g = byte(3);
  c.b = byte(5);
  if (v.size() == 9) c.a = byte(7);
  return c;
}

int read_word(const Tree& t, const Node& n, std::initializer_list<const char*> words, Reporter& rep) {
  int i = 0;
  std::vector<std::string> known;
  for (const char* w : words) {
    if (n.value == w) return i;
    known.emplace_back(w);
    ++i;
  }
  std::string list;
  for (const auto& w : known) list += (list.empty() ? "" : " | ") + w;
  std::string hint = suggestion(n.value, known);
  rep.error(value_loc(t, n), "unknown " + std::string(n.key) + " " + ticked(n.value),
            hint.empty() ? "use one of: " + list : hint);
  return -1;
}

std::optional<CiteRef> parse_cite(std::string_view w, const Loc& at, Reporter& rep) {
  std::size_t colon = w.find(':');
  if (colon == std::string_view::npos) {
    rep.error(at, "expected a citation like `notes:27`, not " + ticked(w), "write SOURCE:LINE");
    return std::nullopt;
  }
  CiteRef c;
  c.loc = at;
  Loc src = at;
  src.len = static_cast<int>(colon);
  c.source = make_ref(w.substr(0, colon), src, rep);
  if (!c.source.given()) return std::nullopt;
  long line = 0;
  if (!parse_long(w.substr(colon + 1), line) || line < 1 || line > 100000000) {
    Loc l = at;
    l.col += static_cast<int>(colon) + 1;
    l.len = std::max(1, static_cast<int>(w.size() - colon - 1));
    rep.error(l, "expected a line number after " + ticked(w.substr(0, colon + 1)), "e.g. `notes:27`");
    return std::nullopt;
  }
  c.line = static_cast<int>(line);
  return c;
}

std::vector<CiteRef> read_cites(const Tree& t, const Node& n, Reporter& rep) {
  std::vector<CiteRef> out;
  for (const auto& [off, w] : split_list(n.value)) {
    Loc at = value_loc(t, n, off, std::max<std::size_t>(1, w.size()));
    if (w.empty()) {
      rep.error(at, "empty item in a list", "separate citations with commas: `notes:3, notes:4`");
      continue;
    }
    if (auto c = parse_cite(w, at, rep)) out.push_back(std::move(*c));
  }
  return out;
}

std::vector<int> read_lines(const Tree& t, const Node& n, Reporter& rep) {
  std::vector<int> out;
  for (const auto& [off, w] : split_list(n.value)) {
    Loc at = value_loc(t, n, off, std::max<std::size_t>(1, w.size()));
    std::size_t dash = w.find('-');
    long a = 0, b = 0;
    bool ok = dash == std::string_view::npos ? parse_long(w, a) && (b = a, true)
                                             : parse_long(w.substr(0, dash), a) && parse_long(w.substr(dash + 1), b);
    if (!ok || a < 1 || b < a || b - a > 100000) {
      rep.error(at, "expected a line or a range of lines like `18-26`, not " + ticked(w));
      continue;
    }
    if (out.size() + static_cast<std::size_t>(b - a + 1) > 1000000) {
      rep.error(at, "too many lines listed", "list at most a million lines");
      break;
    }
    for (long l = a; l <= b; ++l) out.push_back(static_cast<int>(l));
  }
  return out;
}

}  // namespace lineage
