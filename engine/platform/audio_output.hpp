// Sound out through SDL audio: speech as 16-bit mono at the speech engines' rate, queued with
// SDL_QueueAudio (no callback thread of ours). A machine with no sound device (sound off, CI)
// gets no AudioOutput and an error to say once; nothing else changes.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "core/speech/voice.hpp"

namespace lineage {

class AudioOutput : public AudioSink {
 public:
  // Opens the default device at `sample_rate`. Null with `error` if there is none.
  static std::unique_ptr<AudioOutput> open(int sample_rate, std::string& error);
  ~AudioOutput() override;
  void play(const Audio& chunk) override;
  void stop() override;
  double queued_seconds() const override;

 private:
  AudioOutput() = default;
  std::uint32_t device_ = 0;
  int sample_rate_ = 0;
};

}  // namespace lineage
