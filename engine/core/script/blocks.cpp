// Top-level dispatch over a file's blocks, and the small blocks: book, source, fact, about,
// lane, theme, content-note, milestone, era.
#include <fstream>
#include <sstream>

#include "core/script/draft.hpp"
#include "core/script/text.hpp"
#include "core/util/config_file.hpp"
#include "core/util/strings.hpp"

namespace lineage {

namespace {

using VK = ValueKind;

const BlockSpec kBook{"book", {{"title", VK::Text, true}, {"author", VK::Text, true},
                               {"year", VK::Int}, {"description", VK::Text}, {"evidence-note", VK::Text}}};
const BlockSpec kSource{"source", {{"title", VK::Text}, {"file", VK::Path}, {"lines", VK::Int},
                                   {"exclude", VK::Lines}}};
const BlockSpec kFact{"fact", {{"text", VK::Text, true}, {"cite", VK::Cites, true}}};
const BlockSpec kAbout{"about", {{"title", VK::Text, true}, {"order", VK::Int}, {"text", VK::Text, true},
                                 {"cite", VK::Cites}}};
const BlockSpec kLane{"lane", {{"title", VK::Text}, {"person", VK::Id}, {"order", VK::Int}}};
const BlockSpec kTheme{"theme", {{"name", VK::Text, true}, {"colour", VK::Colour},
                                 {"description", VK::Text}}};
const BlockSpec kContentNote{"content-note", {{"label", VK::Text, true}, {"description", VK::Text}}};
const BlockSpec kMilestone{"milestone",
                           {{"title", VK::Text, true}, {"order", VK::Int, true}, {"reached-title", VK::Text}}};
const BlockSpec kEra{"era", {{"title", VK::Text, true}, {"lane", VK::Id}, {"from", VK::When, true},
                             {"to", VK::When, true}, {"colour", VK::Colour}}};

const char* const kKeywords[] = {"book", "source", "fact", "about", "lane", "person", "parent",
                                 "partners", "bond", "era", "theme", "content-note", "milestone",
                                 "moment", "prompt", "card", "takeaway", "lesson", "reading", "balance"};

std::string text_of(Props& p, const char* key) { return p.take(key); }

}  // namespace

Loc block_loc(const Tree& t, const Node& n) { return key_loc(t, n); }

SourceLoc model_loc(const SourceFile& f, const Node& n) { return {f.name, n.line, n.indent + n.column_shift + 1}; }

Ref block_id(const Tree& t, const Node& n, Reporter& rep) {
  if (n.args.empty()) {
    rep.error(key_loc(t, n), ticked(n.key) + " needs an id",
              "write `" + std::string(n.key) + " ID`, e.g. `" + std::string(n.key) + " etta`");
    return {};
  }
  return make_ref(n.args, args_loc(t, n), rep);
}

SubjectRef read_subject(const Tree& t, const Node& n, Reporter& rep) {
  SubjectRef s;
  s.given = true;
  s.loc = value_loc(t, n);
  std::string_view v = n.value;
  if (v == "book") return s;
  std::size_t space = v.find(' ');
  std::size_t off = 0;
  if (space != std::string_view::npos) {
    std::string_view kind = v.substr(0, space);
    off = v.find_first_not_of(' ', space);
    s.explicit_kind = true;
    if (kind == "moment") s.kind = Subject::Kind::Moment;
    else if (kind == "person") s.kind = Subject::Kind::Person;
    else if (kind == "theme") s.kind = Subject::Kind::Theme;
    else {
      rep.error(value_loc(t, n, 0, space), "expected `book`, an id, or `moment|person|theme ID`",
                "e.g. `about: bathtub` or `about: person etta`");
      s.given = false;
      return s;
    }
  }
  s.id = make_ref(v.substr(off), value_loc(t, n, off, v.size() - off), rep);
  if (!s.id.given()) s.given = false;
  return s;
}

void parse_blocks(Tree& t, const SourceFile& f, Draft& d, Reporter& rep) {
  for (int b = t.nodes[0].first_child; b >= 0; b = t.nodes[b].next) {
    if (rep.saturated(t.file)) return;
    const Node& n = t.nodes[b];
    if (n.invalid) continue;
    std::string_view k = n.key;
    if (n.colon) {
      bool known = false;
      for (const char* kw : kKeywords) known = known || k == kw;
      if (!known) {
        rep.error(key_loc(t, n), ticked(std::string(k) + ":") + " must be indented under a block",
                  "a block starts at the left margin with a keyword and an id, e.g. `person etta`");
        continue;
      }
    }
    if (n.colon && n.value.empty() && !n.args.empty()) {
      rep.error({t.file, n.line, n.args_col + static_cast<int>(n.args.size()), 1},
                "a block's first line must not end with a colon",
                "write `" + std::string(k) + " " + std::string(n.args) + "`, without the `:`");
    } else if (n.colon && !n.value.empty()) {
      rep.error(key_loc(t, n), "a block's first line has no `:`",
                "write `" + std::string(k) + " ID` and put its properties on the lines below, indented");
      continue;
    }
    if (k == "book") parse_book_block(t, f, b, d, rep);
    else if (k == "source") parse_source_block(t, f, b, d, rep);
    else if (k == "person") parse_person_block(t, f, b, d, rep);
    else if (k == "parent" || k == "partners" || k == "bond") parse_link_block(t, f, b, d, rep);
    else if (k == "moment") parse_moment_block(t, f, b, d, rep);
    else if (k == "prompt") parse_prompt_block(t, f, b, d, rep);
    else if (k == "card" || k == "takeaway") parse_item_block(t, f, b, d, rep);
    else if (k == "lesson") parse_lesson_block(t, f, b, d, rep);
    else if (k == "reading" || k == "balance") parse_reading_block(t, f, b, d, rep);
    else if (k == "fact" || k == "about" || k == "lane" || k == "theme" || k == "content-note" ||
             k == "milestone" || k == "era")
      parse_simple_block(t, f, b, d, rep);
    else {
      std::vector<std::string> known(std::begin(kKeywords), std::end(kKeywords));
      std::string hint = suggestion(k, known);
      rep.error(key_loc(t, n), "unknown block " + ticked(k),
                hint.empty() ? "a block starts with one of: book, source, fact, about, lane, person, "
                               "parent, partners, bond, era, theme, content-note, milestone, moment, "
                               "prompt, card, takeaway, lesson, reading, balance"
                             : hint);
    }
  }
}

void parse_book_block(Tree& t, const SourceFile& f, int b, Draft& d, Reporter& rep) {
  Ref id = block_id(t, t.nodes[b], rep);
  Props p = check_props(t, f, b, kBook, "the book", rep);
  d.book_locs.push_back(block_loc(t, t.nodes[b]));
  if (d.book_locs.size() > 1) return;
  Book& book = d.story.book;
  book.id = id.id;
  book.title = text_of(p, "title");
  book.author = text_of(p, "author");
  book.description = text_of(p, "description");
  book.evidence_note = text_of(p, "evidence-note");
  if (const Node* y = p.get("year"))
    if (auto v = read_int(t, *y, -5000, 5000, rep)) book.year = static_cast<int>(*v);
}

void parse_source_block(Tree& t, const SourceFile& f, int b, Draft& d, Reporter& rep) {
  const Node& n = t.nodes[b];
  Ref id = block_id(t, n, rep);
  Props p = check_props(t, f, b, kSource, "source " + ticked(id.id), rep);
  Source s;
  SourceDraft sd;
  s.id = id.id;
  sd.loc = id.given() ? id.loc : block_loc(t, n);
  s.title = text_of(p, "title");
  if (const Node* l = p.get("lines")) {
    sd.lines_loc = value_loc(t, *l);
    if (auto v = read_int(t, *l, 1, 100000000, rep)) s.lines = static_cast<int>(*v);
  }
  if (const Node* e = p.get("exclude")) s.excluded_lines = read_lines(t, *e, rep);
  const Node* file = p.get("file");
  if (file) {
    s.file = file->value;
    sd.file_loc = value_loc(t, *file);
    // Relative to the script's folder; failing that, to each folder above it in turn, so that
    // `../shared/...` works from any depth of a checkout with shared/ beside the repository.
    std::error_code ec;
    std::filesystem::path path, dir = std::filesystem::absolute(f.dir, ec).lexically_normal();
    constexpr std::uintmax_t kMaxSource = 16u << 20;
    bool found = false;
    for (int up = 0; d.read_sources && !ec && up < 16 && !found; ++up) {
      path = dir / std::filesystem::path(s.file);
      found = std::filesystem::is_regular_file(path, ec);
      ec.clear();
      if (path.is_absolute() && std::filesystem::path(s.file).is_absolute()) break;
      if (dir == dir.root_path()) break;
      dir = dir.parent_path();
    }
    std::optional<std::string> whole = found ? read_regular_file(path, kMaxSource) : std::nullopt;
    if (whole) {
      // Lines end in LF, CRLF or a lone CR (old Mac files), alike.
      std::string_view rest = *whole;
      while (!rest.empty()) {
        std::size_t end = rest.find_first_of("\r\n");
        sd.text.emplace_back(rest.substr(0, end));
        if (end == std::string_view::npos) break;
        rest.remove_prefix(end + (rest.compare(end, 2, "\r\n") == 0 ? 2 : 1));
      }
      sd.file_found = true;
      if (sd.file_found) {
        int have = static_cast<int>(sd.text.size());
        if (p.get("lines") && s.lines != 0 && s.lines != have)
          rep.warning(sd.lines_loc, "`lines:` says " + std::to_string(s.lines) + ", but " + ticked(s.file) +
                                        " has " + std::to_string(have) + " lines",
                      "correct `lines:` or remove it; the file's own count is used");
        s.lines = have;
      }
    }
    if (!sd.file_found) {
      if (s.lines == 0)
        rep.error(sd.file_loc, "cannot read source file " + ticked(s.file) + " and no `lines:` given",
                  "the path is relative to the folder of this script (or a folder above it); or add "
                  "`lines: N` so citations can still be checked");
      else if (d.read_sources)
        rep.note(sd.file_loc, "source file " + ticked(s.file) + " not found; checking citations against `lines: " +
                                  std::to_string(s.lines) + "` only",
                 "the path is relative to the folder of this script (or a folder above it)");
    }
  } else if (s.lines == 0) {
    rep.error(block_loc(t, n), "source " + ticked(s.id) + " needs `file:` or `lines:`",
              "citations are checked against the source's lines");
  }
  d.story.sources.push_back(std::move(s));
  d.sources.push_back(std::move(sd));
}

void parse_simple_block(Tree& t, const SourceFile& f, int b, Draft& d, Reporter& rep) {
  const Node& n = t.nodes[b];
  std::string_view k = n.key;
  Ref id = block_id(t, n, rep);
  Loc at = id.given() ? id.loc : block_loc(t, n);
  std::string what = std::string(k) + " " + ticked(id.id);
  SourceLoc loc = model_loc(f, n);
  auto order = [&](const Props& p, int fallback, bool& has) {
    const Node* o = p.get("order");
    has = false;
    if (!o) return fallback;
    auto v = read_int(t, *o, -1000000, 1000000, rep);
    has = v.has_value();
    return v ? static_cast<int>(*v) : fallback;
  };
  if (k == "fact") {
    Props p = check_props(t, f, b, kFact, what, rep);
    Fact x{id.id, text_of(p, "text"), {}, loc};
    CitedDraft cd;
    cd.loc = at;
    if (const Node* c = p.get("cite")) cd.cites = read_cites(t, *c, rep);
    d.story.facts.push_back(std::move(x));
    d.facts.push_back(std::move(cd));
  } else if (k == "about") {
    Props p = check_props(t, f, b, kAbout, what, rep);
    AboutSection x;
    CitedDraft cd;
    cd.loc = at;
    x.id = id.id;
    x.title = text_of(p, "title");
    x.text = text_of(p, "text");
    x.order = order(p, static_cast<int>(d.story.about.size()) + 1, cd.has_order);
    if (const Node* c = p.get("cite")) cd.cites = read_cites(t, *c, rep);
    d.story.about.push_back(std::move(x));
    d.about.push_back(std::move(cd));
  } else if (k == "lane") {
    Props p = check_props(t, f, b, kLane, what, rep);
    Lane x;
    LaneDraft ld;
    ld.loc = at;
    x.id = id.id;
    x.title = text_of(p, "title");
    x.loc = loc;
    x.order = order(p, static_cast<int>(d.story.lanes.size()) + 1, ld.has_order);
    if (const Node* r = p.get("person")) ld.person = read_id(t, *r, rep);
    d.story.lanes.push_back(std::move(x));
    d.lanes.push_back(std::move(ld));
  } else if (k == "theme") {
    Props p = check_props(t, f, b, kTheme, what, rep);
    Theme x{id.id, text_of(p, "name"), text_of(p, "description"), {}, loc};
    if (const Node* c = p.get("colour"))
      if (auto v = read_colour(t, *c, rep)) x.colour = *v;
    d.story.themes.push_back(std::move(x));
    d.themes.push_back(at);
  } else if (k == "content-note") {
    Props p = check_props(t, f, b, kContentNote, what, rep);
    d.story.content_notes.push_back({id.id, text_of(p, "label"), text_of(p, "description"), loc});
    d.content_notes.push_back(at);
  } else if (k == "milestone") {
    Props p = check_props(t, f, b, kMilestone, what, rep);
    bool has = false;
    Milestone x{id.id, text_of(p, "title"), order(p, 0, has), loc, text_of(p, "reached-title")};
    d.story.milestones.push_back(std::move(x));
    const Node* o = p.get("order");
    d.milestones.push_back(at);
    d.milestone_orders.push_back(o ? value_loc(t, *o) : at);
  } else {  // era
    Props p = check_props(t, f, b, kEra, what, rep);
    Era x;
    EraDraft ed;
    ed.loc = at;
    x.id = id.id;
    x.title = text_of(p, "title");
    x.loc = loc;
    if (const Node* c = p.get("colour"))
      if (auto v = read_colour(t, *c, rep)) x.colour = *v;
    if (const Node* l = p.get("lane")) ed.lane = read_id(t, *l, rep);
    if (const Node* w = p.get("from")) ed.from = read_when(t, *w, rep);
    if (const Node* w = p.get("to")) ed.to = read_when(t, *w, rep);
    d.story.eras.push_back(std::move(x));
    d.eras.push_back(std::move(ed));
  }
}

}  // namespace lineage
