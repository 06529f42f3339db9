#include "core/script/check.hpp"

namespace lineage {

namespace {
std::string count(int n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}
}  // namespace

std::string check_summary(const std::filesystem::path& dir, const LoadResult& r) {
  return dir.generic_string() + ": " + count(r.files, "file", "files") + ", " + count(r.people, "person", "people") +
         ", " + count(r.moments, "moment", "moments") + ", " + count(r.prompts, "prompt", "prompts") + "; " +
         count(r.errors(), "error", "errors") + ", " + count(r.warnings(), "warning", "warnings");
}

int check_command(const std::filesystem::path& dir, std::ostream& out) {
  LoadResult r = load_story(dir);
  for (const Diagnostic& d : r.diagnostics) out << format_diagnostic(d);
  out << check_summary(dir, r) << '\n';
  return r.errors() > 0 ? 1 : 0;
}

}  // namespace lineage
