// Reading config files (see config_file.hpp).
#include "core/util/config_file.hpp"

#include <fstream>
#include <sstream>

namespace lineage {

std::optional<std::string> read_text_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace lineage
