// The class server over loopback, treated as hostile input would treat it: join, answer,
// change, lock, reveal; wrong codes, forged and replayed tokens, oversize and malformed bodies,
// invalid UTF-8, markup in answers, path traversal, floods and slow connections. Every test is
// bounded in requests and time.
#include <sqlite3.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <atomic>
#include <future>
#include <mutex>
#include <set>
#include <thread>

#include "class_client.hpp"
#include "classnet/class_server.hpp"
#include "classnet/qr_code.hpp"
#include "core/classroom/secrets.hpp"
#include "journal_temp_dir.hpp"

using namespace lineage;
using namespace lineage::classroom;
using lineage::testing::raw_exchange;
using lineage::testing::raw_status;
using lineage::testing::Student;
using lineage::testing::TempDir;
using nlohmann::json;

namespace {

ClassServerOptions loopback(const TempDir& dir) {
  ClassServerOptions o;
  o.bind_address = "127.0.0.1";
  o.port = 0;
  o.database = dir / "journal.db";
  o.lesson = "test-lesson";
  o.read_timeout_ms = 1000;
  o.long_poll_ms = 2000;
  return o;
}

ClassPrompt choice() {
  ClassPrompt p;
  p.id = "trust";
  p.text = "Whose account do you trust?";
  p.kind = PromptKind::Choice;
  p.options = {{"blythe", "Blythe's"}, {"fox", "Fox's"}};
  return p;
}

ClassPrompt open_text() {
  ClassPrompt p;
  p.id = "word";
  p.text = "One word for Cecilia.";
  p.kind = PromptKind::Open;
  return p;
}

// Rows in class_answers, read through a fresh connection as a later reader would.
std::vector<std::string> stored_texts(const std::filesystem::path& db_path, std::string column = "text") {
  sqlite3* db = nullptr;
  std::vector<std::string> out;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* s = nullptr;
    std::string sql = "SELECT " + column + " FROM class_answers ORDER BY id";
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) == SQLITE_OK)
      while (sqlite3_step(s) == SQLITE_ROW) {
        auto* t = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
        out.emplace_back(t ? t : "");
      }
    sqlite3_finalize(s);
  }
  sqlite3_close(db);
  return out;
}

void check_headers(const lineage::testing::Reply& r) {
  CHECK(r.header("X-Content-Type-Options") == "nosniff");
  CHECK(r.header("Cache-Control") == "no-store");
  CHECK(r.header("Content-Security-Policy").find("default-src 'none'") != std::string::npos);
  CHECK(r.header("Content-Security-Policy").find("script-src 'self'") != std::string::npos);
}

}  // namespace

