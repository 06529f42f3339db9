// A simulated student for the class-server tests: httplib's client on loopback, optionally
// from its own 127.0.0.N source address (so per-address limits see distinct devices), keeping
// the session cookie as a browser would.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <httplib.h>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>

namespace lineage::testing {

struct Reply {
  int status = 0;  // 0: no response (connection refused, closed, timed out)
  std::string body;
  httplib::Headers headers;
  nlohmann::json json() const { return nlohmann::json::parse(body, nullptr, false); }
  std::string header(const std::string& key) const {
    auto it = headers.find(key);
    return it == headers.end() ? std::string() : it->second;
  }
};

class Student {
 public:
  Student(int port, std::string source = "") : client_("127.0.0.1", port) {
    if (!source.empty()) client_.set_interface(source);
    client_.set_connection_timeout(2, 0);
    client_.set_read_timeout(20, 0);
    client_.set_keep_alive(true);
    client_.set_tcp_nodelay(true);
  }

  Reply get(const std::string& path) { return done(client_.Get(path.c_str(), headers())); }
  Reply post(const std::string& path, const std::string& body, const std::string& type = "application/json") {
    return done(client_.Post(path.c_str(), headers(), body, type.c_str()));
  }
  Reply join(const std::string& code, const std::string& name = "") {
    nlohmann::json j{{"code", code}, {"name", name}};
    Reply r = post("/api/join", j.dump());
    std::string set = r.header("Set-Cookie");
    if (r.status == 200 && set.rfind("lineage_class=", 0) == 0) cookie_ = set.substr(0, set.find(';'));
    return r;
  }
  Reply answer(const nlohmann::json& answer) { return post("/api/answer", answer.dump()); }
  Reply state(long since = -1) { return get(since < 0 ? "/api/state" : "/api/state?since=" + std::to_string(since)); }

  const std::string& cookie() const { return cookie_; }
  void set_cookie(std::string cookie) { cookie_ = std::move(cookie); }
  httplib::Client& client() { return client_; }

 private:
  httplib::Headers headers() const {
    httplib::Headers h;
    if (!cookie_.empty()) h.emplace("Cookie", cookie_);
    return h;
  }
  static Reply done(const httplib::Result& r) {
    Reply out;
    if (r) {
      out.status = r->status;
      out.body = r->body;
      out.headers = r->headers;
    }
    return out;
  }
  httplib::Client client_;
  std::string cookie_;
};

// Sends raw bytes on a new connection from `source` and returns what comes back before the
// server closes it or `wait_ms` passes.
inline std::string raw_exchange(int port, const std::string& bytes, const std::string& source = "127.0.0.1",
                                int wait_ms = 3000) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return {};
  sockaddr_in from{};
  from.sin_family = AF_INET;
  ::inet_pton(AF_INET, source.c_str(), &from.sin_addr);
  ::bind(fd, reinterpret_cast<sockaddr*>(&from), sizeof from);
  sockaddr_in to{};
  to.sin_family = AF_INET;
  to.sin_port = htons(std::uint16_t(port));
  ::inet_pton(AF_INET, "127.0.0.1", &to.sin_addr);
  timeval tv{wait_ms / 1000, (wait_ms % 1000) * 1000};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  std::string got;
  if (::connect(fd, reinterpret_cast<sockaddr*>(&to), sizeof to) == 0) {
    ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    char buffer[4096];
    for (;;) {
      ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
      if (n <= 0) break;
      got.append(buffer, std::size_t(n));
      // A whole response (headers and Content-Length bytes) is enough: keep-alive would wait.
      std::size_t end = got.find("\r\n\r\n");
      if (end == std::string::npos) continue;
      std::size_t length = 0, at = got.find("Content-Length: ");
      if (at != std::string::npos && at < end) length = std::size_t(std::atol(got.c_str() + at + 16));
      if (got.size() >= end + 4 + length) break;
    }
  }
  ::close(fd);
  return got;
}

inline int raw_status(const std::string& response) {
  if (response.rfind("HTTP/1.1 ", 0) != 0 || response.size() < 12) return 0;
  return std::atoi(response.substr(9, 3).c_str());
}

}  // namespace lineage::testing
