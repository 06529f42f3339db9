// Reading aloud in the running app, offscreen, with speech recorded (--speech-out) instead of
// played: V reads the beat on screen, reading each beat with auto-advance moves story mode on,
// a key pressed during a reading wins over its end, and self-voicing lets a reader who cannot
// see open the lineage view and hear Blythe's family and relationships.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/speech/speech_text.hpp"
#include "core/speech/wav.hpp"
#include "offscreen.hpp"

using namespace lineage;
using namespace lineage::testing;

namespace {
const std::string kLineage = std::string("env -u DISPLAY -u WAYLAND_DISPLAY ") + LINEAGE_BINARY;

Audio read_back(const std::filesystem::path& wav) {
  Audio audio;
  std::string error;
  INFO(error);
  REQUIRE(read_wav(wav, audio, error));
  return audio;
}

bool said(App& app, const std::string& part) {
  for (const std::string& s : app.spoken())
    if (s.find(part) != std::string::npos) return true;
  return false;
}

void settle_speech(App& app) {
  app.settle();  // ImGui's keyboard navigation takes a few frames to land
  app.finish_speech();
  app.frame(1.0 / 60, false);
}
}  // namespace

TEST_CASE("V in story mode reads the beat on screen, and the recording holds it", "[speech][app]") {
  auto dir = temp_dir("speech-v");
  const auto wav = dir / "heard.wav";
  std::string out;
  REQUIRE(run(kLineage + " --data-dir " + dir.string() + " --scene story --select blythe-pregnant --keys v --speech-out " +
                  wav.string() + " --screenshot " + (dir / "shot.png").string(),
              out) == 0);
  Audio heard = read_back(wav);
  // The first beat, "Blythe is pregnant, and she has made herself a promise.": a few seconds.
  CHECK(heard.seconds() > 2.0);
  CHECK(heard.seconds() < 8.0);
  CHECK(measure_loudness(heard).voiced_share > 0.4);
  std::filesystem::remove_all(dir);
}

TEST_CASE("reading each beat with auto-advance moves on when a reading ends; a key press wins", "[speech][app]") {
  auto dir = temp_dir("speech-advance");
  auto app = start_offscreen({"--scene", "story", "--select", "blythe-pregnant", "--speech-out", (dir / "x.wav").string()}, dir);
  const Story& story = *app->state().story;
  const Moment& m = story.moments[static_cast<std::size_t>(story.moment("blythe-pregnant"))];
  app->settle();
  const std::string first = m.beats[1].text, second = m.beats[2].text, third = m.beats[3].text;

  SECTION("auto-advance, reading each beat") {
    app->state().voices.read_each_beat = true;
    app->state().voices.auto_advance = true;
    REQUIRE(app->press_key("v"));  // reads the first beat; its end moves on, and the next is read
    for (int i = 0; i < 6; ++i) settle_speech(*app);
    CHECK(said(*app, first));
    CHECK(said(*app, second));
    CHECK(said(*app, third));
  }
  SECTION("off by default: a reading ends and nothing moves") {
    REQUIRE(app->press_key("v"));
    for (int i = 0; i < 4; ++i) settle_speech(*app);
    CHECK(said(*app, first));
    CHECK_FALSE(said(*app, second));
  }
  SECTION("a key pressed while a beat is read moves exactly once") {
    app->state().voices.auto_advance = true;
    REQUIRE(app->press_key("v"));
    REQUIRE(app->press_key("Right"));  // before the reading of the first beat has ended
    for (int i = 0; i < 4; ++i) settle_speech(*app);
    REQUIRE(app->press_key("v"));
    for (int i = 0; i < 2; ++i) settle_speech(*app);
    // Now on the second beat (V read it), not the third: the first reading's end moved nothing.
    for (const auto& s : app->spoken()) UNSCOPED_INFO("said: " << s);
    REQUIRE_FALSE(app->spoken().empty());
    CHECK(app->spoken().back().find(second) != std::string::npos);
    CHECK_FALSE(said(*app, third));
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("self-voicing: a reader who cannot see opens the lineage view and hears Blythe", "[speech][app]") {
  auto dir = temp_dir("speech-self");
  auto app = start_offscreen({"--scene", "title", "--self-voicing", "--speech-out", (dir / "x.wav").string()}, dir);
  app->settle();
  REQUIRE(app->press_key("F4"));
  settle_speech(*app);
  // Down walks the generations, each named as it is reached; then
  // Return reads her card.
  for (int i = 0; i < 6 && !said(*app, "Blythe Connor. Return opens the card."); ++i) {
    REQUIRE(app->press_key("Down"));
    settle_speech(*app);
  }
  for (const auto& s : app->spoken()) UNSCOPED_INFO("said: " << s);
  CHECK(said(*app, "Lineage."));
  CHECK(said(*app, "Etta. Return opens the card."));
  REQUIRE(said(*app, "Blythe Connor. Return opens the card."));
  REQUIRE(app->press_key("Return"));
  for (int i = 0; i < 3; ++i) settle_speech(*app);
  const std::string& card = app->spoken().back();
  INFO(card);
  CHECK(card.rfind("Blythe Connor. Generation", 0) == 0);
  CHECK(card.find("Daughter of Cecilia") != std::string::npos);
  CHECK(card.find("Mother of") != std::string::npos);
  CHECK(card.find("Violet") != std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST_CASE("self-voicing: a reader who cannot see answers a prompt in Reflections and hears it saved", "[speech][app]") {
  auto dir = temp_dir("speech-reflect");
  auto app = start_offscreen({"--scene", "title", "--self-voicing", "--speech-out", (dir / "x.wav").string()}, dir);
  app->settle();
  REQUIRE(app->press_key("F6"));
  settle_speech(*app);
  // Down walks the filters, then the list: each prompt row is said with its state and place.
  // The reader stops at the first open question she hears.
  std::string row;
  for (int i = 0; i < 20 && row.empty(); ++i) {
    REQUIRE(app->press_key("Down"));
    settle_speech(*app);
    const std::string& last = app->spoken().back();
    if (last.find("Open question. not answered yet, closed, ") != std::string::npos) row = last;
  }
  for (const auto& s : app->spoken()) UNSCOPED_INFO("said: " << s);
  REQUIRE_FALSE(row.empty());
  CHECK(row.find(" of 76.") != std::string::npos);
  REQUIRE(app->press_key("Space"));
  settle_speech(*app);
  settle_speech(*app);
  CHECK(app->spoken().back().find("Answer field: type your answer") != std::string::npos);
  app->type_text("Fear of repeating her mother");
  settle_speech(*app);
  REQUIRE(app->press_key("Escape"));
  for (int i = 0; i < 4; ++i) settle_speech(*app);
  for (const auto& s : app->spoken()) UNSCOPED_INFO("said: " << s);
  CHECK(said(*app, "Your answer is saved."));
  bool kept = false;
  for (const Answer& a : app->state().journal->answers(app->state().profile)) kept |= a.text == "Fear of repeating her mother";
  CHECK(kept);
  std::filesystem::remove_all(dir);
}
