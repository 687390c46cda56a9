#include "check/values.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <vector>

namespace bslc::check {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_lower_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f'); }
bool is_lower_alnum(char c) { return is_digit(c) || (c >= 'a' && c <= 'z'); }
bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

bool all_of(std::string_view s, bool (*pred)(char)) { return std::all_of(s.begin(), s.end(), pred); }

// True for a dotted quad of decimal numbers: S3 refuses such bucket names.
bool looks_like_ipv4(std::string_view s) {
  int labels = 0;
  size_t start = 0;
  while (start <= s.size()) {
    size_t dot = s.find('.', start);
    if (dot == std::string_view::npos) dot = s.size();
    const std::string_view label = s.substr(start, dot - start);
    if (label.empty() || label.size() > 3 || !all_of(label, is_digit)) return false;
    ++labels;
    start = dot + 1;
  }
  return labels == 4;
}

}  // namespace

std::optional<std::string> bucket_name_problem(std::string_view name) {
  if (name.size() < 3 || name.size() > 63)
    return fmt::format("is {} characters long; bucket names have 3 to 63", name.size());
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') return "contains uppercase letters; bucket names are lowercase";
    if (!is_lower_alnum(c) && c != '.' && c != '-')
      return fmt::format("contains `{}`; bucket names use only a-z, 0-9, `.` and `-`", c);
  }
  if (!is_lower_alnum(name.front()) || !is_lower_alnum(name.back())) return "must begin and end with a letter or digit";
  if (name.find("..") != std::string_view::npos) return "contains two adjacent periods";
  if (looks_like_ipv4(name)) return "is formatted as an IP address";
  for (std::string_view prefix : {"xn--", "sthree-", "amzn-s3-demo-"})
    if (name.starts_with(prefix)) return fmt::format("starts with the reserved prefix `{}`", prefix);
  for (std::string_view suffix : {"-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"})
    if (name.ends_with(suffix)) return fmt::format("ends with the reserved suffix `{}`", suffix);
  return std::nullopt;
}

std::optional<std::string> vault_name_problem(std::string_view name) {
  if (name.empty() || name.size() > 255)
    return fmt::format("is {} characters long; vault names have 1 to 255", name.size());
  for (char c : name)
    if (!is_alnum(c) && c != '_' && c != '-' && c != '.')
      return fmt::format("contains `{}`; vault names use only A-Z, a-z, 0-9, `_`, `-` and `.`", c);
  return std::nullopt;
}

std::optional<std::string> account_id_problem(std::string_view id) {
  if (!all_of(id, is_digit)) return "contains characters other than digits; an account id is 12 digits";
  if (id.size() != 12) return fmt::format("has {} digits; an account id has exactly 12", id.size());
  return std::nullopt;
}

std::optional<std::string> org_id_problem(std::string_view id) {
  if (!id.starts_with("o-")) return "does not start with `o-`";
  const std::string_view rest = id.substr(2);
  if (rest.size() < 10 || rest.size() > 32 || !all_of(rest, is_lower_alnum))
    return "must be `o-` followed by 10 to 32 lowercase letters or digits";
  return std::nullopt;
}

namespace {

std::optional<std::string> prefixed_hex_id_problem(std::string_view id, std::string_view prefix) {
  if (!id.starts_with(prefix)) return fmt::format("does not start with `{}`", prefix);
  const std::string_view rest = id.substr(prefix.size());
  if ((rest.size() != 8 && rest.size() != 17) || !all_of(rest, is_lower_hex))
    return fmt::format("must be `{}` followed by 8 or 17 lowercase hex digits", prefix);
  return std::nullopt;
}

}  // namespace

std::optional<std::string> vpc_id_problem(std::string_view id) { return prefixed_hex_id_problem(id, "vpc-"); }

std::optional<std::string> vpc_endpoint_id_problem(std::string_view id) { return prefixed_hex_id_problem(id, "vpce-"); }

std::optional<std::string> kms_alias_problem(std::string_view alias) {
  if (!alias.starts_with("alias/")) return "does not start with `alias/`";
  if (alias.size() > 256) return fmt::format("is {} characters long; the limit is 256", alias.size());
  const std::string_view rest = alias.substr(6);
  if (rest.empty()) return "has no name after `alias/`";
  if (alias.starts_with("alias/aws/")) return "uses the prefix `alias/aws/`, which is reserved for AWS managed keys";
  for (char c : rest)
    if (!is_alnum(c) && c != '/' && c != '_' && c != '-')
      return fmt::format("contains `{}`; aliases use only A-Z, a-z, 0-9, `/`, `_` and `-`", c);
  return std::nullopt;
}

