// Issue 15's acceptance, as three students would try it, through the real program's command line
// and keyboard alone; what they heard and saw is kept in three-students/ (beside the test's
// working folder, build/tests/app/) for a person to listen to and look at:
//  - one listens to the whole bathtub moment in two voices she chose (one eSpeak NG, one Flite);
//  - one with dyslexia switches to OpenDyslexic at 150% and answers a reflection;
//  - one who cannot see turns on self-voicing, opens the lineage view, hears Blythe's family,
//    answers a prompt and hears that it was saved.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/journal/journal.hpp"
#include "core/speech/wav.hpp"
#include "offscreen.hpp"

using namespace lineage;
using namespace lineage::testing;
namespace fs = std::filesystem;

namespace {
const std::string kLineage = std::string("env -u DISPLAY -u WAYLAND_DISPLAY ") + LINEAGE_BINARY;

std::string quoted(const fs::path& p) { return "'" + p.string() + "'"; }

fs::path fresh(const std::string& name) {
  fs::path dir = fs::absolute("three-students") / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string text_of(const fs::path& file) {
  std::ifstream in(file);
  std::stringstream all;
  all << in.rdbuf();
  return all.str();
}

// Speech, not silence, and about as long as the words: at least `seconds`.
void check_speech(const fs::path& wav, double seconds) {
  INFO(wav.string());
  Audio audio;
  std::string error;
  REQUIRE(read_wav(wav, audio, error));
  CHECK(audio.seconds() >= seconds);
  Loudness loud = measure_loudness(audio);
  CHECK(loud.peak > 3000);
  CHECK(loud.voiced_share > 0.3);
}

// The first listed voice whose name starts with `engine`.
std::string first_voice(const std::string& voices, const std::string& engine) {
  std::istringstream lines(voices);
  for (std::string line; std::getline(lines, line);)
    if (line.rfind(engine, 0) == 0) return line.substr(0, line.find('\t'));
  return "";
}

std::string answer_saved(const fs::path& data) {
  Journal journal(data);
  for (const Profile& p : journal.profiles())
    for (const Answer& a : journal.answers(p.id)) return a.text;
  return "";
}
}  // namespace

TEST_CASE("three students: the bathtub moment heard whole in two voices she chose", "[trial][speech]") {
  fs::path dir = fresh("listener");
  std::string voices;
  REQUIRE(run(kLineage + " speak --list-voices", voices) == 0);
  const std::string espeak = first_voice(voices, "espeak-"), flite = first_voice(voices, "flite-");
  REQUIRE_FALSE(espeak.empty());
  REQUIRE_FALSE(flite.empty());
  for (const std::string& voice : {espeak, flite}) {
    std::string out;
    fs::path wav = dir / ("bathtub-" + voice + ".wav");
    INFO(out);
    REQUIRE(run(kLineage + " speak --moment bathtub --voice " + voice + " --out " + quoted(wav), out) == 0);
    check_speech(wav, 20.0);  // the title and every beat: well over twenty seconds of speech
  }
}

TEST_CASE("three students: with dyslexia, OpenDyslexic at 150%, a reflection answered by keys", "[trial]") {
  fs::path dir = fresh("dyslexia");
  std::string out;
  // Down past the filter to the questions, Space opens one, typing answers, Esc leaves it.
  int code = run(kLineage + " --data-dir " + quoted(dir / "data") +
                     " --scene reflections --font opendyslexic --scale 1.5 --size 1280x720 --screenshot " +
                     quoted(dir / "answered.png") + " --self-voicing --speech-out " + quoted(dir / "heard.wav") +
                     " --keys 'Down Down Down Down Down Down Space type:\"She fears becoming her mother.\" Escape'",
                 out);
  INFO(out);
  REQUIRE(code == 0);
  CHECK(fs::file_size(dir / "answered.png") > 10000);
  CHECK(answer_saved(dir / "data") == "She fears becoming her mother.");
  // At this size the moment filter shows "Every…"; it is heard whole.
  const std::string heard = text_of(dir / "heard.txt");
  INFO(heard);
  CHECK(heard.find("Moment, combo box, Every moment, 1 of ") != std::string::npos);
}

TEST_CASE("three students: eyes closed, the lineage view heard and a prompt answered and heard saved",
          "[trial][speech]") {
  fs::path dir = fresh("eyes-closed");
  std::string out;
  // Ctrl+Alt+V turns self-voicing on; F4 opens the lineage view; Down walks the generations (Etta, Cecilia) to Blythe; Return reads her card.
  // Then F6, the reflections; Down to the first question, Space, an answer, Esc.
  int code = run(kLineage + " --data-dir " + quoted(dir / "data") +
                     " --scene title --speech-out " + quoted(dir / "heard.wav") +
                     " --screenshot " + quoted(dir / "last.png") +
                     " --keys 'ctrl+alt+v F4 Down Down Down Return F6 Down Down Space "
                     "type:\"Etta began alone.\" Escape'",
                 out);
  INFO(out);
  REQUIRE(code == 0);
  check_speech(dir / "heard.wav", 20.0);
  const std::string heard = text_of(dir / "heard.txt");
  INFO(heard);
  CHECK(heard.find("Lineage.") != std::string::npos);
  CHECK(heard.find("Blythe Connor. Generation") != std::string::npos);
  CHECK(heard.find("Daughter of Cecilia") != std::string::npos);
  CHECK(heard.find("Answer field") != std::string::npos);
  CHECK(heard.find("Your answer is saved.") != std::string::npos);
  CHECK(answer_saved(dir / "data") == "Etta began alone.");
}
