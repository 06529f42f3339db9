#include "speech/speech_service.hpp"

#include <chrono>

#include "core/speech/speech_text.hpp"

namespace lineage {

SpeechService::SpeechService(std::unique_ptr<Synthesizer> synthesizer) : synthesizer_(std::move(synthesizer)) {
  worker_ = std::thread([this] { run(); });
}

SpeechService::~SpeechService() {
  {
    std::lock_guard<std::mutex> hold(lock_);
    quit_ = true;
    cancel_ = true;
  }
  wake_.notify_all();
  worker_.join();
}

std::uint64_t SpeechService::say(std::vector<SpeechPiece> pieces) {
  std::uint64_t id;
  {
    std::lock_guard<std::mutex> hold(lock_);
    id = ++requested_;
    request_ = std::move(pieces);
    cancel_ = true;  // the worker drops the old request at its next sentence or sample callback
    ready_.clear();
  }
  wake_.notify_all();
  current_ = id;
  current_synthesised_ = false;
  reported_ = false;
  return id;
}

void SpeechService::stop() {
  std::lock_guard<std::mutex> hold(lock_);
  ++requested_;
  request_.clear();
  cancel_ = true;
  ready_.clear();
  current_ = 0;
  current_synthesised_ = true;
  reported_ = true;
  wake_.notify_all();
}

std::vector<Voice> SpeechService::voices() {
  std::lock_guard<std::mutex> hold(lock_);
  return voices_;
}

bool SpeechService::listed() const {
  std::lock_guard<std::mutex> hold(lock_);
  return listed_;
}

std::string SpeechService::last_error() {
  std::lock_guard<std::mutex> hold(lock_);
  return last_error_;
}

void SpeechService::run() {
  // Listing the voices starts both engines: slow enough (tens of ms) to keep off the frame.
  {
    std::vector<Voice> found = synthesizer_->voices();
    std::lock_guard<std::mutex> hold(lock_);
    voices_ = std::move(found);
    listed_ = true;
  }
  std::uint64_t done = 0;
  for (;;) {
    std::vector<SpeechPiece> pieces;
    std::uint64_t id;
    {
      std::unique_lock<std::mutex> hold(lock_);
      wake_.wait(hold, [&] { return quit_ || requested_ != done; });
      if (quit_) return;
      id = done = requested_;
      pieces = request_;
      cancel_ = false;
    }
    bool cancelled = false;
    for (const SpeechPiece& piece : pieces) {
      for (const std::string& sentence : speech_sentences(piece.text)) {
        Chunk chunk{id, {}, false};
        std::string error;
        bool ok = synthesizer_->synthesize(sentence, piece.choice, chunk.audio, error, &cancel_);
        std::lock_guard<std::mutex> hold(lock_);
        if (cancel_ || requested_ != id) {
          cancelled = true;
          break;
        }
        if (!ok) last_error_ = error;
        if (!chunk.audio.samples.empty()) ready_.push_back(std::move(chunk));
      }
      if (cancelled) break;
    }
    std::lock_guard<std::mutex> hold(lock_);
    if (!cancelled && requested_ == id) {
      ready_.push_back(Chunk{id, {}, true});
      synthesised_ = id;
    }
    done_.notify_all();
  }
}

std::uint64_t SpeechService::pump(AudioSink* sink) {
  std::deque<Chunk> chunks;
  {
    std::lock_guard<std::mutex> hold(lock_);
    chunks.swap(ready_);
  }
  for (Chunk& c : chunks) {
    if (c.id != current_) continue;
    if (c.last) current_synthesised_ = true;
    else if (sink) sink->play(c.audio);
  }
  if (!reported_ && current_synthesised_ && (!sink || sink->queued_seconds() <= 0)) {
    reported_ = true;
    return current_;
  }
  return 0;
}

bool SpeechService::busy() const { return !reported_; }

bool SpeechService::wait_synthesised(double seconds) {
  std::unique_lock<std::mutex> hold(lock_);
  const std::uint64_t id = requested_;
  return done_.wait_for(hold, std::chrono::duration<double>(seconds), [&] { return synthesised_ >= id || request_.empty(); });
}

}  // namespace lineage
