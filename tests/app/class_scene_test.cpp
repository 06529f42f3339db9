// The class-responses screen in the real app, offscreen: the teacher starts class responses
// (loopback), three students join and answer over HTTP, and the class's view shows the join
// code, the joined count, live bars, and only the open answer the teacher chose to show.
#include <catch2/catch.hpp>
#include <regex>
#include <thread>

#include "class_client.hpp"
#include "offscreen.hpp"

using namespace lineage;
using lineage::testing::Student;

namespace {

bool drawn(const App& app, const std::string& text) {
  for (const auto& s : app.drawn_strings())
    if (s.find(text) != std::string::npos) return true;
  return false;
}

// Frames until `done` or two seconds: the render loop drains the server's queue each frame.
template <class Done>
void frames_until(App& app, Done done) {
  for (int i = 0; i < 200 && !done(); ++i) {
    app.frame(0.016, false);
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  app.frame(0.016, false);
}

}  // namespace

TEST_CASE("Class scene: join code and address on the class's view, live bars, moderated open answers", "[class]") {
  auto dir = lineage::testing::temp_dir("class-scene");
  auto app = lineage::testing::start_offscreen({"--scene", "class", "--size", "1920x1080"}, dir);
  REQUIRE(app);
  app->frame(0.016);
  CHECK(drawn(*app, "start class responses"));
  app->press_key("s");
  app->frame(0.016);
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
  CHECK(drawn(*app, "0 devices have joined"));

  std::vector<std::unique_ptr<Student>> students;
  for (const char* name : {"Ana", "Ben", "Cat"}) {
    students.push_back(std::make_unique<Student>(port));
    REQUIRE(students.back()->join(code, name).status == 200);
  }
  frames_until(*app, [&] { return drawn(*app, "3 devices have joined"); });
  CHECK(drawn(*app, "3 devices have joined"));

  // The second visible prompt is a choice ("Where do you think this family's story ... begins?").
  app->press_key("Down");
  app->press_key("Return");
  app->frame(0.016);
  auto prompt = students[0]->state().json()["prompt"];
  REQUIRE(prompt["kind"] == "choice");
  std::string a = prompt["options"][0]["id"], b = prompt["options"][1]["id"];
  std::string a_text = prompt["options"][0]["text"];
  CHECK(students[0]->answer({{"prompt", prompt["id"]}, {"option", a}}).status == 200);
  CHECK(students[1]->answer({{"prompt", prompt["id"]}, {"option", a}}).status == 200);
  CHECK(students[2]->answer({{"prompt", prompt["id"]}, {"option", b}}).status == 200);
  frames_until(*app, [&] { return drawn(*app, "3 answers"); });
  CHECK(drawn(*app, "Answers are open \xc2\xb7 3 answers"));
  CHECK(drawn(*app, a_text.substr(0, 12)));  // a long label wraps over lines
  CHECK(drawn(*app, "2"));
  auto shot = lineage::testing::capture(*app, dir / "class-bars.png");
  CHECK_FALSE(shot.empty());

  // The first prompt is open: answers stay on the teacher's side until shown.
  app->press_key("Up");
  app->press_key("Return");
  app->frame(0.016);
  auto open = students[0]->state().json()["prompt"];
  REQUIRE(open["kind"] == "open");
  std::this_thread::sleep_for(std::chrono::milliseconds(600));
  CHECK(students[0]->answer({{"prompt", open["id"]}, {"text", "Alone, <b>grieving</b>"}}).status == 200);
  CHECK(students[1]->answer({{"prompt", open["id"]}, {"text", "a silly answer"}}).status == 200);
  frames_until(*app, [&] { return drawn(*app, "2 answers"); });
  CHECK_FALSE(drawn(*app, "grieving"));
  CHECK_FALSE(drawn(*app, "silly"));
  app->press_key("n");  // show the oldest held answer
  app->frame(0.016);
  CHECK(drawn(*app, "\xe2\x80\x9c" "Alone, <b>grieving</b>" "\xe2\x80\x9d"));  // drawn as the text it is
  CHECK_FALSE(drawn(*app, "silly"));
  lineage::testing::capture(*app, dir / "class-open.png");

  app->press_key("e");
  app->frame(0.016);
  CHECK(drawn(*app, "Class responses are off."));
  auto started = std::chrono::steady_clock::now();
  app->frame(0.016);  // the screen did not wait for the server to close
  CHECK(std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count() < 0.5);
  for (int i = 0; i < 40 && students[0]->state().status == 200; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  int after = students[0]->state().status;
  CHECK((after == 0 || after == 410));  // closed, or closing and saying so
}
