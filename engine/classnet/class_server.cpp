#include "classnet/class_server.hpp"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <chrono>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "classnet/embedded_assets.hpp"
#include "core/classroom/class_requests.hpp"
#include "core/classroom/secrets.hpp"
#include "core/classroom/text_rules.hpp"

namespace lineage::classroom {
namespace {

using nlohmann::json;
constexpr std::size_t kMaxBody = 4096;
constexpr const char* kCookie = "lineage_class";

std::int64_t steady_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::steady_clock::now().time_since_epoch()).count();
}

void reply(httplib::Response& res, int status, const json& body) {
  res.status = status;
  res.set_content(body.dump(), "application/json; charset=utf-8");
}

void refuse(httplib::Response& res, int status, const std::string& message) {
  reply(res, status, json{{"error", message}});
}

// A request refused before its body was read: the connection is closed after the reply, or
// the unread body would be taken for the next request.
httplib::Server::HandlerResponse refuse_early(httplib::Response& res, int status, const std::string& message) {
  refuse(res, status, message);
  res.set_header("Connection", "close");
  return httplib::Server::HandlerResponse::Handled;
}

// The session token from the Cookie header, or "" (never logged anywhere).
std::string token_of(const httplib::Request& req) { return cookie_value(req.get_header_value("Cookie"), kCookie); }

json prompt_json(const ClassPrompt& p) {
  json options = json::array();
  for (const auto& [id, text] : p.options) options.push_back({{"id", id}, {"text", text}});
  return {{"id", p.id}, {"text", p.text}, {"kind", kind_name(p.kind)}, {"options", options},
          {"scale_low", p.scale_low}, {"scale_high", p.scale_high}, {"scale_points", p.scale_points},
          {"confidence", p.confidence}};
}

json answer_json(const ClassAnswer& a) {
  json j = json::object();
  if (!a.option.empty()) j["option"] = a.option;
  if (a.confidence) j["confidence"] = a.confidence;
  if (a.scale) j["scale"] = *a.scale;
  if (!a.text.empty()) j["text"] = a.text;
  return j;
}

bool private_v4(std::uint32_t host_order) {
  return (host_order >> 24) == 10 || (host_order >> 20) == ((172u << 4) | 1u) || (host_order >> 16) == ((192u << 8) | 168u);
}

}  // namespace

// httplib listens with a backlog of 5: thirty phones joining at once would see dropped SYNs
// and wait seconds. Linux lets listen() be called again on the socket to raise it.
class RoomServer : public httplib::Server {
 public:
  void raise_backlog() { ::listen(svr_sock_, SOMAXCONN); }
};

std::string first_private_address() {
  ifaddrs* list = nullptr;
  if (getifaddrs(&list) != 0) return {};
  std::string found;
  for (ifaddrs* i = list; i && found.empty(); i = i->ifa_next) {
    if (!i->ifa_addr || i->ifa_addr->sa_family != AF_INET) continue;
    auto* in = reinterpret_cast<sockaddr_in*>(i->ifa_addr);
    if (!private_v4(ntohl(in->sin_addr.s_addr))) continue;
    char text[INET_ADDRSTRLEN] = {};
    if (inet_ntop(AF_INET, &in->sin_addr, text, sizeof text)) found = text;
  }
  freeifaddrs(list);
  return found;
}

ClassServer::ClassServer(ClassServerOptions options)
    : options_(std::move(options)),
      code_(options_.join_code.empty() ? new_join_code() : options_.join_code),
      session_(code_, options_.names_allowed),
      per_token_(options_.answers_per_second),
      per_address_(options_.requests_per_second),
      joins_(options_.joins_per_second) {}

ClassServer::~ClassServer() { stop(); }

