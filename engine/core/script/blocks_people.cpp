// People and the relationships between them: person, parent, partners, bond.
#include "core/script/draft.hpp"
#include "core/script/text.hpp"

namespace lineage {

namespace {

using VK = ValueKind;

const BlockSpec kPerson{"person", {{"name", VK::Text, true}, {"lane", VK::Id}, {"generation", VK::Int},
                                   {"sex", VK::Word}, {"colour", VK::Colour}, {"born", VK::When},
                                   {"died", VK::When}, {"description", VK::Text},
                                   {"narrator-note", VK::Text}, {"facts", VK::Ids}, {"voice", VK::Text}}};
const BlockSpec kParent{"parent", {{"label", VK::Text}, {"moment", VK::Id}, {"facts", VK::Ids}}};
const BlockSpec kPartners{"partners", {{"status", VK::Word}, {"order", VK::Int}, {"begins", VK::Id},
                                       {"ends", VK::Id}, {"facts", VK::Ids}}};
const BlockSpec kBond{"bond", {{"kind", VK::Word, true}, {"label", VK::Text}, {"perspective", VK::Text},
                               {"begins", VK::Id}, {"facts", VK::Ids}}};

std::string text_of(Props& p, const char* key) { return p.take(key); }

// `a -> b`, `a <-> b`, `a + b`: the two ids and the operator found.
bool split_pair(const Tree& t, const Node& n, std::initializer_list<const char*> ops, Ref& a, Ref& b,
                std::string& op, Reporter& rep) {
  std::string_view s = n.args;
  std::size_t at = std::string_view::npos;
  for (const char* o : ops) {
    std::size_t p = s.find(o);
    if (p != std::string_view::npos && (at == std::string_view::npos || p < at ||
                                        (p == at && std::string_view(o).size() > op.size()))) {
      at = p;
      op = o;
    }
  }
  std::string ops_text;
  for (const char* o : ops) ops_text += (ops_text.empty() ? "`" : " or `") + std::string(o) + "`";
  if (s.empty() || at == std::string_view::npos) {
    rep.error(s.empty() ? key_loc(t, n) : args_loc(t, n),
              ticked(n.key) + " needs two people joined by " + ops_text,
              "e.g. `" + std::string(n.key) + " etta " + *ops.begin() + " cecilia`");
    return false;
  }
  auto side = [&](std::size_t from, std::size_t to, Ref& r) {
    while (from < to && s[from] == ' ') ++from;
    while (to > from && s[to - 1] == ' ') --to;
    Loc loc = args_loc(t, n, from, std::max<std::size_t>(1, to - from));
    if (from == to) {
      rep.error(loc, "expected a person's id here", "e.g. `" + std::string(n.key) + " etta " + op + " cecilia`");
      return;
    }
    r = make_ref(s.substr(from, to - from), loc, rep);
  };
  side(0, at, a);
  side(at + op.size(), s.size(), b);
  return a.given() && b.given();
}

}  // namespace

void parse_person_block(Tree& t, const SourceFile& f, int b, Draft& d, Reporter& rep) {
  const Node& n = t.nodes[b];
  Ref id = block_id(t, n, rep);
  Props p = check_props(t, f, b, kPerson, "person " + ticked(id.id), rep);
  Person x;
  PersonDraft pd;
  x.id = id.id;
  x.loc = model_loc(f, n);
  pd.loc = id.given() ? id.loc : block_loc(t, n);
  x.name = text_of(p, "name");
  x.description = text_of(p, "description");
  x.narrator_note = text_of(p, "narrator-note");
  x.voice = text_of(p, "voice");
  if (const Node* v = p.get("generation"))
    if (auto g = read_int(t, *v, 1, 100, rep)) x.generation = static_cast<int>(*g);
  if (const Node* v = p.get("sex")) {
    int s = read_word(t, *v, {"female", "male", "unknown"}, rep);
    if (s >= 0) x.sex = static_cast<Sex>(s);
  }
  if (const Node* v = p.get("colour"))
    if (auto c = read_colour(t, *v, rep)) x.colour = *c;
  if (const Node* v = p.get("lane")) pd.lane = read_id(t, *v, rep);
  if (const Node* v = p.get("facts")) pd.facts = read_ids(t, *v, rep);
  if (const Node* v = p.get("born")) pd.born = read_when(t, *v, rep);
  if (const Node* v = p.get("died")) pd.died = read_when(t, *v, rep);
  d.story.people.push_back(std::move(x));
  d.people.push_back(std::move(pd));
}

void parse_link_block(Tree& t, const SourceFile& f, int b, Draft& d, Reporter& rep) {
  const Node& n = t.nodes[b];
  std::string_view k = n.key;
  LinkDraft ld;
  ld.loc = block_loc(t, n);
  std::string op;
  SourceLoc loc = model_loc(f, n);
  if (k == "parent") {
    split_pair(t, n, {"->"}, ld.a, ld.b, op, rep);
    Props p = check_props(t, f, b, kParent, "parent " + std::string(n.args), rep);
    ParentLink x;
    x.label = text_of(p, "label");
    x.loc = loc;
    if (const Node* v = p.get("moment")) ld.moment = read_id(t, *v, rep);
    if (const Node* v = p.get("facts")) ld.facts = read_ids(t, *v, rep);
    d.story.parents.push_back(std::move(x));
    d.parents.push_back(std::move(ld));
  } else if (k == "partners") {
    split_pair(t, n, {"+"}, ld.a, ld.b, op, rep);
    Props p = check_props(t, f, b, kPartners, "partners " + std::string(n.args), rep);
    Partnership x;
    x.loc = loc;
    if (const Node* v = p.get("status")) {
      int s = read_word(t, *v, {"married", "separated", "divorced", "widowed"}, rep);
      if (s >= 0) x.status = static_cast<PartnerStatus>(s);
    }
    if (const Node* v = p.get("order"))
      if (auto o = read_int(t, *v, 1, 20, rep)) x.order = static_cast<int>(*o);
    if (const Node* v = p.get("begins")) ld.begins = read_id(t, *v, rep);
    if (const Node* v = p.get("ends")) ld.ends = read_id(t, *v, rep);
    if (const Node* v = p.get("facts")) ld.facts = read_ids(t, *v, rep);
    d.story.partnerships.push_back(std::move(x));
    d.partnerships.push_back(std::move(ld));
  } else {
    split_pair(t, n, {"<->", "->"}, ld.a, ld.b, op, rep);
    Props p = check_props(t, f, b, kBond, "bond " + std::string(n.args), rep);
    Bond x;
    x.loc = loc;
    x.mutual = op == "<->";
    x.label = text_of(p, "label");
    x.perspective = text_of(p, "perspective");
    if (const Node* v = p.get("kind")) {
      int s = read_word(t, *v, {"close", "distant", "conflict", "cutoff", "harm"}, rep);
      if (s >= 0) x.kind = static_cast<BondKind>(s);
    }
    if (const Node* v = p.get("begins")) ld.begins = read_id(t, *v, rep);
    if (const Node* v = p.get("facts")) ld.facts = read_ids(t, *v, rep);
    d.story.bonds.push_back(std::move(x));
    d.bonds.push_back(std::move(ld));
  }
}

}  // namespace lineage