std::optional<std::string> region_problem(std::string_view region) {
  // <area>(-<word>)+-<number>, e.g. us-east-1, us-gov-west-1, eusc-de-east-1.
  const size_t last = region.rfind('-');
  const bool ok = [&] {
    if (last == std::string_view::npos || last + 1 >= region.size()) return false;
    const std::string_view number = region.substr(last + 1);
    if (number.size() > 2 || !all_of(number, is_digit)) return false;
    const std::string_view words = region.substr(0, last);
    if (words.find('-') == std::string_view::npos) return false;
    size_t start = 0;
    while (start <= words.size()) {
      size_t dash = words.find('-', start);
      if (dash == std::string_view::npos) dash = words.size();
      const std::string_view w = words.substr(start, dash - start);
      if (w.empty() || !std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return false;
      start = dash + 1;
    }
    return true;
  }();
  if (!ok) return "is not shaped like an AWS region such as `us-east-1`";
  return std::nullopt;
}

bool is_known_region(std::string_view region) {
  static constexpr std::string_view known[] = {
      "af-south-1",     "ap-east-1",      "ap-east-2",      "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
      "ap-south-1",     "ap-south-2",     "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4",
      "ap-southeast-5", "ap-southeast-6", "ap-southeast-7", "ca-central-1",   "ca-west-1",      "cn-north-1",
      "cn-northwest-1", "eu-central-1",   "eu-central-2",   "eu-north-1",     "eu-south-1",     "eu-south-2",
      "eu-west-1",      "eu-west-2",      "eu-west-3",      "eusc-de-east-1", "il-central-1",   "me-central-1",
      "me-south-1",     "mx-central-1",   "sa-east-1",      "us-east-1",      "us-east-2",      "us-gov-east-1",
      "us-gov-west-1",  "us-west-1",      "us-west-2",
  };
  return std::find(std::begin(known), std::end(known), region) != std::end(known);
}

std::optional<std::string> tls_version_problem(std::string_view version) {
  // Whole digits, optionally one '.' and more digits: what s3:TlsVersion compares numerically.
  const size_t dot = version.find('.');
  const std::string_view whole = version.substr(0, dot);
  const std::string_view frac = dot == std::string_view::npos ? std::string_view{} : version.substr(dot + 1);
  if (whole.empty() || !all_of(whole, is_digit) ||
      (dot != std::string_view::npos && (frac.empty() || !all_of(frac, is_digit))))
    return "is not a number";
  const double v = std::strtod(std::string(version).c_str(), nullptr);
  for (double ok : {1.0, 1.1, 1.2, 1.3})
    if (v > ok - 1e-9 && v < ok + 1e-9) return std::nullopt;
  return "is not a TLS version; S3 negotiates 1.0, 1.1, 1.2 or 1.3";
}

std::optional<std::string> service_principal_problem(std::string_view host) {
  const bool suffix_ok = host.ends_with(".amazonaws.com") || host.ends_with(".amazonaws.com.cn");
  const bool chars_ok = !host.empty() && std::all_of(host.begin(), host.end(),
                                                     [](char c) { return is_lower_alnum(c) || c == '.' || c == '-'; });
  if (!suffix_ok || !chars_ok) return "is not a service principal such as `logging.s3.amazonaws.com`";
  return std::nullopt;
}

std::optional<std::string> condition_key_problem(std::string_view key) {
  const size_t colon = key.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon + 1 >= key.size())
    return "is not shaped like `service:Key`, e.g. `aws:SourceIp`";
  for (char c : key.substr(0, colon))
    if (!is_alnum(c) && c != '-') return "has an invalid service prefix";
  // Tag keys after '/' may hold spaces and punctuation; the key name before it may not.
  const std::string_view rest = key.substr(colon + 1);
  for (char c : rest.substr(0, rest.find('/')))
    if (!is_alnum(c) && c != '-' && c != '_' && c != ':' && c != '.') return "is not shaped like `service:Key`";
  for (char c : rest)
    if (static_cast<unsigned char>(c) < 0x20) return "contains a control character";
  return std::nullopt;
}

