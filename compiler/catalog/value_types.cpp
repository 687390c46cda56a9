// What each condition-key value type accepts (IAM User Guide, "IAM JSON
// policy elements: Condition operators",
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html):
// Bool keys compare with `true`/`false`; Numeric keys with numbers; Date keys
// with ISO 8601 dates or epoch seconds; IPAddress keys with an address or
// CIDR (RFC 4632); ARN keys with ARNs. A value of another shape makes the
// condition never match (or always, under a negated operator), so a spec
// that writes one has a bug that no test would notice.
#include <arpa/inet.h>

#include <algorithm>
#include <cctype>
#include <string>

#include "catalog/catalog.h"

namespace bslc::catalog {
namespace {

bool digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_number(std::string_view v) {
  if (!v.empty() && (v[0] == '-' || v[0] == '+')) v.remove_prefix(1);
  const size_t dot = v.find('.');
  if (dot == std::string_view::npos) return digits(v);
  const auto whole = v.substr(0, dot), frac = v.substr(dot + 1);
  return (whole.empty() || digits(whole)) && (frac.empty() || digits(frac)) && !(whole.empty() && frac.empty());
}

// 2026-12-05, 2026-12-05T10:00Z, 2026-12-05T10:00:00.000+01:00, or epoch seconds.
bool is_date(std::string_view v) {
  if (digits(v)) return true;
  if (v.size() < 10 || !digits(v.substr(0, 4)) || v[4] != '-' || !digits(v.substr(5, 2)) || v[7] != '-' ||
      !digits(v.substr(8, 2)))
    return false;
  if (v.size() == 10) return true;
  if (v[10] != 'T' || v.size() < 16 || !digits(v.substr(11, 2)) || v[13] != ':' || !digits(v.substr(14, 2)))
    return false;
  std::string_view rest = v.substr(16);
  if (rest.starts_with(":")) {
    if (rest.size() < 3 || !digits(rest.substr(1, 2))) return false;
    rest.remove_prefix(3);
    if (rest.starts_with(".")) {
      size_t n = 1;
      while (n < rest.size() && std::isdigit(static_cast<unsigned char>(rest[n]))) ++n;
      if (n == 1) return false;
      rest.remove_prefix(n);
    }
  }
  if (rest.empty() || rest == "Z") return true;
  return (rest[0] == '+' || rest[0] == '-') && rest.size() == 6 && digits(rest.substr(1, 2)) && rest[3] == ':' &&
         digits(rest.substr(4, 2));
}

bool is_ip_or_cidr(std::string_view v) {
  const size_t slash = v.find('/');
  const std::string addr(v.substr(0, slash));
  unsigned char buf[16];
  int bits = 0;
  if (inet_pton(AF_INET, addr.c_str(), buf) == 1) {
    bits = 32;
  } else if (inet_pton(AF_INET6, addr.c_str(), buf) == 1) {
    bits = 128;
  } else {
    return false;
  }
  if (slash == std::string_view::npos) return true;
  const auto len = v.substr(slash + 1);
  return digits(len) && len.size() <= 3 && std::stoi(std::string(len)) <= bits;
}

bool is_arn(std::string_view v) {
  if (v == "*") return true;
  if (!v.starts_with("arn:")) return false;
  return std::count(v.begin(), v.end(), ':') >= 5;
}

bool is_base64(std::string_view v) {
  if (v.empty() || v.size() % 4 != 0) return false;
  return std::all_of(v.begin(), v.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '/' || c == '=';
  });
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// String keys whose values are a fixed set of words (S3 API Reference, the
// request headers behind each key; S3 User Guide "Authenticating requests").
struct Enumerated {
  std::string_view key;
  std::initializer_list<std::string_view> values;
};
const Enumerated kEnumerated[] = {
    {"s3:x-amz-server-side-encryption", {"AES256", "aws:kms", "aws:kms:dsse"}},
    {"s3:x-amz-server-side-encryption-customer-algorithm", {"AES256"}},
    {"s3:object-lock-mode", {"GOVERNANCE", "COMPLIANCE"}},
    {"s3:object-lock-legal-hold", {"ON", "OFF"}},
    {"s3:authType", {"REST-HEADER", "REST-QUERY-STRING", "POST"}},
    {"s3:signatureversion", {"AWS", "AWS4-HMAC-SHA256"}},
    {"s3:x-amz-acl",
     {"private", "public-read", "public-read-write", "aws-exec-read", "authenticated-read", "bucket-owner-read",
      "bucket-owner-full-control", "log-delivery-write"}},
};

// String keys that hold an id or a word, never an ARN: an ARN there is the
// classic mix-up (`aws:PrincipalAccount = "arn:aws:iam::1111:root"`).
bool never_an_arn(const std::string& k) {
  return k.ends_with("account") || k.ends_with("orgid") || k.ends_with(":sourcevpc") || k.ends_with(":sourcevpce") ||
         k == "aws:requestedregion" || k == "aws:principaltype" || k == "s3:tlsversion";
}

}  // namespace

std::optional<std::string> value_problem(const Key& key, std::string_view value, bool like) {
  if (value.find("${") != std::string_view::npos) return std::nullopt;  // a policy variable: AWS fills it in
  const bool wild = like && value.find_first_of("*?") != std::string_view::npos;
  switch (key.type) {
    case ValueType::Bool:
      if (lower(value) != "true" && lower(value) != "false") return "is not `true` or `false`";
      return std::nullopt;
    case ValueType::Numeric:
      if (!is_number(value)) return "is not a number";
      return std::nullopt;
    case ValueType::Date:
      if (!is_date(value)) return "is not an ISO 8601 date (`2026-12-31T00:00:00Z`) or epoch seconds";
      return std::nullopt;
    case ValueType::IpAddress:
      if (!is_ip_or_cidr(value)) return "is not an IP address or CIDR such as `203.0.113.0/24`";
      return std::nullopt;
    case ValueType::Arn:
      if (!wild && !is_arn(value)) return "is not an ARN (`arn:aws:service:region:account:resource`)";
      if (wild && !value.starts_with("arn:") && value != "*") return "is not an ARN pattern (`arn:aws:...`)";
      return std::nullopt;
    case ValueType::Binary:
      if (!is_base64(value)) return "is not base64-encoded binary data";
      return std::nullopt;
    case ValueType::String: break;
  }
  const std::string k = lower(key.name);
  if (!wild && value.starts_with("arn:") && never_an_arn(k)) return "is an ARN, but the key holds an id, not an ARN";
  for (const auto& e : kEnumerated) {
    if (lower(e.key) != k || wild) continue;
    for (auto v : e.values)
      if (v == value) return std::nullopt;
    std::string list;
    for (auto v : e.values) list += (list.empty() ? "`" : ", `") + std::string(v) + "`";
    return "is not one of the values S3 sends: " + list;
  }
  return std::nullopt;
}

}  // namespace bslc::catalog
