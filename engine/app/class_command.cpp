#include "app/class_command.hpp"

#include <unistd.h>

#include <chrono>
#include <ctime>
#include <deque>
#include <fstream>
#include <iostream>
#include <mutex>
#include <optional>
#include <thread>

#include "classnet/class_server.hpp"
#include "core/classroom/board.hpp"
#include "core/classroom/class_store.hpp"
#include "core/journal/journal.hpp"
#include "core/script/loader.hpp"
#include "platform/paths.hpp"

namespace lineage {
namespace {

using namespace classroom;

struct ClassArgs {
  std::string verb, bind, data_dir, story_dir, lesson, code, out;
  int port = 8765;
  std::int64_t session = 0;
  bool anonymous = false;
};

std::optional<ClassArgs> parse(const std::vector<std::string>& args, std::string& error) {
  ClassArgs a;
  if (args.empty()) { error = "say what to do: serve, list, export or delete"; return std::nullopt; }
  a.verb = args[0];
  if (a.verb != "serve" && a.verb != "list" && a.verb != "export" && a.verb != "delete") {
    error = "unknown class command '" + a.verb + "'";
    return std::nullopt;
  }
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& k = args[i];
    if (k == "--anonymous") { a.anonymous = true; continue; }
    if (i + 1 >= args.size() || args[i + 1].empty()) { error = k + " needs a value"; return std::nullopt; }
    const std::string& v = args[++i];
    try {
      if (k == "--bind") a.bind = v == "loopback" ? "127.0.0.1" : v;
      else if (k == "--port") a.port = std::stoi(v);
      else if (k == "--data-dir") a.data_dir = v;
      else if (k == "--story") a.story_dir = v;
      else if (k == "--lesson") a.lesson = v;
      else if (k == "--code") a.code = v;
      else if (k == "--out") a.out = v;
      else if (k == "--session") a.session = std::stoll(v);
      else { error = "unknown option " + k; return std::nullopt; }
    } catch (const std::exception&) {
      error = k + " needs a number, not '" + v + "'";
      return std::nullopt;
    }
  }
  if (a.port < 0 || a.port > 65535) { error = "--port must be 0-65535"; return std::nullopt; }
  if ((a.verb == "export" || a.verb == "delete") && a.session <= 0) { error = "--session ID is needed (see: lineage class list)"; return std::nullopt; }
  if (a.verb == "export" && a.out.empty()) { error = "--out FILE.csv is needed"; return std::nullopt; }
  return a;
}

std::filesystem::path database_of(const ClassArgs& a) {
  std::filesystem::path dir = a.data_dir.empty() ? default_data_dir() : std::filesystem::path(a.data_dir);
  Journal journal(dir);  // makes the folder and brings the schema up to date
  return journal.database_path();
}

std::string when(std::int64_t ms) {
  if (!ms) return "-";
  std::time_t t = std::time_t(ms / 1000);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%d %H:%M", std::localtime(&t));
  return text;
}

std::string answer_words(const ClassAnswer& a) {
  if (a.scale) return "scale=" + std::to_string(*a.scale);
  if (!a.option.empty()) return "option=" + a.option + (a.confidence ? " confidence=" + std::to_string(a.confidence) : "");
  return "text (" + std::to_string(a.text.size()) + " bytes)";
}

int serve(const ClassArgs& a) {
  std::filesystem::path story_dir = a.story_dir.empty() ? find_bundled("story") : std::filesystem::path(a.story_dir);
  LoadResult loaded = load_story(story_dir);
  if (!loaded.story) {
    std::cerr << "lineage: the story in " << story_dir.string() << " has errors (lineage check shows them)\n";
    return 1;
  }
  const Story& story = *loaded.story;
  ClassServerOptions o;
  o.bind_address = a.bind;
  o.port = a.port;
  o.database = database_of(a);
  o.lesson = a.lesson;
  o.names_allowed = !a.anonymous;
  o.join_code = a.code;
  ClassServer server(o);
  std::string error;
  if (!server.start(error)) {
    std::cerr << "lineage: " << error << "\n";
    return 1;
  }
  std::cout << "url " << server.join_url() << "\ncode " << server.join_code() << "\nsession " << server.session_id()
            << std::endl;

  // Standard input on its own thread, so the loop below (like the render loop) never blocks on it.
  std::mutex mutex;
  std::deque<std::string> lines;
  bool input_done = false;
  std::thread reader([&] {
    std::string line;
    while (std::getline(std::cin, line)) {
      std::lock_guard lock(mutex);
      lines.push_back(line);
    }
    std::lock_guard lock(mutex);
    input_done = true;
  });
  reader.detach();

  ClassBoard board;
  for (;;) {
    for (const auto& e : server.take_events()) {
      board.apply(e);
      if (e.kind == ClassEvent::Kind::Joined) std::cout << "joined " << e.device << (e.name.empty() ? "" : " " + e.name) << std::endl;
      if (e.kind == ClassEvent::Kind::Answered)
        std::cout << "answer " << e.device << " " << e.prompt << " " << answer_words(e.answer) << std::endl;
    }
    std::optional<std::string> line;
    bool eof = false;
    {
      std::lock_guard lock(mutex);
      if (!lines.empty()) { line = lines.front(); lines.pop_front(); }
      else eof = input_done;
    }
    if (!line) {
      if (eof) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
      continue;
    }
    std::string verb = line->substr(0, line->find(' '));
    std::string rest = line->find(' ') == std::string::npos ? "" : line->substr(line->find(' ') + 1);
    auto device = [&]() { try { return std::stoi(rest); } catch (...) { return 0; } };
    if (verb == "open") {
      int p = story.prompt(rest);
      if (p < 0) { std::cout << "error no prompt '" << rest << "'" << std::endl; continue; }
      server.open_prompt(class_prompt(story.prompts[std::size_t(p)]));
      std::cout << "opened " << rest << std::endl;
    } else if (verb == "lock") { server.lock(); std::cout << "locked" << std::endl; }
    else if (verb == "unlock") { server.unlock(); std::cout << "unlocked" << std::endl; }
    else if (verb == "reveal") { server.reveal(); std::cout << "revealed" << std::endl; }
    else if (verb == "show" || verb == "hide") {
      bool ok = board.show(device(), verb == "show");
      for (const auto& answer : board.open_answers())  // kept, for the lesson handout's class section
        if (ok && answer.device == device()) server.show_answer(answer.row, verb == "show");
      std::cout << (ok ? (verb == "show" ? "shown " : "hidden ") : "error no open answer from ") << device() << std::endl;
    } else if (verb == "clear") {
      auto row = board.clear(device());
      std::cout << (row && server.clear_answer(*row) ? "cleared " : "error nothing to clear from ") << device() << std::endl;
    } else if (verb == "tally") {
      auto t = board.tally();
      std::cout << "tally joined=" << board.joined() << " answered=" << t.answered;
      for (const auto& b : t.bars) std::cout << " [" << b.label << "]=" << b.count;
      std::cout << " shown=" << board.shown_answers().size() << std::endl;
    } else if (verb == "end") {
      break;
    } else if (!verb.empty()) {
      std::cout << "error unknown command '" << verb << "'" << std::endl;
    }
  }
  server.stop();
  std::cout << "ended" << std::endl;
  return 0;
}

int export_csv(const ClassArgs& a) {
  namespace fs = std::filesystem;
  ClassStore store(database_of(a));
  if (!store.ok()) { std::cerr << "lineage: " << store.error() << "\n"; return 2; }
  bool found = false;
  for (const auto& s : store.sessions()) found = found || s.id == a.session;
  if (!found) { std::cerr << "lineage: there is no class session " << a.session << " (lineage class list)\n"; return 1; }
  fs::path out(a.out);
  std::error_code ec;
  auto status = fs::symlink_status(out, ec);
  if (fs::exists(status) && !fs::is_regular_file(status)) {
    std::cerr << "lineage: " << a.out << " is not a regular file; it is left as it is\n";
    return 1;
  }
  fs::path folder = out.has_parent_path() ? out.parent_path() : fs::path(".");
  if (!fs::is_directory(folder, ec)) { std::cerr << "lineage: the folder " << folder.string() << " does not exist\n"; return 1; }
  fs::path partial = out;
  partial += ".partial";
  {
    std::ofstream file(partial, std::ios::binary | std::ios::trunc);
    write_session_csv(store, a.session, file);
    file.flush();
    if (!file) { std::cerr << "lineage: could not write " << partial.string() << "\n"; return 1; }
  }
  fs::rename(partial, out, ec);
  if (ec) { std::cerr << "lineage: could not write " << a.out << ": " << ec.message() << "\n"; return 1; }
  std::cout << "wrote " << a.out << "\n";
  return 0;
}

}  // namespace

