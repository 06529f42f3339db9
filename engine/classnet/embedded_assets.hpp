// The students' page, compiled into the program from assets/class/ (see CMakeLists.txt): the
// server can only ever send these files, whatever path it is asked for.
#pragma once

#include <string_view>

namespace lineage::classroom {

struct EmbeddedAsset {
  std::string_view path;          // "/", "/class.css", "/class.js"
  std::string_view content_type;
  std::string_view body;
};

// The asset at exactly `path`, or nullptr.
const EmbeddedAsset* find_asset(std::string_view path);

}  // namespace lineage::classroom
