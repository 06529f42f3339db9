// Reading files (see config_file.hpp).
#include "core/util/config_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace lineage {

namespace {
const char* kind_of(mode_t mode) {
  if (S_ISDIR(mode)) return "a folder";
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
  return "not a plain file";
}
}  // namespace

std::optional<std::string> read_regular_file(const std::filesystem::path& path, std::uintmax_t max_bytes,
                                             std::string* why) {
  auto refuse = [&](std::string reason) -> std::optional<std::string> {
    if (why) *why = std::move(reason);
    return std::nullopt;
  };
  // O_NONBLOCK: opening a FIFO must not wait for a writer. The type is checked on the opened
  // file itself (fstat), so a symlink swapped in between cannot slip past.
  int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    // Some kinds cannot even be opened (a socket: "No such device or address"): name the kind.
    int error = errno;
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode))
      return refuse(std::string("not a regular file (it is ") + kind_of(st.st_mode) + ")");
    return refuse(std::strerror(error));
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return refuse(std::string("not a regular file (it is ") + kind_of(st.st_mode) + ")");
  }
  if (std::uintmax_t(st.st_size) > max_bytes) {
    ::close(fd);
    return refuse("too large (" + std::to_string(std::uintmax_t(st.st_size) >> 10) + " KB; the limit is " +
                  std::to_string(max_bytes >> 10) + " KB)");
  }
  std::string text;
  char buffer[1 << 16];
  for (;;) {
    ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      int error = errno;
      ::close(fd);
      return refuse(std::strerror(error));
    }
    if (got == 0) break;
    text.append(buffer, std::size_t(got));
    if (text.size() > max_bytes) {  // it grew while we read
      ::close(fd);
      return refuse("too large (it grew past the limit of " + std::to_string(max_bytes >> 10) + " KB)");
    }
  }
  ::close(fd);
  return text;
}

std::optional<std::string> read_text_file(const std::filesystem::path& path, std::string* why) {
  return read_regular_file(path, kMaxConfigBytes, why);
}

}  // namespace lineage
