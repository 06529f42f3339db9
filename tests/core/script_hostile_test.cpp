// Hostile story folders, generated: each kind of damage (file types, sizes, encodings, line
// ends, names, permissions, loops, counts, references) with the diagnostic `lineage check` must
// print, its exit code (0 loads, 1 refused), a time bound (10 s) and a memory bound (256 MB
// more than the test process, measured as the child's peak resident memory, so it holds on the
// sanitizer build too). Each check runs in a child process under an alarm (and, outside the
// sanitizer build, an address-space limit), so a hang or a runaway allocation fails its row
// instead of stalling the suite. Permission rows drop to user nobody in the child (tests run
// as root, who reads anything).
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <sstream>
#include <sys/socket.h>
#include <sys/un.h>
#include <functional>
#include <string>
#include <vector>

#include "child_limits.hpp"
#include "core/script/check.hpp"
#include "core/script/loader.hpp"
#include "journal_temp_dir.hpp"
#include "script_test_util.hpp"

using lineage::testing::TempDir;
using lineage::testing::write_file;
namespace fs = std::filesystem;

namespace {

const std::string kBook = "book b\n  title: T\n  author: A\n";

// The tests' small valid base (book, source, fact f-ada, lane ada, people) in `dir`, plus
// `count` moments in lane ada written latest first: one ordering warning each.
void base_with_moments_in_reverse(const fs::path& dir, int count) {
  fs::copy_file(script_test::kScripts / "base.story", dir / "base.story");
  fs::copy_file(script_test::kScripts / "notes.txt", dir / "notes.txt");
  std::string text;
  for (int i = count; i >= 1; --i)
    text += "moment m" + std::to_string(i) + "\n  title: M\n  when: " + std::to_string(1000 + i) +
            "\n  lane: ada\n  facts: f-ada\n\n";
  write_file(dir / "reverse.story", text);
}

// The valid base (base.story, notes.txt) with `text` beside it as `name`.
void base_plus(const fs::path& dir, const std::string& name, const std::string& text) {
  fs::copy_file(script_test::kScripts / "base.story", dir / "base.story");
  fs::copy_file(script_test::kScripts / "notes.txt", dir / "notes.txt");
  write_file(dir / name, text);
}
auto with_base(std::string text, std::string name = "extra.story") {
  return [text = std::move(text), name = std::move(name)](const fs::path& d) { base_plus(d, name, text); };
}
std::string repeat(const std::string& unit, int times) {
  std::string out;
  out.reserve(unit.size() * std::size_t(times));
  for (int i = 0; i < times; ++i) out += unit;
  return out;
}
// `count` blocks made by `block(i)`.
std::string blocks(int count, const std::function<std::string(int)>& block) {
  std::string out;
  for (int i = 0; i < count; ++i) out += block(i) + "\n";
  return out;
}
// The base story's text with every "\n" turned into `end`.
std::string base_with_line_ends(const std::string& end) {
  std::string text = script_test::read(script_test::kScripts / "base.story"), out;
  for (char c : text) out += c == '\n' ? end : std::string(1, c);
  return out;
}
void unix_socket(const fs::path& path) {
  int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  std::snprintf(addr.sun_path, sizeof addr.sun_path, "%s", path.c_str());
  if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) std::perror("bind");
  ::close(fd);
}

struct Hostile {
  const char* kind;
  std::function<void(const fs::path&)> make;
  const char* says;  // what `lineage check` prints must contain this; "" = nothing in particular
  int exit_code;     // `lineage check`: 0 the story loads, 1 it is refused
  bool as_nobody = false;  // run the check as user nobody (permission rows)
};

