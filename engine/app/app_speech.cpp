// The app's side of reading aloud: it owns the speech service and the sound output, turns
// Speak commands into requests (a newer one always replaces an older), hands finished audio
// to the sound card between frames, moves story mode on when a reading ends (if the reader
// asked), keeps each reader's voices in her journal settings, and speaks, with self-voicing
// on, what changed on screen. Nothing here waits for synthesis.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <utility>

#include "app/app.hpp"
#include "core/model/visibility.hpp"
#include "core/speech/wav.hpp"
#include "platform/audio_output.hpp"
#include "speech/speech_engines.hpp"
#include "speech/speech_service.hpp"

namespace lineage {
namespace {

// --speech-out: everything said in an offscreen run, end to end, with a short gap between
// requests so a listener hears where one ends.
class RecordingSink : public AudioSink {
 public:
  Audio audio;
  void play(const Audio& chunk) override {
    audio.sample_rate = chunk.sample_rate;
    audio.samples.insert(audio.samples.end(), chunk.samples.begin(), chunk.samples.end());
  }
  void stop() override {}
  double queued_seconds() const override { return 0; }
  void gap() { audio.samples.insert(audio.samples.end(), static_cast<std::size_t>(kSpeechRate / 4), 0); }
};

std::vector<std::string> voice_roles(const Story& story) {
  std::vector<std::string> roles{"interpretation"};
  for (const Person& p : story.people) roles.push_back(p.id);
  return roles;
}

}  // namespace

void App::start_speech() {
  // Offscreen runs speak only when asked to record it (the tests of self-voicing do).
  if (state_.offscreen && options_.speech_out.empty()) return;
  if (state_.offscreen) {
    sound_ = std::make_unique<RecordingSink>();
  } else {
    std::string error;
    sound_ = AudioOutput::open(kSpeechRate, error);
    if (!sound_) {
      // Said once, here; the status bar repeats it the first time the reader asks to listen.
      std::fprintf(stderr, "lineage: %s; reading aloud is off\n", error.c_str());
      no_sound_ = "No sound device: reading aloud is off";
      return;
    }
  }
  speech_ = std::make_unique<SpeechService>(std::make_unique<SpeechEngines>());
}

void App::stop_speech() {
  if (speech_) speech_->stop();
  if (sound_) sound_->stop();
  advance_after_ = 0;
}

void App::speak(const std::string& given, const std::string& role, bool may_advance) {
  // A screen just announced leads what that screen says first (its beat, its selection).
  std::string words = speakable(announce_.empty() ? given : announce_ + " " + given);
  announce_.clear();
  if (words.empty() || words == " ") return stop_speech();
  if (!speech_) {
    if (!no_sound_.empty()) state_.status = no_sound_;
    return;
  }
  if (sound_) sound_->stop();
  if (auto* recorder = dynamic_cast<RecordingSink*>(sound_.get()); recorder && !recorder->audio.samples.empty()) recorder->gap();
  if (!given.empty()) ++speeches_;  // a screen's name alone is no reason to keep a label unsaid
  if (spoken_.size() >= 200) spoken_.erase(spoken_.begin());
  spoken_.push_back(words);
  VoiceChoice choice = state_.voices.for_role(role);
  // A voice the story script gives a person (`voice:`), unless the reader chose her own for
  // that account; used only if it is installed here.
  int person = role.empty() ? -1 : state_.story->person(role);
  auto reader_chose = state_.voices.by_role.find(role);
  if (person >= 0 && (reader_chose == state_.voices.by_role.end() || reader_chose->second.empty())) {
    const std::string& scripted = state_.story->people[static_cast<std::size_t>(person)].voice;
    for (const Voice& v : state_.installed_voices)
      if (v.name == scripted) choice.voice = scripted;
  }
  std::uint64_t id = speech_->say({{words, choice}});
  advance_after_ = may_advance ? id : 0;
}

void App::pump_speech() {
  if (!speech_) return;
  if (state_.installed_voices.empty() && speech_->listed()) {
    state_.installed_voices = speech_->voices();
    if (state_.installed_voices.empty()) std::fprintf(stderr, "lineage: no speech voice could start; reading aloud is off\n");
  }
  std::uint64_t finished = speech_->pump(sound_.get());
  // A reading heard to its end moves story mode on, if the reader asked; a key pressed since
  // cleared advance_after_ (the clicker always wins).
  if (finished && finished == advance_after_ && state_.voices.auto_advance && scene_name() == "story")
    state_.outbox.post(Command::simple(Command::Kind::Next));
  if (finished == advance_after_) advance_after_ = 0;
}

// The present scene's end-of-countdown cue, which the teacher turns on: a soft two-note chime,
// made here rather than read from a file, through the sound output reading aloud uses (after
// any reading already queued). No sound device: silent, as reading aloud is.
void App::play_chime() {
  if (!sound_) return;
  constexpr double kPi = 3.14159265358979;
  Audio chime;
  chime.sample_rate = kSpeechRate;
  chime.samples.resize(static_cast<std::size_t>(kSpeechRate * 0.9));
  for (std::size_t i = 0; i < chime.samples.size(); ++i) {
    double t = static_cast<double>(i) / kSpeechRate, v = 0;
    for (auto [start, hz] : {std::pair{0.0, 659.25}, std::pair{0.18, 880.0}}) {  // E5, then A5
      double u = t - start;
      if (u < 0) continue;
      double envelope = std::min(1.0, u / 0.01) * std::exp(-u / 0.22);  // no click, a soft decay
      v += 0.16 * envelope * std::sin(2 * kPi * hz * u);
    }
    chime.samples[i] = static_cast<std::int16_t>(std::clamp(v, -1.0, 1.0) * 32767);
  }
  sound_->play(chime);
}

bool App::speech_busy() const { return speech_ && speech_->busy(); }

void App::finish_speech_offscreen() {
  if (!speech_) return;
  // Offscreen only (never a frame): each step's words are made before the next key, as a
  // listener would hear them before pressing on.
  for (int i = 0; i < 8; ++i) {
    speech_->wait_synthesised(60);
    pump_speech();
    if (!speech_->busy() && state_.outbox.empty()) break;
    frame(1.0 / 60.0, false);
  }
}

std::string App::write_speech_out() {
  auto* recorder = dynamic_cast<RecordingSink*>(sound_.get());
  if (!recorder) return "";
  finish_speech_offscreen();
  recorder->audio.sample_rate = kSpeechRate;
  if (std::string error = write_wav(options_.speech_out, recorder->audio); !error.empty()) return error;
  // Beside the recording, what it says, one utterance a line: a reviewer can read what a
  // listener heard, and a test can check it.
  std::filesystem::path transcript = options_.speech_out;
  transcript.replace_extension(".txt");
  std::error_code ec;
  auto kind = std::filesystem::symlink_status(transcript, ec).type();
  if (kind != std::filesystem::file_type::not_found && kind != std::filesystem::file_type::regular)
    return transcript.string() + " is not a regular file; left as it is";
  std::ofstream out(transcript, std::ios::binary | std::ios::trunc);
  for (const std::string& said : spoken_) out << said << '\n';
  out.close();
  if (!out) return "cannot write " + transcript.string();
  return "";
}

void App::load_reader_voices() {
  if (voices_for_ == state_.profile || !state_.journal) return;
  voices_for_ = state_.profile;
  std::map<std::string, std::string> kept;
  for (const std::string& key : voice_setting_keys(voice_roles(*state_.story)))
    if (auto v = state_.journal->setting(state_.profile, key)) kept[key] = *v;
  state_.voices = parse_voice_settings(kept);
  if (!options_.voice.empty()) state_.voices.main.voice = options_.voice;
  if (options_.self_voicing) state_.voices.self_voicing = true;
}

void App::save_reader_voices() {
  if (!state_.journal) return;
  for (const auto& [key, value] : voice_settings(state_.voices)) state_.journal->set_setting(state_.profile, key, value);
}

void App::toggle_self_voicing() {
  state_.voices.self_voicing = !state_.voices.self_voicing;
  save_reader_voices();
  voiced_scene_ = current_ >= 0 ? table_[current_].name : "";
  voiced_moment_ = state_.selected_moment;
  speak(state_.voices.self_voicing
            ? "Self-voicing on. " + std::string(table_[current_].title) + ". " + scenes_[current_]->voiced_summary(state_)
            : "Self-voicing off.");
}

// Self-voicing: what changed that a reader who cannot see the screen needs to hear. Scenes
// speak their own cards and beats; the app speaks the screen and the timeline's selection.
void App::voice_changes() {
  if (!state_.voices.self_voicing || current_ < 0) return;
  // An answer that was waiting is now in the journal: say so (the screens show "saved").
  int unsaved = state_.journal ? state_.drafts.unsaved_count(*state_.journal) : 0;
  if (unsaved < unsaved_answers_ && state_.journal->status().ok) speak("Your answer is saved.");
  unsaved_answers_ = unsaved;
  const std::string scene = table_[current_].name;
  if (!announce_.empty() && --announce_frames_ <= 0) speak("");  // nothing followed it: the title alone
  if (scene != voiced_scene_) {
    voiced_scene_ = scene;
    voiced_moment_ = state_.selected_moment;
    announce_ = std::string(table_[current_].title) + ". " + scenes_[current_]->voiced_summary(state_);
    announce_frames_ = 3;
    return;
  }
  if (scene == "timeline" && state_.selected_moment != voiced_moment_) {
    voiced_moment_ = state_.selected_moment;
    int m = state_.story->moment(state_.selected_moment);
    if (m < 0 || !state_.can_see(m)) return;
    const Moment& moment = state_.story->moments[static_cast<std::size_t>(m)];
    // A content-noted moment is told by its gentle summary only: its card asks first.
    std::string words = moment.title + ". ";
    if (moment.content_notes.empty()) words += moment.summary;
    else if (!moment.gentle_summary.empty()) words += "A gentle summary: " + moment.gentle_summary;
    speak(words);
  }
}

// The menus, buttons, fields and dialogs of the ImGui panels, as the keyboard (or the mouse)
// reaches them. A scene that said something itself since the focus moved (a Reflections row
// with its state, a beat) has said more than the label would: then the label is not said.
void App::voice_focus(double dt) {
  if (!state_.voices.self_voicing || current_ < 0) return;
  bool changed = false;
  std::string words = focus_voice_.after_frame(dt, changed);
  if (changed) speeches_at_focus_ = speeches_;
  if (words.empty() || speeches_ != speeches_at_focus_) return;
  if (shown_menu_ != voiced_menu_ && !shown_menu_.empty()) words = shown_menu_ + " menu. " + words;
  voiced_menu_ = shown_menu_;
  speak(words);
  speeches_at_focus_ = speeches_;
}

}  // namespace lineage
