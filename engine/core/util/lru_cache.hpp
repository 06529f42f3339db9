// A cache by string key that forgets the least recently used entries when it holds more than
// its budget (bytes, entries, or both). Eviction happens only when asked (trim), so a reference
// handed out stays valid until then: the text cache trims between frames, never during one,
// and never drops what the current frame used. Pure C++, tested headless.
#pragma once

#include <cstddef>
#include <functional>
#include <list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace lineage {

template <typename Value>
class LruCache {
 public:
  // The entry for `key`, marked used in `frame`; null if absent.
  Value* find(std::string_view key, long frame) {
    auto it = index_.find(key);
    if (it == index_.end()) return nullptr;
    Node& node = *it->second;
    node.last_used = frame;
    order_.splice(order_.begin(), order_, it->second);  // most recent first
    return &node.value;
  }

  // Adds (or replaces) `key`, costing `bytes`, used in `frame`.
  Value& put(std::string key, Value value, std::size_t bytes, long frame) {
    if (auto it = index_.find(key); it != index_.end()) erase(it, nullptr);
    order_.push_front(Node{std::move(key), std::move(value), bytes, frame});
    bytes_ += bytes;
    index_.emplace(std::string_view(order_.front().key), order_.begin());  // the node never moves
    return order_.front().value;
  }

  // Forgets the least recently used entries while over `max_bytes` or `max_entries`, except
  // those used in `keep_frame` or later; `on_evict` sees each value before it goes. Returns
  // the bytes freed.
  std::size_t trim(std::size_t max_bytes, std::size_t max_entries, long keep_frame,
                   const std::function<void(Value&)>& on_evict = {}) {
    std::size_t freed = 0;
    while (!order_.empty() && (bytes_ > max_bytes || order_.size() > max_entries) &&
           order_.back().last_used < keep_frame) {
      freed += order_.back().bytes;
      erase(index_.find(std::string_view(order_.back().key)), on_evict);
    }
    return freed;
  }

  // Forgets entries not used since `before` (whatever the budget). Returns the bytes freed.
  std::size_t forget_unused(long before, const std::function<void(Value&)>& on_evict = {}) {
    std::size_t freed = 0;
    while (!order_.empty() && order_.back().last_used < before) {
      freed += order_.back().bytes;
      erase(index_.find(std::string_view(order_.back().key)), on_evict);
    }
    return freed;
  }

  void clear(const std::function<void(Value&)>& on_evict = {}) {
    if (on_evict)
      for (Node& node : order_) on_evict(node.value);
    order_.clear();
    index_.clear();
    bytes_ = 0;
  }

  std::size_t size() const { return order_.size(); }
  std::size_t bytes() const { return bytes_; }
  template <typename F>
  void for_each(F&& f) {
    for (Node& node : order_) f(node.key, node.value);
  }

 private:
  struct Node {
    std::string key;
    Value value;
    std::size_t bytes;
    long last_used;
  };
  using Iterator = typename std::list<Node>::iterator;
  void erase(typename std::unordered_map<std::string_view, Iterator>::iterator it,
             const std::function<void(Value&)>& on_evict) {
    Iterator node = it->second;
    if (on_evict) on_evict(node->value);
    bytes_ -= node->bytes;
    index_.erase(it);
    order_.erase(node);
  }

  std::list<Node> order_;  // most recently used first
  std::unordered_map<std::string_view, Iterator> index_;
  std::size_t bytes_ = 0;
};

}  // namespace lineage