std::string class_usage() {
  return "lineage class serve [--bind ADDRESS|loopback] [--port N] [--lesson NAME] [--anonymous] [--code CODE]\n"
         "                    [--story DIR] [--data-dir DIR]\n"
         "                                 # class responses without a window; actions on stdin:\n"
         "                                 # open PROMPT, lock, unlock, reveal, show N, hide N, clear N, tally, end\n"
         "lineage class list [--data-dir DIR]\n"
         "lineage class export --session ID --out FILE.csv [--data-dir DIR]\n"
         "lineage class delete --session ID [--data-dir DIR]\n";
}

int class_command(const std::vector<std::string>& args) {
  std::string error;
  auto a = parse(args, error);
  if (!a) {
    std::cerr << "lineage: " << error << "\n" << class_usage();
    return 2;
  }
  if (a->verb == "serve") return serve(*a);
  if (a->verb == "export") return export_csv(*a);
  ClassStore store(database_of(*a));
  if (!store.ok()) { std::cerr << "lineage: " << store.error() << "\n"; return 2; }
  if (a->verb == "delete") {
    if (!store.delete_session(a->session)) { std::cerr << "lineage: there is no class session " << a->session << "\n"; return 1; }
    std::cout << "deleted class session " << a->session << " and its answers\n";
    return 0;
  }
  for (const auto& s : store.sessions())
    std::cout << s.id << "\t" << (s.lesson.empty() ? "-" : s.lesson) << "\t" << when(s.started_at) << "\t" << s.answers
              << " answers\n";
  return 0;
}

}  // namespace lineage
