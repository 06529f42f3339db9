// `lineage class ...`: class responses without a window. `serve` runs the server and takes the
// teacher's actions as lines on standard input (open PROMPT, lock, unlock, reveal, show N,
// hide N, clear N, tally, end), printing what happens; tests and scripts drive it this way.
// `list`, `export` (CSV) and `delete` work on the sessions kept in the journal database.
#pragma once

#include <string>
#include <vector>

namespace lineage {

// `args` are the words after "class". Returns the process's exit code.
int class_command(const std::vector<std::string>& args);
std::string class_usage();

}  // namespace lineage