TEST_CASE("Class server: join, answer, change, lock, reveal; answers stored before 'received'", "[class]") {
  TempDir dir("class-server-basic");
  ClassServer server(loopback(dir));
  std::string error;
  REQUIRE(server.start(error));
  INFO(server.join_url());

  Student ana(server.port());
  auto page = ana.get("/");
  CHECK(page.status == 200);
  CHECK(page.header("Content-Type").rfind("text/html", 0) == 0);
  CHECK(page.body.find("<script src=\"/class.js\"") != std::string::npos);
  check_headers(page);
  CHECK(ana.get("/class.js").status == 200);
  CHECK(ana.get("/class.css").header("Content-Type").rfind("text/css", 0) == 0);

  CHECK(ana.state().json() == json{{"joined", false}, {"names", true}});  // no token: nothing to read
  auto joined = ana.join(server.join_code(), "Ana");
  REQUIRE(joined.status == 200);
  std::string cookie = joined.header("Set-Cookie");
  CHECK(cookie.find("HttpOnly") != std::string::npos);
  CHECK(cookie.find("SameSite=Strict") != std::string::npos);
  CHECK(joined.body.find(ana.cookie().substr(14)) == std::string::npos);  // the token is not in the body
  check_headers(joined);
  CHECK(server.joined() == 1);

  auto waiting = ana.state();
  REQUIRE(waiting.status == 200);
  CHECK(waiting.json()["prompt"].is_null());
  CHECK(ana.answer({{"prompt", "trust"}, {"option", "fox"}}).status == 409);  // nothing open

  // A device waiting on the long poll hears of a new prompt at once.
  long version = waiting.json()["version"].get<long>();
  auto started = std::chrono::steady_clock::now();
  auto poll = std::async(std::launch::async, [&] { Student same(server.port()); same.set_cookie(ana.cookie()); return same.state(version); });
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  REQUIRE(server.open_prompt(choice()));
  auto update = poll.get();
  double waited = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  REQUIRE(update.status == 200);
  CHECK(update.json()["prompt"]["text"] == "Whose account do you trust?");
  CHECK(update.json()["state"] == "open");
  CHECK(waited < 1.0);

  auto first = ana.answer({{"prompt", "trust"}, {"option", "fox"}});
  CHECK(first.status == 200);
  CHECK(first.json()["received"] == true);
  CHECK(stored_texts(dir / "journal.db", "option") == std::vector<std::string>{"fox"});  // already there
  std::this_thread::sleep_for(std::chrono::milliseconds(600));  // 2 answers a second per token
  CHECK(ana.answer({{"prompt", "trust"}, {"option", "blythe"}}).status == 200);  // changed
  CHECK(ana.state().json()["answer"]["option"] == "blythe");
  std::this_thread::sleep_for(std::chrono::milliseconds(600));
  CHECK(ana.answer({{"prompt", "trust"}, {"option", "violet"}}).status == 400);  // not an option

  server.lock();
  std::this_thread::sleep_for(std::chrono::milliseconds(600));
  auto locked = ana.answer({{"prompt", "trust"}, {"option", "fox"}});
  CHECK(locked.status == 409);
  CHECK(locked.json()["error"] == "Answers to this question are locked.");
  CHECK(ana.state().json()["state"] == "locked");
  server.reveal();
  CHECK(ana.state().json()["state"] == "revealed");
  CHECK(stored_texts(dir / "journal.db", "option") == std::vector<std::string>{"fox", "blythe"});

  // The render thread hears of it all through the queue.
  ClassBoard board;
  for (const auto& e : server.take_events()) board.apply(e);
  CHECK(board.joined() == 1);
  CHECK(board.state() == PromptState::Revealed);
  auto tally = board.tally();
  CHECK(tally.answered == 1);
  CHECK(tally.bars[0].count == 1);  // Blythe's, the changed answer

  server.stop();
  CHECK(ana.state().status == 0);  // stopped: nothing listens
}

TEST_CASE("Class server: wrong codes, forged and replayed tokens are refused", "[class]") {
  TempDir dir("class-server-tokens");
  std::string old_cookie;
  {
    ClassServer earlier(loopback(dir));
    std::string error;
    REQUIRE(earlier.start(error));
    Student s(earlier.port());
    REQUIRE(s.join(earlier.join_code()).status == 200);
    old_cookie = s.cookie();
  }
  ClassServer server(loopback(dir));
  std::string error;
  REQUIRE(server.start(error));
  server.open_prompt(choice());

  Student guess(server.port());
  auto wrong = guess.join("AAAAAA");
  CHECK(wrong.status == 403);
  CHECK(wrong.header("Set-Cookie").empty());
  CHECK(wrong.json()["error"].get<std::string>().find("join code") != std::string::npos);
  CHECK(guess.post("/api/join", "{\"code\": 12345}").status == 400);

  Student forger(server.port());
  forger.set_cookie("lineage_class=" + new_token());
  CHECK(forger.state().json() == json{{"joined", false}, {"names", true}});
  CHECK(forger.answer({{"prompt", "trust"}, {"option", "fox"}}).status == 401);
  forger.set_cookie("lineage_class=../../etc/passwd");
  CHECK(forger.answer({{"prompt", "trust"}, {"option", "fox"}}).status == 401);

  Student replay(server.port());
  replay.set_cookie(old_cookie);  // a real token, from the previous lesson
  CHECK(replay.state().json() == json{{"joined", false}, {"names", true}});
  CHECK(replay.answer({{"prompt", "trust"}, {"option", "fox"}}).status == 401);
  CHECK(stored_texts(dir / "journal.db", "option").empty());
}

