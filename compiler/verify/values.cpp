#include "verify/values.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "sim/detail/scalar.h"

namespace bslc::verify::detail {
namespace {

namespace sd = sim::detail;

// The shortest text that parses back to a number strictly between lo and hi.
std::string number_between(double value, double lo, double hi) {
  for (int digits : {6, 10, 15, 17}) {
    std::string text = fmt::format("{:.{}g}", value, digits);
    double back = 0;
    if (sd::parse_number(text, back) && back > lo && back < hi) return text;
  }
  return fmt::format("{:.17g}", value);
}

int64_t days_from_civil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

struct Civil {
  int64_t y;
  unsigned m, d;
};
Civil civil_from_days(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {y + (m <= 2), m, d};
}

// Adds `delta` to an address of the same family; false on overflow.
bool offset(const sd::IpAddress& ip, int delta, sd::IpAddress& out) {
  out = ip;
  const int n = ip.v6 ? 16 : 4;
  int carry = delta;
  for (int i = n - 1; i >= 0 && carry != 0; --i) {
    const int v = out.bytes[static_cast<size_t>(i)] + carry;
    out.bytes[static_cast<size_t>(i)] = static_cast<uint8_t>(v & 0xff);
    carry = v < 0 ? -1 : (v > 0xff ? 1 : 0);
  }
  return carry == 0;
}

sd::IpAddress last_of(const sd::Cidr& c) {
  sd::IpAddress out = c.base;
  const int bits = c.base.v6 ? 128 : 32;
  for (int b = c.prefix; b < bits; ++b) out.bytes[static_cast<size_t>(b / 8)] |= static_cast<uint8_t>(0x80 >> (b % 8));
  return out;
}

}  // namespace

std::vector<std::string> number_reps(std::vector<double> c, std::vector<Region>* regions) {
  std::sort(c.begin(), c.end());
  c.erase(std::unique(c.begin(), c.end()), c.end());
  if (c.empty()) {
    if (regions) regions->push_back({});
    return {"1"};
  }
  std::vector<std::string> out;
  const size_t first = regions ? regions->size() : 0;
  auto region = [&](std::string low, bool low_closed, std::string high, bool high_closed) {
    if (regions)
      regions->push_back({std::move(low), std::move(high), low_closed, high_closed, 0, regions->size() - first});
  };
  out.push_back(number_between(c.front() - 1, c.front() - 2, c.front()));
  region("", false, fmt::format("{}", c.front()), false);
  for (size_t i = 0; i < c.size(); ++i) {
    out.push_back(fmt::format("{}", c[i]));
    region(out.back(), true, out.back(), true);
    const double next = i + 1 < c.size() ? c[i + 1] : c[i] + 2;
    out.push_back(number_between(c[i] + (next - c[i]) / 2, c[i], next));
    region(fmt::format("{}", c[i]), false, i + 1 < c.size() ? fmt::format("{}", next) : "", false);
  }
  return out;
}

std::string format_date(int64_t ms) {
  const int64_t days = (ms >= 0 ? ms : ms - 86399999) / 86400000;
  const int64_t in_day = ms - days * 86400000;
  const Civil civil = civil_from_days(days);
  const auto s = in_day / 1000, milli = in_day % 1000;
  std::string out =
      fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}", civil.y, civil.m, civil.d, s / 3600, (s / 60) % 60, s % 60);
  if (milli) out += fmt::format(".{:03}", milli);
  return out + "Z";
}

std::vector<std::string> date_reps(std::vector<int64_t> c, std::vector<Region>* regions) {
  std::sort(c.begin(), c.end());
  c.erase(std::unique(c.begin(), c.end()), c.end());
  if (c.empty()) {
    if (regions) regions->push_back({"", "", false, false, 1, 0});
    return {format_date(days_from_civil(2026, 1, 1) * 86400000)};
  }
  std::vector<std::string> out;
  const size_t first = regions ? regions->size() : 0;
  auto region = [&](std::string low, bool low_closed, std::string high, bool high_closed) {
    if (regions)
      regions->push_back({std::move(low), std::move(high), low_closed, high_closed, 1, regions->size() - first});
  };
  out.push_back(format_date(c.front() - 1000));
  region("", false, format_date(c.front()), false);
  for (size_t i = 0; i < c.size(); ++i) {
    out.push_back(format_date(c[i]));
    region(out.back(), true, out.back(), true);
    const int64_t next = i + 1 < c.size() ? c[i + 1] : c[i] + 2000;
    if (next - c[i] > 1) {
      out.push_back(format_date(c[i] + (next - c[i]) / 2));
      region(format_date(c[i]), false, i + 1 < c.size() ? format_date(next) : "", false);
    }
  }
  return out;
}

std::string format_ip(const sd::IpAddress& ip) {
  if (!ip.v6) return fmt::format("{}.{}.{}.{}", ip.bytes[0], ip.bytes[1], ip.bytes[2], ip.bytes[3]);
  std::string out;
  for (int i = 0; i < 16; i += 2) {
    out += fmt::format("{}{:x}", i ? ":" : "",
                       (ip.bytes[static_cast<size_t>(i)] << 8) | ip.bytes[static_cast<size_t>(i) + 1]);
  }
  return out;
}

std::vector<std::string> ip_reps(const std::vector<sd::Cidr>& blocks) {
  std::vector<std::string> out;
  for (const auto& b : blocks) {
    sd::IpAddress ip;
    out.push_back(format_ip(b.base));
    if (offset(b.base, -1, ip)) out.push_back(format_ip(ip));
    if (offset(last_of(b), 1, ip)) out.push_back(format_ip(ip));
  }
  out.push_back("192.0.2.10");
  out.push_back("2001:db8:0:0:0:0:0:10");
  return out;
}

}  // namespace bslc::verify::detail