const std::vector<Hostile>& hostile_stories() {
  const std::string book = kBook;
  static const std::vector<Hostile> rows = {
      // --- File types.
      {"empty folder", [](const fs::path&) {}, "no .story files found", 1},
      {"a FIFO named .story", [](const fs::path& d) { ::mkfifo((d / "a.story").c_str(), 0644); }, "not a regular file", 1},
      {"a symlink to /dev/zero", [](const fs::path& d) { fs::create_symlink("/dev/zero", d / "a.story"); },
       "not a regular file", 1},
      {"a symlink to /dev/null", [](const fs::path& d) { fs::create_symlink("/dev/null", d / "a.story"); },
       "not a regular file", 1},
      {"a symlink to /dev/urandom", [](const fs::path& d) { fs::create_symlink("/dev/urandom", d / "a.story"); },
       "not a regular file", 1},
      {"a folder named .story", [](const fs::path& d) { fs::create_directory(d / "a.story"); }, "not a regular file", 1},
      {"a socket named .story", [](const fs::path& d) { unix_socket(d / "a.story"); }, "not a regular file", 1},
      {"a dangling symlink", [](const fs::path& d) { fs::create_symlink(d / "nowhere", d / "a.story"); },
       "cannot read this file", 1},
      {"a loop of two symlinks",
       [](const fs::path& d) {
         fs::create_symlink(d / "b.story", d / "a.story");
         fs::create_symlink(d / "a.story", d / "b.story");
       },
       "cannot read this file", 1},
      {"a symlink to a good file elsewhere",
       [](const fs::path& d) {
         base_plus(d, "unused.txt", "");
         fs::create_directory(d / "elsewhere");
         write_file(d / "elsewhere" / "more.txt", "prompt more\n  about: ada-leaves\n  text: And then?\n");
         fs::create_symlink(d / "elsewhere" / "more.txt", d / "more.story");
       },
       "", 0},
      {"a hard link to the base", [](const fs::path& d) {
         base_plus(d, "unused.txt", "");
         fs::create_hard_link(d / "base.story", d / "again.txt");
       }, "", 0},
      // --- Sizes.
      {"a sparse 64 MB file",
       [](const fs::path& d) {
         write_file(d / "a.story", "");
         fs::resize_file(d / "a.story", std::uintmax_t(64) << 20);
       },
       "file too large", 1},
      {"a file one byte over the limit",
       [](const fs::path& d) {
         write_file(d / "a.story", "");
         fs::resize_file(d / "a.story", lineage::kMaxScriptBytes + 1);
       },
       "file too large", 1},
      {"one 8 MB line", [](const fs::path& d) { write_file(d / "a.story", std::string(8u << 20, 'x')); }, "", 1},
      {"an 8 MB title", with_base("moment big\n  title: " + std::string(8u << 20, 'x') + "\n  when: 1970\n  lane: ada\n  facts: f-ada\n"),
       "", 0},
      {"a 2 MB id", with_base("moment " + std::string(2u << 20, 'm') + "\n  title: M\n  when: 1970\n  lane: ada\n  facts: f-ada\n"),
       "is not a valid id", 1},
      {"an empty file beside the base", with_base(""), "", 0},
      {"an empty file alone", [](const fs::path& d) { write_file(d / "a.story", ""); }, "no `book` block", 1},
      {"a file of only newlines", with_base(std::string(1u << 20, '\n')), "", 0},
      {"a file of only comments", with_base(repeat("# nothing to see here\n", 50000)), "", 0},
      {"a file of only spaces", with_base(std::string(1u << 20, ' ')), "", 0},
      {"300 lines of garbage", [](const fs::path& d) {
         std::string text;
         for (int i = 0; i < 300; ++i) text += "garbage " + std::to_string(i) + "\n";
         write_file(d / "a.story", text);
       }, "too many errors in this file; stopping here", 1},
      // --- Encodings.
      {"NUL bytes", [](const fs::path& d) { write_file(d / "a.story", kBook + std::string(1000, '\0')); }, "", 1},
      {"invalid UTF-8", [](const fs::path& d) { write_file(d / "a.story", kBook + "\xff\xfe\xc3(\n"); }, "", 1},
      {"a UTF-8 byte-order mark", with_base("\xEF\xBB\xBFprompt bom\n  about: ada-leaves\n  text: Why?\n"), "", 0},
      {"UTF-16 with a byte-order mark", with_base(std::string("\xFF\xFEp\0r\0o\0m\0p\0t\0 \0x\0\n\0", 20)), "", 1},
      {"UTF-16 big-endian", with_base(std::string("\xFE\xFF\0p\0r\0o\0m\0p\0t\0 \0x\0\n", 20)), "", 1},
      {"overlong UTF-8", with_base("prompt over\n  about: ada-leaves\n  text: \xC0\xAF\xE0\x80\xAF\n"), "", 1},
      {"UTF-8 surrogates", with_base("prompt sur\n  about: ada-leaves\n  text: \xED\xA0\x80\n"), "", 1},
      {"code points past U+10FFFF", with_base("prompt big\n  about: ada-leaves\n  text: \xF4\x90\x80\x80\n"), "", 1},
      {"Latin-1 text", with_base("prompt lat\n  about: ada-leaves\n  text: caf\xE9\n"), "", 1},
      {"a truncated UTF-8 sequence at the end", with_base("prompt cut\n  about: ada-leaves\n  text: \xE6\xBC"), "", 1},
      {"right-to-left override and zero-width in text",
       with_base("prompt rtl\n  about: ada-leaves\n  text: \xE2\x80\xAEWhy\xE2\x80\x8B?\n"), "", 0},
      {"emoji and combining marks in text", with_base("prompt emo\n  about: ada-leaves\n  text: e\xCC\x81 \xF0\x9F\x98\x80?\n"), "", 0},
      {"control characters in text", with_base("prompt ctl\n  about: ada-leaves\n  text: \x1B[31mred\x07\n"), "", 0},
      // --- Line ends and whitespace.
      {"CR-only line ends", [](const fs::path& d) {
         std::string text = kBook;
         for (char& c : text)
           if (c == '\n') c = '\r';
         write_file(d / "a.story", text);
       }, "", 0},
      {"CR-only base story", [](const fs::path& d) {
         base_plus(d, "unused.txt", "");
         write_file(d / "base.story", base_with_line_ends("\r"));
       }, "", 0},
      {"CRLF base story", [](const fs::path& d) {
         base_plus(d, "unused.txt", "");
         write_file(d / "base.story", base_with_line_ends("\r\n"));
       }, "", 0},
      {"LF CR line ends", [](const fs::path& d) {
         base_plus(d, "unused.txt", "");
         write_file(d / "base.story", base_with_line_ends("\n\r"));
       }, "", 0},
      {"no newline at the end", with_base("prompt last\n  about: ada-leaves\n  text: Why?"), "", 0},
      {"form feeds and vertical tabs", with_base("prompt ff\n\f  about: ada-leaves\n\v  text: Why?\n"), "", 1},
      {"tab indentation", with_base("prompt tab\n\tabout: ada-leaves\n\ttext: Why?\n"), "", 1},
      {"indentation 100,000 spaces deep", with_base("prompt deep\n" + std::string(100000, ' ') + "about: ada-leaves\n"), "", 1},
      {"indentation in 1,000 steps", with_base(blocks(1000, [](int i) { return std::string(std::size_t(i), ' ') + "x:"; })), "", 1},
      // --- Names.
      {"a file name with a newline",
       [](const fs::path& d) {
         write_file(d / "book.story", kBook);
         write_file(d / "bad\nname.story", "nonsense\n");
       },
       "bad\\nname.story", 1},
      {"a file name with an escape sequence",
       [](const fs::path& d) {
         write_file(d / "book.story", kBook);
         write_file(d / "bad\x1B[2Jname.story", "nonsense\n");
       },
       "bad\\x1B[2Jname.story", 1},
      {"a file name that is not UTF-8",
       [](const fs::path& d) {
         write_file(d / "book.story", kBook);
         write_file(d / "bad\xFFname.story", "nonsense\n");
       },
       "bad\\xFFname.story", 1},
      {"a 250-byte file name", [](const fs::path& d) {
         write_file(d / "book.story", kBook);
         write_file(d / (std::string(244, 'n') + ".story"), "nonsense\n");
       }, "nnnnnnnn", 1},
      {"a file named .story", [](const fs::path& d) {
         base_plus(d, ".story", "nonsense\n");
       }, "", 0},  // a hidden file is not part of the story
      {"a file named -rf.story", with_base("prompt dash\n  about: ada-leaves\n  text: Why?\n", "-rf.story"), "", 0},
      {"a file name with spaces and quotes", with_base("nonsense\n", "it's a \"story\".story"), "it's a \"story\".story", 1},
      // --- Permissions (checked as user nobody).
      {"an unreadable file",
       [](const fs::path& d) {
         base_plus(d, "locked.story", "prompt locked\n");
         fs::permissions(d / "locked.story", fs::perms::none);
       },
       "cannot read", 1, true},
      {"an unreadable subfolder",
       [](const fs::path& d) {
         base_plus(d, "unused.txt", "");
         fs::create_directory(d / "sub");
         write_file(d / "sub" / "more.story", "prompt more\n  about: ada-leaves\n  text: And?\n");
         fs::permissions(d / "sub", fs::perms::none);
       },
       "sub", 1, true},
      {"a subfolder that can be listed but not entered",
       [](const fs::path& d) {
         base_plus(d, "unused.txt", "");
         fs::create_directory(d / "sub");
         write_file(d / "sub" / "more.story", "prompt more\n  about: ada-leaves\n  text: And?\n");
         fs::permissions(d / "sub", fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
       },
       "sub", 1, true},
      {"an unreadable notes file",
       [](const fs::path& d) {
         base_plus(d, "unused.txt", "");
         fs::permissions(d / "notes.txt", fs::perms::none);
       },
       "notes.txt", 1, true},
      // --- Folders and loops.
      {"a folder that links to itself",
       [](const fs::path& d) {
         write_file(d / "book.story", kBook);
         fs::create_directory_symlink(d, d / "loop");
       },
       "", 0},
      {"a folder that links to its parent",
       [](const fs::path& d) {
         fs::create_directory(d / "story");
         write_file(d / "story" / "book.story", kBook);
         fs::create_directory_symlink(d, d / "story" / "up");
       },
       "", 0},
      {"folders nested 100 deep",
       [](const fs::path& d) {
         write_file(d / "book.story", kBook);
         fs::path deep = d;
         for (int i = 0; i < 100; ++i) deep /= "d";
         fs::create_directories(deep);
         write_file(deep / "deep.story", "nonsense\n");
       },
       "nested more than 64 deep", 1},
      {"2000 empty files",
       [](const fs::path& d) {
         write_file(d / "book.story", kBook);
         for (int i = 0; i < 2000; ++i) write_file(d / ("f" + std::to_string(i) + ".story"), "");
       },
       "", 0},
      {"a notes file that is a FIFO",
       [](const fs::path& d) {
         base_plus(d, "unused.txt", "");
         fs::remove(d / "notes.txt");
         ::mkfifo((d / "notes.txt").c_str(), 0644);
       },
       "notes.txt", 1},
      {"a notes file linked to /dev/zero",
       [](const fs::path& d) {
         base_plus(d, "unused.txt", "");
         fs::remove(d / "notes.txt");
         fs::create_symlink("/dev/zero", d / "notes.txt");
       },
       "notes.txt", 1},
      // A source may be any readable regular file (the bundled story's notes sit outside its folder),
      // but never a device or an endless file.
      {"a source file that is /dev/zero", with_base("source other\n  file: /dev/zero\n"), "cannot read source file", 1},
      {"a source file that is /dev/stdin", with_base("source other\n  file: /dev/stdin\n"), "cannot read source file", 1},
      {"a source file that is /proc/self/mem", with_base("source other\n  file: /proc/self/mem\n"),
       "cannot read source file", 1},
      // --- Counts.
      {"1000 moments written in reverse", [](const fs::path& d) { base_with_moments_in_reverse(d, 1000); },
       "more warning(s) and note(s) in this file not shown", 0},
      {"5000 prompts", with_base(blocks(5000, [](int i) {
         return "prompt q" + std::to_string(i) + "\n  about: ada-leaves\n  text: Question " + std::to_string(i) + "?";
       })), "", 0},
      {"3000 people in one line of descent", with_base(blocks(3000, [](int i) {
         return "person p" + std::to_string(i) + "\n  name: P" + std::to_string(i) + "\n  facts: f-ada\n" +
                (i ? "parent p" + std::to_string(i - 1) + " -> p" + std::to_string(i) : std::string());
       })), "", 0},
      {"a fact cited 10,000 times", with_base("moment many\n  title: M\n  when: 1970\n  lane: ada\n  facts: " +
                                              repeat("f-ada, ", 9999) + "f-ada\n"), "", 0},
      {"the same id 1000 times", with_base(blocks(1000, [](int) { return std::string("prompt same\n  about: ada-leaves\n  text: Q?"); })),
       "", 1},
      {"5000 unknown references", with_base(blocks(5000, [](int i) {
         return "prompt r" + std::to_string(i) + "\n  about: nowhere-" + std::to_string(i) + "\n  text: Q?";
       })), "too many errors in this file; stopping here", 1},
      // --- References and values.
      {"a cycle of parents", [](const fs::path& d) {
         write_file(d / "a.story", script_test::read(script_test::kScripts / "broken" / "parent-cycle.story"));
       }, "", 1},
      {"a person who is her own mother", with_base("parent ada -> ada\n"), "cannot be their own parent", 1},
      {"a long cycle of parents", with_base(blocks(2000, [](int i) {
         return "person c" + std::to_string(i) + "\n  name: C\n  facts: f-ada\nparent c" + std::to_string(i) + " -> c" +
                std::to_string((i + 1) % 2000);
       })), "parentage forms a cycle", 1},
      {"a year with 40 digits", with_base("moment y\n  title: M\n  when: " + std::string(40, '9') + "\n  lane: ada\n  facts: f-ada\n"),
       "", 1},
      {"a negative year", with_base("moment y\n  title: M\n  when: -99999999999\n  lane: ada\n  facts: f-ada\n"), "", 1},
      {"a second book", with_base(book), "", 1},
      {"a block with no id", with_base("prompt\n  about: ada-leaves\n  text: Q?\n"), "", 1},
      {"an unknown block kind", with_base("spaceship enterprise\n  warp: 9\n"), "", 1},
      {"a citation of line 99999999999999999999", with_base("fact f-big\n  text: Big.\n  cite: notes:99999999999999999999\n"),
       "", 1},
  };
  return rows;
}

// Runs `lineage check` on the folder in a child (10 s, 256 MB of address space outside the
// sanitizer build); exit 0 if it met the row's expectations. `peak_mb` is the child's peak
// resident memory.
int check_bounded(const fs::path& dir, const Hostile& row, double& seconds, double& peak_mb) {
  std::fflush(nullptr);
  auto t0 = std::chrono::steady_clock::now();
  pid_t child = ::fork();
  if (child == 0) {
    ::alarm(10);
    if (row.as_nobody && ::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) ::_exit(4);
    lineage::testing::limit_child_memory(256u << 20);
    std::ostringstream out;
    int exit_code = 0;
    try {
      exit_code = lineage::check_command(dir, out);
    } catch (const std::exception& e) {  // out of memory under the limit, say: a failure, in this child
      std::fprintf(stderr, "lineage check threw: %s\n", e.what());
      ::_exit(5);
    }
    bool said = out.str().find(row.says) != std::string::npos;
    int code = (said ? 0 : 1) | (exit_code == row.exit_code ? 0 : 2);
    if (code) std::fprintf(stderr, "lineage check exited %d:\n%s\n", exit_code, out.str().substr(0, 2000).c_str());
    ::_exit(code);
  }
  int status = 0;
  rusage usage{};
  ::wait4(child, &status, 0, &usage);
  seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  peak_mb = double(usage.ru_maxrss) / 1024.0;  // Linux: kilobytes
  return WIFEXITED(status) ? WEXITSTATUS(status) : 100 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

// The peak resident memory of a child that does nothing: what a fork of this process starts at.
double baseline_mb() {
  std::fflush(nullptr);
  pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  int status = 0;
  rusage usage{};
  ::wait4(child, &status, 0, &usage);
  return double(usage.ru_maxrss) / 1024.0;
}

}  // namespace

TEST_CASE("Hostile stories: each kind of damage gets its diagnostic and exit code, in time and memory",
          "[script][hostile]") {
  REQUIRE(hostile_stories().size() >= 60);
  const double baseline = baseline_mb();
  for (const Hostile& row : hostile_stories()) {
    DYNAMIC_SECTION(row.kind) {
      TempDir dir("hostile-story");
      row.make(dir.path());
      double seconds = 0, peak_mb = 0;
      int code = check_bounded(dir.path(), row, seconds, peak_mb);
      INFO("1 = diagnostic missing, 2 = wrong exit code, 3 = both, 4 = could not become nobody, 5 = threw, "
           "100+N = killed by signal N (14: the 10 s alarm)");
      INFO("peak memory " << peak_mb << " MB, the test process " << baseline << " MB; " << seconds << " s");
      if (seconds > 1.0) std::printf("hostile story '%s': %.1f s, peak %.0f MB\n", row.kind, seconds, peak_mb);
      CHECK(code == 0);
      CHECK(seconds < 10.0);
      CHECK(peak_mb - baseline < 256.0);
    }
  }
}