std::optional<Arn> parse_arn(std::string_view text) {
  if (!text.starts_with("arn:")) return std::nullopt;
  Arn arn;
  std::string* fields[] = {&arn.partition, &arn.service, &arn.region, &arn.account};
  size_t pos = 4;
  for (std::string* f : fields) {
    const size_t colon = text.find(':', pos);
    if (colon == std::string_view::npos) return std::nullopt;
    *f = std::string(text.substr(pos, colon - pos));
    pos = colon + 1;
  }
  arn.resource = std::string(text.substr(pos));
  return arn;
}

const char* describe(ArnKind kind) {
  switch (kind) {
    case ArnKind::IamRole: return "an IAM role ARN";
    case ArnKind::IamUser: return "an IAM user ARN";
    case ArnKind::KmsKey: return "a KMS key ARN";
    case ArnKind::SnsTopic: return "an SNS topic ARN";
    case ArnKind::SqsQueue: return "an SQS queue ARN";
    case ArnKind::LambdaFunction: return "a Lambda function ARN";
    case ArnKind::CloudFrontDistribution: return "a CloudFront distribution ARN";
  }
  return "an ARN";
}

namespace {

bool is_partition(std::string_view p) {
  return p == "aws" || p == "aws-cn" || p == "aws-us-gov" || p == "aws-iso" || p == "aws-iso-b" || p == "aws-eusc";
}

// IAM names and paths: A-Z a-z 0-9 and + = , . @ _ - (paths also /).
bool is_iam_name(std::string_view s, bool allow_slash) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [&](char c) {
    return is_alnum(c) || c == '+' || c == '=' || c == ',' || c == '.' || c == '@' || c == '_' || c == '-' ||
           (allow_slash && c == '/');
  });
}

bool is_uuid(std::string_view s) {
  if (s.size() != 36) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    const bool dash_here = i == 8 || i == 13 || i == 18 || i == 23;
    const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(s[i])));
    if (dash_here ? c != '-' : !is_lower_hex(c)) return false;
  }
  return true;
}

bool is_queue_or_topic_name(std::string_view s, size_t max) {
  std::string_view base = s.ends_with(".fifo") ? s.substr(0, s.size() - 5) : s;
  return !base.empty() && s.size() <= max &&
         std::all_of(base.begin(), base.end(), [](char c) { return is_alnum(c) || c == '_' || c == '-'; });
}

