// Story mode: commands, timing and saving. Each command becomes one runtime call; after it the
// reader's progress, answers and content-care choices are written to her journal profile, so
// quitting and starting again resumes at the same beat.
#include <algorithm>

#include "core/runtime/care.hpp"
#include "scenes/story/story_scene.hpp"
#include "scenes/story/story_view.hpp"
#include "scenes/widgets/fade.hpp"

namespace lineage {

std::unique_ptr<Scene> make_story_scene() { return std::make_unique<StoryScene>(); }

// ---------------------------------------------------------------- runtime and journal

void StoryScene::ensure_runtime(AppState& state) {
  if (!moods_loaded_) {
    moods_ = load_theme(state.assets_dir / "moods.conf").theme;
    moods_loaded_ = true;
  }
  if (!rt_ || story_ != state.story || profile_ != state.profile) {
    std::string carried = rt_ && profile_ == state.profile ? serialise(rt_->state()) : std::string();
    story_ = state.story;
    profile_ = state.profile;
    rt_ = std::make_unique<StoryRuntime>(*story_, StoryJournal::options(state.journal, state.profile, state.reading_limit()));
    limit_ = state.reading_limit();
    if (carried.empty()) carried = StoryJournal::saved_place(state.journal, state.profile);
    if (!carried.empty()) rt_->resume(carried);
    saved_.mark_saved(*rt_);
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

void StoryScene::save(AppState& state) {
  if (!rt_) return;
  const RuntimeState& s = rt_->state();
  if (!s.moment.empty()) last_selected_ = state.selected_moment = s.moment;  // the shared selection follows
  if (state.journal) saved_.save(*state.journal, state.drafts, state.profile, *story_, *rt_, answer_clock());
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
  saved_.mark_care_saved(o);
  moved();
}

std::string StoryScene::voiced_summary(const AppState&) const {
  const std::string keys = " Right or Space goes on, Left goes back; V reads the beat aloud.";
  int m = rt_ ? rt_->moment() : -1;
  if (m < 0 || m >= static_cast<int>(story().moments.size())) return "Your reading: the end of the story so far." + keys;
  return story().moments[static_cast<std::size_t>(m)].title + "." + keys;
}

void StoryScene::story_changed(AppState& state) {
  if (rt_) ensure_runtime(state);
}

void StoryScene::moved() {
  beat_clock_ = 0;
  speak_pending_ = true;
  hits_.clear();
  if (rt_ && rt_->state().moment != care_for_) {
    care_for_ = rt_->state().moment;
    care_remember_ = false;
    care_choice_ = 0;
  }
}

float caption_opacity(double seconds, double pause_before, bool reduced_motion) {
  return fade_in(seconds, 0.3 + std::clamp(pause_before, 0.0, 3.0) * 0.5, reduced_motion);
}

float StoryScene::reveal() const { return rt_ ? caption_opacity(beat_clock_, rt_->pause_before(), reduced_motion_) : 1.0f; }

bool StoryScene::update(double dt, AppState& state) {
  ensure_runtime(state);
  reduced_motion_ = state.settings.reduced_motion;
  beat_clock_ += dt;
  picture_clock_ += dt;
  state_clock_ += dt;
  speak_if_moved(state);
  if (rt_->state().tableau != picture_) {
    picture_ = rt_->state().tableau;
    picture_clock_ = 0;
    picture_state_ = rt_->state().tableau_state;
    state_clock_ = 1e9;  // a new tableau appears as it is, without a change to ease
  } else if (rt_->state().tableau_state != picture_state_) {
    picture_state_ = rt_->state().tableau_state;
    state_clock_ = 0;
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
    const int n = static_cast<int>(prompt.options.size());
    int i = delta > 0 ? -1 : 0;
    for (int k = 0; e != s.evidence.end() && k < n; ++k)
      if (prompt.options[static_cast<std::size_t>(k)].id == e->second.reading) i = k;
    int conf = e == s.evidence.end() ? 3 : e->second.confidence;
    if (n > 0) rt_->weigh(prompt.id, prompt.options[static_cast<std::size_t>((i + delta + n) % n)].id, conf);
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
  if (prompt.kind != PromptKind::Evidence || prompt.confidence.empty() || e == rt_->state().evidence.end()) return;
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
        if (h.value >= 0 && h.value < static_cast<int>(prompt->options.size()))
          rt_->weigh(prompt->id, prompt->options[static_cast<std::size_t>(h.value)].id,
                     e == rt_->state().evidence.end() ? 3 : e->second.confidence);
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

bool StoryScene::go_to(const Command& command) {
  if (command.is_action(kStoryRollback)) return rt_->rollback_to(static_cast<std::size_t>(std::max(0, command.value)));
  if (command.is_action(kStoryJump)) return rt_->jump_to(command.value);
  if (command.is_action(kStoryOrder)) {
    rt_->set_order(static_cast<StoryOrder>(command.value));
    return true;
  }
  return false;
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
    case K::Up: case K::Down:
      choose_step(command.kind == K::Up ? -1 : +1, state);
      // What the arrows changed (a care option, an account) is said when self-voicing.
      if (state.voices.self_voicing && (stage == Stage::Care || (rt_->beat() && rt_->beat()->kind == BeatKind::Perspective)))
        speak_pending_ = true;
      break;
    case K::ZoomIn: confidence_step(+1); break;
    case K::ZoomOut: confidence_step(-1); break;
    case K::Back:
      history_open_ = chapters_open_ = notes_open_ = picture_only_ = false;
      break;
    case K::FocusPanel:  // Tab at an open question: the keyboard goes to its answer field
      focus_answer_ = true;
      break;
    case K::Action:
      if (go_to(command)) moved();
      if (command.is_action(kStoryHistory)) history_open_ = !history_open_;
      if (command.is_action(kStoryChapters)) chapters_open_ = !chapters_open_;
      if (command.is_action(kStoryNotes)) notes_open_ = !notes_open_;
      if (command.is_action(kStoryPicture)) picture_only_ = !picture_only_;
      if (command.is_action(kStoryLens)) {
        choose_step(+1, state);
        speak_pending_ = true;  // the other account, read if reading along
      }
      if (command.is_action(kStoryRead)) read_aloud(state);
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
