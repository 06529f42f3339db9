// Speech text and audio, the SDL-free parts: WAV files written and read back, loudness that
// tells speech from silence, sentences, what a beat and a moment say, and the reader's voice
// choices as the journal keeps them.
#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>

#include "core/script/loader.hpp"
#include "core/speech/speech_text.hpp"
#include "core/speech/wav.hpp"

using namespace lineage;

namespace {
Audio tone(int rate, double seconds, double amplitude) {
  Audio a;
  a.sample_rate = rate;
  for (int i = 0; i < static_cast<int>(rate * seconds); ++i)
    a.samples.push_back(static_cast<std::int16_t>(amplitude * std::sin(2 * M_PI * 220.0 * i / rate)));
  return a;
}
}  // namespace

TEST_CASE("a WAV file is written and read back sample for sample", "[speech]") {
  auto path = std::filesystem::temp_directory_path() / "lineage-speech-roundtrip.wav";
  Audio a = tone(22050, 0.5, 8000);
  a.samples.push_back(-32768);
  REQUIRE(write_wav(path, a).empty());
  CHECK(std::filesystem::file_size(path) == 44 + a.samples.size() * 2);
  Audio b;
  std::string error;
  REQUIRE(read_wav(path, b, error));
  CHECK(b.sample_rate == 22050);
  CHECK(b.samples == a.samples);
  CHECK(b.seconds() == Approx(a.seconds()));
  std::filesystem::remove(path);
}

TEST_CASE("a file that is not a WAV is refused with a reason", "[speech]") {
  auto path = std::filesystem::temp_directory_path() / "lineage-speech-not.wav";
  { std::ofstream(path) << "RIFF....WAVX"; }
  Audio b;
  std::string error;
  CHECK_FALSE(read_wav(path, b, error));
  CHECK(error.find("is not a WAV file") != std::string::npos);
  std::filesystem::remove(path);
}

TEST_CASE("loudness tells a tone from silence", "[speech]") {
  Audio silence;
  silence.samples.assign(22050, 0);
  Loudness quiet = measure_loudness(silence);
  CHECK(quiet.rms == 0);
  CHECK(quiet.peak == 0);
  CHECK(quiet.voiced_share == 0);
  Loudness loud = measure_loudness(tone(22050, 1.0, 8000));
  CHECK(loud.rms == Approx(8000 / std::sqrt(2.0)).epsilon(0.02));
  CHECK(loud.peak >= 7990);
  CHECK(loud.voiced_share == Approx(1.0));
}

TEST_CASE("text is cut into sentences that keep their punctuation", "[speech]") {
  auto s = speech_sentences("She will not repeat it. \"Never.\" Is it love? Yes!\nA new line");
  REQUIRE(s.size() == 5);
  CHECK(s[0] == "She will not repeat it.");
  CHECK(s[1] == "\"Never.\"");
  CHECK(s[2] == "Is it love?");
  CHECK(s[3] == "Yes!");
  CHECK(s[4] == "A new line");
  CHECK(speech_sentences("  ").empty());
  CHECK(speech_sentences("Mrs. Ellis") == std::vector<std::string>{"Mrs.", "Ellis"});  // cut, but nothing lost
}

TEST_CASE("curly punctuation becomes plain for engines that would spell it out", "[speech]") {
  CHECK(ascii_punctuation("\u201CIt\u2019s\u201D \u2014 and\u2026") == "\"It's\" ,  and...");
  CHECK(ascii_punctuation("caf\u00e9") == "caf\u00e9");
}

TEST_CASE("a moment is read from its own title and beats, nothing added but who speaks", "[speech]") {
  LoadResult r = load_story(std::filesystem::path(LINEAGE_SOURCE_DIR) / "story");
  REQUIRE(r.story);
  const Story& story = *r.story;
  int m = story.moment("blythe-pregnant");
  REQUIRE(m >= 0);
  auto said = moment_utterances(story, m);
  REQUIRE(said.size() >= 3);
  CHECK(said[0].text == story.moments[static_cast<std::size_t>(m)].title + ".");
  // Every beat with words and no condition is there, in order, with its own text.
  std::size_t at = 1;
  for (const Beat& b : story.moments[static_cast<std::size_t>(m)].beats) {
    if (!b.conditions.empty() || b.kind == BeatKind::Tableau || b.kind == BeatKind::Pause) continue;
    REQUIRE(at < said.size());
    if (b.kind == BeatKind::Narrate) CHECK(said[at].text == b.text);
    if (b.kind == BeatKind::Perspective) {
      CHECK(said[at].role == b.perspective);
      CHECK(said[at].text.find(b.text.substr(0, 30)) != std::string::npos);
    }
    ++at;
  }
  CHECK(at == said.size());
  CHECK(moment_utterances(story, -1).empty());
}

TEST_CASE("voice choices survive the journal's key/value settings, bad values give defaults", "[speech]") {
  ReadingVoices v;
  v.main = VoiceChoice{"flite-slt", 210, 35};
  v.by_role["blythe"] = "flite-rms";
  v.by_role["interpretation"] = "espeak-en-gb";
  v.read_each_beat = true;
  v.auto_advance = true;
  ReadingVoices back = parse_voice_settings(voice_settings(v));
  CHECK(back.main.voice == "flite-slt");
  CHECK(back.main.rate == 210);
  CHECK(back.main.pitch == 35);
  CHECK(back.read_each_beat);
  CHECK(back.auto_advance);
  CHECK_FALSE(back.self_voicing);
  CHECK(back.for_role("blythe").voice == "flite-rms");
  CHECK(back.for_role("blythe").rate == 210);
  CHECK(back.for_role("violet").voice == "flite-slt");
  CHECK(back.for_role("").voice == "flite-slt");

  ReadingVoices bad = parse_voice_settings({{"speech.rate", "fast"}, {"speech.pitch", "900"}, {"speech.read-beats", "yes"}});
  CHECK(bad.main.rate == VoiceChoice{}.rate);
  CHECK(bad.main.pitch == 100);
  CHECK_FALSE(bad.read_each_beat);
}

TEST_CASE("a person's voice comes from the story script", "[speech]") {
  LoadResult r = load_story(std::filesystem::path(LINEAGE_SOURCE_DIR) / "story");
  REQUIRE(r.story);
  const Story& story = *r.story;
  CHECK(story.people[static_cast<std::size_t>(story.person("blythe"))].voice == "flite-slt");
  CHECK(story.people[static_cast<std::size_t>(story.person("violet"))].voice.empty());
}

TEST_CASE("screen shorthand is said in words", "[speech]") {
  CHECK(speakable("Generation 3  \u00b7  born c. 1978") == "Generation 3, born about 1978");
  CHECK(speakable("(c. 2005)") == "(about 2005)");
  CHECK(speakable("etc. 1") == "etc. 1");  // only a lone c. before a year
}
