#include "core/script/json_dump.hpp"

#include <nlohmann/json.hpp>

namespace lineage {

namespace {

using json = nlohmann::ordered_json;

constexpr int kSchemaVersion = 1;

template <class T>
json id_or_null(const std::vector<T>& v, int i) {
  return i >= 0 && i < static_cast<int>(v.size()) ? json(v[static_cast<std::size_t>(i)].id) : json(nullptr);
}

template <class T>
json ids(const std::vector<T>& v, const std::vector<int>& idx) {
  json out = json::array();
  for (int i : idx) out.push_back(id_or_null(v, i));
  return out;
}

std::string colour(const Colour& c) {
  const char* hex = "0123456789abcdef";
  std::string s = "#";
  for (std::uint8_t b : {c.r, c.g, c.b, c.a}) {
    s += hex[b >> 4];
    s += hex[b & 15];
  }
  return s;
}

json when(const When& w) {
  return {{"text", w.text}, {"estimate", w.estimate}, {"uncertainty", w.uncertainty},
          {"earliest", w.earliest()}, {"latest", w.latest()}, {"approximate", w.approximate}};
}

json when(const std::optional<When>& w) { return w ? when(*w) : json(nullptr); }

json loc(const SourceLoc& l) { return {{"file", l.file}, {"line", l.line}}; }

json cites(const Story& s, const std::vector<Citation>& cs) {
  json out = json::array();
  for (const Citation& c : cs) out.push_back({{"source", id_or_null(s.sources, c.source)}, {"line", c.line}});
  return out;
}

json subject(const Story& s, const Subject& sub) {
  switch (sub.kind) {
    case Subject::Kind::Book: return {{"kind", "book"}, {"id", nullptr}};
    case Subject::Kind::Moment: return {{"kind", "moment"}, {"id", id_or_null(s.moments, sub.index)}};
    case Subject::Kind::Person: return {{"kind", "person"}, {"id", id_or_null(s.people, sub.index)}};
    case Subject::Kind::Theme: return {{"kind", "theme"}, {"id", id_or_null(s.themes, sub.index)}};
  }
  return nullptr;
}

const char* beat_kind(BeatKind k) {
  switch (k) {
    case BeatKind::Narrate: return "narrate";
    case BeatKind::Say: return "say";
    case BeatKind::Quote: return "quote";
    case BeatKind::Perspective: return "perspective";
    case BeatKind::Tableau: return "tableau";
    case BeatKind::Pause: return "pause";
    case BeatKind::Prompt: return "prompt";
  }
  return "narrate";
}

json beat(const Story& s, const Beat& b) {
  json conds = json::array();
  for (const Condition& c : b.conditions) {
    if (c.kind == Condition::Kind::ReachedMilestone)
      conds.push_back({{"kind", "reached"}, {"negated", c.negated}, {"milestone", id_or_null(s.milestones, c.milestone)}});
    else
      conds.push_back({{"kind", "chose"}, {"negated", c.negated}, {"prompt", id_or_null(s.prompts, c.prompt)},
                       {"option", c.option}});
  }
  json j = {{"kind", beat_kind(b.kind)}, {"conditions", conds}, {"line", b.loc.line}};
  switch (b.kind) {
    case BeatKind::Narrate: j["text"] = b.text; break;
    case BeatKind::Say:
    case BeatKind::Quote:
    case BeatKind::Perspective:
      j["text"] = b.text;
      j["speaker"] = id_or_null(s.people, b.speaker);
      if (b.kind == BeatKind::Perspective) j["perspective"] = b.perspective;
      if (b.kind == BeatKind::Quote) j["cites"] = cites(s, b.cites);
      break;
    case BeatKind::Tableau:
      j["tableau"] = b.tableau;
      j["mood"] = b.mood;
      if (!b.state.empty()) j["state"] = b.state;
      break;
    case BeatKind::Pause: j["seconds"] = b.seconds; break;
    case BeatKind::Prompt: j["prompt"] = id_or_null(s.prompts, b.prompt); break;
  }
  return j;
}

json story_json(const Story& s) {
  json j;
  j["book"] = {{"id", s.book.id}, {"title", s.book.title}, {"author", s.book.author},
               {"year", s.book.year}, {"description", s.book.description}, {"evidence_note", s.book.evidence_note}};
  j["sources"] = json::array();
  for (const Source& x : s.sources)
    j["sources"].push_back({{"id", x.id}, {"title", x.title}, {"file", x.file}, {"lines", x.lines},
                            {"excluded_lines", x.excluded_lines}});
  j["facts"] = json::array();
  for (const Fact& x : s.facts)
    j["facts"].push_back({{"id", x.id}, {"text", x.text}, {"cites", cites(s, x.cites)}, {"loc", loc(x.loc)}});
  j["about"] = json::array();
  for (const AboutSection& x : s.about)
    j["about"].push_back({{"id", x.id}, {"title", x.title}, {"order", x.order}, {"text", x.text},
                          {"cites", cites(s, x.cites)}});
  j["lanes"] = json::array();
  for (const Lane& x : s.lanes)
    j["lanes"].push_back({{"id", x.id}, {"title", x.title}, {"person", id_or_null(s.people, x.person)},
                          {"order", x.order}, {"loc", loc(x.loc)}});
  j["people"] = json::array();
  for (const Person& x : s.people) {
    const char* sex = x.sex == Sex::Female ? "female" : x.sex == Sex::Male ? "male" : "unknown";
    j["people"].push_back({{"id", x.id}, {"name", x.name}, {"description", x.description},
                           {"narrator_note", x.narrator_note}, {"lane", id_or_null(s.lanes, x.lane)},
                           {"generation", x.generation}, {"sex", sex}, {"colour", colour(x.colour)},
                           {"born", when(x.born)}, {"died", when(x.died)}, {"facts", ids(s.facts, x.facts)},
                           {"loc", loc(x.loc)}});
  }
  j["parents"] = json::array();
  for (const ParentLink& x : s.parents)
    j["parents"].push_back({{"parent", id_or_null(s.people, x.parent)}, {"child", id_or_null(s.people, x.child)},
                            {"label", x.label}, {"moment", id_or_null(s.moments, x.moment)},
                            {"facts", ids(s.facts, x.facts)}, {"loc", loc(x.loc)}});
  const char* statuses[] = {"married", "separated", "divorced", "widowed"};
  j["partnerships"] = json::array();
  for (const Partnership& x : s.partnerships)
    j["partnerships"].push_back({{"a", id_or_null(s.people, x.a)}, {"b", id_or_null(s.people, x.b)},
                                 {"status", statuses[static_cast<int>(x.status)]}, {"order", x.order},
                                 {"begins", id_or_null(s.moments, x.begins)}, {"ends", id_or_null(s.moments, x.ends)},
                                 {"facts", ids(s.facts, x.facts)}, {"loc", loc(x.loc)}});
  const char* kinds[] = {"close", "distant", "conflict", "cutoff", "harm"};
  j["bonds"] = json::array();
  for (const Bond& x : s.bonds)
    j["bonds"].push_back({{"from", id_or_null(s.people, x.from)}, {"to", id_or_null(s.people, x.to)},
                          {"kind", kinds[static_cast<int>(x.kind)]}, {"mutual", x.mutual}, {"label", x.label},
                          {"perspective", x.perspective}, {"begins", id_or_null(s.moments, x.begins)},
                          {"facts", ids(s.facts, x.facts)}, {"loc", loc(x.loc)}});
  j["eras"] = json::array();
  for (const Era& x : s.eras)
    j["eras"].push_back({{"id", x.id}, {"title", x.title}, {"lane", id_or_null(s.lanes, x.lane)},
                         {"from", when(x.from)}, {"to", when(x.to)}, {"colour", colour(x.colour)}, {"loc", loc(x.loc)}});
  j["themes"] = json::array();
  for (const Theme& x : s.themes)
    j["themes"].push_back({{"id", x.id}, {"name", x.name}, {"description", x.description},
                           {"colour", colour(x.colour)}, {"loc", loc(x.loc)}});
  j["content_notes"] = json::array();
  for (const ContentNote& x : s.content_notes)
    j["content_notes"].push_back({{"id", x.id}, {"label", x.label}, {"description", x.description}, {"loc", loc(x.loc)}});
  j["milestones"] = json::array();
  for (const Milestone& x : s.milestones)
    j["milestones"].push_back({{"id", x.id}, {"title", x.title}, {"reached_title", x.reached_title}, {"order", x.order},
                               {"loc", loc(x.loc)}});
  j["moments"] = json::array();
  for (const Moment& x : s.moments) {
    json beats = json::array();
    for (const Beat& b : x.beats) beats.push_back(beat(s, b));
    j["moments"].push_back(
        {{"id", x.id}, {"title", x.title}, {"when", when(x.when)}, {"lane", id_or_null(s.lanes, x.lane)},
         {"people", ids(s.people, x.people)}, {"themes", ids(s.themes, x.themes)},
         {"content_notes", ids(s.content_notes, x.content_notes)}, {"facts", ids(s.facts, x.facts)},
         {"echoes", ids(s.moments, x.echoes)}, {"milestone", id_or_null(s.milestones, x.milestone)},
         {"telling", x.telling >= 0 ? json(x.telling) : json(nullptr)}, {"summary", x.summary},
         {"gentle_summary", x.gentle_summary}, {"presenter_notes", x.presenter_notes},
         {"visual", {{"tableau", x.visual.tableau}, {"mood", x.visual.mood}}}, {"beats", beats}, {"loc", loc(x.loc)}});
  }
  j["chronological"] = ids(s.moments, s.chronological);
  j["telling_order"] = ids(s.moments, s.telling_order);
  const char* prompt_kinds[] = {"open", "choice", "scale", "evidence"};
  j["prompts"] = json::array();
  for (const Prompt& x : s.prompts) {
    json options = json::array();
    for (const PromptOption& o : x.options)
      options.push_back({{"id", o.id}, {"text", o.text}, {"discussion", o.discussion}});
    json p = {{"id", x.id}, {"kind", prompt_kinds[static_cast<int>(x.kind)]}, {"about", subject(s, x.about)},
              {"text", x.text}, {"teacher_notes", x.teacher_notes}, {"options", options},
              {"follow_up", id_or_null(s.prompts, x.follow_up)}, {"milestone", id_or_null(s.milestones, x.milestone)},
              {"loc", loc(x.loc)}};
    if (x.kind == PromptKind::Scale)
      p["scale"] = {{"low", x.scale_low}, {"high", x.scale_high}, {"points", x.scale_points}};
    if (x.kind == PromptKind::Evidence) p["confidence"] = x.confidence;
    j["prompts"].push_back(std::move(p));
  }
  j["cards"] = json::array();
  for (const Card& x : s.cards)
    j["cards"].push_back({{"id", x.id}, {"about", subject(s, x.about)}, {"front", x.front}, {"back", x.back},
                          {"milestone", id_or_null(s.milestones, x.milestone)}, {"loc", loc(x.loc)}});
  j["takeaways"] = json::array();
  for (const Takeaway& x : s.takeaways)
    j["takeaways"].push_back({{"id", x.id}, {"about", subject(s, x.about)}, {"text", x.text},
                              {"milestone", id_or_null(s.milestones, x.milestone)}, {"loc", loc(x.loc)}});
  j["lessons"] = json::array();
  const char* step_kinds[] = {"moment", "lineage", "reflect", "discuss", "blank"};
  const char* lineage_views[] = {"family", "pattern", "cycle"};
  for (const Lesson& x : s.lessons) {
    json steps = json::array();
    for (const LessonStep& st : x.steps) {
      json step = {{"kind", step_kinds[static_cast<int>(st.kind)]}, {"title", st.title}, {"minutes", st.minutes},
                   {"notes", st.notes}, {"content_notes", ids(s.content_notes, st.content_notes)}};
      if (st.kind == StepKind::Moment) {
        step["moment"] = id_or_null(s.moments, st.moment);
        step["show"] = st.show == MomentShow::Story ? "story" : "timeline";
      }
      if (st.kind == StepKind::Lineage) {
        step["view"] = lineage_views[static_cast<int>(st.lineage)];
        json link = nullptr;
        if (st.link >= 0 && st.link < static_cast<int>(s.parents.size())) {
          const ParentLink& l = s.parents[static_cast<std::size_t>(st.link)];
          link = {{"parent", id_or_null(s.people, l.parent)}, {"child", id_or_null(s.people, l.child)}};
        }
        step["link"] = link;
      }
      if (st.kind == StepKind::Reflect || st.kind == StepKind::Discuss) step["prompt"] = id_or_null(s.prompts, st.prompt);
      if (st.kind == StepKind::Reflect) step["countdown_minutes"] = st.countdown_minutes;
      step["loc"] = {{"file", st.file}, {"line", st.line}};
      steps.push_back(std::move(step));
    }
    j["lessons"].push_back({{"id", x.id}, {"title", x.title}, {"description", x.description},
                            {"class_milestone", id_or_null(s.milestones, x.milestone)}, {"minutes", x.minutes},
                            {"steps", std::move(steps)}, {"loc", {{"file", x.file}, {"line", x.line}}}});
  }
  j["readings"] = json::array();
  for (const ReadingDef& x : s.readings)
    j["readings"].push_back({{"id", x.id}, {"text", x.text}, {"title", x.title},
                             {"colour", x.colour ? json(colour(*x.colour)) : json()}, {"loc", loc(x.loc)}});
  j["balances"] = json::array();
  for (const Balance& x : s.balances) {
    json left = json::array(), right = json::array();
    for (int r : x.left) left.push_back(s.readings[static_cast<std::size_t>(r)].id);
    for (int r : x.right) right.push_back(s.readings[static_cast<std::size_t>(r)].id);
    j["balances"].push_back({{"id", x.id}, {"title", x.title}, {"left", left}, {"left_label", x.left_label},
                             {"right", right}, {"right_label", x.right_label}, {"loc", loc(x.loc)}});
  }
  return j;
}

}  // namespace

std::string dump_json(const LoadResult& r) {
  json j;
  j["schema"] = "lineage-story";
  j["version"] = kSchemaVersion;
  j["ok"] = r.errors() == 0;
  j["summary"] = {{"files", r.files}, {"people", r.people}, {"moments", r.moments}, {"prompts", r.prompts},
                  {"errors", r.errors()}, {"warnings", r.warnings()}};
  j["diagnostics"] = json::array();
  for (const Diagnostic& d : r.diagnostics)
    j["diagnostics"].push_back({{"severity", severity_name(d.severity)}, {"file", d.loc.file},
                                {"line", d.loc.line}, {"column", d.loc.column}, {"length", d.length},
                                {"message", d.message}, {"hint", d.hint}, {"source_line", d.source_line}});
  j["story"] = r.story ? story_json(*r.story) : json(nullptr);
  // Invalid UTF-8 can only reach here through diagnostics' source lines; replace, never throw.
  return j.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

int dump_command(const std::filesystem::path& dir, std::ostream& out) {
  LoadResult r = load_story(dir);
  out << dump_json(r);
  return r.errors() > 0 ? 1 : 0;
}

}  // namespace lineage