bool ClassServer::start(std::string& error) {
  store_ = std::make_unique<ClassStore>(options_.database);
  if (!store_->ok()) { error = store_->error(); return false; }
  auto id = store_->begin_session(options_.lesson, now_ms());
  if (!id) { error = "The class session could not be stored in " + options_.database.string() + "."; return false; }
  session_id_ = *id;

  address_ = options_.bind_address.empty() ? first_private_address() : options_.bind_address;
  if (address_.empty()) address_ = "127.0.0.1";
  http_ = std::make_unique<RoomServer>();
  int threads = options_.threads > 0 ? options_.threads : kMaxDevices + 56;
  http_->new_task_queue = [threads] { return new httplib::ThreadPool(std::size_t(threads)); };
  time_t sec = options_.read_timeout_ms / 1000, usec = (options_.read_timeout_ms % 1000) * 1000;
  http_->set_read_timeout(sec, usec);
  http_->set_write_timeout(sec, usec);
  http_->set_keep_alive_timeout(2);  // idle phones reconnect cheaply; stopping waits at most this
  http_->set_keep_alive_max_count(100);
  http_->set_payload_max_length(kMaxBody);
  http_->set_tcp_nodelay(true);  // small replies go at once (Nagle would hold each ~40 ms)
  install_routes();

  bool bound = options_.port == 0 ? (port_ = http_->bind_to_any_port(address_)) > 0
                                  : http_->bind_to_port(address_, port_ = options_.port);
  if (!bound) {
    error = "Cannot listen on " + address_ + ":" + std::to_string(options_.port) +
            " (is another program using the port, or is the address not this computer's?).";
    store_->end_session(session_id_, now_ms());
    return false;
  }
  static_cast<RoomServer&>(*http_).raise_backlog();
  running_ = true;
  listen_ended_ = false;
  thread_ = std::thread([this] {
    http_->listen_after_bind();
    listen_ended_ = true;
  });
  return true;
}

void ClassServer::stop() {
  if (!running_) return;
  {
    std::lock_guard lock(mutex_);
    session_.end();
    push_event(ClassEvent::of(ClassEvent::Kind::Ended));
  }
  changed_.notify_all();
  // httplib 0.11's stop() does nothing until its listen loop has begun: a stop just after start
  // would leave it listening and the join below waiting for ever. Wait for the loop to begin.
  while (!http_->is_running() && !listen_ended_) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  http_->stop();
  if (thread_.joinable()) thread_.join();
  running_ = false;
  store_->end_session(session_id_, now_ms());
}

std::string ClassServer::join_url() const {
  return "http://" + address_ + (port_ == 80 ? "" : ":" + std::to_string(port_)) + "/";
}

int ClassServer::joined() const {
  std::lock_guard lock(mutex_);
  return session_.device_count();
}

ClassServerCounts ClassServer::counts() const {
  std::lock_guard lock(mutex_);
  return counts_;
}

void ClassServer::changed() { changed_.notify_all(); }

void ClassServer::push_event(ClassEvent event) { events_.push_back(std::move(event)); }

std::vector<ClassEvent> ClassServer::take_events() {
  std::lock_guard lock(mutex_);
  std::vector<ClassEvent> out;
  out.swap(events_);
  return out;
}

bool ClassServer::open_prompt(const ClassPrompt& prompt) {
  // Stored first (a short local write on the caller's thread), then shown to the devices.
  if (store_) store_->add_prompt(session_id_, prompt_position_++, prompt, now_ms());
  {
    std::lock_guard lock(mutex_);
    if (session_.ended()) return false;
    session_.open_prompt(prompt);
    ClassEvent e = ClassEvent::of(ClassEvent::Kind::PromptOpened);
    e.opened = prompt;
    e.state = PromptState::Open;
    push_event(std::move(e));
  }
  changed();
  return true;
}

void ClassServer::lock() {
  { std::lock_guard l(mutex_); session_.lock(); ClassEvent e = ClassEvent::of(ClassEvent::Kind::StateChanged); e.state = session_.state(); push_event(e); }
  changed();
}
void ClassServer::unlock() {
  { std::lock_guard l(mutex_); session_.unlock(); ClassEvent e = ClassEvent::of(ClassEvent::Kind::StateChanged); e.state = session_.state(); push_event(e); }
  changed();
}
void ClassServer::reveal() {
  { std::lock_guard l(mutex_); session_.reveal(); ClassEvent e = ClassEvent::of(ClassEvent::Kind::StateChanged); e.state = session_.state(); push_event(e); }
  changed();
}

bool ClassServer::clear_answer(std::int64_t row) { return store_ && store_->mark_cleared(row); }
bool ClassServer::show_answer(std::int64_t row, bool shown) { return store_ && store_->mark_shown(row, shown); }

