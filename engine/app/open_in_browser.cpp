#include "app/open_in_browser.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <sstream>

namespace lineage {
namespace {

// The program's full path along $PATH, or "" (found before fork: the child only execs).
std::string find_on_path(const char* name) {
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path ? path : "/usr/bin:/bin");
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    if (dir.empty()) continue;
    std::string candidate = dir + "/" + name;
    if (access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return "";
}

}  // namespace

bool open_in_browser(const std::filesystem::path& file, std::string& why) {
  const char* x11 = std::getenv("DISPLAY");
  const char* wayland = std::getenv("WAYLAND_DISPLAY");
  if ((!x11 || !*x11) && (!wayland || !*wayland)) {
    why = "no desktop to open it on";
    return false;
  }
  std::string opener = find_on_path("xdg-open");
  if (opener.empty()) {
    why = "xdg-open is not installed";
    return false;
  }
  std::string target = file.string();
  // Twice forked: the browser's opener belongs to init, so no child is left for us to reap
  // and a browser that stays open never holds Lineage up.
  pid_t child = fork();
  if (child < 0) {
    why = "could not start xdg-open";
    return false;
  }
  if (child == 0) {
    setsid();
    if (fork() == 0) {
      char* argv[] = {const_cast<char*>(opener.c_str()), const_cast<char*>(target.c_str()), nullptr};
      execv(opener.c_str(), argv);
      _exit(127);
    }
    _exit(0);
  }
  int status = 0;
  waitpid(child, &status, 0);
  return true;
}

}  // namespace lineage
