// Internal: IPv4/IPv6 addresses and CIDR blocks for IpAddress/NotIpAddress.
#pragma once
#include <array>
#include <cstdint>
#include <string_view>

namespace bslc::sim::detail {

struct IpAddress {
  bool v6 = false;
  std::array<uint8_t, 16> bytes{};  // IPv4 uses the first 4
};

struct Cidr {
  IpAddress base;  // host bits cleared
  int prefix = 0;
};

bool parse_ip(std::string_view text, IpAddress& out);
// "10.0.0.0/8", "2001:db8::/32"; a bare address is /32 or /128.
bool parse_cidr(std::string_view text, Cidr& out);
// IPv4 and IPv6 never match each other.
bool cidr_contains(const Cidr& cidr, const IpAddress& ip);

}  // namespace bslc::sim::detail
