// Reading aloud in the study screens, as in story mode and on cards: V (or the Read aloud
// button) reads a memory cue (front, then back once shown) and a takeaway; Ask's answer has a
// button that Down reaches from the field; "read each beat" and self-voicing read each as it
// comes up (Ask's answer once the typing pauses).
#include <catch2/catch.hpp>

#include "core/speech/speech_text.hpp"
#include "core/study/ask.hpp"
#include "offscreen.hpp"

using namespace lineage;
using namespace lineage::testing;

namespace {
bool said(App& app, const std::string& part) {
  for (const std::string& s : app.spoken())
    if (s.find(part) != std::string::npos) return true;
  return false;
}

void press(App& app, const char* key) {
  REQUIRE(app.press_key(key));
  app.settle();
  app.finish_speech();
}

// The card whose front was said last, or null.
const Card* card_heard(App& app) {
  if (app.spoken().empty()) return nullptr;
  for (const Card& card : app.state().story->cards)
    if (app.spoken().back().find(speakable(card.front)) != std::string::npos) return &card;
  return nullptr;
}
}  // namespace

TEST_CASE("memory cues: V reads the front, then front and back once shown; read each beat reads each side",
          "[speech][app][cues]") {
  auto dir = temp_dir("speech-cues");
  auto app = start_offscreen({"--scene", "cues", "--speech-out", (dir / "x.wav").string()}, dir);
  app->settle();
  press(*app, "v");
  const Card* card = card_heard(*app);
  REQUIRE(card);
  CHECK(app->spoken().back().rfind("Cue 1 of ", 0) == 0);
  CHECK(app->spoken().back().find(speakable(card->back)) == std::string::npos);  // not shown yet: not said
  press(*app, "space");  // shows the back; reading each side is off: nothing more is said
  std::size_t heard = app->spoken().size();
  press(*app, "v");
  REQUIRE(app->spoken().size() == heard + 1);
  const std::string both = app->spoken().back();
  INFO(both);
  CHECK(both.find(speakable(card->front)) != std::string::npos);
  CHECK(both.find("The answer: " + speakable(card->back)) != std::string::npos);
  CHECK(both.find(speakable(card->front)) < both.find(speakable(card->back)));

  app->state().voices.read_each_beat = true;
  press(*app, "3");  // Good: the next card comes up and its front is read by itself
  const Card* next = card_heard(*app);
  REQUIRE(next);
  CHECK(app->spoken().back().rfind("Cue 2 of ", 0) == 0);
  press(*app, "space");
  CHECK(app->spoken().back() == speakable(next->back));
  std::filesystem::remove_all(dir);
}

TEST_CASE("memory cues: the card's Read aloud button reads it as V does", "[speech][app][cues]") {
  auto dir = temp_dir("speech-cues-button");
  auto app = start_offscreen({"--scene", "cues", "--size", "1280x720", "--speech-out", (dir / "x.wav").string()}, dir);
  app->settle();
  REQUIRE(std::find(app->drawn_strings().begin(), app->drawn_strings().end(), "Read aloud (V)") != app->drawn_strings().end());
  // The button sits in the card's top right corner, below the header.
  bool found = false;
  for (float y = 180; y < 300 && !found; y += 4) {
    app->press_pointer(1010, y);
    app->release_pointer(1010, y);
    app->settle();
    app->finish_speech();
    found = card_heard(*app) != nullptr;
  }
  CHECK(found);
  std::filesystem::remove_all(dir);
}

TEST_CASE("takeaways: V reads the takeaway; self-voicing reads the next one and names the moment chosen",
          "[speech][app][takeaways]") {
  auto dir = temp_dir("speech-takeaways");
  auto app = start_offscreen({"--scene", "takeaways", "--speech-out", (dir / "x.wav").string()}, dir);
  const Story& story = *app->state().story;
  REQUIRE(story.takeaways.size() >= 2);
  app->settle();
  press(*app, "v");
  REQUIRE_FALSE(app->spoken().empty());
  const std::string first = app->spoken().back();
  INFO(first);
  CHECK(first.rfind("Takeaway 1 of ", 0) == 0);
  CHECK(first.find("An interpretation, ") != std::string::npos);
  bool text_said = false;
  for (const Takeaway& t : story.takeaways) text_said |= first.find(speakable(t.text)) != std::string::npos;
  CHECK(text_said);

  app->state().voices.self_voicing = true;
  press(*app, "Right");
  for (int i = 0; i < 3; ++i) app->frame(1.0 / 60, false);
  CHECK(said(*app, "Takeaway 2 of "));
  std::string second = app->spoken().back();
  if (second.find("It rests on") != std::string::npos) {
    press(*app, "Down");
    CHECK(app->spoken().back().find("Return opens it on the timeline.") != std::string::npos);
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("Ask: Down from the field reaches Read the answer aloud; self-voicing reads the answer when typing pauses",
          "[speech][app][ask]") {
  auto dir = temp_dir("speech-ask");
  const std::string question = "who is Etta?";
  SECTION("the button") {
    auto app = start_offscreen({"--scene", "ask", "--speech-out", (dir / "x.wav").string()}, dir);
    app->settle();
    app->type_text(question);
    app->settle();
    app->finish_speech();
    CHECK(app->spoken().empty());  // reading as she goes is off: nothing by itself
    press(*app, "Down");  // out of the field, to the button below it
    press(*app, "space");
    REQUIRE_FALSE(app->spoken().empty());
    CHECK(app->spoken().back().find("Etta is Blythe's grandmother.") != std::string::npos);
  }
  SECTION("self-voicing") {
    auto app = start_offscreen({"--scene", "ask", "--self-voicing", "--speech-out", (dir / "y.wav").string()}, dir);
    app->settle();
    app->finish_speech();
    app->type_text(question);
    app->settle();  // the pause after typing passes
    app->finish_speech();
    for (const auto& s : app->spoken()) UNSCOPED_INFO("said: " << s);
    CHECK(said(*app, "Etta is Blythe's grandmother."));
  }
  std::filesystem::remove_all(dir);
}
