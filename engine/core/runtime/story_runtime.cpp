// Stepping, rollback and resume for story mode. Every move copies the current state, changes
// the copy and pushes it, so rollback is a pop and never has to undo anything by hand.
// No SDL here.
#include "core/runtime/story_runtime.hpp"

#include <algorithm>

#include "core/model/visibility.hpp"
#include "core/runtime/care.hpp"

namespace lineage {

StoryRuntime::StoryRuntime(const Story& story, RuntimeOptions options)
    : story_(&story), options_(std::move(options)) {
  start();
}

// ---------------------------------------------------------------- questions

int StoryRuntime::moment() const {
  return state().moment.empty() ? -1 : story_->moment(state().moment);
}

const Beat* StoryRuntime::beat() const {
  int m = moment();
  if (m < 0 || state().stage != Stage::Beat) return nullptr;
  const auto& beats = story_->moments[m].beats;
  int b = state().beat;
  return b >= 0 && b < static_cast<int>(beats.size()) ? &beats[b] : nullptr;
}

double StoryRuntime::pause_before() const {
  int m = moment();
  if (m < 0 || state().stage != Stage::Beat) return 0;
  const auto& beats = story_->moments[m].beats;
  double seconds = 0;
  for (int b = state().beat - 1; b >= 0; --b) {
    if (is_stop(story_->moments[m], b, state())) break;
    if (beats[b].kind == BeatKind::Pause && holds(beats[b])) seconds += beats[b].seconds;
  }
  return seconds;
}

std::vector<int> StoryRuntime::order() const {
  const std::vector<int>& all = state().order == StoryOrder::Telling && !story_->telling_order.empty()
                                    ? story_->telling_order
                                    : story_->chronological;
  std::vector<int> out;
  for (int m : all)
    if (moment_visible(*story_, m, options_.reading_limit)) out.push_back(m);
  return out;
}

bool StoryRuntime::holds(const Beat& beat) const { return holds(beat, state()); }

bool StoryRuntime::holds(const Beat& beat, const RuntimeState& s) const {
  for (const Condition& c : beat.conditions) {
    bool result = false;
    if (c.kind == Condition::Kind::ReachedMilestone) {
      result = milestone_visible(*story_, c.milestone, options_.reading_limit);
    } else if (c.prompt >= 0) {
      const std::string& prompt = story_->prompts[c.prompt].id;
      auto choice = s.choices.find(prompt);
      auto weighed = s.evidence.find(prompt);
      result = (choice != s.choices.end() && choice->second == c.option) ||
               (weighed != s.evidence.end() && c.option == weighed->second.reading);
    }
    if (result == c.negated) return false;
  }
  return true;
}

bool StoryRuntime::needs_care(int m) const { return wants_warning(*story_, m, options_.quiet); }

std::vector<std::string> StoryRuntime::lenses(int m) const {
  std::vector<std::string> out;
  if (m < 0) return out;
  for (const Beat& b : story_->moments[m].beats)
    if (b.kind == BeatKind::Perspective && holds(b) && std::find(out.begin(), out.end(), b.perspective) == out.end())
      out.push_back(b.perspective);
  return out;
}

std::string StoryRuntime::lens() const {
  int m = moment();
  if (m < 0) return {};
  auto chosen = state().lens.find(state().moment);
  if (chosen != state().lens.end()) {
    auto all = lenses(m);
    if (std::find(all.begin(), all.end(), chosen->second) != all.end()) return chosen->second;
  }
  const Beat* b = beat();
  return b && b->kind == BeatKind::Perspective ? b->perspective : std::string();
}

// ---------------------------------------------------------------- stepping (on a copy)

bool StoryRuntime::is_stop(const Moment& m, int b, const RuntimeState& s) const {
  if (b < 0 || b >= static_cast<int>(m.beats.size())) return false;
  const Beat& beat = m.beats[b];
  if (!holds(beat, s)) return false;
  auto care = s.care.find(m.id);
  bool gentle = care != s.care.end() && care->second == CareChoice::Gentle;
  switch (beat.kind) {
    case BeatKind::Prompt:
      return prompt_visible(*story_, beat.prompt, options_.reading_limit);
    case BeatKind::Narrate: case BeatKind::Say: case BeatKind::Quote: case BeatKind::Perspective:
      return !gentle;  // a gentle telling keeps only the moment's prompts
    case BeatKind::Tableau: case BeatKind::Pause:
      return false;
  }
  return false;
}

bool StoryRuntime::advance_in(RuntimeState& s, int m, int from) const {
  const Moment& moment = story_->moments[m];
  for (int b = from + 1; b < static_cast<int>(moment.beats.size()); ++b) {
    const Beat& beat = moment.beats[b];
    if (beat.kind == BeatKind::Tableau && holds(beat, s)) {
      // Another tableau starts in its first state; the same one keeps its state unless told.
      if (!beat.tableau.empty() && beat.tableau != s.tableau) s.tableau_state.clear();
      if (!beat.tableau.empty()) s.tableau = beat.tableau;
      if (!beat.mood.empty()) s.mood = beat.mood;
      if (!beat.state.empty()) s.tableau_state = beat.state;
    }
    if (is_stop(moment, b, s)) {
      s.stage = Stage::Beat;
      s.beat = b;
      return true;
    }
  }
  return false;
}

void StoryRuntime::enter(RuntimeState& s, int m) const {
  const Moment& moment = story_->moments[m];
  s.moment = moment.id;
  s.beat = -1;
  s.tableau = moment.visual.tableau;
  s.tableau_state.clear();
  s.mood = moment.visual.mood;
  s.care.erase(moment.id);
  CareChoice choice = CareChoice::Show;
  if (needs_care(m)) {
    auto kept = options_.remembered.find(moment.id);
    if (kept == options_.remembered.end()) {
      s.stage = Stage::Care;
      return;
    }
    choice = kept->second;
    s.care[moment.id] = choice;
  }
  if (choice == CareChoice::Skip) return enter_after(s, m);
  if (choice == CareChoice::Gentle) {
    s.stage = Stage::Summary;
    return;
  }
  if (!advance_in(s, m, -1)) s.stage = Stage::Summary;  // a moment with no beats: its summary
}

void StoryRuntime::enter_after(RuntimeState& s, int m) const {
  std::vector<int> visible = order();
  const std::vector<int>& all = s.order == StoryOrder::Telling && !story_->telling_order.empty()
                                    ? story_->telling_order
                                    : story_->chronological;
  auto at = std::find(all.begin(), all.end(), m);
  for (auto it = at == all.end() ? all.end() : at + 1; it != all.end(); ++it)
    if (std::find(visible.begin(), visible.end(), *it) != visible.end()) return enter(s, *it);
  finish(s);
}

void StoryRuntime::finish(RuntimeState& s) const {
  s.moment.clear();
  s.beat = -1;
  s.stage = Stage::Reading;
}

// ---------------------------------------------------------------- moves

void StoryRuntime::start(StoryOrder play_order) {
  RuntimeState s;
  s.order = play_order;
  history_.clear();
  history_.push_back(s);  // so order() reads the right order
  std::vector<int> visible = order();
  RuntimeState first = s;
  if (visible.empty()) finish(first);
  else enter(first, visible.front());
  history_.back() = first;
}

void StoryRuntime::replay_keeping_choices() {
  RuntimeState kept = state();
  start(kept.order);
  RuntimeState& s = history_.back();
  s.choices = kept.choices;
  s.scales = kept.scales;
  s.evidence = kept.evidence;
  s.lens = kept.lens;
  // Conditions may read the choices: settle the first position again with them in place.
  int m = moment();
  if (m >= 0) enter(s, m);
}

bool StoryRuntime::next() {
  RuntimeState s = state();
  int m = moment();
  switch (s.stage) {
    case Stage::Reading:
    case Stage::Care:
      return false;  // a card waits for decide_care()
    case Stage::Beat:
    case Stage::Summary:
      if (!advance_in(s, m, s.beat)) enter_after(s, m);
      break;
  }
  push(std::move(s));
  return true;
}

bool StoryRuntime::prev() {
  if (history_.size() <= 1) return false;
  history_.pop_back();
  return true;
}

bool StoryRuntime::rollback_to(std::size_t index) {
  if (index >= history_.size()) return false;
  history_.resize(index + 1);
  return true;
}

bool StoryRuntime::jump_to(int m) {
  if (!moment_visible(*story_, m, options_.reading_limit)) return false;
  RuntimeState s = state();
  enter(s, m);
  push(std::move(s));
  return true;
}

bool StoryRuntime::decide_care(CareChoice choice, bool remember) {
  int m = moment();
  if (m < 0 || state().stage != Stage::Care) return false;
  if (remember) options_.remembered[story_->moments[m].id] = choice;
  RuntimeState s = state();
  s.care[s.moment] = choice;
  if (choice == CareChoice::Skip) enter_after(s, m);
  else if (choice == CareChoice::Gentle) s.stage = Stage::Summary;
  else if (!advance_in(s, m, -1)) s.stage = Stage::Summary;
  push(std::move(s));
  return true;
}

void StoryRuntime::set_order(StoryOrder order) { history_.back().order = order; }

void StoryRuntime::choose(const std::string& prompt, const std::string& option) {
  history_.back().choices[prompt] = option;
}

void StoryRuntime::set_scale(const std::string& prompt, int point) { history_.back().scales[prompt] = point; }

void StoryRuntime::weigh(const std::string& prompt, const std::string& reading, int confidence) {
  history_.back().evidence[prompt] = EvidenceChoice{reading, std::clamp(confidence, 1, 5)};
}

void StoryRuntime::set_lens(const std::string& perspective) {
  if (!state().moment.empty()) history_.back().lens[state().moment] = perspective;
}

// ---------------------------------------------------------------- resume

bool StoryRuntime::resume(const std::string& saved) {
  std::optional<RuntimeState> loaded = deserialise(saved, *story_);
  if (!loaded) {
    start();
    return false;
  }
  RuntimeState s = *loaded;
  history_.assign(1, s);
  if (s.stage == Stage::Reading) {
    finish(history_.back());
    return true;
  }
  int m = story_->moment(s.moment);
  if (m < 0 || !moment_visible(*story_, m, options_.reading_limit)) {
    std::vector<int> visible = order();
    if (visible.empty()) finish(s);
    else enter(s, visible.front());
  } else {
    const Moment& moment = story_->moments[m];
    auto care = s.care.find(moment.id);
    bool valid = false;
    if (s.stage == Stage::Care) valid = needs_care(m);
    else if (s.stage == Stage::Beat) valid = is_stop(moment, s.beat, s);
    else if (s.stage == Stage::Summary) {
      RuntimeState probe = s;
      valid = (care != s.care.end() && care->second == CareChoice::Gentle) || !advance_in(probe, m, -1);
    }
    if (!valid) enter(s, m);
  }
  history_.back() = s;
  return true;
}

}  // namespace lineage
