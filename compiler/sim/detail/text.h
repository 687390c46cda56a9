// Internal: ASCII case folding and case-insensitive hashing. Policy keys,
// action names and tag keys are ASCII; folding only A-Z keeps this exact.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace bslc::sim::detail {

constexpr char fold(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

inline std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = fold(c);
  return out;
}

// Lower-cases into a reused buffer (no allocation once its capacity suffices).
inline void lower_into(std::string_view s, std::string& out) {
  out.resize(s.size());
  for (size_t i = 0; i < s.size(); ++i) out[i] = fold(s[i]);
}

inline bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (fold(a[i]) != fold(b[i])) return false;
  }
  return true;
}

// iequals(s, lower) for a `lower` already in lower case, 8 bytes at a time:
// a byte may differ from `lower` only by the case bit, and only on a letter.
inline bool iequals_lower(std::string_view s, std::string_view lower) {
  const size_t n = s.size();
  if (n != lower.size()) return false;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t a, b;
    std::memcpy(&a, s.data() + i, 8);
    std::memcpy(&b, lower.data() + i, 8);
    uint64_t diff = a ^ b;
    if (diff == 0) continue;
    if (diff & ~0x2020202020202020ull) return false;
    while (diff) {
      const int byte = __builtin_ctzll(diff) / 8;
      const char c = lower[i + static_cast<size_t>(byte)];
      if (c < 'a' || c > 'z') return false;
      diff &= ~(0xFFull << (8 * byte));
    }
  }
  for (; i < n; ++i) {
    if (fold(s[i]) != lower[i]) return false;
  }
  return true;
}

inline bool istarts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

inline bool iends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && iequals(s.substr(s.size() - suffix.size()), suffix);
}

// FNV-1a over folded characters, so "aws:SourceIp" and "aws:sourceip" collide on purpose.
struct CaseInsensitiveHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const {
    uint64_t h = 1469598103934665603ull;
    for (char c : s) {
      h ^= static_cast<unsigned char>(fold(c));
      h *= 1099511628211ull;
    }
    return static_cast<size_t>(h);
  }
};

struct CaseInsensitiveEqual {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const { return iequals(a, b); }
};

// O(1) hash: length plus the first and last 8 bytes. With `fold`, bytes are
// OR-ed with 0x20 so strings equal ignoring ASCII case hash equally (a few
// punctuation pairs collide too; callers always verify with a compare).
inline uint64_t quick_hash(std::string_view s, bool fold) {
  const uint64_t mask = fold ? 0x2020202020202020ull : 0;
  const size_t n = s.size();
  uint64_t head = 0, tail = 0;
  if (n >= 8) {
    std::memcpy(&head, s.data(), 8);
    std::memcpy(&tail, s.data() + n - 8, 8);
  } else {
    std::memcpy(&head, s.data(), n);
  }
  head |= mask;
  tail |= mask;
  uint64_t h = (head ^ (tail * 0x9E3779B97F4A7C15ull) ^ n) * 0xFF51AFD7ED558CCDull;
  return h ^ (h >> 29);
}

struct TransparentHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

}  // namespace bslc::sim::detail
