// Limits for a forked test child, shared by the tests that feed hostile input to a child.
#pragma once

#include <sys/resource.h>
#include <unistd.h>

#include <fstream>

namespace lineage::testing {

// Caps how much more address space a forked child may take. (A child must also never return
// into the test framework: a throw there would run the rest of the suite a second time.) AddressSanitizer reserves terabytes of address space
// for its shadow memory, so under it no cap can apply: the sanitizer build checks time (and
// memory errors), the normal build checks the memory limit too.
inline void limit_child_memory(rlim_t bytes) {
#if defined(__SANITIZE_ADDRESS__)
  (void)bytes;
#else
  // On top of what the child already maps (the test process it was forked from grows as the
  // suite runs): a fixed cap would fail a child for what its parent holds.
  long pages = 0;
  std::ifstream("/proc/self/statm") >> pages;
  rlim_t limit = rlim_t(pages) * rlim_t(::sysconf(_SC_PAGESIZE)) + bytes;
  rlimit memory{limit, limit};
  ::setrlimit(RLIMIT_AS, &memory);
#endif
}

}  // namespace lineage::testing
