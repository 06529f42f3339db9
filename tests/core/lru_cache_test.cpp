// The least-recently-used cache behind the text cache: bounded by bytes and by entries, the
// newest kept, and nothing used in the protected frame dropped.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/util/lru_cache.hpp"

TEST_CASE("LRU cache: over its bound the least recently used go first, never the protected frame", "[util][lru]") {
  lineage::LruCache<int> cache;
  for (int i = 0; i < 10; ++i) cache.put("k" + std::to_string(i), i, 100, /*frame*/ i);
  CHECK(cache.bytes() == 1000);
  REQUIRE(cache.find("k0", 10));  // k0 used again: now the newest
  std::vector<int> gone;
  std::size_t freed = cache.trim(500, 100, 10, [&](int& v) { gone.push_back(v); });
  CHECK(freed == 500);
  CHECK(gone == std::vector<int>{1, 2, 3, 4, 5});
  CHECK(cache.find("k0", 11));
  CHECK_FALSE(cache.find("k1", 11));
  // Entries: at most 2 kept, but what frame 11 used (k0) stays though it is over.
  cache.trim(~std::size_t(0), 2, 11);
  CHECK(cache.size() == 2);
  CHECK(cache.find("k0", 12));
  cache.trim(0, 0, 12);  // everything used in frame 12 stays
  CHECK(cache.size() == 1);
  CHECK(cache.bytes() == 100);
  // Replacing a key keeps one entry and its new cost.
  cache.put("k0", 7, 40, 13);
  CHECK(cache.size() == 1);
  CHECK(cache.bytes() == 40);
  CHECK(*cache.find("k0", 13) == 7);
  CHECK(cache.forget_unused(14) == 40);
  CHECK(cache.size() == 0);
}
