// Story mode read aloud: the words of what is on screen now (the care card's question and its
// options, a beat in the account the reader picked, a summary), taken from the story and the
// screen's own labels, never made up. V reads them; "read each beat" and self-voicing read
// each as it appears; a move stops what was being read.
#include "core/speech/speech_text.hpp"
#include "scenes/story/story_scene.hpp"
#include "scenes/story/story_view.hpp"

namespace lineage {
namespace {
constexpr const char* kCareOptions[3] = {"Show it", "Show a gentle summary instead", "Skip to the next moment"};
}

StorySpeech StoryScene::spoken_now() const {
  StorySpeech out;
  if (!rt_) return out;
  const RuntimeState& s = rt_->state();
  int m = rt_->moment();
  const Moment* moment = m >= 0 ? &story().moments[static_cast<std::size_t>(m)] : nullptr;
  switch (s.stage) {
    case Stage::Care: {
      if (!moment) break;
      out.words = "Before the next moment: " + moment->title + ". This moment deals with: ";
      for (int n : moment->content_notes)
        if (n >= 0 && static_cast<std::size_t>(n) < story().content_notes.size())
          out.words += story().content_notes[static_cast<std::size_t>(n)].label + ". ";
      out.words += "Up and Down choose, Right goes on. Now chosen: " + std::string(kCareOptions[care_choice_]) + ", " +
                   std::to_string(care_choice_ + 1) + " of 3.";
      break;
    }
    case Stage::Summary: {
      if (!moment) break;
      auto care = s.care.find(moment->id);
      bool gentle = care != s.care.end() && care->second == CareChoice::Gentle && !moment->gentle_summary.empty();
      out.words = (gentle ? "A gentle summary, as you asked. " : "In brief. ") + (gentle ? moment->gentle_summary : moment->summary);
      out.may_advance = true;
      break;
    }
    case Stage::Beat: {
      const Beat* beat = rt_->beat();
      if (!beat) break;
      Beat shown = *beat;
      // A perspective beat is read in the account the reader picked (L or Up/Down), as drawn.
      if (beat->kind == BeatKind::Perspective && rt_->lens() != beat->perspective && m >= 0) {
        shown.perspective = rt_->lens();
        shown.text.clear();
        for (const Beat& b : moment->beats)
          if (b.kind == BeatKind::Perspective && b.perspective == shown.perspective && rt_->holds(b))
            shown.text += (shown.text.empty() ? "" : " ") + b.text;
      }
      Utterance u = beat_utterance(story(), shown);
      out.words = u.text;
      out.role = u.role;
      out.may_advance = beat->kind != BeatKind::Prompt;
      if (beat->kind == BeatKind::Prompt) {
        const Prompt& prompt = story().prompts[static_cast<std::size_t>(beat->prompt)];
        out.words += prompt.kind == PromptKind::Open ? " Tab to write an answer." : " Up and Down choose.";
      }
      break;
    }
    case Stage::Reading: out.words = "Your reading. The end of the story so far."; break;
  }
  return out;
}

void StoryScene::speak_if_moved(AppState& state) {
  if (!speak_pending_) return;
  speak_pending_ = false;
  if (!state.voices.read_each_beat && !state.voices.self_voicing) {
    state.outbox.post(Command::speak(""));  // the reader moved on: stop reading the old beat
    return;
  }
  StorySpeech now = spoken_now();
  state.outbox.post(Command::speak(now.words, now.role, now.may_advance));
}

void StoryScene::read_aloud(AppState& state) {
  StorySpeech now = spoken_now();
  state.outbox.post(Command::speak(now.words, now.role, now.may_advance));
}

}  // namespace lineage
