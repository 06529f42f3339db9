// Limits for a forked test child, shared by the tests that feed hostile input to a child.
#pragma once

#include <sys/resource.h>

namespace lineage::testing {

// Caps a forked child's address space. AddressSanitizer reserves terabytes of address space
// for its shadow memory, so under it no cap can apply: the sanitizer build checks time (and
// memory errors), the normal build checks the memory limit too.
inline void limit_child_memory(rlim_t bytes) {
#if defined(__SANITIZE_ADDRESS__)
  (void)bytes;
#else
  rlimit memory{bytes, bytes};
  ::setrlimit(RLIMIT_AS, &memory);
#endif
}

}  // namespace lineage::testing
