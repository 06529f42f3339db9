// Every file Lineage reads goes through one reader that refuses what is not a regular file
// (a device, a FIFO, a folder, whether named directly or through a symlink) and what is too
// large, with a message saying which. Each case runs in a child process with an alarm and a
// memory limit, so a reader that hangs or swallows /dev/zero fails the test instead of
// stalling it.
#include <signal.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "child_limits.hpp"
#include "core/layout/genogram_style.hpp"
#include "core/script/loader.hpp"
#include "core/settings/settings.hpp"
#include "core/settings/theme.hpp"
#include "core/util/config_file.hpp"
#include "journal_temp_dir.hpp"

using lineage::testing::TempDir;
namespace fs = std::filesystem;

namespace {

// Exit code of `body` run in a child limited to 3 seconds and 256 MB; 200 if it was killed.
int bounded(const std::function<bool()>& body) {
  std::fflush(nullptr);
  pid_t child = ::fork();
  if (child == 0) {
    ::alarm(3);
    lineage::testing::limit_child_memory(256u << 20);
    bool ok = false;
    try {
      ok = body();
    } catch (...) {  // never back into the test framework from a child
    }
    ::_exit(ok ? 0 : 1);
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 200;
}

bool mentions(const std::vector<std::string>& warnings, const std::string& words) {
  for (const auto& w : warnings)
    if (w.find(words) != std::string::npos) return true;
  return false;
}

// Puts something that is not a readable regular file at `path`; returns what the message must say.
struct Hostile {
  const char* kind;
  const char* says;
  std::function<void(const fs::path&)> make;
};

const std::vector<Hostile>& hostile_files() {
  static const std::vector<Hostile> kinds = {
      {"symlink to /dev/zero", "not a regular file", [](const fs::path& p) { fs::create_symlink("/dev/zero", p); }},
      {"FIFO", "not a regular file", [](const fs::path& p) { REQUIRE(::mkfifo(p.c_str(), 0644) == 0); }},
      {"folder", "not a regular file", [](const fs::path& p) { fs::create_directory(p); }},
      {"socket", "not a regular file (it is a socket)", [](const fs::path& p) {  // open() says ENXIO
         int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
         sockaddr_un addr{};
         addr.sun_family = AF_UNIX;
         std::snprintf(addr.sun_path, sizeof addr.sun_path, "%s", p.c_str());
         REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
         ::close(fd);
       }},
      {"huge file", "too large",
       [](const fs::path& p) {
         lineage::testing::write_file(p, "");
         fs::resize_file(p, std::uintmax_t(64) << 20);  // sparse: costs no disk
       }},
  };
  return kinds;
}

}  // namespace

TEST_CASE("Files that are not regular or too large: every reader refuses them promptly and says why",
          "[settings][files]") {
  for (const Hostile& h : hostile_files()) {
    DYNAMIC_SECTION(h.kind) {
      TempDir dir("file-types");
      SECTION("settings.txt") {
        h.make(dir / "settings.txt");
        CHECK(bounded([&] {
                auto load = lineage::load_settings(dir / "settings.txt");
                return load.warning.find(h.says) != std::string::npos;
              }) == 0);
        CHECK(fs::exists(fs::symlink_status(dir / "settings.txt")));  // never renamed aside
      }
      SECTION("theme.conf") {
        h.make(dir / "theme.conf");
        CHECK(bounded([&] { return mentions(lineage::load_theme(dir / "theme.conf").warnings, h.says); }) == 0);
      }
      SECTION("genogram.conf") {
        h.make(dir / "genogram.conf");
        CHECK(bounded([&] {
                return mentions(lineage::load_genogram_style(dir / "genogram.conf").warnings, h.says);
              }) == 0);
      }
      SECTION("a .story file") {
        lineage::testing::write_file(dir / "a.story", "");
        h.make(dir / "b.story");
        CHECK(bounded([&] {
                auto result = lineage::load_story(dir.path());
                for (const auto& d : result.diagnostics)
                  if (d.loc.file.find("b.story") != std::string::npos && d.message.find(h.says) != std::string::npos)
                    return true;
                return false;
              }) == 0);
      }
    }
  }
}

TEST_CASE("Files that are not regular: the one reader names the kind of file", "[settings][files]") {
  TempDir dir("file-reader");
  ::mkfifo((dir / "fifo").c_str(), 0644);
  std::string why;
  CHECK_FALSE(lineage::read_text_file(dir / "fifo", &why));
  CHECK(why.find("a FIFO") != std::string::npos);
  CHECK_FALSE(lineage::read_text_file("/dev/null", &why));
  CHECK(why.find("a device") != std::string::npos);
  lineage::testing::write_file(dir / "plain", "a = b\n");
  CHECK(lineage::read_text_file(dir / "plain", &why) == std::string("a = b\n"));
}

TEST_CASE("Files that cannot be read: an unreadable story subfolder is reported, the rest still load",
          "[script][files]") {
  TempDir dir("story-locked-folder");
  fs::permissions(dir.path(), fs::perms::others_read | fs::perms::others_exec, fs::perm_options::add);
  lineage::testing::write_file(dir / "a.story", "");
  fs::create_directory(dir / "locked");
  lineage::testing::write_file(dir / "locked" / "b.story", "");
  fs::permissions(dir / "locked", fs::perms::none);
  // As root every folder can be read: the load runs as user nobody.
  int code = bounded([&] {
    if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) return false;
    auto result = lineage::load_story(dir.path());
    for (const auto& d : result.diagnostics)
      if (d.loc.file.find("locked") != std::string::npos && d.message.find("cannot read this folder") != std::string::npos)
        return d.severity == lineage::Diagnostic::Severity::Error;
    return false;
  });
  fs::permissions(dir / "locked", fs::perms::owner_all);
  CHECK(code == 0);
}