std::optional<std::string> resource_problem(const Arn& a, ArnKind kind) {
  const std::string_view r = a.resource;
  switch (kind) {
    case ArnKind::IamRole:
      if (a.service == "sts") {
        // arn:aws:sts::A:assumed-role/ROLE/SESSION names one session of a role.
        const std::string_view rest = r.starts_with("assumed-role/") ? r.substr(13) : std::string_view{};
        const size_t slash = rest.find('/');
        if (slash == std::string_view::npos || slash == 0 || !is_iam_name(rest.substr(0, slash), false) ||
            !is_iam_name(rest.substr(slash + 1), false))
          return "must end in `assumed-role/ROLE/SESSION`";
        return std::nullopt;
      }
      if (!r.starts_with("role/") || !is_iam_name(r.substr(5), true) || r.ends_with("/"))
        return "must end in `:role/NAME` (optionally `:role/PATH/NAME`)";
      return std::nullopt;
    case ArnKind::IamUser:
      if (!r.starts_with("user/") || !is_iam_name(r.substr(5), true) || r.ends_with("/"))
        return "must end in `:user/NAME` (optionally `:user/PATH/NAME`)";
      return std::nullopt;
    case ArnKind::KmsKey: {
      if (r.starts_with("alias/")) return "names an alias, not a key; use the key ARN `...:key/KEY-ID`";
      const std::string_view id = r.starts_with("key/") ? r.substr(4) : std::string_view{};
      const bool mrk = id.starts_with("mrk-") && id.size() == 36 && all_of(id.substr(4), is_lower_hex);
      if (!is_uuid(id) && !mrk)
        return "must end in `:key/` and a key id such as `1234abcd-12ab-34cd-56ef-1234567890ab`";
      return std::nullopt;
    }
    case ArnKind::SnsTopic:
      if (!is_queue_or_topic_name(r, 256)) return "must end in a topic name of letters, digits, `_` and `-`";
      return std::nullopt;
    case ArnKind::SqsQueue:
      if (!is_queue_or_topic_name(r, 80)) return "must end in a queue name of letters, digits, `_` and `-`";
      return std::nullopt;
    case ArnKind::LambdaFunction: {
      const std::string_view rest = r.starts_with("function:") ? r.substr(9) : std::string_view{};
      const std::string_view fn = rest.substr(0, rest.find(':'));
      if (fn.empty() || !std::all_of(fn.begin(), fn.end(), [](char c) { return is_alnum(c) || c == '_' || c == '-'; }))
        return "must end in `:function:NAME` (optionally `:function:NAME:ALIAS`)";
      return std::nullopt;
    }
    case ArnKind::CloudFrontDistribution: {
      const std::string_view id = r.starts_with("distribution/") ? r.substr(13) : std::string_view{};
      if (id.empty() ||
          !std::all_of(id.begin(), id.end(), [](char c) { return is_digit(c) || (c >= 'A' && c <= 'Z'); }))
        return "must end in `:distribution/ID` with an uppercase distribution id";
      return std::nullopt;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> arn_problem(std::string_view text, ArnKind kind) {
  const auto arn = parse_arn(text);
  if (!arn) return "is not an ARN (`arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE`)";
  if (!is_partition(arn->partition)) return fmt::format("has the unknown partition `{}`", arn->partition);
  struct Shape {
    const char* service;
    bool regional;
  };
  const Shape shape = [&]() -> Shape {
    switch (kind) {
      case ArnKind::IamRole: return {arn->service == "sts" ? "sts" : "iam", false};
      case ArnKind::IamUser: return {"iam", false};
      case ArnKind::KmsKey: return {"kms", true};
      case ArnKind::SnsTopic: return {"sns", true};
      case ArnKind::SqsQueue: return {"sqs", true};
      case ArnKind::LambdaFunction: return {"lambda", true};
      case ArnKind::CloudFrontDistribution: return {"cloudfront", false};
    }
    return {"", false};
  }();
  if (arn->service != shape.service)
    return fmt::format("is a `{}` ARN, but {} is expected here", arn->service, describe(kind));
  if (shape.regional && region_problem(arn->region)) return fmt::format("has no valid region (`{}`)", arn->region);
  if (!shape.regional && !arn->region.empty()) return "must have an empty region field";
  if (auto p = account_id_problem(arn->account)) return fmt::format("has an invalid account field: it {}", *p);
  return resource_problem(*arn, kind);
}

bool is_kms_alias_arn(std::string_view text) {
  const auto arn = parse_arn(text);
  return arn && arn->service == "kms" && arn->resource.starts_with("alias/");
}

namespace {

std::optional<std::array<uint8_t, 4>> parse_ipv4(std::string_view s) {
  std::array<uint8_t, 4> out{};
  size_t start = 0;
  for (int i = 0; i < 4; ++i) {
    size_t end = s.find('.', start);
    if (i == 3) end = s.size();
    if (end == std::string_view::npos) return std::nullopt;
    const std::string_view part = s.substr(start, end - start);
    // Leading zeros are ambiguous (octal in some parsers): refuse them.
    if (part.empty() || part.size() > 3 || !all_of(part, is_digit) || (part.size() > 1 && part[0] == '0'))
      return std::nullopt;
    const int v = std::atoi(std::string(part).c_str());
    if (v > 255) return std::nullopt;
    out[static_cast<size_t>(i)] = static_cast<uint8_t>(v);
    start = end + 1;
  }
  return out;
}

std::optional<std::array<uint8_t, 16>> parse_ipv6(std::string_view s) {
  // Split at "::" into a head and a tail of 16-bit groups; the tail may end in an IPv4 address.
  std::vector<uint16_t> head, tail;
  const size_t gap = s.find("::");
  if (gap != std::string_view::npos && s.find("::", gap + 1) != std::string_view::npos) return std::nullopt;
  auto parse_groups = [](std::string_view part, std::vector<uint16_t>& out, bool allow_v4_tail) -> bool {
    if (part.empty()) return true;
    size_t start = 0;
    while (true) {
      size_t colon = part.find(':', start);
      const std::string_view g = part.substr(start, colon == std::string_view::npos ? part.npos : colon - start);
      if (colon == std::string_view::npos && allow_v4_tail && g.find('.') != std::string_view::npos) {
        auto v4 = parse_ipv4(g);
        if (!v4) return false;
        out.push_back(static_cast<uint16_t>((*v4)[0] << 8 | (*v4)[1]));
        out.push_back(static_cast<uint16_t>((*v4)[2] << 8 | (*v4)[3]));
        return true;
      }
      if (g.empty() || g.size() > 4 ||
          !std::all_of(g.begin(), g.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }))
        return false;
      out.push_back(static_cast<uint16_t>(std::strtoul(std::string(g).c_str(), nullptr, 16)));
      if (colon == std::string_view::npos) return true;
      start = colon + 1;
    }
  };
  if (gap == std::string_view::npos) {
    if (!parse_groups(s, head, true) || head.size() != 8) return std::nullopt;
  } else {
    if (!parse_groups(s.substr(0, gap), head, false) || !parse_groups(s.substr(gap + 2), tail, true))
      return std::nullopt;
    if (head.size() + tail.size() > 7) return std::nullopt;
  }
  std::array<uint16_t, 8> groups{};
  for (size_t i = 0; i < head.size(); ++i) groups[i] = head[i];
  for (size_t i = 0; i < tail.size(); ++i) groups[8 - tail.size() + i] = tail[i];
  std::array<uint8_t, 16> out{};
  for (size_t i = 0; i < 8; ++i) {
    out[2 * i] = static_cast<uint8_t>(groups[i] >> 8);
    out[2 * i + 1] = static_cast<uint8_t>(groups[i] & 0xff);
  }
  return out;
}

}  // namespace

std::optional<Cidr> parse_cidr(std::string_view text) {
  Cidr c;
  const size_t slash = text.find('/');
  const std::string_view addr = text.substr(0, slash);
  c.v6 = addr.find(':') != std::string_view::npos;
  const int max_prefix = c.v6 ? 128 : 32;
  if (c.v6) {
    auto v6 = parse_ipv6(addr);
    if (!v6) return std::nullopt;
    c.bytes = *v6;
  } else {
    auto v4 = parse_ipv4(addr);
    if (!v4) return std::nullopt;
    std::copy(v4->begin(), v4->end(), c.bytes.begin());
  }
  c.prefix = max_prefix;
  if (slash != std::string_view::npos) {
    const std::string_view p = text.substr(slash + 1);
    if (p.empty() || p.size() > 3 || !all_of(p, is_digit)) return std::nullopt;
    c.prefix = std::atoi(std::string(p).c_str());
    if (c.prefix > max_prefix) return std::nullopt;
  }
  return c;
}

std::optional<std::string> cidr_problem(std::string_view text) {
  if (parse_cidr(text)) return std::nullopt;
  const size_t slash = text.find('/');
  if (slash != std::string_view::npos) {
    const bool v6 = text.find(':') != std::string_view::npos;
    const std::string_view p = text.substr(slash + 1);
    if (!p.empty() && all_of(p, is_digit) && std::atoi(std::string(p).c_str()) > (v6 ? 128 : 32))
      return fmt::format("has a prefix length above {}", v6 ? 128 : 32);
  }
  return "is not an IPv4 or IPv6 address or CIDR such as `203.0.113.0/24`";
}

std::optional<std::string> private_range(const Cidr& cidr) {
  struct Range {
    bool v6;
    std::array<uint8_t, 16> base;
    int prefix;
    const char* name;
  };
  static const Range ranges[] = {
      {false, {10}, 8, "RFC 1918 private"},
      {false, {172, 16}, 12, "RFC 1918 private"},
      {false, {192, 168}, 16, "RFC 1918 private"},
      {false, {100, 64}, 10, "carrier-grade NAT (RFC 6598)"},
      {false, {127}, 8, "loopback"},
      {false, {169, 254}, 16, "link-local"},
      {true, {0xfc}, 7, "IPv6 unique local"},
      {true, {0xfe, 0x80}, 10, "IPv6 link-local"},
      {true, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}, 128, "IPv6 loopback"},
  };
  for (const Range& r : ranges) {
    if (r.v6 != cidr.v6 || cidr.prefix < r.prefix) continue;
    bool inside = true;
    for (int bit = 0; bit < r.prefix && inside; ++bit) {
      const uint8_t mask = static_cast<uint8_t>(0x80 >> (bit % 8));
      inside = (cidr.bytes[static_cast<size_t>(bit / 8)] & mask) == (r.base[static_cast<size_t>(bit / 8)] & mask);
    }
    if (inside) return std::string(r.name);
  }
  return std::nullopt;
}

}  // namespace bslc::check
