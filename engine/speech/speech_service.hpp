// The speech service the app owns: synthesis on its own thread, sentence by sentence, so the
// first words play while the rest is made and a new request (the reader moved on) stops the
// old one at once. The app's frame only calls say()/stop() (they never wait for synthesis) and
// pump() (moves finished audio to the sound output). Nothing here blocks a frame.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/speech/voice.hpp"

namespace lineage {

struct SpeechPiece {
  std::string text;
  VoiceChoice choice;
};

class SpeechService {
 public:
  explicit SpeechService(std::unique_ptr<Synthesizer> synthesizer);
  ~SpeechService();
  SpeechService(const SpeechService&) = delete;
  SpeechService& operator=(const SpeechService&) = delete;

  // Replaces whatever is being said (cancelling it) with `pieces`, in order. Returns the
  // request's number (never 0).
  std::uint64_t say(std::vector<SpeechPiece> pieces);
  void stop();  // cancels synthesis; the caller also stops its sink
  // The voices, once the worker has listed them (empty until then; the first call starts it).
  std::vector<Voice> voices();
  bool listed() const;  // the worker has asked the engines for their voices

  // On the app's thread, once a frame: hands what is synthesised to `sink` (null: dropped).
  // Returns the number of a request that has been heard to its end since the last call
  // (synthesis done and `sink` empty), or 0.
  std::uint64_t pump(AudioSink* sink);
  bool busy() const;  // a request is being synthesised or waits to be played
  std::uint64_t current() const { return current_; }
  // Offscreen runs and tests only (never a frame): waits until the current request is fully
  // synthesised, at most `seconds`. True when it is.
  bool wait_synthesised(double seconds);
  std::string last_error();

 private:
  struct Chunk {
    std::uint64_t id = 0;
    Audio audio;
    bool last = false;
  };
  void run();

  std::unique_ptr<Synthesizer> synthesizer_;
  mutable std::mutex lock_;
  std::condition_variable wake_, done_;
  std::vector<SpeechPiece> request_;
  std::uint64_t requested_ = 0;  // the request the worker should do (under lock_)
  std::uint64_t synthesised_ = 0;  // the last request the worker finished (under lock_)
  std::deque<Chunk> ready_;
  std::atomic<bool> cancel_{false};
  bool quit_ = false;
  bool listed_ = false;
  std::vector<Voice> voices_;
  std::string last_error_;
  // App thread only.
  std::uint64_t current_ = 0;
  bool current_synthesised_ = true;
  bool reported_ = true;
  std::thread worker_;
};

}  // namespace lineage