TEST_CASE("Class server: oversize, invalid UTF-8, wrong types and markup", "[class]") {
  TempDir dir("class-server-bodies");
  ClassServer server(loopback(dir));
  std::string error;
  REQUIRE(server.start(error));
  server.open_prompt(open_text());
  Student s(server.port());
  REQUIRE(s.join(server.join_code()).status == 200);

  auto big = s.answer({{"prompt", "word"}, {"text", std::string(5000, 'a')}});
  CHECK(big.status == 413);
  std::this_thread::sleep_for(std::chrono::milliseconds(600));
  auto too_long = s.answer({{"prompt", "word"}, {"text", std::string(1001, 'a')}});
  CHECK(too_long.status == 400);
  CHECK(too_long.json()["error"].get<std::string>().find("at most 1000") != std::string::npos);
  std::this_thread::sleep_for(std::chrono::milliseconds(600));
  auto bad = s.post("/api/answer", std::string("{\"prompt\":\"word\",\"text\":\"caf\xc3(\"}"));
  CHECK(bad.status == 400);
  CHECK(bad.json()["error"].get<std::string>().find("UTF-8") != std::string::npos);
  std::this_thread::sleep_for(std::chrono::milliseconds(600));
  CHECK(s.post("/api/answer", "{\"prompt\":\"word\",\"text\":\"\\ud800\"}").status == 400);  // lone surrogate
  std::this_thread::sleep_for(std::chrono::milliseconds(600));
  CHECK(s.answer({{"prompt", "word"}, {"text", 5}}).status == 400);
  std::this_thread::sleep_for(std::chrono::milliseconds(600));
  CHECK(s.post("/api/answer", "prompt=word&text=hi", "application/x-www-form-urlencoded").status == 415);
  std::this_thread::sleep_for(std::chrono::milliseconds(600));
  CHECK(s.answer({{"prompt", "word"}, {"text", "hi"}, {"admin", true}}).status == 400);
  CHECK(stored_texts(dir / "journal.db").empty());  // nothing invalid was stored

  std::this_thread::sleep_for(std::chrono::milliseconds(600));
  std::string markup = "<script>alert('x')</script><img src=x onerror=alert(1)>";
  auto markup_reply = s.answer({{"prompt", "word"}, {"text", markup}});
  INFO(markup_reply.body);
  CHECK(markup_reply.status == 200);
  CHECK(stored_texts(dir / "journal.db") == std::vector<std::string>{markup});  // kept as the text it is
  auto state = s.state();
  CHECK(state.header("Content-Type").rfind("application/json", 0) == 0);  // never served as HTML
  CHECK(state.json()["answer"]["text"] == markup);

  // A request from another site (a page a student visits) cannot answer on her behalf.
  httplib::Headers h{{"Cookie", s.cookie()}, {"Origin", "http://evil.example"}};
  std::this_thread::sleep_for(std::chrono::milliseconds(600));
  auto cross = s.client().Post("/api/answer", h, "{\"prompt\":\"word\",\"text\":\"x\"}", "application/json");
  REQUIRE(cross);
  CHECK(cross->status == 403);
  CHECK(stored_texts(dir / "journal.db").size() == 1);
}

TEST_CASE("Class server: nothing outside the three embedded files is served", "[class]") {
  TempDir dir("class-server-paths");
  ClassServer server(loopback(dir));
  std::string error;
  REQUIRE(server.start(error));
  int port = server.port();
  int n = 0;
  for (std::string path : {"/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/class.js/../../../etc/passwd",
                           "/..%2f..%2f..%2fetc%2fpasswd", "/assets/class/index.html", "/index.html", "/CMakeLists.txt",
                           "//etc/passwd", "/class.js%00.html", "/api/../../etc/passwd", "/.git/config", "/journal.db"}) {
    std::string source = "127.0.1." + std::to_string(++n);
    std::string response = raw_exchange(port, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port) + "\r\nConnection: close\r\n\r\n", source);
    INFO(path << " -> " << response.substr(0, 200));
    int status = raw_status(response);
    CHECK((status == 400 || status == 404));
    CHECK(response.find("root:") == std::string::npos);
    CHECK(response.find("[core]") == std::string::npos);
    CHECK(response.find("cmake_minimum_required") == std::string::npos);
    CHECK(response.find("nosniff") != std::string::npos);  // error pages carry the headers too
  }
  std::string host = "Host: 127.0.0.1:" + std::to_string(port) + "\r\n";
  std::string methods = raw_exchange(port, "DELETE / HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n", "127.0.1.200");
  CHECK(raw_status(methods) == 405);
  // A page elsewhere whose name was made to point here (DNS rebinding) gets nothing.
  std::string rebound = raw_exchange(port, "GET / HTTP/1.1\r\nHost: evil.example:" + std::to_string(port) +
                                               "\r\nConnection: close\r\n\r\n", "127.0.1.201");
  CHECK(raw_status(rebound) == 400);
  CHECK(rebound.find("<html") == std::string::npos);
  CHECK(raw_status(raw_exchange(port, "GET / HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n", "127.0.1.202")) == 200);
}

