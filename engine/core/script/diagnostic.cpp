#include "core/script/diagnostic.hpp"

#include <algorithm>

#include "core/script/text.hpp"
#include "core/util/printable.hpp"

namespace lineage {

const char* severity_name(Diagnostic::Severity s) {
  switch (s) {
    case Diagnostic::Severity::Error: return "error";
    case Diagnostic::Severity::Warning: return "warning";
    case Diagnostic::Severity::Note: return "note";
  }
  return "error";
}

std::string format_diagnostic(const Diagnostic& d) {
  // A file name may hold a newline or escape codes: escaped, it cannot break the
  // `file:line:column: severity: message` line or reach the terminal raw.
  std::string out = printable(d.loc.file);
  if (d.loc.line > 0) {
    out += ':' + std::to_string(d.loc.line);
    if (d.loc.column > 0) out += ':' + std::to_string(d.loc.column);
  }
  out += ": ";
  out += severity_name(d.severity);
  out += ": ";
  out += printable(d.message);
  out += '\n';
  if (d.loc.line > 0 && !d.source_line.empty()) {
    out += "  ";
    out += d.source_line;
    out += '\n';
    if (d.loc.column > 0) {
      int shown = static_cast<int>(utf8_length(d.source_line));
      int col = std::min(d.caret_column > 0 ? d.caret_column : d.loc.column, shown + 1);
      int len = std::max(1, std::min(d.length, shown + 1 - col));
      out += "  ";
      out.append(static_cast<std::size_t>(col - 1), ' ');
      out += '^';
      out.append(static_cast<std::size_t>(len - 1), '~');
      out += '\n';
    }
  }
  if (!d.hint.empty()) {
    out += "  hint: ";
    out += printable(d.hint);
    out += '\n';
  }
  return out;
}

}  // namespace lineage
