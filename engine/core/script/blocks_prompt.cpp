// Reflection prompts (open, choice, scale, evidence), memory cards and takeaways.
#include "core/script/draft.hpp"
#include "core/script/text.hpp"

namespace lineage {

namespace {

using VK = ValueKind;

const BlockSpec kPrompt{"prompt", {{"about", VK::Subject}, {"kind", VK::Word}, {"text", VK::Text, true},
                                   {"teacher", VK::Text}, {"follow-up", VK::Id}, {"milestone", VK::Id},
                                   {"option", VK::Text, false, true}, {"discussion", VK::Text, false, true},
                                   {"low", VK::Text}, {"high", VK::Text}, {"points", VK::Int}}};
const BlockSpec kCard{"card", {{"about", VK::Subject, true}, {"front", VK::Text, true},
                               {"back", VK::Text, true}, {"milestone", VK::Id}}};
const BlockSpec kTakeaway{"takeaway", {{"about", VK::Subject}, {"text", VK::Text, true}, {"milestone", VK::Id}}};

// The four readings of the evidence game, in the order of lineage::Reading.
const char* const kReadings[4][2] = {
    {"violet", "It points to Violet: something in her"},
    {"perception", "It points to Blythe's perception"},
    {"pattern", "It points to an inherited pattern"},
    {"circumstance", "It points to circumstance"},
};

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

  if (x.kind == PromptKind::Evidence) {
    for (const auto& r : kReadings) x.options.push_back({r[0], r[1], {}});
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
    if (x.kind == PromptKind::Evidence) {
      bool found = false;
      for (auto& opt : x.options)
        if (opt.id == o.id) {
          opt.text = v->value;
          found = true;
        }
      if (!found)
        rep.error(at, "an evidence prompt's options are the four readings, not " + ticked(o.id),
                  "use violet, perception, pattern or circumstance");
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

}  // namespace lineage
