// SIGKILL the teacher's server in the middle of a burst of answers: every answer a device was
// told "received" is in the database afterwards.
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <mutex>
#include <set>
#include <thread>

#include "class_client.hpp"
#include "classnet/class_server.hpp"
#include "journal_temp_dir.hpp"

using namespace lineage::classroom;
using lineage::testing::Student;
using lineage::testing::TempDir;

TEST_CASE("Class server: SIGKILL during a burst loses no answer that was 'received'", "[class]") {
  TempDir dir("class-kill");
  int pipe_fds[2];
  REQUIRE(::pipe(pipe_fds) == 0);
  pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {  // the teacher's Lineage: serve until killed
    ::close(pipe_fds[0]);
    ClassServerOptions o;
    o.bind_address = "127.0.0.1";
    o.port = 0;
    o.database = dir / "journal.db";
    o.join_code = "KILLME";
    ClassServer server(o);
    std::string error;
    if (!server.start(error)) ::_exit(3);
    ClassPrompt p;
    p.id = "burst";
    p.kind = lineage::PromptKind::Open;
    p.text = "Write anything.";
    server.open_prompt(p);
    int port = server.port();
    if (::write(pipe_fds[1], &port, sizeof port) != sizeof port) ::_exit(4);
    for (;;) ::pause();
  }
  ::close(pipe_fds[1]);
  int port = 0;
  REQUIRE(::read(pipe_fds[0], &port, sizeof port) == sizeof port);
  ::close(pipe_fds[0]);

  std::mutex mutex;
  std::set<std::string> received;
  std::atomic<int> sent{0};
  std::vector<std::thread> students;
  for (int i = 0; i < 30; ++i) {
    students.emplace_back([&, i] {
      Student s(port, "127.0.7." + std::to_string(i + 1));
      if (s.join("KILLME").status != 200) return;
      for (int k = 0; k < 40; ++k) {
        std::string text = "student " + std::to_string(i) + " answer " + std::to_string(k);
        ++sent;
        auto r = s.answer({{"prompt", "burst"}, {"text", text}});
        if (r.status == 200 && r.body.find("\"received\":true") != std::string::npos) {
          std::lock_guard lock(mutex);
          received.insert(text);
        }
        if (r.status == 0) return;  // the server is gone
        std::this_thread::sleep_for(std::chrono::milliseconds(500));  // 2 a second per token
      }
    });
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(2500));
  REQUIRE(::kill(child, SIGKILL) == 0);
  int status = 0;
  ::waitpid(child, &status, 0);
  REQUIRE(WIFSIGNALED(status));
  for (auto& t : students) t.join();

  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open((dir / "journal.db").c_str(), &db) == SQLITE_OK);
  std::set<std::string> stored;
  sqlite3_stmt* s = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, "SELECT text FROM class_answers", -1, &s, nullptr) == SQLITE_OK);
  while (sqlite3_step(s) == SQLITE_ROW) stored.insert(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)));
  sqlite3_finalize(s);
  sqlite3_close(db);

  INFO("sent " << sent << ", received " << received.size() << ", stored " << stored.size());
  REQUIRE(received.size() >= 60);  // the burst was under way when the kill came
  std::vector<std::string> lost;
  for (const auto& text : received)
    if (!stored.count(text)) lost.push_back(text);
  CHECK(lost.empty());
  WARN("SIGKILL mid-burst: " << sent << " sent, " << received.size() << " received, " << stored.size()
                             << " stored, " << lost.size() << " received but lost");
}
