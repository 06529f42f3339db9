// Token buckets keyed by a string (a session token, an address): `rate` events a second with
// bursts of at most `rate`. The table is bounded; the stalest keys are dropped when it is full.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>

namespace lineage::classroom {

class RateLimiter {
 public:
  RateLimiter(double per_second, std::size_t max_keys = 4096) : rate_(per_second), max_keys_(max_keys) {}
  // True if one more event for `key` at `now_ms` is allowed (and counts it).
  bool allow(const std::string& key, std::int64_t now_ms);
  std::size_t keys() const { return buckets_.size(); }

 private:
  struct Bucket {
    double tokens;
    std::int64_t at_ms;
  };
  void drop_stale(std::int64_t now_ms);
  double rate_;
  std::size_t max_keys_;
  std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace lineage::classroom
