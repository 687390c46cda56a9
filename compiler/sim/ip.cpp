#include "sim/detail/ip.h"

#include <charconv>

namespace bslc::sim::detail {
namespace {

bool parse_v4(std::string_view s, uint8_t* out) {
  for (int part = 0; part < 4; ++part) {
    if (part > 0) {
      if (s.empty() || s.front() != '.') return false;
      s.remove_prefix(1);
    }
    size_t digits = 0;
    while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9') ++digits;
    if (digits == 0 || digits > 3) return false;
    unsigned value = 0;
    std::from_chars(s.data(), s.data() + digits, value);
    if (value > 255) return false;
    out[part] = static_cast<uint8_t>(value);
    s.remove_prefix(digits);
  }
  return s.empty();
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// RFC 4291 text forms: groups of 1-4 hex digits, one `::`, optional dotted IPv4 tail.
bool parse_v6(std::string_view s, uint8_t* out) {
  uint16_t groups[8] = {};
  int count = 0, gap = -1;
  if (s.substr(0, 2) == "::") {
    gap = 0;
    s.remove_prefix(2);
  }
  while (!s.empty()) {
    if (count >= 8) return false;
    // A dotted IPv4 tail fills the last two groups.
    const size_t colon = s.find(':');
    const std::string_view group = s.substr(0, colon);
    if (group.find('.') != std::string_view::npos) {
      if (colon != std::string_view::npos || count > 6) return false;
      uint8_t v4[4];
      if (!parse_v4(group, v4)) return false;
      groups[count++] = static_cast<uint16_t>(v4[0] << 8 | v4[1]);
      groups[count++] = static_cast<uint16_t>(v4[2] << 8 | v4[3]);
      s = {};
      break;
    }
    if (group.empty() || group.size() > 4) return false;
    unsigned value = 0;
    for (char c : group) {
      const int h = hex_value(c);
      if (h < 0) return false;
      value = value * 16 + static_cast<unsigned>(h);
    }
    groups[count++] = static_cast<uint16_t>(value);
    if (colon == std::string_view::npos) {
      s = {};
      break;
    }
    s.remove_prefix(colon + 1);
    if (!s.empty() && s.front() == ':') {
      if (gap >= 0) return false;  // only one `::`
      gap = count;
      s.remove_prefix(1);
    } else if (s.empty()) {
      return false;  // trailing single colon
    }
  }
  if (gap >= 0) {
    if (count >= 8) return false;
    const int missing = 8 - count;
    for (int i = count - 1; i >= gap; --i) groups[i + missing] = groups[i];
    for (int i = gap; i < gap + missing; ++i) groups[i] = 0;
  } else if (count != 8) {
    return false;
  }
  for (int i = 0; i < 8; ++i) {
    out[2 * i] = static_cast<uint8_t>(groups[i] >> 8);
    out[2 * i + 1] = static_cast<uint8_t>(groups[i] & 0xff);
  }
  return true;
}

}  // namespace

bool parse_ip(std::string_view text, IpAddress& out) {
  out = IpAddress{};
  if (text.find(':') != std::string_view::npos) {
    out.v6 = true;
    return parse_v6(text, out.bytes.data());
  }
  return parse_v4(text, out.bytes.data());
}

bool parse_cidr(std::string_view text, Cidr& out) {
  const size_t slash = text.find('/');
  if (!parse_ip(text.substr(0, slash), out.base)) return false;
  const int max = out.base.v6 ? 128 : 32;
  out.prefix = max;
  if (slash != std::string_view::npos) {
    const std::string_view digits = text.substr(slash + 1);
    int prefix = -1;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), prefix);
    if (ec != std::errc() || end != digits.data() + digits.size() || prefix < 0 || prefix > max) return false;
    out.prefix = prefix;
  }
  // Clear host bits: AWS accepts "10.1.2.3/8" and means 10.0.0.0/8.
  for (int bit = out.prefix; bit < max; ++bit) out.base.bytes[bit / 8] &= static_cast<uint8_t>(~(0x80u >> (bit % 8)));
  return true;
}

bool cidr_contains(const Cidr& cidr, const IpAddress& ip) {
  if (cidr.base.v6 != ip.v6) return false;
  const int full = cidr.prefix / 8;
  for (int i = 0; i < full; ++i) {
    if (cidr.base.bytes[i] != ip.bytes[i]) return false;
  }
  const int rest = cidr.prefix % 8;
  if (rest == 0) return true;
  const auto mask = static_cast<uint8_t>(0xff << (8 - rest));
  return (ip.bytes[full] & mask) == cidr.base.bytes[full];
}

}  // namespace bslc::sim::detail