void ClassServer::install_routes() {
  httplib::Server& s = *http_;
  s.set_default_headers({
      {"Content-Security-Policy",
       "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"},
      {"X-Content-Type-Options", "nosniff"},
      {"Cache-Control", "no-store"},
      {"Referrer-Policy", "no-referrer"},
      {"X-Frame-Options", "DENY"},
      {"Cross-Origin-Resource-Policy", "same-origin"},
  });

  // Every request: the per-address limit, then only GET and POST; POSTs must be same-origin JSON.
  s.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    {
      std::lock_guard lock(mutex_);
      if (!per_address_.allow(req.remote_addr, steady_ms())) {
        ++counts_.rate_limited;
        res.set_header("Retry-After", "1");
        return refuse_early(res, 429, "Too many requests from this device; wait a moment.");
      }
    }
    // DNS rebinding: a page on another site whose name points at this computer would send its
    // own name as Host. Only this server's own address is answered.
    std::string host = req.get_header_value("Host");
    if (host != address_ + ":" + std::to_string(port_) && !(port_ == 80 && host == address_))
      return refuse_early(res, 400, "Use the address shown on the projector.");
    if (req.method == "POST") {
      std::string type = req.get_header_value("Content-Type");
      if (type.rfind("application/json", 0) != 0) return refuse_early(res, 415, "Send JSON.");
      std::string origin = req.get_header_value("Origin");
      if (!origin.empty() && origin != "http://" + req.get_header_value("Host"))
        return refuse_early(res, 403, "Requests from other sites are refused.");
    } else if (req.method != "GET" && req.method != "HEAD") {
      return refuse_early(res, 405, "Only GET and POST are served.");
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });

  s.set_error_handler([this](const httplib::Request&, httplib::Response& res) {
    if (res.status == 413) { refuse(res, 413, "The request is larger than 4 KB."); }
    else if (res.status == 404 || res.body.empty()) {
      if (res.status >= 400 && res.status < 500) { std::lock_guard lock(mutex_); ++counts_.bad_requests; }
      refuse(res, res.status, res.status == 404 ? "Not found." : "Bad request.");
    }
  });
  s.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    refuse(res, 500, "The server could not handle that request.");
  });

  // The students' page: three embedded files, matched exactly (no file system, no traversal).
  s.Get(R"(/|/class\.css|/class\.js)", [](const httplib::Request& req, httplib::Response& res) {
    const EmbeddedAsset* asset = find_asset(req.path);
    if (!asset) { refuse(res, 404, "Not found."); return; }
    res.set_content(std::string(asset->body), std::string(asset->content_type).c_str());
  });

  s.Get("/favicon.ico", [](const httplib::Request&, httplib::Response& res) { res.status = 204; });

  s.Post("/api/join", [this](const httplib::Request& req, httplib::Response& res) {
    if (!valid_utf8(req.body)) { refuse(res, 400, "The request holds characters that are not valid text (UTF-8)."); return; }
    std::string code, name;
    if (!parse_join_request(req.body, code, name)) {
      std::lock_guard lock(mutex_);
      ++counts_.bad_requests;
      refuse(res, 400, "Send the join code.");
      return;
    }
    JoinResult joined;
    {
      std::lock_guard lock(mutex_);
      if (!joins_.allow(req.remote_addr, steady_ms())) {
        ++counts_.rate_limited;
        refuse(res, 429, "Too many tries; wait a moment.");
        return;
      }
      joined = session_.join(code, name);
      if (joined.status == JoinStatus::Ok) {
        ClassEvent e = ClassEvent::of(ClassEvent::Kind::Joined);
        e.device = joined.device;
        e.name = session_.devices()[std::size_t(joined.device - 1)].name;
        push_event(std::move(e));
      }
    }
    switch (joined.status) {
      case JoinStatus::Ok:
        res.set_header("Set-Cookie", std::string(kCookie) + "=" + joined.token +
                                         "; Path=/; HttpOnly; SameSite=Strict; Max-Age=43200");
        reply(res, 200, json{{"joined", true}});
        return;
      case JoinStatus::WrongCode: refuse(res, 403, "That join code is not this class's. Check the projector."); return;
      case JoinStatus::Full: refuse(res, 409, "The class is full (200 devices)."); return;
      case JoinStatus::Ended: refuse(res, 410, "Class responses have ended."); return;
    }
  });

  // The prompt on show. Long polling: with ?since=V it waits (up to long_poll_ms) for a change.
  s.Get("/api/state", [this](const httplib::Request& req, httplib::Response& res) {
    std::string token = token_of(req);
    std::uint64_t since = 0;
    if (req.has_param("since")) {
      if (!parse_since(req.get_param_value("since"), since)) {
        refuse(res, 400, "Bad version.");
        return;
      }
    }
    std::unique_lock lock(mutex_);
    int device = session_.device_for(token);
    if (session_.ended()) { refuse(res, 410, "Class responses have ended."); return; }
    // Not joined (or a forged or old token): no prompt, only whether a name may be given.
    if (device == 0) { reply(res, 200, json{{"joined", false}, {"names", session_.names_allowed()}}); return; }
    // One waiting request per device at most, and never more than the pool can hold.
    if (since == session_.version() && waiting_ < kMaxDevices) {
      ++waiting_;
      changed_.wait_for(lock, std::chrono::milliseconds(options_.long_poll_ms),
                        [&] { return session_.version() != since || !running_; });
      --waiting_;
      if (session_.ended()) { refuse(res, 410, "Class responses have ended."); return; }
    }
    json out{{"joined", true}, {"version", session_.version()}, {"state", state_name(session_.state())}, {"prompt", nullptr}};
    if (session_.prompt() && session_.state() != PromptState::None) {
      out["prompt"] = prompt_json(*session_.prompt());
      if (auto mine = session_.answer_of(device)) out["answer"] = answer_json(*mine);
    }
    reply(res, 200, out);
  });

  s.Post("/api/answer", [this](const httplib::Request& req, httplib::Response& res) {
    std::string token = token_of(req);
    int device;
    std::string name;
    {
      std::lock_guard lock(mutex_);
      device = session_.device_for(token);
      if (device == 0) {
        ++counts_.answers_refused;
        refuse(res, session_.ended() ? 410 : 401, session_.ended() ? "Class responses have ended." : "Join the class first.");
        return;
      }
      if (!per_token_.allow(token, steady_ms())) {
        ++counts_.rate_limited;
        res.set_header("Retry-After", "1");
        refuse(res, 429, "Too many answers at once; wait a second and send again.");
        return;
      }
      name = session_.devices()[std::size_t(device - 1)].name;
    }
    if (!valid_utf8(req.body)) {
      std::lock_guard lock(mutex_);
      ++counts_.answers_refused;
      refuse(res, 400, "The answer holds characters that are not valid text (UTF-8).");
      return;
    }
    std::string prompt, error;
    ClassAnswer answer;
    if (!parse_answer_request(req.body, prompt, answer, error)) {
      std::lock_guard lock(mutex_);
      ++counts_.answers_refused;
      refuse(res, 400, error);
      return;
    }
    std::uint64_t sequence;
    {
      std::lock_guard lock(mutex_);
      AnswerCheck check = session_.check_answer(device, prompt, answer);
      if (check.status != AnswerStatus::Ok) {
        ++counts_.answers_refused;
        refuse(res, check.status == AnswerStatus::Invalid ? 400 : 409, check.message);
        return;
      }
      sequence = session_.next_sequence();
    }
    // Stored durably before anyone is told: the lock is not held over the disk write.
    auto row = store_->add_answer(session_id_, prompt, device, name, answer, now_ms());
    if (!row) {
      refuse(res, 503, "Not received: the teacher's computer could not store it. Send again.");
      return;
    }
    {
      std::lock_guard lock(mutex_);
      ++counts_.answers_received;
      if (session_.record_answer(device, prompt, answer, sequence)) {
        ClassEvent e = ClassEvent::of(ClassEvent::Kind::Answered);
        e.device = device;
        e.name = name;
        e.prompt = prompt;
        e.answer = answer;
        e.row = *row;
        push_event(std::move(e));
      }
    }
    reply(res, 200, json{{"received", true}});
  });
}

}  // namespace lineage::classroom
