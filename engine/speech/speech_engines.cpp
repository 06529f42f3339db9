#include "speech/speech_engines.hpp"

#include <mutex>

namespace lineage {

void append_resampled(const std::int16_t* samples, std::size_t count, int from_rate, Audio& out) {
  if (count == 0 || from_rate <= 0) return;
  if (from_rate == kSpeechRate) {
    out.samples.insert(out.samples.end(), samples, samples + count);
    return;
  }
  const double step = static_cast<double>(from_rate) / kSpeechRate;
  for (double at = 0; at < static_cast<double>(count - 1); at += step) {
    std::size_t i = static_cast<std::size_t>(at);
    double f = at - static_cast<double>(i);
    out.samples.push_back(static_cast<std::int16_t>(samples[i] * (1 - f) + samples[i + 1] * f));
  }
}

struct SpeechEngines::Impl {
  std::mutex lock;
  bool listed = false;
  std::vector<Voice> voices;
  std::vector<std::string> problems;
  void list() {
    if (listed) return;
    listed = true;
    std::string problem;
    for (auto* engine : {&espeak_voices, &flite_voices}) {
      problem.clear();
      auto found = engine(problem);
      voices.insert(voices.end(), found.begin(), found.end());
      if (!problem.empty()) problems.push_back(problem);
    }
  }
};

SpeechEngines::SpeechEngines() : impl_(std::make_unique<Impl>()) {}
SpeechEngines::~SpeechEngines() = default;

std::vector<Voice> SpeechEngines::voices() {
  std::lock_guard<std::mutex> hold(impl_->lock);
  impl_->list();
  return impl_->voices;
}

std::vector<std::string> SpeechEngines::problems() {
  std::lock_guard<std::mutex> hold(impl_->lock);
  impl_->list();
  return impl_->problems;
}

bool SpeechEngines::synthesize(const std::string& text, const VoiceChoice& choice, Audio& out, std::string& error,
                               const std::atomic<bool>* cancel) {
  Voice voice;
  {
    std::lock_guard<std::mutex> hold(impl_->lock);
    impl_->list();
    if (impl_->voices.empty()) return error = "no speech engine could start", false;
    voice = impl_->voices.front();
    // The reader's voice, or else Flite's RMS (Flite is the more natural in English; the
    // bundled story reads Blythe's accounts in SLT, so the narrator differs from her).
    bool found = false;
    for (const Voice& v : impl_->voices)
      if (v.name == choice.voice) voice = v, found = true;
    if (!found && !choice.voice.empty()) return error = "no voice named '" + choice.voice + "' (lineage speak --list-voices)", false;
    if (!found)
      for (const Voice& v : impl_->voices)
        if (v.name == "flite-rms") voice = v;
  }
  return voice.engine == "flite" ? flite_synthesize(text, voice, choice, out, error, cancel)
                                 : espeak_synthesize(text, voice, choice, out, error, cancel);
}

}  // namespace lineage
