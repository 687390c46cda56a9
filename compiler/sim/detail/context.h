// Internal: the bound request context. Every condition key a compiled program
// mentions is interned to a small integer at compile time; an evaluation fills
// one ValueView per interned key (a slot) from the request, then conditions and
// policy variables read slots by index. Views point into the request and the
// workspace: a bound context lives for one evaluation.
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "sim/detail/text.h"

namespace bslc::sim::detail {

struct ValueView {
  enum class State : uint8_t { Absent, Scalar, List };
  State state = State::Absent;
  std::string_view text;                            // Scalar
  const std::vector<std::string>* items = nullptr;  // List

  bool absent() const { return state == State::Absent; }
  // An empty list is present but has no value: set operators and non-set operators treat it as "no value".
  bool no_values() const { return state == State::Absent || (state == State::List && items->empty()); }
};

using Slots = std::span<const ValueView>;

// Condition keys, interned case-insensitively. Invariant: ids are dense,
// 0..size()-1. Looked up once per request context entry on every evaluation,
// so it is a small open-addressing table with an O(1) hash (length plus the
// first and last 8 bytes, case-folded) verified by a case-insensitive compare.
class KeyTable {
 public:
  uint32_t intern(std::string_view key) {
    if (const int id = find(key); id >= 0) return static_cast<uint32_t>(id);
    const auto id = static_cast<uint32_t>(names_.size());
    names_.push_back(lower(key));
    if (names_.size() * 2 > slots_.size()) {
      rebuild(slots_.empty() ? 16 : slots_.size() * 2);  // re-inserts every name, the new one included
    } else {
      insert(id);
    }
    return id;
  }
  // -1 when the key is not used by any compiled policy.
  int find(std::string_view key) const {
    if (slots_.empty()) return -1;
    const uint64_t h = hash(key);
    const size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.id < 0) return -1;
      if (slot.hash == h && iequals_lower(key, names_[static_cast<size_t>(slot.id)])) return slot.id;
    }
  }
  size_t size() const { return names_.size(); }
  const std::string& name(uint32_t id) const { return names_[id]; }

 private:
  struct Slot {
    uint64_t hash = 0;
    int32_t id = -1;
  };

  static uint64_t hash(std::string_view s) { return quick_hash(s, true); }

  void insert(uint32_t id) {
    const uint64_t h = hash(names_[id]);
    const size_t mask = slots_.size() - 1;
    size_t i = h & mask;
    while (slots_[i].id >= 0) i = (i + 1) & mask;
    slots_[i] = Slot{h, static_cast<int32_t>(id)};
  }

  void rebuild(size_t capacity) {
    slots_.assign(capacity, Slot{});
    for (uint32_t id = 0; id < names_.size(); ++id) insert(id);
  }

  std::vector<std::string> names_;
  std::vector<Slot> slots_;  // power-of-two size, at most half full
};

}  // namespace bslc::sim::detail
