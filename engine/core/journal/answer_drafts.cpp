#include "core/journal/answer_drafts.hpp"

#include <chrono>

namespace lineage {

Answer& AnswerDrafts::edit(Journal& journal, std::int64_t profile, const std::string& prompt) {
  Key key{&journal, profile, prompt};
  auto it = drafts_.find(key);
  if (it == drafts_.end()) {
    Draft draft;
    if (auto saved = journal.answer(profile, prompt)) draft.answer = *saved;
    draft.answer.prompt = prompt;
    it = drafts_.emplace(key, std::move(draft)).first;
  }
  return it->second.answer;
}

void AnswerDrafts::changed(Journal& journal, std::int64_t profile, const std::string& prompt, double now) {
  edit(journal, profile, prompt);
  Draft& draft = drafts_[Key{&journal, profile, prompt}];
  draft.dirty = true;
  draft.changed_at = now;
}

bool AnswerDrafts::save(Journal& journal, const Key& key, Draft& draft) {
  draft.dirty = false;
  // Saving the value already saved would only add a revision that says nothing new.
  auto saved = journal.answer(std::get<1>(key), std::get<2>(key));
  if (saved && saved->same_value(draft.answer)) return journal.status().ok;
  Answer fresh = draft.answer;
  fresh.saved_at = 0;  // the journal stamps the time of this save, not the loaded answer's
  bool durable = journal.save_answer(std::get<1>(key), fresh);
  if (auto now = journal.answer(std::get<1>(key), std::get<2>(key))) draft.answer.saved_at = now->saved_at;
  return durable;
}

bool AnswerDrafts::save_now(Journal& journal, std::int64_t profile, const std::string& prompt) {
  auto it = drafts_.find(Key{&journal, profile, prompt});
  if (it == drafts_.end() || !it->second.dirty) return journal.status().ok;
  return save(journal, it->first, it->second);
}

int AnswerDrafts::save_due(Journal& journal, double now) {
  int saved = 0;
  for (auto& [key, draft] : drafts_)
    if (std::get<0>(key) == &journal && draft.dirty && now - draft.changed_at >= kAnswerSaveDelay) {
      save(journal, key, draft);
      ++saved;
    }
  return saved;
}

int AnswerDrafts::flush(Journal& journal) {
  int saved = 0;
  for (auto it = drafts_.begin(); it != drafts_.end();) {
    if (std::get<0>(it->first) != &journal) {
      ++it;
      continue;
    }
    if (it->second.dirty) {
      save(journal, it->first, it->second);
      ++saved;
    }
    it = drafts_.erase(it);
  }
  return saved;
}

void AnswerDrafts::forget(Journal& journal, std::int64_t profile, const std::string& prompt) {
  drafts_.erase(Key{&journal, profile, prompt});
}

bool AnswerDrafts::unsaved(const Journal& journal, std::int64_t profile, const std::string& prompt) const {
  auto it = drafts_.find(Key{&journal, profile, prompt});
  return it != drafts_.end() && it->second.dirty;
}

int AnswerDrafts::unsaved_count(const Journal& journal) const {
  int n = 0;
  for (const auto& [key, draft] : drafts_)
    if (std::get<0>(key) == &journal && draft.dirty) ++n;
  return n;
}

double answer_clock() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

}  // namespace lineage
