#include "core/runtime/story_journal.hpp"

#include "core/runtime/care.hpp"

namespace lineage {
namespace {

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
  CarePreferences care = load_care(journal, profile);  // the one place care choices are read
  o.quiet = std::move(care.quiet);
  o.remembered = std::move(care.remembered);
  return o;
}

std::string StoryJournal::saved_place(const Journal* journal, std::int64_t profile) {
  if (!journal) return "";
  auto progress = journal->progress(profile);
  return progress ? progress->state : "";
}

void StoryJournal::mark_saved(const StoryRuntime& runtime) {
  place_ = serialise(runtime.state());
  mark_care_saved(runtime.options());
  answers_ = runtime.state();
}

void StoryJournal::mark_care_saved(const RuntimeOptions& options) {
  quiet_ = join_quiet(options.quiet);
  remembered_ = join_remembered(options.remembered);
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
  // (Loops over pairs, not structured bindings: C++17 lambdas cannot capture those under clang.)
  for (const auto& entry : s.evidence) {
    const std::string& prompt = entry.first;
    const EvidenceChoice& e = entry.second;
    auto old = answers_.evidence.find(prompt);
    if (at_prompt(prompt) || (old != answers_.evidence.end() && old->second == e)) continue;
    const int index = story.prompt(prompt);
    const bool asks_how_sure = index >= 0 && !story.prompts[static_cast<std::size_t>(index)].confidence.empty();
    save_answer(journal, drafts, profile, prompt, now, [&](Answer& a) {
      a.option = e.reading;
      a.confidence = asks_how_sure ? e.confidence : 0;  // a story that does not ask keeps no sureness
    });
    answers_.evidence[prompt] = e;
  }
  for (const auto& entry : s.choices) {
    const std::string& prompt = entry.first;
    const std::string& option = entry.second;
    auto old = answers_.choices.find(prompt);
    if (at_prompt(prompt) || (old != answers_.choices.end() && old->second == option)) continue;
    save_answer(journal, drafts, profile, prompt, now, [&](Answer& a) { a.option = option; });
    answers_.choices[prompt] = option;
  }
  for (const auto& entry : s.scales) {
    const std::string& prompt = entry.first;
    const int point = entry.second;
    auto old = answers_.scales.find(prompt);
    if (at_prompt(prompt) || (old != answers_.scales.end() && old->second == point)) continue;
    save_answer(journal, drafts, profile, prompt, now, [&](Answer& a) { a.scale = point; });
    answers_.scales[prompt] = point;
  }
  std::string quiet = join_quiet(runtime.options().quiet), kept = join_remembered(runtime.options().remembered);
  if (quiet != quiet_ && journal.set_setting(profile, kQuietSetting, quiet)) quiet_ = quiet;
  if (kept != remembered_ && journal.set_setting(profile, kRememberSetting, kept)) remembered_ = kept;
}

}  // namespace lineage
