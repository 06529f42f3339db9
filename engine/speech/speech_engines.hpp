// The speech engines behind one Synthesizer: eSpeak NG (every English voice in espeak-ng-data)
// and Flite (its compiled-in CMU US voices). Both are Debian packages; synthesis is into
// memory, at one sample rate (kSpeechRate) whatever the voice's own. No SDL here.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/speech/voice.hpp"

namespace lineage {

inline constexpr int kSpeechRate = 22050;

// Each engine starts on first use. `problems` (after voices() was called) says which engine
// could not start and why, one line each ("espeak-ng: ..."); empty when both work.
class SpeechEngines : public Synthesizer {
 public:
  SpeechEngines();
  ~SpeechEngines() override;
  std::vector<Voice> voices() override;
  bool synthesize(const std::string& text, const VoiceChoice& choice, Audio& out, std::string& error,
                  const std::atomic<bool>* cancel = nullptr) override;
  std::vector<std::string> problems();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// eSpeak NG and Flite, separately (the tests ask each for its voices).
std::vector<Voice> espeak_voices(std::string& problem);
std::vector<Voice> flite_voices(std::string& problem);
bool espeak_synthesize(const std::string& text, const Voice& voice, const VoiceChoice& choice, Audio& out,
                       std::string& error, const std::atomic<bool>* cancel);
bool flite_synthesize(const std::string& text, const Voice& voice, const VoiceChoice& choice, Audio& out,
                      std::string& error, const std::atomic<bool>* cancel);
// Linear resampling to kSpeechRate, appended to `out`.
void append_resampled(const std::int16_t* samples, std::size_t count, int from_rate, Audio& out);

}  // namespace lineage
