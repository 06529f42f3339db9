// Speech, the SDL-free part: what a voice is, what a reader chose, audio as samples in memory,
// and the interfaces the engines (engine/speech) and the sound output (engine/platform) fill
// in. Tests replace either with their own.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

namespace lineage {

// One installed voice of one engine. `name` is what --voice and the voice menu take
// ("espeak-en-gb", "flite-slt"); it is unique across engines.
struct Voice {
  std::string name;
  std::string engine;       // "espeak-ng" or "flite"
  std::string language;     // "en-gb", "en-us", ...
  std::string description;  // "eSpeak NG, English (Great Britain)"
  std::string engine_id;    // what the engine itself calls it ("gmw/en-GB-x-rp")
};

// How a reader wants to hear: a voice (empty: flite-rms, or the first installed) at a rate and a pitch.
struct VoiceChoice {
  std::string voice;
  int rate = 170;   // words a minute, kRateMin..kRateMax
  int pitch = 50;   // 0..100, 50 the voice's own
  static constexpr int kRateMin = 80, kRateMax = 400;
};

// Mono 16-bit PCM.
struct Audio {
  int sample_rate = 22050;
  std::vector<std::int16_t> samples;
  double seconds() const { return sample_rate > 0 ? static_cast<double>(samples.size()) / sample_rate : 0; }
};

// A speech engine (or several behind one face). Synthesis may be slow: callers run it off the
// frame thread. `cancel`, when set, stops it early (returns false with error "cancelled").
class Synthesizer {
 public:
  virtual ~Synthesizer() = default;
  virtual std::vector<Voice> voices() = 0;
  // Appends the speech for `text` to `out` (converting to out.sample_rate's rate is the
  // caller's job: out.sample_rate is set by the first call on an empty `out`).
  virtual bool synthesize(const std::string& text, const VoiceChoice& choice, Audio& out, std::string& error,
                          const std::atomic<bool>* cancel = nullptr) = 0;
};

// Where finished speech goes: a sound card (engine/platform), a WAV file, a test's buffer.
// Called on the app's thread only.
class AudioSink {
 public:
  virtual ~AudioSink() = default;
  virtual void play(const Audio& chunk) = 0;  // queued after what is playing
  virtual void stop() = 0;                    // silence now, drop what is queued
  virtual double queued_seconds() const = 0;  // still to be heard
};

}  // namespace lineage
