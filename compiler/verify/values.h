// Internal: representatives of ordered values. A comparison with constants
// c1 < ... < cn only tells apart the points ci and the open intervals between
// and around them, so one value per point and per interval stands for every
// number (date, address) a request could carry. Texts are what a request
// would send; the simulator parses them back (sim/detail/scalar.h, ip.h).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "sim/detail/ip.h"

namespace bslc::verify::detail {

// The values one representative of an ordered key stands for, for a reader:
// low < v < high, with `=` at a closed end; an empty bound is unbounded.
// `order` ranks the regions of one family (numbers or dates) from the lowest.
struct Region {
  std::string low, high;
  bool low_closed = false, high_closed = false;
  int family = 0;  // 0: numbers, 1: dates
  size_t order = 0;
};

// `regions`, when given, receives one Region per representative (same order).
std::vector<std::string> number_reps(std::vector<double> constants, std::vector<Region>* regions = nullptr);
std::vector<std::string> date_reps(std::vector<int64_t> epoch_ms, std::vector<Region>* regions = nullptr);
std::vector<std::string> ip_reps(const std::vector<sim::detail::Cidr>& blocks);

// "2026-12-05T01:02:03Z" (milliseconds only when not zero).
std::string format_date(int64_t epoch_ms);
std::string format_ip(const sim::detail::IpAddress& ip);

inline void append(std::vector<std::string>& to, std::vector<std::string> from) {
  for (auto& s : from) to.push_back(std::move(s));
}

}  // namespace bslc::verify::detail