TEST_CASE("Class server: rate limits per token and per address", "[class]") {
  TempDir dir("class-server-rates");
  ClassServer server(loopback(dir));
  std::string error;
  REQUIRE(server.start(error));
  server.open_prompt(choice());
  Student s(server.port(), "127.0.2.1");
  REQUIRE(s.join(server.join_code()).status == 200);
  int received = 0, limited = 0;
  for (int i = 0; i < 6; ++i) {
    auto r = s.answer({{"prompt", "trust"}, {"option", i % 2 ? "fox" : "blythe"}});
    received += r.status == 200;
    limited += r.status == 429;
  }
  CHECK(received == 2);
  CHECK(limited == 4);
  CHECK(stored_texts(dir / "journal.db", "option").size() == 2);

  Student flood(server.port(), "127.0.2.2");
  int ok = 0, refused = 0;
  for (int i = 0; i < 40; ++i) {
    int status = flood.get("/class.css").status;
    ok += status == 200;
    refused += status == 429;
  }
  CHECK(ok >= 20);
  CHECK(ok <= 22);
  CHECK(refused == 40 - ok);
  Student other(server.port(), "127.0.2.3");
  CHECK(other.get("/").status == 200);  // another device is unaffected
}

TEST_CASE("Class server: 1,000 malformed requests get a status, and the server keeps serving", "[class]") {
  TempDir dir("class-server-malformed");
  ClassServerOptions options = loopback(dir);
  options.read_timeout_ms = 500;
  ClassServer server(options);
  std::string error;
  REQUIRE(server.start(error));
  server.open_prompt(open_text());
  Student good(server.port(), "127.0.3.1");
  REQUIRE(good.join(server.join_code()).status == 200);
  std::string cookie = good.cookie();
  const std::string x = "127.0.0.1:" + std::to_string(server.port());  // the real Host: parsing goes deep

  std::vector<std::string> shapes = {
      "GARBAGE\r\n\r\n",
      "GET / HTTP/9.9\r\n\r\n",
      "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03",  // a TLS hello
      "POST /api/answer HTTP/1.1\r\nHost: " + x + "\r\nCookie: " + cookie + "\r\nContent-Type: application/json\r\nContent-Length: 5\r\n\r\n{\"a\":",
      "POST /api/answer HTTP/1.1\r\nHost: " + x + "\r\nCookie: " + cookie + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n[]",
      "POST /api/answer HTTP/1.1\r\nHost: " + x + "\r\nCookie: " + cookie + "\r\nContent-Type: application/json\r\nContent-Length: 99999999\r\n\r\n{}",
      "POST /api/join HTTP/1.1\r\nHost: " + x + "\r\nContent-Type: application/json\r\nContent-Length: 4\r\n\r\nnull",
      "POST /api/join HTTP/1.1\r\nHost: " + x + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n",
      "GET /api/state?since=-1 HTTP/1.1\r\nHost: " + x + "\r\nCookie: " + cookie + "\r\n\r\n",
      "GET /api/state?since=99999999999999999999999 HTTP/1.1\r\nHost: " + x + "\r\nCookie: " + cookie + "\r\n\r\n",
      "GET / HTTP/1.1\r\nHost: " + x + "\r\n" + std::string(9000, 'X') + ": y\r\n\r\n",
      "GET /" + std::string(10000, 'a') + " HTTP/1.1\r\nHost: " + x + "\r\n\r\n",
      "POST /api/answer HTTP/1.1\r\nHost: " + x + "\r\nCookie: " + cookie + "\r\nContent-Type: application/json\r\nContent-Length: 40\r\n\r\n{\"prompt\":\"word\",\"text\":\"\xff\xfe\xfd\"}       ",
  };
  auto started = std::chrono::steady_clock::now();
  std::atomic<int> answered{0}, closed{0}, below_400{0};
  std::mutex mutex;
  std::set<int> statuses;
  std::vector<std::thread> senders;
  for (int t = 0; t < 10; ++t) {
    senders.emplace_back([&, t] {
      for (int i = t; i < 1000; i += 10) {
        // Spread over 200 source addresses, five requests each: the per-address limit is not what answers them.
        std::string source = "127.0.4." + std::to_string(1 + i % 200);
        std::string response = raw_exchange(server.port(), shapes[std::size_t(i) % shapes.size()], source, 3000);
        int status = raw_status(response);
        if (!status) { ++closed; continue; }
        ++answered;
        below_400 += status < 400;
        std::lock_guard lock(mutex);
        statuses.insert(status);
      }
    });
  }
  for (auto& t : senders) t.join();
  CHECK(below_400 == 0);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  INFO("answered " << answered << ", closed without a response " << closed << ", in " << seconds << " s");
  // Only the TLS hello (no line end: the read timeout closes it) goes unanswered.
  CHECK(answered >= 900);
  CHECK(seconds < 60);
  CHECK(stored_texts(dir / "journal.db").empty());
  // The malformed answers carried this student's token: its 2-a-second bucket refills first.
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  CHECK(good.answer({{"prompt", "word"}, {"text", "still here"}}).status == 200);
  CHECK(stored_texts(dir / "journal.db") == std::vector<std::string>{"still here"});
  WARN("1,000 malformed requests: " << answered << " answered with a 4xx (" << statuses.size()
                                    << " kinds), " << closed << " closed, in " << seconds << " s");
}

