// Moments and their beats (narrate, say, quote, perspective, tableau, pause, prompt, if ...).
#include <algorithm>

#include "core/model/pictures.hpp"
#include "core/script/draft.hpp"
#include "core/script/text.hpp"
#include "core/util/strings.hpp"

namespace lineage {

namespace {

using VK = ValueKind;

const BlockSpec kMoment{"moment", {{"title", VK::Text, true}, {"when", VK::When, true}, {"lane", VK::Id},
                                   {"people", VK::Ids}, {"themes", VK::Ids}, {"content", VK::Ids},
                                   {"milestone", VK::Id}, {"telling", VK::Int}, {"facts", VK::Ids},
                                   {"summary", VK::Text}, {"gentle", VK::Text}, {"echoes", VK::Ids},
                                   {"tableau", VK::Text}, {"mood", VK::Text}, {"presenter", VK::Text},
                                   {"beats", VK::List}}};

const char* const kBeatKeys[] = {"narrate", "say", "quote", "perspective", "tableau", "pause", "prompt", "if"};

std::string text_of(Props& p, const char* key) { return p.take(key); }

// A tableau or mood name must be one the program can draw (core/model/pictures.hpp): an unknown
// one would show an empty grey horizon without a word.
void check_picture(std::string_view name, const Loc& at, bool tableau, Reporter& rep) {
  if (name.empty() || (tableau ? is_tableau_name(name) : is_mood_name(name))) return;
  const char* what = tableau ? "tableau" : "mood";
  std::vector<std::string> known = tableau ? tableau_names() : mood_names();
  std::string hint = suggestion(name, known);
  if (hint.empty()) {
    hint = std::string("the ") + (tableau ? "tableaux" : "moods") + " are";
    for (std::size_t i = 0; i < known.size(); ++i) hint += (i ? ", " : " ") + known[i];
  }
  rep.error(at, "unknown " + std::string(what) + " " + ticked(name),
            hint + " (story/README.md shows each one)");
}

// A beat's state must be one its tableau has: the drawing ignores any other word, so a typo
// would leave the light burning without a word.
void check_state(const std::string& tableau, const std::string& state, const Loc& at, Reporter& rep) {
  if (!is_tableau_name(tableau)) {
    if (tableau.empty()) rep.error(at, "a tableau state needs its tableau", "write `tableau: absence / night / out`");
    return;  // an unknown tableau is reported already
  }
  if (is_tableau_state(tableau, state)) return;
  std::vector<std::string> known = tableau_states(tableau);
  if (known.empty()) {
    rep.error(at, "tableau " + ticked(tableau) + " has no states",
              "leave out the third part (story/README.md lists the tableaux with states)");
    return;
  }
  std::string list = "the states of " + ticked(tableau) + " are";
  for (std::size_t i = 0; i < known.size(); ++i) list += (i ? ", " : " ") + known[i];
  std::string hint = suggestion(state, known);
  rep.error(at, state.empty() ? "a tableau state is missing after the second `/`" : "unknown state " + ticked(state) + " of tableau " + ticked(tableau),
            (hint.empty() ? "" : hint + " ") + list + " (story/README.md shows each one)");
}

struct BeatContext {
  const Tree& t;
  const SourceFile& f;
  Moment& m;
  MomentDraft& md;
  Reporter& rep;
};

// `reached part-two`, `not chose bathtub-why a`, joined by `and`.
bool parse_conditions(BeatContext& c, const Node& n, std::vector<ConditionRef>& out) {
  auto words = split_list(n.args, ' ');
  std::size_t i = 0;
  auto word_loc = [&](std::size_t k) {
    return args_loc(c.t, n, words[k].first, std::max<std::size_t>(1, words[k].second.size()));
  };
  const std::string help = "write `if reached MILESTONE:` or `if chose PROMPT OPTION:`, joined by `and`";
  // Drop empties produced by repeated spaces.
  words.erase(std::remove_if(words.begin(), words.end(), [](const auto& w) { return w.second.empty(); }),
              words.end());
  if (words.empty()) {
    c.rep.error(key_loc(c.t, n), "`if` needs a condition", help);
    return false;
  }
  while (i < words.size()) {
    ConditionRef cond;
    if (words[i].second == "not") {
      cond.negated = true;
      ++i;
    }
    if (i >= words.size()) {
      c.rep.error(word_loc(i - 1), "expected `reached` or `chose` after `not`", help);
      return false;
    }
    std::string_view what = words[i].second;
    if (what == "reached" && i + 1 < words.size()) {
      cond.kind = Condition::Kind::ReachedMilestone;
      cond.milestone = make_ref(words[i + 1].second, word_loc(i + 1), c.rep);
      i += 2;
    } else if (what == "chose" && i + 2 < words.size()) {
      cond.kind = Condition::Kind::ChoseOption;
      cond.prompt = make_ref(words[i + 1].second, word_loc(i + 1), c.rep);
      cond.option = make_ref(words[i + 2].second, word_loc(i + 2), c.rep);
      i += 3;
    } else {
      c.rep.error(word_loc(i), "cannot read the condition " + ticked(n.args), help);
      return false;
    }
    out.push_back(std::move(cond));
    if (i < words.size()) {
      if (words[i].second != "and") {
        c.rep.error(word_loc(i), "expected `and` or `:` after a condition, not " + ticked(words[i].second), help);
        return false;
      }
      ++i;
      if (i >= words.size()) {
        c.rep.error(word_loc(i - 1), "expected a condition after `and`", help);
        return false;
      }
    }
  }
  return true;
}

void parse_beats(BeatContext& c, const Node& list, const std::vector<ConditionRef>& conds) {
  const Tree& t = c.t;
  for (int i = list.first_child; i >= 0; i = t.nodes[i].next) {
    const Node& n = t.nodes[i];
    if (n.invalid) continue;
    std::string_view k = n.key;
    if (!n.colon) {
      c.rep.error({t.file, n.line, n.indent + n.column_shift + 1 + static_cast<int>(n.key.size() + (n.args.empty() ? 0 : n.args.size() + 1)), 1},
                  "expected `:` in a beat", "write e.g. `narrate: ...` or `say etta: ...`");
      continue;
    }
    if (k == "if") {
      std::vector<ConditionRef> inner = conds;
      if (!parse_conditions(c, n, inner)) continue;
      if (!n.value.empty())
        c.rep.error(value_loc(t, n), "the beats of an `if` go on the lines below it, indented",
                    "end the `if` line with `:` and indent its beats under it");
      else if (n.first_child < 0)
        c.rep.warning(key_loc(t, n), "`if` with no beats under it");
      else
        parse_beats(c, n, inner);
      continue;
    }
    Beat beat;
    BeatRefs refs;
    beat.loc = {c.f.name, n.line, n.indent + n.column_shift + 1};
    refs.conditions = conds;
    std::string text = n.value.empty() && n.first_child >= 0 ? body_text(c.f, n) : std::string(n.value);
    bool takes_args = k == "say" || k == "quote" || k == "perspective";
    bool known = false;
    for (const char* bk : kBeatKeys) known = known || k == bk;
    if (!known) {
      std::vector<std::string> keys(std::begin(kBeatKeys), std::end(kBeatKeys));
      std::string hint = suggestion(k, keys);
      c.rep.error(key_loc(t, n), "unknown beat " + ticked(k),
                  hint.empty() ? "a beat is one of: narrate, say, quote, perspective, tableau, pause, prompt, if"
                               : hint);
      continue;
    }
    if (!takes_args && !n.args.empty()) {
      c.rep.error(args_loc(t, n), "unexpected " + ticked(n.args) + " after " + ticked(k),
                  "write `" + std::string(k) + ": ...`");
      continue;
    }
    if (takes_args && n.args.empty()) {
      c.rep.error(key_loc(t, n), ticked(k) + " needs a person's id before the colon",
                  k == "quote" ? "write `quote PERSON SOURCE:LINE: the words`"
                               : "write `" + std::string(k) + " etta: ...`");
      continue;
    }
    if (text.empty()) {
      c.rep.error(key_loc(t, n), "empty " + ticked(k) + " beat", "write something after the colon");
      continue;
    }
    if (k == "narrate" || k == "say" || k == "perspective") {
      beat.kind = k == "narrate" ? BeatKind::Narrate : k == "say" ? BeatKind::Say : BeatKind::Perspective;
      beat.text = std::move(text);
      if (k == "perspective") {
        beat.perspective = std::string(n.args);
        if (n.args != "interpretation") refs.speaker = make_ref(n.args, args_loc(t, n), c.rep);
      } else if (k == "say") {
        refs.speaker = make_ref(n.args, args_loc(t, n), c.rep);
      }
    } else if (k == "quote") {
      beat.kind = BeatKind::Quote;
      beat.text = std::move(text);
      std::string_view a = n.args;
      std::size_t sp = a.find(' ');
      refs.speaker = make_ref(a.substr(0, sp), args_loc(t, n, 0, std::min(a.size(), sp)), c.rep);
      if (sp == std::string_view::npos) {
        c.rep.error(args_loc(t, n), "a quote needs the line it comes from",
                    "write `quote " + std::string(a) + " notes:27: the words`");
      } else {
        for (auto [off, w] : split_list(a.substr(sp + 1))) {
          std::size_t o = off + sp + 1;
          if (w.empty()) continue;
          if (auto cite = parse_cite(w, args_loc(t, n, o, w.size()), c.rep)) refs.cites.push_back(std::move(*cite));
        }
      }
    } else if (k == "tableau") {  // NAME, NAME / MOOD or NAME / MOOD / STATE
      beat.kind = BeatKind::Tableau;
      std::string_view v = text;
      std::size_t slash = v.find('/');
      std::size_t slash2 = slash == std::string_view::npos ? slash : v.find('/', slash + 1);
      beat.tableau = std::string(trim(v.substr(0, slash)));
      if (slash != std::string_view::npos) beat.mood = std::string(trim(v.substr(slash + 1, slash2 - slash - 1)));
      if (slash2 != std::string_view::npos) beat.state = std::string(trim(v.substr(slash2 + 1)));
      if (n.value == text) {  // written on the line itself: point at each name
        std::size_t tab_at = v.find(beat.tableau);
        Loc tab_loc = value_loc(t, n, tab_at, std::max<std::size_t>(1, beat.tableau.size()));
        check_picture(beat.tableau, tab_loc, true, c.rep);
        if (!beat.mood.empty()) {
          std::size_t mood_at = v.find(beat.mood, slash);
          check_picture(beat.mood, value_loc(t, n, mood_at, beat.mood.size()), false, c.rep);
        }
        if (slash2 != std::string_view::npos) {
          std::size_t state_at = beat.state.empty() ? slash2 : v.find(beat.state, slash2);
          check_state(beat.tableau, beat.state, value_loc(t, n, state_at, std::max<std::size_t>(1, beat.state.size())),
                      c.rep);
        }
      } else {
        check_picture(beat.tableau, key_loc(t, n), true, c.rep);
        check_picture(beat.mood, key_loc(t, n), false, c.rep);
        if (slash2 != std::string_view::npos) check_state(beat.tableau, beat.state, key_loc(t, n), c.rep);
      }
    } else if (k == "pause") {
      beat.kind = BeatKind::Pause;
      auto s = read_number(t, n, 0, 600, c.rep);
      if (!s) continue;
      beat.seconds = *s;
    } else {  // prompt
      beat.kind = BeatKind::Prompt;
      refs.prompt = read_id(t, n, c.rep);
    }
    c.m.beats.push_back(std::move(beat));
    c.md.beats.push_back(std::move(refs));
  }
}

}  // namespace

void parse_moment_block(Tree& t, const SourceFile& f, int b, Draft& d, Reporter& rep) {
  const Node& n = t.nodes[b];
  Ref id = block_id(t, n, rep);
  Props p = check_props(t, f, b, kMoment, "moment " + ticked(id.id), rep);
  Moment m;
  MomentDraft md;
  m.id = id.id;
  m.loc = model_loc(f, n);
  md.loc = id.given() ? id.loc : block_loc(t, n);
  m.title = text_of(p, "title");
  m.summary = text_of(p, "summary");
  m.gentle_summary = text_of(p, "gentle");
  m.presenter_notes = text_of(p, "presenter");
  m.visual.tableau = text_of(p, "tableau");
  m.visual.mood = text_of(p, "mood");
  if (const Node* v = p.get("tableau")) check_picture(m.visual.tableau, value_loc(t, *v), true, rep);
  if (const Node* v = p.get("mood")) check_picture(m.visual.mood, value_loc(t, *v), false, rep);
  if (const Node* v = p.get("when")) md.when = read_when(t, *v, rep);
  if (const Node* v = p.get("lane")) md.lane = read_id(t, *v, rep);
  if (const Node* v = p.get("milestone")) md.milestone = read_id(t, *v, rep);
  if (const Node* v = p.get("people")) md.people = read_ids(t, *v, rep);
  if (const Node* v = p.get("themes")) md.themes = read_ids(t, *v, rep);
  if (const Node* v = p.get("content")) md.content = read_ids(t, *v, rep);
  if (const Node* v = p.get("facts")) md.facts = read_ids(t, *v, rep);
  if (const Node* v = p.get("echoes")) md.echoes = read_ids(t, *v, rep);
  if (const Node* v = p.get("telling")) {
    md.telling_loc = value_loc(t, *v);
    if (auto o = read_int(t, *v, 0, 1000000, rep)) m.telling = static_cast<int>(*o);
  }
  if (const Node* v = p.get("beats")) {
    BeatContext c{t, f, m, md, rep};
    std::size_t lines = 0;  // beats written directly under `beats:` (an `if` adds its own later)
    for (int i = v->first_child; i >= 0; i = t.nodes[i].next) ++lines;
    m.beats.reserve(lines);
    md.beats.reserve(lines);
    parse_beats(c, *v, {});
  }
  d.story.moments.push_back(std::move(m));
  d.moments.push_back(std::move(md));
}

}  // namespace lineage
