#include "platform/paths.hpp"

#include <SDL.h>

namespace lineage {

std::filesystem::path find_bundled(const std::string& folder) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (char* base = SDL_GetBasePath()) {
    fs::path exe_dir = base;
    SDL_free(base);
    for (const fs::path& candidate : {exe_dir / folder, exe_dir / ".." / "share" / "lineage" / folder})
      if (fs::is_directory(candidate, ec)) return fs::weakly_canonical(candidate, ec);
  }
  fs::path source = fs::path(LINEAGE_SOURCE_DIR) / folder;
  if (fs::is_directory(source, ec)) return source;
  return {};
}

std::filesystem::path default_data_dir() {
  char* pref = SDL_GetPrefPath("Lineage", "lineage");
  if (!pref) return std::filesystem::current_path() / "lineage-data";
  std::filesystem::path path = pref;
  SDL_free(pref);
  return path;
}

}  // namespace lineage
