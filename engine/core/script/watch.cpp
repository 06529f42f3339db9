#include "core/script/watch.hpp"

#include <algorithm>

namespace lineage {

StoryWatcher::StoryWatcher(std::filesystem::path dir) : dir_(std::move(dir)), last_(scan()) {}

std::vector<StoryWatcher::Stamp> StoryWatcher::scan() const {
  namespace fs = std::filesystem;
  std::vector<Stamp> out;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir_, fs::directory_options::skip_permission_denied, ec), end;
       !ec && it != end; it.increment(ec)) {
    if (it->path().extension() != ".story") continue;
    std::error_code e;
    if (!it->is_regular_file(e)) continue;
    Stamp s;
    s.path = it->path().generic_string();
    s.size = it->file_size(e);
    s.mtime = static_cast<std::int64_t>(it->last_write_time(e).time_since_epoch().count());
    out.push_back(std::move(s));
  }
  std::sort(out.begin(), out.end(), [](const Stamp& a, const Stamp& b) { return a.path < b.path; });
  return out;
}

bool StoryWatcher::changed() {
  std::vector<Stamp> now = scan();
  if (now == last_) return false;
  last_ = std::move(now);
  return true;
}

}  // namespace lineage
