#include "core/runtime/story_journal.hpp"

#include <sstream>
#include <vector>

namespace lineage {
namespace {

// The care choices as journal settings: "id,id" and "moment:choice,…"; "-" for none.
std::string join_quiet(const std::set<std::string>& quiet) {
  std::string out;
  for (const auto& id : quiet) out += (out.empty() ? "" : ",") + id;
  return out.empty() ? "-" : out;
}

std::string join_remembered(const std::map<std::string, CareChoice>& kept) {
  std::string out;
  for (const auto& [moment, choice] : kept) out += (out.empty() ? "" : ",") + moment + ":" + care_id(choice);
  return out.empty() ? "-" : out;
}

std::vector<std::string> split(const std::string& text, char sep) {
  std::vector<std::string> out;
  std::stringstream in(text);
  for (std::string part; std::getline(in, part, sep);)
    if (!part.empty() && part != "-") out.push_back(part);
  return out;
}

template <typename Change>
void save_answer(Journal& journal, AnswerDrafts& drafts, std::int64_t profile, const std::string& prompt, double now,
                 Change change) {
  change(drafts.edit(journal, profile, prompt));
  drafts.changed(journal, profile, prompt, now);
  drafts.save_now(journal, profile, prompt);
}

}  // namespace

RuntimeOptions StoryJournal::options(const Journal* journal, std::int64_t profile, int reading_limit) {
  RuntimeOptions o;
  o.reading_limit = reading_limit;
  if (!journal) return o;
  if (auto quiet = journal->setting(profile, "story.quiet"))
    for (const auto& id : split(*quiet, ',')) o.quiet.insert(id);
  if (auto kept = journal->setting(profile, "story.remember"))
    for (const auto& pair : split(*kept, ',')) {
      auto colon = pair.find(':');
      if (colon == std::string::npos) continue;
      if (auto choice = care_from_id(pair.substr(colon + 1))) o.remembered[pair.substr(0, colon)] = *choice;
    }
  return o;
}

std::string StoryJournal::saved_place(const Journal* journal, std::int64_t profile) {
  if (!journal) return "";
  auto progress = journal->progress(profile);
  return progress ? progress->state : "";
}

void StoryJournal::mark_saved(const StoryRuntime& runtime) {
  place_ = serialise(runtime.state());
  quiet_ = join_quiet(runtime.options().quiet);
  remembered_ = join_remembered(runtime.options().remembered);
  answers_ = runtime.state();
}

void StoryJournal::save(Journal& journal, AnswerDrafts& drafts, std::int64_t profile, const Story& story,
                        const StoryRuntime& runtime, double now) {
  const RuntimeState& s = runtime.state();
  std::string place = serialise(s);
  if (place != place_) {
    journal.save_progress(profile, Progress{s.moment, s.beat, place});
    place_ = place;
  }
  const Beat* here = runtime.beat();
  auto at_prompt = [&](const std::string& id) {
    return here && here->kind == BeatKind::Prompt && story.prompts[static_cast<std::size_t>(here->prompt)].id == id;
  };
  for (const auto& [prompt, e] : s.evidence) {
    auto old = answers_.evidence.find(prompt);
    if (at_prompt(prompt) || (old != answers_.evidence.end() && old->second == e)) continue;
    save_answer(journal, drafts, profile, prompt, now, [&](Answer& a) {
      a.option = reading_id(e.reading);
      a.confidence = e.confidence;
    });
    answers_.evidence[prompt] = e;
  }
  for (const auto& [prompt, option] : s.choices) {
    auto old = answers_.choices.find(prompt);
    if (at_prompt(prompt) || (old != answers_.choices.end() && old->second == option)) continue;
    save_answer(journal, drafts, profile, prompt, now, [&](Answer& a) { a.option = option; });
    answers_.choices[prompt] = option;
  }
  for (const auto& [prompt, point] : s.scales) {
    auto old = answers_.scales.find(prompt);
    if (at_prompt(prompt) || (old != answers_.scales.end() && old->second == point)) continue;
    save_answer(journal, drafts, profile, prompt, now, [&](Answer& a) { a.scale = point; });
    answers_.scales[prompt] = point;
  }
  std::string quiet = join_quiet(runtime.options().quiet), kept = join_remembered(runtime.options().remembered);
  if (quiet != quiet_ && journal.set_setting(profile, "story.quiet", quiet)) quiet_ = quiet;
  if (kept != remembered_ && journal.set_setting(profile, "story.remember", kept)) remembered_ = kept;
}

}  // namespace lineage
