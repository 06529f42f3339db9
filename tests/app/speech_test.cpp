// Reading aloud through the real engines: `lineage speak` lists the voices of both engines and
// writes a moment's speech to a WAV that these tests read back (length, loudness), and the
// speech service speaks off the calling thread and drops what a newer request replaced.
// With an engine missing (no espeak-ng-data, no flite voices) these fail: tools/setup installs
// libespeak-ng-dev and flite1-dev.
#include <catch2/catch.hpp>

#include <sstream>

#include "core/speech/wav.hpp"
#include "offscreen.hpp"
#include "speech/speech_engines.hpp"
#include "speech/speech_service.hpp"

using namespace lineage;
using namespace lineage::testing;

namespace {
const std::string kLineage = std::string("env -u DISPLAY -u WAYLAND_DISPLAY ") + LINEAGE_BINARY;

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

Audio speak_to_wav(const std::filesystem::path& dir, const std::string& args) {
  std::string out;
  const auto wav = dir / "speech.wav";
  std::filesystem::remove(wav);
  INFO(args);
  REQUIRE(run(kLineage + " speak --out " + wav.string() + " " + args, out) == 0);
  INFO(out);
  REQUIRE(out.find("wrote ") != std::string::npos);
  Audio audio;
  std::string error;
  REQUIRE(read_wav(wav, audio, error));
  return audio;
}

// A sink that keeps what it is given, as a sound card would play it.
struct KeepingSink : AudioSink {
  Audio heard;
  void play(const Audio& chunk) override {
    heard.sample_rate = chunk.sample_rate;
    heard.samples.insert(heard.samples.end(), chunk.samples.begin(), chunk.samples.end());
  }
  void stop() override {}
  double queued_seconds() const override { return 0; }
};
}  // namespace

TEST_CASE("speak --list-voices prints every English voice of both engines, name first", "[speech][cli]") {
  std::string out;
  REQUIRE(run(kLineage + " speak --list-voices 2>&1", out) == 0);
  int espeak = 0, flite = 0;
  for (const std::string& line : lines(out)) {
    std::string name = line.substr(0, line.find('\t'));
    REQUIRE_FALSE(name.empty());
    CHECK(name.find(' ') == std::string::npos);
    if (name.rfind("espeak-", 0) == 0) ++espeak;
    if (name.rfind("flite-", 0) == 0) ++flite;
  }
  INFO(out);
  CHECK(espeak >= 2);  // espeak-ng-data has several English voices (en, en-us, en-gb-x-rp, ...)
  CHECK(flite == 5);   // flite1-dev's CMU US voices: awb, kal, kal16, rms, slt
  CHECK(out.find("espeak-en-us\t") != std::string::npos);
  CHECK(out.find("flite-slt\t") != std::string::npos);
}

TEST_CASE("speak --moment writes the moment's speech: long enough, and not silence", "[speech][cli]") {
  auto dir = temp_dir("speech-moment");
  for (const char* voice : {"flite-slt", "espeak-en-gb-x-rp"}) {
    Audio audio = speak_to_wav(dir, std::string("--moment bathtub --voice ") + voice);
    INFO(voice << ": " << audio.seconds() << " s");
    CHECK(audio.sample_rate == kSpeechRate);
    // The bathtub's title and beats, at 170 words a minute: well over five seconds, well
    // under three minutes.
    CHECK(audio.seconds() > 5.0);
    CHECK(audio.seconds() < 180.0);
    Loudness l = measure_loudness(audio);
    CHECK(l.rms > 500);
    CHECK(l.peak > 4000);
    CHECK(l.voiced_share > 0.3);  // most of it is voice; pauses between sentences are allowed
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("speak follows the rate: twice as fast is much shorter", "[speech][cli]") {
  auto dir = temp_dir("speech-rate");
  double normal = speak_to_wav(dir, "--moment kitchen-note --voice espeak-en-us --rate 160").seconds();
  double fast = speak_to_wav(dir, "--moment kitchen-note --voice espeak-en-us --rate 320").seconds();
  CHECK(fast < normal * 0.75);
  std::filesystem::remove_all(dir);
}

TEST_CASE("speak refuses an unknown voice or moment with a reason, and writes nothing", "[speech][cli]") {
  auto dir = temp_dir("speech-bad");
  std::string out;
  auto wav = (dir / "x.wav").string();
  CHECK(run(kLineage + " speak --moment bathtub --voice nobody --out " + wav + " 2>&1", out) == 2);
  CHECK(out.find("no voice named 'nobody'") != std::string::npos);
  CHECK(run(kLineage + " speak --moment nowhere --out " + wav + " 2>&1", out) == 2);
  CHECK(out.find("no moment 'nowhere'") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(wav));
  CHECK(run(kLineage + " speak --moment bathtub 2>&1", out) == 2);
  CHECK(out.find("speak needs --moment ID and --out FILE.wav") != std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST_CASE("the speech service plays only the newest request, all of it", "[speech]") {
  SpeechService service(std::make_unique<SpeechEngines>());
  KeepingSink sink;
  VoiceChoice voice{"espeak-en-us", 170, 50};
  service.say({{"This is a long first request that the reader will not wait for. It has sentences. Many of them.", voice}});
  std::uint64_t second = service.say({{"Only this is heard. And this.", voice}});
  REQUIRE(service.wait_synthesised(60));
  std::uint64_t finished = 0;
  for (int i = 0; i < 3 && !finished; ++i) finished = service.pump(&sink);
  CHECK(finished == second);
  CHECK_FALSE(service.busy());
  // What was heard is the second request, sentence by sentence (eSpeak carries a few samples of
  // state from one synthesis to the next, so lengths match within 2%), and nothing of the first.
  SpeechEngines engines;
  Audio expected, first_sentence;
  std::string error;
  REQUIRE(engines.synthesize("Only this is heard.", voice, expected, error));
  REQUIRE(engines.synthesize("And this.", voice, expected, error));
  REQUIRE(engines.synthesize("This is a long first request that the reader will not wait for.", voice, first_sentence, error));
  CHECK(static_cast<double>(sink.heard.samples.size()) == Approx(static_cast<double>(expected.samples.size())).epsilon(0.02));
  CHECK(sink.heard.samples.size() + first_sentence.samples.size() / 2 < expected.samples.size() + first_sentence.samples.size());
}
