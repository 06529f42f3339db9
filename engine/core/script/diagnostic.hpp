// Diagnostics of the story-script loader: what went wrong, where, and how to fix it.
// Collected, never thrown; printed clang-style so editors can jump to them.
#pragma once

#include <string>

#include "core/model/story.hpp"

namespace lineage {

struct Diagnostic {
  enum class Severity { Error, Warning, Note };
  Severity severity = Severity::Error;
  SourceLoc loc;            // line 0: the whole file or folder
  int length = 1;           // characters the caret spans
  std::string message, hint, source_line;
  // Column of the caret within source_line when that is a window of a very long line
  // (0: same as loc.column).
  int caret_column = 0;
};

const char* severity_name(Diagnostic::Severity s);

// "file:line:col: error: message\n  <source line>\n  ^~~~\n  hint: ...\n"
std::string format_diagnostic(const Diagnostic& d);

}  // namespace lineage
