// Class responses started from a lesson (`lineage present LESSON --class`), offscreen on
// loopback: three students join with httplib's client, the lesson's first prompt step (a scale)
// opens on their devices and its bars count on the projector; an open prompt's answer reaches
// the projector only once the teacher shows it; ending the lesson ends the server.
#include <catch2/catch.hpp>

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
  CHECK(drawn(app->second_drawn_strings(), "CLASS  K join screen"));  // the presenter view's class keys

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
  CHECK(std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count() < 0.5);
  CHECK(running_lesson(*app->scene()) == nullptr);
  for (int i = 0; i < 40 && students[0]->state().status == 200; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  int after_end = students[0]->state().status;
  CHECK((after_end == 0 || after_end == 410));  // closed, or closing and saying so
}
