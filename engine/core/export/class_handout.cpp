#include "core/export/class_handout.hpp"

#include <cmath>
#include <ctime>
#include <map>
#include <set>
#include <sstream>

#include "core/classroom/board.hpp"

namespace lineage {

namespace {

using B = HandoutBlock::Kind;
using namespace classroom;

std::string local_time(std::int64_t ms) {
  std::time_t t = static_cast<std::time_t>(ms / 1000);
  std::tm local{};
  char text[32] = "";
  if (localtime_r(&t, &local)) std::strftime(text, sizeof text, "%Y-%m-%d at %H:%M", &local);
  return text;
}

std::string answers_word(int n) { return std::to_string(n) + (n == 1 ? " answer" : " answers"); }

// The prompt as the devices saw it: the story's, or (a prompt since removed from the story)
// what the session kept of it.
ClassPrompt prompt_of(const Story& story, const StoredPrompt& stored) {
  int index = story.prompt(stored.prompt);
  if (index >= 0) return class_prompt(story.prompts[static_cast<std::size_t>(index)]);
  ClassPrompt p;
  p.id = stored.prompt;
  p.text = stored.text;
  for (PromptKind k : {PromptKind::Open, PromptKind::Choice, PromptKind::Scale, PromptKind::Evidence})
    if (stored.kind == kind_name(k)) p.kind = k;
  return p;
}

}  // namespace

ClassSection class_session_section(const Story& story, const ClassStore& store, std::int64_t session,
                                   const std::string& lesson) {
  ClassSection out;
  const StoredSession* found = nullptr;
  auto sessions = store.sessions();
  for (const auto& s : sessions)
    if (s.id == session) found = &s;
  if (!found) {
    out.error = "there is no class session " + std::to_string(session) + " (lineage class list shows them)";
    return out;
  }
  if (found->lesson != lesson) {
    out.error = "class session " + std::to_string(session) + " was " +
                (found->lesson.empty() ? std::string("not part of a lesson") : "for the lesson \"" + found->lesson + "\"") +
                ", not \"" + lesson + "\"";
    return out;
  }
  // Each device's latest answer to each prompt, cleared ones left out.
  std::map<std::string, std::map<int, StoredAnswer>> by_prompt;
  std::set<int> devices;
  for (const auto& [answer, changes] : latest_answers(store.answers(session))) {
    if (answer.cleared) continue;
    by_prompt[answer.prompt][answer.device] = answer;
    devices.insert(answer.device);
  }
  auto& b = out.blocks;
  b.push_back({B::Heading, "The class's answers"});
  b.push_back({B::Meta, "From the class session of " + local_time(found->started_at) + ": " + std::to_string(devices.size()) +
                            (devices.size() == 1 ? " device" : " devices") +
                            " answered. Anonymous: no names. Open answers appear only where the teacher showed them to the class."});
  auto prompts = store.prompts(session);
  if (prompts.empty()) b.push_back({B::Text, "No prompt was opened in this session."});
  for (const StoredPrompt& stored : prompts) {
    ClassPrompt prompt = prompt_of(story, stored);
    const auto& answers = by_prompt[prompt.id];
    b.push_back({B::Subheading, prompt.text});
    if (prompt.kind == PromptKind::Open) {
      int shown = 0;
      for (const auto& [device, a] : answers) shown += a.shown ? 1 : 0;
      b.push_back({B::Meta, answers_word(static_cast<int>(answers.size())) + "; " + std::to_string(shown) +
                                " shown to the class" + (shown ? ":" : ".")});
      // In the order they were written, as the class saw them.
      std::map<std::int64_t, std::string> in_order;
      for (const auto& [device, a] : answers)
        if (a.shown) in_order[a.id] = a.answer.text;
      for (const auto& [row, text] : in_order) b.push_back({B::Text, "\xe2\x80\x9c" + text + "\xe2\x80\x9d"});
      continue;
    }
    std::map<int, ClassAnswer> current;
    for (const auto& [device, a] : answers) current[device] = a.answer;
    ClassTally tally = tally_answers(prompt, current);
    b.push_back({B::Meta, answers_word(tally.answered) +
                              (prompt.kind == PromptKind::Scale && tally.answered
                                   ? "; mean " + mean_text(tally.mean_scale)
                                   : std::string())});
    for (const Bar& bar : tally.bars) {
      std::string line = bar.label + ": " + std::to_string(bar.count);
      if (prompt.kind == PromptKind::Evidence && bar.count)
        line += " (" + std::to_string(bar.by_confidence[3] + bar.by_confidence[4]) + " with confidence 4 or 5 of 5)";
      b.push_back({B::Text, line});
    }
  }
  return out;
}

}  // namespace lineage
