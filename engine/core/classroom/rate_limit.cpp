#include "core/classroom/rate_limit.hpp"

#include <algorithm>
#include <iterator>
#include <vector>

namespace lineage::classroom {

bool RateLimiter::allow(const std::string& key, std::int64_t now_ms) {
  auto it = buckets_.find(key);
  if (it == buckets_.end()) {
    if (buckets_.size() >= max_keys_) drop_stale(now_ms);
    it = buckets_.emplace(key, Bucket{rate_, now_ms}).first;
  }
  Bucket& b = it->second;
  double elapsed = double(std::max<std::int64_t>(0, now_ms - b.at_ms)) / 1000.0;
  b.tokens = std::min(rate_, b.tokens + elapsed * rate_);
  b.at_ms = std::max(b.at_ms, now_ms);
  if (b.tokens < 1.0) return false;
  b.tokens -= 1.0;
  return true;
}

void RateLimiter::drop_stale(std::int64_t now_ms) {
  // A bucket idle for a second is full again: forgetting it changes nothing.
  for (auto it = buckets_.begin(); it != buckets_.end();)
    it = now_ms - it->second.at_ms >= 1000 ? buckets_.erase(it) : std::next(it);
  // Still full (a flood of fresh keys): drop the oldest half.
  if (buckets_.size() >= max_keys_) {
    std::vector<std::int64_t> times;
    for (auto& [k, b] : buckets_) times.push_back(b.at_ms);
    std::nth_element(times.begin(), times.begin() + long(times.size() / 2), times.end());
    std::int64_t cut = times[times.size() / 2];
    for (auto it = buckets_.begin(); it != buckets_.end();)
      it = it->second.at_ms <= cut ? buckets_.erase(it) : std::next(it);
  }
}

}  // namespace lineage::classroom
