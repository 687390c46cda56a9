// Finds the first element of a vector with a given key through a hash index
// instead of a scan, for lookups that every stage makes once per bucket (a
// scan each would make a compile quadratic in the number of buckets).
//
// The index is a cache beside the vector, not part of it: it is rebuilt when
// the vector moved or changed size, a hit is checked against the element,
// and a miss is confirmed by a scan (so a stale index costs time, never a
// wrong answer; misses are rare: a logging target outside the spec, an
// error). Keys are unique in a valid model; with duplicates the index
// returns the first as of its last build.
#pragma once
#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "source/work_counter.h"

namespace bslc {

class FirstIndex {
 public:
  template <typename T, typename KeyOf>
  const T* find(const std::vector<T>& items, const std::string& key, KeyOf key_of) {
    if (data_ != items.data() || size_ != items.size()) rebuild(items, key_of);
    work::count();
    if (const auto it = by_key_.find(key); it != by_key_.end() && key_of(items[it->second]) == key)
      return &items[it->second];
    for (size_t i = 0; i < items.size(); ++i) {  // a miss, or a stale index: confirm by scanning
      work::count();
      if (key_of(items[i]) == key) {
        rebuild(items, key_of);
        return &items[i];
      }
    }
    return nullptr;
  }

 private:
  template <typename T, typename KeyOf>
  void rebuild(const std::vector<T>& items, KeyOf key_of) {
    by_key_.clear();
    for (size_t i = 0; i < items.size(); ++i) by_key_.emplace(key_of(items[i]), i);  // the first one stays
    data_ = items.data();
    size_ = items.size();
  }

  const void* data_ = nullptr;
  size_t size_ = 0;
  std::unordered_map<std::string, size_t> by_key_;
};

}  // namespace bslc
