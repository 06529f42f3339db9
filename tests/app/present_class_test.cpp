// Class responses started from a lesson (`lineage present LESSON --class`), offscreen on
// loopback: three students join with httplib's client, the lesson's first prompt step (a scale)
// opens on their devices and its bars count on the projector; an open prompt's answer reaches
// the projector only once the teacher shows it; ending the lesson ends the server.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <regex>
#include <thread>

#include "class_client.hpp"
#include "core/cli/options.hpp"
#include "offscreen.hpp"
#include "scenes/present/present_scene.hpp"

using namespace lineage;
using lineage::testing::Student;

namespace {

bool drawn(const std::vector<std::string>& strings, const std::string& text) {
  for (const auto& s : strings)
    if (s.find(text) != std::string::npos) return true;
  return false;
}

// The string drawn right after `label` (a bar's count follows its label), or "".
std::string after(const std::vector<std::string>& strings, const std::string& label) {
  for (std::size_t i = 0; i + 1 < strings.size(); ++i)
    if (strings[i] == label) return strings[i + 1];
  return "";
}

// Frames until `done` or about two seconds: the scene drains the server's queue each frame.
template <class Done>
void frames_until(App& app, Done done) {
  for (int i = 0; i < 200 && !done(); ++i) {
    app.frame(0.016, false);
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  app.frame(0.016, false);
}

void press(App& app, const std::string& key) {
  REQUIRE(app.press_key(key));
  app.frame(1.0 / 60.0);
  app.frame(1.0 / 60.0);
}

}  // namespace

TEST_CASE("Present with class responses: a lesson's prompts on the students' devices and the projector", "[app][present][class]") {
  auto dir = lineage::testing::temp_dir("present-class");
  ParseResult parsed = parse_options({"present", "whose-account", "--class", "--screenshot", (dir / "unused.png").string(),
                                      "--data-dir", dir.string(), "--size", "1920x1080"});
  REQUIRE(parsed.error.empty());
  REQUIRE(parsed.options.present_class);
  CHECK(parse_options({"--class"}).error == "unknown option '--class'");  // only with present
  auto app = std::make_unique<App>(parsed.options);
  std::string error;
  REQUIRE(app->start(error));
  INFO(error);
  app->settle();
  REQUIRE(app->scene_name() == "present");
  const LessonRun* run = running_lesson(*app->scene());
  REQUIRE(run != nullptr);

  // The join screen: the address (loopback, any port) and the code, on the projector.
  std::smatch m;
  std::string url, code;
  const auto& strings = app->drawn_strings();
  for (std::size_t i = 0; i < strings.size(); ++i) {
    if (std::regex_match(strings[i], m, std::regex(R"(http://127\.0\.0\.1:(\d+)/)"))) url = strings[i];
    if (strings[i] == "Join code" && i + 1 < strings.size()) code = strings[i + 1];
  }
  REQUIRE(!url.empty());
  REQUIRE(code.size() == 6);
  int port = std::stoi(url.substr(17));
  CHECK(drawn(app->drawn_strings(), "0 devices have joined"));
  CHECK(drawn(app->second_drawn_strings(), "CLASS  K join  C lock  V reveal  N show  D clear  E end"));  // the presenter view's class keys

  std::vector<std::unique_ptr<Student>> students;
  for (const char* name : {"Ana", "Ben", "Cat"}) {
    students.push_back(std::make_unique<Student>(port));
    REQUIRE(students.back()->join(code, name).status == 200);
  }
  frames_until(*app, [&] { return drawn(app->drawn_strings(), "3 devices have joined"); });
  CHECK(drawn(app->drawn_strings(), "3 devices have joined"));

  // The lesson goes on: no prompt on the devices until a prompt step is shown.
  press(*app, "PageDown");
  CHECK(run->step() == 1);
  CHECK_FALSE(drawn(app->drawn_strings(), "Join code"));
  CHECK(students[0]->state().json()["prompt"].is_null());

  // Step 4 is the lesson's first prompt step: a scale ("Blythe is a reliable narrator").
  press(*app, "4");
  press(*app, "Return");
  REQUIRE(run->step() == 3);
  REQUIRE(run->current_prompt_id() == "theme-perception-reliable");
  auto prompt = students[0]->state().json()["prompt"];
  REQUIRE(prompt.is_object());
  CHECK(prompt["id"] == "theme-perception-reliable");
  CHECK(prompt["kind"] == "scale");
  CHECK(students[0]->answer({{"prompt", prompt["id"]}, {"scale", 4}}).status == 200);
  CHECK(students[1]->answer({{"prompt", prompt["id"]}, {"scale", 4}}).status == 200);
  CHECK(students[2]->answer({{"prompt", prompt["id"]}, {"scale", 2}}).status == 200);
  frames_until(*app, [&] { return drawn(app->drawn_strings(), "3 answers"); });
  const auto& bars = app->drawn_strings();
  CHECK(drawn(bars, "Blythe is a reliable narrator."));
  CHECK(drawn(bars, "Answers are open \xc2\xb7 3 answers"));
  CHECK(after(bars, "4") == "2");
  CHECK(after(bars, "2") == "1");
  CHECK(after(bars, "3") == "0");
  CHECK(drawn(bars, "Mean 3.33"));
  press(*app, "t");  // the think-pair-share countdown (2 minutes) stays on the class's screen
  CHECK(drawn(app->drawn_strings(), "2:00"));
  CHECK_FALSE(lineage::testing::capture(*app, dir / "present-class-bars.png").empty());

  // Lock (C): a late change is refused; reveal (V) shows the results.
  press(*app, "c");
  CHECK(drawn(app->drawn_strings(), "Answers are locked"));
  CHECK(students[2]->answer({{"prompt", prompt["id"]}, {"scale", 5}}).status != 200);
  press(*app, "v");
  CHECK(drawn(app->drawn_strings(), "Results \xc2\xb7 3 answers"));

  // Step 6 discusses an open prompt: answers stay on the teacher's side until shown (N).
  press(*app, "6");
  press(*app, "Return");
  REQUIRE(run->step() == 5);
  auto open = students[0]->state().json()["prompt"];
  REQUIRE(open.is_object());
  CHECK(open["id"] == "violence-whose-account");
  CHECK(open["kind"] == "open");
  std::this_thread::sleep_for(std::chrono::milliseconds(600));  // the per-device answer rate
  CHECK(students[0]->answer({{"prompt", open["id"]}, {"text", "Fox would see a <b>tired</b> mother"}}).status == 200);
  CHECK(students[1]->answer({{"prompt", open["id"]}, {"text", "a silly answer"}}).status == 200);
  frames_until(*app, [&] { return drawn(app->drawn_strings(), "2 answers"); });
  CHECK(drawn(app->drawn_strings(), "Answers arrive on the teacher's screen"));
  CHECK_FALSE(drawn(app->drawn_strings(), "tired"));
  CHECK_FALSE(drawn(app->drawn_strings(), "silly"));
  press(*app, "d");  // clears the newest answer: the silly one
  press(*app, "n");  // shows the oldest held answer
  CHECK(drawn(app->drawn_strings(), "\xe2\x80\x9c" "Fox would see a <b>tired</b> mother" "\xe2\x80\x9d"));
  CHECK_FALSE(drawn(app->drawn_strings(), "silly"));
  CHECK(drawn(app->drawn_strings(), "Answers are open \xc2\xb7 1 answer"));
  CHECK_FALSE(lineage::testing::capture(*app, dir / "present-class-open.png").empty());
  CHECK(app->save_second_png((dir / "present-class-presenter.png").string()).empty());

  // Ending the lesson ends the server, and the screen does not wait for it to close.
  auto started = std::chrono::steady_clock::now();
  press(*app, "Escape");
  // A server closed on the frame's thread would wait out the devices' keep-alive (2 s); the
  // press itself is one frame, a few hundred milliseconds at most under the sanitizers.
  CHECK(std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count() < 1.5);
  CHECK(running_lesson(*app->scene()) == nullptr);
  for (int i = 0; i < 40 && students[0]->state().status == 200; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  int after_end = students[0]->state().status;
  CHECK((after_end == 0 || after_end == 410));  // closed, or closing and saying so
}

namespace {

// Starts `whose-account` with class responses offscreen at 1920x1080; fills the join address and code.
std::unique_ptr<App> start_class_lesson(const std::filesystem::path& dir, std::string& url, std::string& code) {
  ParseResult parsed = parse_options({"present", "whose-account", "--class", "--screenshot", (dir / "unused.png").string(),
                                      "--data-dir", dir.string(), "--size", "1920x1080"});
  REQUIRE(parsed.error.empty());
  auto app = std::make_unique<App>(parsed.options);
  std::string error;
  INFO(error);
  REQUIRE(app->start(error));
  app->settle();
  REQUIRE(running_lesson(*app->scene()) != nullptr);
  const auto& strings = app->drawn_strings();
  for (std::size_t i = 0; i < strings.size(); ++i) {
    if (std::regex_match(strings[i], std::regex(R"(http://127\.0\.0\.1:\d+/)"))) url = strings[i];
    if (strings[i] == "Join code" && i + 1 < strings.size()) code = strings[i + 1];
  }
  REQUIRE(!url.empty());
  REQUIRE(code.size() == 6);
  return app;
}

// Fails the test unless zbarimg (Debian's zbar-tools) is installed: a decoding check that
// skipped itself could never fail.
void require_zbarimg() {
  std::string out;
  if (lineage::testing::run("command -v zbarimg", out) != 0)
    FAIL("zbarimg is missing: this test decodes the join screen's QR code with Debian's zbar-tools "
         "(apt-get install zbar-tools; tools/setup --test installs it)");
}

// The text of each QR code zbarimg finds in a PNG, a line each.
std::string decode_qr(const std::filesystem::path& png) {
  std::string out;
  // zbarimg is built to announce results on D-Bus as well, and says so on stdout where there
  // is no system bus (a container, a chroot): only the decoded text is kept.
  lineage::testing::run("zbarimg --nodbus --quiet --raw '" + png.string() + "' 2>/dev/null", out);
  return out;
}

}  // namespace

TEST_CASE("The projector's QR code decodes to the join address, in the dark and the light theme", "[app][present][class]") {
  require_zbarimg();
  auto dir = lineage::testing::temp_dir("present-class-qr");
  std::string url, code;
  auto app = start_class_lesson(dir, url, code);
  REQUIRE_FALSE(lineage::testing::capture(*app, dir / "join-dark.png").empty());
  CHECK(decode_qr(dir / "join-dark.png") == url + "\n");
  press(*app, "l");
  REQUIRE_FALSE(lineage::testing::capture(*app, dir / "join-light.png").empty());
  CHECK(decode_qr(dir / "join-light.png") == url + "\n");
  press(*app, "Escape");
  std::filesystem::remove_all(dir);
}

TEST_CASE("Class responses in the light projector theme, a moderation list with room, and E ends them mid-lesson",
          "[app][present][class]") {
  auto dir = lineage::testing::temp_dir("present-class-light");
  std::string url, code;
  auto app = start_class_lesson(dir, url, code);
  int port = std::stoi(url.substr(17));
  const LessonRun& run = *running_lesson(*app->scene());

  // L: the class's picture (the join screen) in the light projector theme, on both views.
  auto dark = lineage::testing::capture(*app, dir / "join-dark.png");
  press(*app, "l");
  auto light = lineage::testing::capture(*app, dir / "join-light.png");
  REQUIRE_FALSE(dark.empty());
  REQUIRE_FALSE(light.empty());
  auto corner_dark = dark.pixel(1900, 20), corner_light = light.pixel(1900, 20);
  CHECK(corner_dark[0] + corner_dark[1] + corner_dark[2] < 3 * 40);    // the dark projector's near-black
  CHECK(corner_light[0] + corner_light[1] + corner_light[2] > 3 * 235);  // the light one's warm white
  auto code_at = std::find(app->drawn_strings().begin(), app->drawn_strings().end(), code);
  CHECK(code_at != app->drawn_strings().end());
  CHECK(drawn(app->second_drawn_strings(), "Join code"));  // the presenter's "now" shows what the class sees

  // Eight students answer the open prompt (step 6): the presenter view's list shows every answer.
  press(*app, "6");
  press(*app, "Return");
  REQUIRE(run.step() == 5);
  std::vector<std::unique_ptr<Student>> students;
  const char* words[] = {"She sees what she fears", "Fox would see a tired mother", "Nobody believes her",
                         "The house is too quiet", "Her mother's voice in her head", "A child who is watched",
                         "Both of them are lonely", "It is not only her story"};
  for (int i = 0; i < 8; ++i) {
    students.push_back(std::make_unique<Student>(port, "127.0.0." + std::to_string(20 + i)));
    REQUIRE(students.back()->join(code).status == 200);
    REQUIRE(students.back()->answer({{"prompt", "violence-whose-account"}, {"text", words[i]}}).status == 200);
  }
  frames_until(*app, [&] { return drawn(app->drawn_strings(), "8 answers"); });
  REQUIRE(drawn(app->drawn_strings(), "Answers are open \xc2\xb7 8 answers"));
  app->frame(0.016, false);
  INFO("answers in view: " << moderation_answers_in_view(*app->scene()));
  CHECK(moderation_answers_in_view(*app->scene()) >= 7);  // of 8
  CHECK(app->save_second_png((dir / "presenter-answers.png").string()).empty());

  // E ends class responses; the lesson goes on, and K could start them again.
  press(*app, "e");
  CHECK(running_lesson(*app->scene()) == &run);
  CHECK(run.step() == 5);
  CHECK_FALSE(drawn(app->drawn_strings(), "Answers are open"));
  CHECK(drawn(app->second_drawn_strings(), "Start class responses (K)"));
  for (int i = 0; i < 40 && students[0]->state().status == 200; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  int after_end = students[0]->state().status;
  CHECK((after_end == 0 || after_end == 410));
  press(*app, "PageDown");
  CHECK(run.step() == 6);
  press(*app, "Escape");
  std::filesystem::remove_all(dir);
}
