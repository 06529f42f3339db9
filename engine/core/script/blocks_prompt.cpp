// Reflection prompts (open, choice, scale, evidence), memory cards and takeaways.
#include "core/script/draft.hpp"
#include "core/script/text.hpp"

namespace lineage {

namespace {

using VK = ValueKind;

const BlockSpec kPrompt{"prompt", {{"about", VK::Subject}, {"kind", VK::Word}, {"text", VK::Text, true},
                                   {"teacher", VK::Text}, {"follow-up", VK::Id}, {"milestone", VK::Id},
                                   {"option", VK::Text, false, true}, {"discussion", VK::Text, false, true},
                                   {"low", VK::Text}, {"high", VK::Text}, {"points", VK::Int},
                                   {"confidence", VK::Text}}};
const BlockSpec kReading{"reading", {{"text", VK::Text, true}, {"title", VK::Text}, {"colour", VK::Colour}}};
const BlockSpec kBalance{"balance", {{"title", VK::Text, true}, {"left", VK::Ids, true}, {"right", VK::Ids, true},
                                     {"left-label", VK::Text}, {"right-label", VK::Text}}};
const BlockSpec kCard{"card", {{"about", VK::Subject, true}, {"front", VK::Text, true},
                               {"back", VK::Text, true}, {"milestone", VK::Id}}};
const BlockSpec kTakeaway{"takeaway", {{"about", VK::Subject}, {"text", VK::Text, true}, {"milestone", VK::Id}}};

std::string text_of(Props& p, const char* key) { return p.take(key); }

}  // namespace

void parse_prompt_block(Tree& t, const SourceFile& f, int b, Draft& d, Reporter& rep) {
  const Node& n = t.nodes[b];
  Ref id = block_id(t, n, rep);
  std::string what = "prompt " + ticked(id.id);
  Props p = check_props(t, f, b, kPrompt, what, rep);
  Prompt x;
  PromptDraft pd;
  x.id = id.id;
  x.loc = model_loc(f, n);
  pd.loc = id.given() ? id.loc : block_loc(t, n);
  pd.kind_loc = pd.loc;
  x.text = text_of(p, "text");
  x.teacher_notes = text_of(p, "teacher");
  if (const Node* v = p.get("kind")) {
    pd.kind_loc = value_loc(t, *v);
    int k = read_word(t, *v, {"open", "choice", "scale", "evidence"}, rep);
    if (k >= 0) x.kind = static_cast<PromptKind>(k);
  }
  if (const Node* v = p.get("about")) pd.about = read_subject(t, *v, rep);
  if (const Node* v = p.get("follow-up")) pd.follow_up = read_id(t, *v, rep);
  if (const Node* v = p.get("milestone")) pd.milestone = read_id(t, *v, rep);

  const bool scale = x.kind == PromptKind::Scale;
  for (const char* key : {"low", "high", "points"}) {
    const Node* v = p.get(key);
    if (v && !scale)
      rep.error(key_loc(t, *v), ticked(std::string(key) + ":") + " only applies to scale prompts",
                "add `kind: scale`, or remove this line");
  }
  if (scale) {
    if (const Node* v = p.get("low")) x.scale_low = v->value;
    if (const Node* v = p.get("high")) x.scale_high = v->value;
    if (const Node* v = p.get("points"))
      if (auto pts = read_int(t, *v, 2, 11, rep)) x.scale_points = static_cast<int>(*pts);
  }

  if (const Node* v = p.get("confidence")) {
    if (x.kind == PromptKind::Evidence)
      x.confidence = v->value;
    else
      rep.error(key_loc(t, *v), "`confidence:` only applies to evidence prompts",
                "add `kind: evidence`, or remove this line");
  }
  std::vector<std::string> option_ids;
  for (const Node* v : p.all("option")) {
    Loc at = args_loc(t, *v);
    if (x.kind == PromptKind::Open || x.kind == PromptKind::Scale) {
      rep.error(key_loc(t, *v), "only choice and evidence prompts have options",
                "add `kind: choice`, or remove the options");
      break;
    }
    Ref o = make_ref(v->args, at, rep);
    if (!o.given()) continue;
    if (x.kind == PromptKind::Evidence) {  // checked against the story's readings later
      pd.reading_options.emplace_back(std::move(o), std::string(v->value));
      continue;
    }
    x.options.push_back({o.id, std::string(v->value), {}});
    pd.option_locs.push_back(at);
  }
  if (x.kind == PromptKind::Choice && x.options.size() < 2)
    rep.error(pd.kind_loc, "a choice prompt needs at least two options",
              "add lines like `option a: ...` and `option b: ...`");
  for (const auto& opt : x.options) option_ids.push_back(opt.id);
  for (const Node* v : p.all("discussion")) {
    Loc at = args_loc(t, *v);
    if (x.kind == PromptKind::Open || x.kind == PromptKind::Scale) {
      rep.error(key_loc(t, *v), "only choice and evidence prompts have discussion notes per option",
                "put notes for the teacher in `teacher:`");
      break;
    }
    if (x.kind == PromptKind::Evidence) {
      Ref o = make_ref(v->args, at, rep);
      if (o.given()) pd.reading_discussions.emplace_back(std::move(o), std::string(v->value));
      continue;
    }
    bool found = false;
    for (auto& opt : x.options)
      if (opt.id == v->args) {
        opt.discussion = v->value;
        found = true;
      }
    if (!found) {
      std::string hint = suggestion(v->args, option_ids);
      rep.error(at, "no option " + ticked(v->args) + " in " + what,
                hint.empty() ? "a discussion note needs an `option " + std::string(v->args) + ":` line" : hint);
    }
  }
  d.story.prompts.push_back(std::move(x));
  d.prompts.push_back(std::move(pd));
}

void parse_item_block(Tree& t, const SourceFile& f, int b, Draft& d, Reporter& rep) {
  const Node& n = t.nodes[b];
  Ref id = block_id(t, n, rep);
  ItemDraft it;
  it.loc = id.given() ? id.loc : block_loc(t, n);
  const bool card = n.key == "card";
  Props p = check_props(t, f, b, card ? kCard : kTakeaway, std::string(n.key) + " " + ticked(id.id), rep);
  if (const Node* v = p.get("about")) it.about = read_subject(t, *v, rep);
  if (const Node* v = p.get("milestone")) it.milestone = read_id(t, *v, rep);
  if (card) {
    Card c;
    c.id = id.id;
    c.front = text_of(p, "front");
    c.back = text_of(p, "back");
    c.loc = model_loc(f, n);
    d.story.cards.push_back(std::move(c));
    d.cards.push_back(std::move(it));
  } else {
    Takeaway k;
    k.id = id.id;
    k.text = text_of(p, "text");
    k.loc = model_loc(f, n);
    d.story.takeaways.push_back(std::move(k));
    d.takeaways.push_back(std::move(it));
  }
}

// `reading ID` (what evidence prompts offer) and `balance ID` (two groups of readings weighed
// against each other on the reader's reading page).
void parse_reading_block(Tree& t, const SourceFile& f, int b, Draft& d, Reporter& rep) {
  const Node& n = t.nodes[b];
  Ref id = block_id(t, n, rep);
  Loc at = id.given() ? id.loc : block_loc(t, n);
  if (n.key == "reading") {
    Props p = check_props(t, f, b, kReading, "reading " + ticked(id.id), rep);
    ReadingDef r;
    r.id = id.id;
    r.text = text_of(p, "text");
    r.title = text_of(p, "title");
    if (r.title.empty()) r.title = r.text;
    if (const Node* c = p.get("colour")) r.colour = read_colour(t, *c, rep);
    r.loc = model_loc(f, n);
    d.story.readings.push_back(std::move(r));
    d.readings.push_back(at);
    return;
  }
  Props p = check_props(t, f, b, kBalance, "balance " + ticked(id.id), rep);
  Balance x;
  BalanceDraft bd;
  x.id = id.id;
  x.title = text_of(p, "title");
  x.left_label = text_of(p, "left-label");
  x.right_label = text_of(p, "right-label");
  x.loc = model_loc(f, n);
  bd.loc = at;
  if (const Node* v = p.get("left")) bd.left = read_ids(t, *v, rep);
  if (const Node* v = p.get("right")) bd.right = read_ids(t, *v, rep);
  d.story.balances.push_back(std::move(x));
  d.balances.push_back(std::move(bd));
}

}  // namespace lineage
