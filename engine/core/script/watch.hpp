// Live reload: notices when any *.story file under a folder is added, removed or saved.
// Polls sizes and modification times; cheap enough to call every ~250 ms. No threads.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace lineage {

class StoryWatcher {
 public:
  explicit StoryWatcher(std::filesystem::path dir);

  // True when the set of files, or a file's size or modification time, differs from the last
  // call (or from construction, for the first call).
  bool changed();

  const std::filesystem::path& dir() const { return dir_; }

 private:
  struct Stamp {
    std::string path;
    std::uintmax_t size = 0;
    std::int64_t mtime = 0;
    bool operator==(const Stamp& o) const { return path == o.path && size == o.size && mtime == o.mtime; }
  };
  std::vector<Stamp> scan() const;

  std::filesystem::path dir_;
  std::vector<Stamp> last_;
};

}  // namespace lineage
