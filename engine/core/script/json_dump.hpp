// `lineage dump --json [DIR]`: the resolved model and the diagnostics as JSON, for tools and
// tests. References between entities are written as ids. Schema: story/README.md.
#pragma once

#include <filesystem>
#include <ostream>
#include <string>

#include "core/script/loader.hpp"

namespace lineage {

std::string dump_json(const LoadResult& r);

// Prints dump_json of the story in `dir`; returns 0 when it has no errors, else 1.
int dump_command(const std::filesystem::path& dir, std::ostream& out);

}  // namespace lineage
