// Class responses under load, on loopback: 60 simulated students (each from its own 127.0.0.N
// address, as phones on a LAN would be) join, then answer each of 20 prompts within a second of
// it opening. Prints time to "received" (median, p99, max), answers lost (refused, failed, or
// "received" but not in the database), and the render thread's cost per frame of draining the
// event queue into the teacher's board.
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

#include "class_client.hpp"
#include "classnet/class_server.hpp"

using namespace lineage::classroom;
using Clock = std::chrono::steady_clock;

int main() {
  constexpr int kStudents = 60, kPrompts = 20;
  auto dir = std::filesystem::temp_directory_path() / ("lineage-bench-class-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  ClassServerOptions o;
  o.bind_address = "127.0.0.1";
  o.port = 0;
  o.database = dir / "journal.db";
  o.lesson = "bench";
  ClassServer server(o);
  std::string error;
  if (!server.start(error)) {
    std::fprintf(stderr, "bench_class: %s\n", error.c_str());
    return 1;
  }

  std::mutex mutex;
  std::vector<double> latencies_ms;
  std::atomic<int> sent{0}, received{0}, failed{0}, joined{0};
  std::atomic<bool> done{false};
  std::vector<std::thread> students;
  for (int i = 0; i < kStudents; ++i) {
    students.emplace_back([&, i] {
      lineage::testing::Student s(server.port(), "127.0.10." + std::to_string(i + 1));
      auto j0 = s.join(server.join_code(), "Student " + std::to_string(i + 1));
      if (j0.status != 200) {
        std::fprintf(stderr, "bench_class: student %d could not join (%d %s)\n", i + 1, j0.status, j0.body.c_str());
        ++joined;
        return;
      }
      ++joined;
      std::mt19937 random{unsigned(i)};
      long version = 0;
      std::string last_prompt;
      while (!done) {
        auto r = s.state(version);
        if (r.status != 200) break;
        auto j = r.json();
        version = j["version"].get<long>();
        if (j["prompt"].is_null() || j["prompt"]["id"] == last_prompt) continue;
        last_prompt = j["prompt"]["id"].get<std::string>();
        std::this_thread::sleep_for(std::chrono::milliseconds(random() % 1000));
        nlohmann::json answer{{"prompt", last_prompt}, {"option", j["prompt"]["options"][random() % 3]["id"]}};
        ++sent;
        auto start = Clock::now();
        auto a = s.answer(answer);
        double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
        if (a.status == 200 && a.body.find("\"received\":true") != std::string::npos) {
          ++received;
          std::lock_guard lock(mutex);
          latencies_ms.push_back(ms);
        } else {
          ++failed;
        }
      }
    });
  }
  while (joined < kStudents) std::this_thread::sleep_for(std::chrono::milliseconds(10));

  // The render thread: a 60 Hz loop draining the queue into the board, timed.
  ClassBoard board;
  std::vector<double> frame_ms;
  auto bench_start = Clock::now();
  for (int p = 0; p < kPrompts; ++p) {
    ClassPrompt prompt;
    prompt.id = "prompt-" + std::to_string(p);
    prompt.text = "Question " + std::to_string(p + 1);
    prompt.kind = lineage::PromptKind::Choice;
    prompt.options = {{"a", "One"}, {"b", "Two"}, {"c", "Three"}};
    server.open_prompt(prompt);
    for (const auto& e : server.take_events()) board.apply(e);  // the board moves to the new prompt
    auto opened = Clock::now();
    while (board.tally().answered < kStudents && Clock::now() - opened < std::chrono::seconds(5)) {
      auto frame = Clock::now();
      for (const auto& e : server.take_events()) board.apply(e);
      auto tally = board.tally();
      (void)tally;
      frame_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - frame).count());
      std::this_thread::sleep_until(frame + std::chrono::microseconds(16667));
    }
  }
  double total_s = std::chrono::duration<double>(Clock::now() - bench_start).count();
  done = true;
  server.stop();
  for (auto& t : students) t.join();

  sqlite3* db = nullptr;
  long stored = 0;
  if (sqlite3_open_v2((dir / "journal.db").c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "SELECT count(*) FROM class_answers", -1, &st, nullptr);
    if (sqlite3_step(st) == SQLITE_ROW) stored = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  std::filesystem::remove_all(dir);

  auto pct = [](std::vector<double> v, double q) {
    if (v.empty()) return 0.0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(q * double(v.size())))];
  };
  int expected = kStudents * kPrompts;
  long lost = long(expected) - long(received) + std::max(0L, long(received) - stored);
  std::printf("bench_class: %d students x %d prompts on loopback, %.1f s\n", kStudents, kPrompts, total_s);
  std::printf("  answers: %d expected, %d sent, %d received, %d refused or failed, %ld stored, %ld lost\n", expected,
              int(sent), int(received), int(failed), stored, lost);
  std::printf("  time to received: median %.2f ms, p99 %.2f ms, max %.2f ms (target p99 < 100 ms)\n",
              pct(latencies_ms, 0.5), pct(latencies_ms, 0.99), pct(latencies_ms, 1.0));
  std::printf("  render thread, draining events into the board: median %.3f ms, p99 %.3f ms per frame (%zu frames)\n",
              pct(frame_ms, 0.5), pct(frame_ms, 0.99), frame_ms.size());
  return lost == 0 ? 0 : 1;
}