TEST_CASE("Class server: slow and half-open connections time out and do not starve it", "[class]") {
  TempDir dir("class-server-slow");
  ClassServer server(loopback(dir));
  std::string error;
  REQUIRE(server.start(error));
  int port = server.port();
  // 40 connections that send half a request and then nothing.
  std::vector<int> sockets;
  for (int i = 0; i < 40; ++i) {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(std::uint16_t(port));
    ::inet_pton(AF_INET, "127.0.0.1", &to.sin_addr);
    REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&to), sizeof to) == 0);
    std::string half = "GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ";
    ::send(fd, half.data(), half.size(), MSG_NOSIGNAL);
    sockets.push_back(fd);
  }
  auto started = std::chrono::steady_clock::now();
  Student s(port, "127.0.5.1");
  CHECK(s.get("/").status == 200);
  CHECK(std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count() < 1.0);
  // After the read timeout (1 s here), the server has closed every one of them.
  std::this_thread::sleep_for(std::chrono::milliseconds(2500));
  int closed = 0;
  for (int fd : sockets) {
    char c;
    timeval tv{0, 200000};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    ssize_t n = ::recv(fd, &c, 1, 0);
    closed += n == 0 || (n > 0);  // closed, or answered with an error and then closed
    ::close(fd);
  }
  CHECK(closed == 40);
}

TEST_CASE("Class server: at most 200 devices; a full class says so", "[class]") {
  TempDir dir("class-server-full");
  ClassServerOptions o = loopback(dir);
  ClassServer server(o);
  std::string error;
  REQUIRE(server.start(error));
  int ok = 0;
  for (int i = 0; i < 201; ++i) {
    Student s(server.port(), "127.0.6." + std::to_string(1 + i % 250));
    auto r = s.join(server.join_code());
    if (r.status == 200) ++ok;
    else CHECK(r.status == 409);
  }
  CHECK(ok == 200);
}

TEST_CASE("Class server: the join address as a QR code has the three finder squares", "[class]") {
  QrCode qr = make_qr_code("http://192.168.1.23:8765/");
  REQUIRE(qr.size >= 21);
  CHECK((qr.size - 17) % 4 == 0);  // a QR version's side: 21, 25, 29, ...
  // Each finder pattern: a dark 7x7 ring around a light ring around a dark 3x3 centre.
  for (auto [ox, oy] : {std::pair{0, 0}, std::pair{qr.size - 7, 0}, std::pair{0, qr.size - 7}}) {
    for (int i = 0; i < 7; ++i) {
      CHECK(qr.at(ox + i, oy));
      CHECK(qr.at(ox + i, oy + 6));
      CHECK(qr.at(ox, oy + i));
      CHECK(qr.at(ox + 6, oy + i));
    }
    CHECK_FALSE(qr.at(ox + 1, oy + 1));
    CHECK(qr.at(ox + 3, oy + 3));
  }
  bool fourth_ring = true;  // the bottom-right corner holds no finder
  for (int i = 0; i < 7; ++i)
    fourth_ring = fourth_ring && qr.at(qr.size - 7 + i, qr.size - 7) && qr.at(qr.size - 7 + i, qr.size - 1) &&
                  qr.at(qr.size - 7, qr.size - 7 + i) && qr.at(qr.size - 1, qr.size - 7 + i);
  CHECK_FALSE(fourth_ring);  // no fourth finder
}
