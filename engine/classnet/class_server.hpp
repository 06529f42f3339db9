// Class responses' web server: the teacher's Lineage serves the students' page and a tiny
// answering API on the local network, on its own threads (cpp-httplib). The render thread
// never waits on the network: teacher actions change the session under a short lock, and what
// students do comes back as ClassEvents through a queue (take_events). Every answer is in the
// journal database before its device is told "received". Tokens are never logged or stored.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/classroom/board.hpp"
#include "core/classroom/class_store.hpp"
#include "core/classroom/rate_limit.hpp"
#include "core/classroom/session.hpp"

namespace httplib { class Server; }

namespace lineage::classroom {

struct ClassServerOptions {
  std::string bind_address;      // empty: the first private LAN address (loopback if none)
  int port = 8765;               // 0: any free port
  std::filesystem::path database;  // the journal database (journal.db in the data folder)
  std::string lesson;            // stored with the session
  bool names_allowed = true;
  std::string join_code;         // empty: a new random one
  double answers_per_second = 2;     // per token
  double requests_per_second = 20;   // per address
  double joins_per_second = 5;       // per address (wrong codes included)
  int read_timeout_ms = 5000;    // slow or half-open connections are closed after this
  int long_poll_ms = 15000;      // how long /api/state waits for a change
  int threads = 0;               // 0: enough for every device to wait at once
};

struct ClassServerCounts {
  std::uint64_t answers_received = 0, answers_refused = 0, rate_limited = 0, bad_requests = 0;
};

// The first address on this computer in 10/8, 172.16/12 or 192.168/16; empty if none.
std::string first_private_address();

class ClassServer {
 public:
  explicit ClassServer(ClassServerOptions options);
  ~ClassServer();
  ClassServer(const ClassServer&) = delete;
  ClassServer& operator=(const ClassServer&) = delete;

  // Opens the store, begins a session, binds and starts serving. False with `error` if not.
  bool start(std::string& error);
  // Ends the session (devices are told) and stops the server; waits for its threads.
  void stop();
  bool running() const { return running_; }

  std::string join_url() const;  // http://ADDRESS:PORT/
  std::string join_code() const { return code_; }
  const std::string& address() const { return address_; }
  int port() const { return port_; }
  std::int64_t session_id() const { return session_id_; }
  int joined() const;
  ClassServerCounts counts() const;

  // The teacher's actions. Each takes the session lock for a moment; none touches the network.
  bool open_prompt(const ClassPrompt& prompt);
  void lock();
  void unlock();
  void reveal();
  bool clear_answer(std::int64_t row);  // marks a stored answer cleared (moderation)
  bool show_answer(std::int64_t row, bool shown);  // records that the class was shown it (or no longer)

  // What happened since the last call, oldest first (joins, answers, prompt changes).
  std::vector<ClassEvent> take_events();

 private:
  void install_routes();
  void changed();  // wakes the waiting devices
  void push_event(ClassEvent event);

  ClassServerOptions options_;
  std::string code_, address_;
  int port_ = 0;
  std::int64_t session_id_ = 0;
  int prompt_position_ = 0;
  std::unique_ptr<ClassStore> store_;
  std::unique_ptr<httplib::Server> http_;
  std::thread thread_;
  std::atomic<bool> running_{false};
  std::atomic<bool> listen_ended_{false};  // the listening thread has returned

  mutable std::mutex mutex_;  // guards everything below; never held over I/O
  std::condition_variable changed_;
  ClassSession session_;
  RateLimiter per_token_, per_address_, joins_;
  std::vector<ClassEvent> events_;
  ClassServerCounts counts_;
  int waiting_ = 0;
};

}  // namespace lineage::classroom
