// Story mode: commands, timing and saving. Each command becomes one runtime call; after it the
// reader's progress, answers and content-care choices are written to her journal profile, so
// quitting and starting again resumes at the same beat.
#include <algorithm>
#include <sstream>

#include "core/runtime/care.hpp"
#include "scenes/story/story_scene.hpp"
#include "scenes/story/story_view.hpp"

namespace lineage {

std::unique_ptr<Scene> make_story_scene() { return std::make_unique<StoryScene>(); }

// ---------------------------------------------------------------- runtime and journal

RuntimeOptions StoryScene::runtime_options(AppState& state) const {
  RuntimeOptions o;
  o.reading_limit = state.reading_limit();
  CarePreferences care = load_care(state.journal, state.profile);
  o.quiet = std::move(care.quiet);
  o.remembered = std::move(care.remembered);
  return o;
}

void StoryScene::ensure_runtime(AppState& state) {
  if (!moods_loaded_) {
    moods_ = load_theme(state.assets_dir / "moods.conf").theme;
    moods_loaded_ = true;
  }
  if (!rt_ || story_ != state.story || profile_ != state.profile) {
    std::string carried = rt_ && profile_ == state.profile ? serialise(rt_->state()) : std::string();
    story_ = state.story;
    profile_ = state.profile;
    rt_ = std::make_unique<StoryRuntime>(*story_, runtime_options(state));
    limit_ = state.reading_limit();
    if (carried.empty() && state.journal)
      if (auto progress = state.journal->progress(state.profile)) carried = progress->state;
    if (!carried.empty()) rt_->resume(carried);
    saved_progress_ = serialise(rt_->state());
    saved_quiet_ = join_quiet(rt_->options().quiet);
    saved_remember_ = join_remembered(rt_->options().remembered);
    saved_answers_ = rt_->state();
    moved();
  }
  if (state.reading_limit() != limit_) {  // the reader moved her milestone
    limit_ = state.reading_limit();
    RuntimeOptions o = rt_->options();
    o.reading_limit = limit_;
    rt_->set_options(o);
    rt_->resume(serialise(rt_->state()));  // re-checks the position against the new limit
    moved();
  }
  if (!state.selected_moment.empty() && state.selected_moment != last_selected_) {
    last_selected_ = state.selected_moment;
    if (state.selected_moment != rt_->state().moment && rt_->jump_to(story_->moment(state.selected_moment))) moved();
  }
}

// Story mode saves an answer the way every other screen does: through the app's drafts, so the
// same prompt open on a card is the same answer, and a journal that cannot write keeps it.
template <typename Change>
static void save_answer(AppState& state, const std::string& prompt, Change change) {
  change(state.drafts.edit(*state.journal, state.profile, prompt));
  state.drafts.changed(*state.journal, state.profile, prompt, answer_clock());
  state.drafts.save_now(*state.journal, state.profile, prompt);
}

void StoryScene::save(AppState& state) {
  if (!rt_) return;
  const RuntimeState& s = rt_->state();
  if (!s.moment.empty()) last_selected_ = state.selected_moment = s.moment;  // the shared selection follows
  if (!state.journal) return;
  std::string progress = serialise(s);
  if (progress != saved_progress_) {
    state.journal->save_progress(state.profile, Progress{s.moment, s.beat, progress});
    saved_progress_ = progress;
  }
  // Answers are written when the reader leaves their prompt, so trying options is not a revision.
  const Beat* here = rt_->beat();
  auto at_prompt = [&](const std::string& id) {
    return here && here->kind == BeatKind::Prompt && story_->prompts[here->prompt].id == id;
  };
  for (const auto& [prompt, e] : s.evidence) {
    auto old = saved_answers_.evidence.find(prompt);
    if (at_prompt(prompt) || (old != saved_answers_.evidence.end() && old->second == e)) continue;
    save_answer(state, prompt, [&](Answer& a) {
      a.option = reading_id(e.reading);
      a.confidence = e.confidence;
    });
    saved_answers_.evidence[prompt] = e;
  }
  for (const auto& [prompt, option] : s.choices) {
    auto old = saved_answers_.choices.find(prompt);
    if (at_prompt(prompt) || (old != saved_answers_.choices.end() && old->second == option)) continue;
    save_answer(state, prompt, [&](Answer& a) { a.option = option; });
    saved_answers_.choices[prompt] = option;
  }
  for (const auto& [prompt, point] : s.scales) {
    auto old = saved_answers_.scales.find(prompt);
    if (at_prompt(prompt) || (old != saved_answers_.scales.end() && old->second == point)) continue;
    save_answer(state, prompt, [&](Answer& a) { a.scale = point; });
    saved_answers_.scales[prompt] = point;
  }
  std::string quiet = join_quiet(rt_->options().quiet), kept = join_remembered(rt_->options().remembered);
  if (quiet != saved_quiet_ && state.journal->set_setting(state.profile, kQuietSetting, quiet)) saved_quiet_ = quiet;
  if (kept != saved_remember_ && state.journal->set_setting(state.profile, kRememberSetting, kept))
    saved_remember_ = kept;
}

// ---------------------------------------------------------------- scene interface

void StoryScene::enter(AppState& state) {
  ensure_runtime(state);
  // Another screen (the timeline's card) may have kept a content-care choice since: take it up,
  // so it holds here and is not written over by the older copy.
  CarePreferences care = load_care(state.journal, state.profile);
  RuntimeOptions o = rt_->options();
  o.quiet = care.quiet;
  o.remembered = care.remembered;
  rt_->set_options(o);
  saved_quiet_ = join_quiet(o.quiet);
  saved_remember_ = join_remembered(o.remembered);
  moved();
}

void StoryScene::story_changed(AppState& state) {
  if (rt_) ensure_runtime(state);
}

void StoryScene::moved() {
  beat_clock_ = 0;
  hits_.clear();
  if (rt_ && rt_->state().moment != care_for_) {
    care_for_ = rt_->state().moment;
    care_remember_ = false;
    care_choice_ = 0;
  }
}

float StoryScene::reveal() const {
  if (reduced_motion_ || !rt_) return 1.0f;
  double hold = std::min(2.0, rt_->pause_before() * 0.6);
  return static_cast<float>(std::clamp((beat_clock_ - hold) / 0.7, 0.0, 1.0));
}

bool StoryScene::update(double dt, AppState& state) {
  ensure_runtime(state);
  apply_pending(state);
  reduced_motion_ = state.settings.reduced_motion;
  beat_clock_ += dt;
  picture_clock_ += dt;
  if (rt_->state().tableau != picture_) {
    picture_ = rt_->state().tableau;
    picture_clock_ = 0;
  }
  return !reduced_motion_;  // the tableaux breathe (snow, a mobile); still with reduced motion
}

void StoryScene::next(AppState& state) {
  if (rt_->state().stage == Stage::Care) {
    if (care_choice_ == 1 && story_->moments[rt_->moment()].gentle_summary.empty()) care_choice_ = 0;
    rt_->decide_care(static_cast<CareChoice>(care_choice_), care_remember_);
  } else {
    rt_->next();
  }
  moved();
  save(state);
}

void StoryScene::choose_step(int delta, AppState& state) {
  (void)state;
  const RuntimeState& s = rt_->state();
  if (s.stage == Stage::Care) {
    care_choice_ = (care_choice_ + delta + 3) % 3;
    return;
  }
  const Beat* beat = rt_->beat();
  if (!beat) return;
  if (beat->kind == BeatKind::Perspective) {
    auto lenses = rt_->lenses(rt_->moment());
    auto at = std::find(lenses.begin(), lenses.end(), rt_->lens());
    int i = at == lenses.end() ? 0 : static_cast<int>(at - lenses.begin());
    if (!lenses.empty()) rt_->set_lens(lenses[static_cast<std::size_t>((i + delta + static_cast<int>(lenses.size())) % static_cast<int>(lenses.size()))]);
    return;
  }
  if (beat->kind != BeatKind::Prompt) return;
  const Prompt& prompt = story_->prompts[beat->prompt];
  if (prompt.kind == PromptKind::Evidence) {
    auto e = s.evidence.find(prompt.id);
    int i = e == s.evidence.end() ? (delta > 0 ? -1 : 0) : static_cast<int>(e->second.reading);
    int conf = e == s.evidence.end() ? 3 : e->second.confidence;
    rt_->weigh(prompt.id, static_cast<Reading>((i + delta + 4) % 4), conf);
  } else if (prompt.kind == PromptKind::Choice && !prompt.options.empty()) {
    int n = static_cast<int>(prompt.options.size()), i = delta > 0 ? -1 : 0;
    if (auto c = s.choices.find(prompt.id); c != s.choices.end())
      for (int k = 0; k < n; ++k)
        if (prompt.options[static_cast<std::size_t>(k)].id == c->second) i = k;
    rt_->choose(prompt.id, prompt.options[static_cast<std::size_t>((i + delta + n) % n)].id);
  } else if (prompt.kind == PromptKind::Scale) {
    auto c = s.scales.find(prompt.id);
    int point = c == s.scales.end() ? (prompt.scale_points + 1) / 2 : std::clamp(c->second + delta, 1, prompt.scale_points);
    rt_->set_scale(prompt.id, point);
  }
}

void StoryScene::confidence_step(int delta) {
  const Beat* beat = rt_->beat();
  if (!beat || beat->kind != BeatKind::Prompt) return;
  const Prompt& prompt = story_->prompts[beat->prompt];
  auto e = rt_->state().evidence.find(prompt.id);
  if (prompt.kind != PromptKind::Evidence || e == rt_->state().evidence.end()) return;
  rt_->weigh(prompt.id, e->second.reading, e->second.confidence + delta);
}

void StoryScene::click(const StoryHit& h, AppState& state) {
  const Beat* beat = rt_->beat();
  const Prompt* prompt = beat && beat->kind == BeatKind::Prompt ? &story_->prompts[beat->prompt] : nullptr;
  switch (h.kind) {
    case StoryHit::Kind::Option:
      if (!prompt) break;
      if (prompt->kind == PromptKind::Evidence) {
        auto e = rt_->state().evidence.find(prompt->id);
        rt_->weigh(prompt->id, static_cast<Reading>(h.value), e == rt_->state().evidence.end() ? 3 : e->second.confidence);
      } else if (prompt->kind == PromptKind::Choice) {
        rt_->choose(prompt->id, h.text);
      } else if (prompt->kind == PromptKind::Scale) {
        rt_->set_scale(prompt->id, h.value);
      }
      break;
    case StoryHit::Kind::Confidence:
      if (prompt)
        if (auto e = rt_->state().evidence.find(prompt->id); e != rt_->state().evidence.end())
          rt_->weigh(prompt->id, e->second.reading, h.value);
      break;
    case StoryHit::Kind::Lens: rt_->set_lens(h.text); break;
    case StoryHit::Kind::Care:
      care_choice_ = h.value;
      next(state);
      return;
    case StoryHit::Kind::Remember: care_remember_ = !care_remember_; break;
    case StoryHit::Kind::Replay:
      if (h.value == 0) rt_->start(rt_->state().order);
      else rt_->replay_keeping_choices();
      moved();
      break;
  }
  save(state);
}

void StoryScene::apply_pending(AppState& state) {
  bool changed = false;
  if (pending_rollback_ >= 0) changed |= rt_->rollback_to(static_cast<std::size_t>(pending_rollback_));
  if (pending_jump_ >= 0) changed |= rt_->jump_to(pending_jump_);
  if (pending_order_ >= 0) {
    rt_->set_order(static_cast<StoryOrder>(pending_order_));
    changed = true;
  }
  pending_rollback_ = pending_jump_ = pending_order_ = -1;
  if (changed) {
    moved();
    save(state);
  }
}

void StoryScene::handle(const Command& command, AppState& state) {
  using K = Command::Kind;
  ensure_runtime(state);
  const Stage stage = rt_->state().stage;
  switch (command.kind) {
    case K::Next: case K::Open:
      next(state);
      return;
    case K::Prev:
      if (rt_->prev()) moved();
      break;
    case K::Up: choose_step(-1, state); break;
    case K::Down: choose_step(+1, state); break;
    case K::ZoomIn: confidence_step(+1); break;
    case K::ZoomOut: confidence_step(-1); break;
    case K::Back:
      history_open_ = chapters_open_ = notes_open_ = picture_only_ = false;
      break;
    case K::FocusPanel:  // Tab at an open question: the keyboard goes to its answer field
      focus_answer_ = true;
      break;
    case K::Action:
      if (command.is_action(kStoryHistory)) history_open_ = !history_open_;
      if (command.is_action(kStoryChapters)) chapters_open_ = !chapters_open_;
      if (command.is_action(kStoryNotes)) notes_open_ = !notes_open_;
      if (command.is_action(kStoryPicture)) picture_only_ = !picture_only_;
      if (command.is_action(kStoryLens)) choose_step(+1, state);
      if (command.is_action(kStoryKeep)) {
        if (stage == Stage::Care) care_remember_ = !care_remember_;
        else if (stage == Stage::Reading) click(StoryHit{{}, {}, StoryHit::Kind::Replay, 1, {}}, state);
      }
      if (command.is_action(kStoryFresh) && stage == Stage::Reading)
        click(StoryHit{{}, {}, StoryHit::Kind::Replay, 0, {}}, state);
      break;
    case K::PointerDown: {
      if (command.clicks < 1) break;
      for (auto it = hits_.rbegin(); it != hits_.rend(); ++it)
        if (command.x >= it->min.x && command.x <= it->max.x && command.y >= it->min.y && command.y <= it->max.y) {
          StoryHit h = *it;
          click(h, state);
          return;
        }
      next(state);
      return;
    }
    default: break;
  }
  save(state);
}

}  // namespace lineage
