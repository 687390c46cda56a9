#include "sim/public_policy.h"

#include <fmt/format.h>

#include <array>

#include "sim/detail/arn.h"
#include "sim/detail/condition.h"
#include "sim/detail/ip.h"
#include "sim/detail/text.h"

namespace bslc::sim {
namespace {

using detail::iequals;

// Action families that can expose data (AWS SDK PolicyStatus documentation).
constexpr std::array<std::string_view, 6> kBadActions = {"s3:get*",    "s3:list*", "s3:abortmultipartupload",
                                                         "s3:delete*", "s3:put*",  "s3:restoreobject"};

// Condition keys S3 accepts as limiting a grant to known callers.
constexpr std::array<std::string_view, 11> kLimitingKeys = {"aws:principalorgid",
                                                            "aws:sourceip",
                                                            "aws:sourcearn",
                                                            "aws:sourcevpc",
                                                            "aws:sourcevpce",
                                                            "aws:sourceowner",
                                                            "aws:sourceaccount",
                                                            "s3:x-amz-server-side-encryption-aws-kms-key-id",
                                                            "aws:userid",
                                                            "s3:dataaccesspointarn",
                                                            "s3:dataaccesspointaccount"};

bool has_wildcard_or_variable(std::string_view v) {
  return v.find_first_of("*?") != std::string_view::npos || v.find("${") != std::string_view::npos;
}

bool touches_bad_action(const policy::Statement& s) {
  if (s.not_action) return true;
  for (const auto& a : s.actions) {
    for (auto bad : kBadActions) {
      if (patterns_intersect(a, bad)) return true;
    }
  }
  return false;
}

// A principal of fixed accounts, ARNs or services: not "*", no wildcards, no Federated.
bool principal_is_fixed(const policy::Principal& p) {
  if (p.star || !p.federated.empty()) return false;
  for (const auto* list : {&p.aws, &p.service, &p.canonical_user}) {
    for (const auto& v : *list) {
      if (has_wildcard_or_variable(v)) return false;
    }
  }
  return !(p.aws.empty() && p.service.empty() && p.canonical_user.empty());
}

bool rfc1918(const detail::Cidr& c) {
  static const std::array<std::string_view, 3> ranges = {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"};
  for (auto r : ranges) {
    detail::Cidr block;
    detail::parse_cidr(r, block);
    if (c.prefix >= block.prefix && detail::cidr_contains(block, c.base)) return true;
  }
  return false;
}

bool cidr_is_narrow(std::string_view text) {
  detail::Cidr c;
  if (!detail::parse_cidr(text, c)) return false;
  if (c.base.v6) return c.prefix >= 32;
  return c.prefix >= 8 || rfc1918(c);
}

// s3:DataAccessPointArn in a bucket policy: the access point name may be a
// wildcard as long as partition, service, region and account are fixed.
bool access_point_arn_is_fixed(std::string_view v) {
  const auto f = detail::split_arn(v);
  if (f.count != 6) return false;
  for (int i = 0; i < 5; ++i) {
    if (has_wildcard_or_variable(f.field[i])) return false;
  }
  return f.field[5].starts_with("accesspoint/") && f.field[5].find("${") == std::string_view::npos;
}

bool values_are_fixed(std::string_view key, const std::vector<std::string>& values, PolicyScope scope) {
  if (values.empty()) return false;
  for (const auto& v : values) {
    if (iequals(key, "aws:SourceIp")) {
      if (has_wildcard_or_variable(v) || !cidr_is_narrow(v)) return false;
    } else if (iequals(key, "s3:DataAccessPointArn")) {
      if (scope == PolicyScope::AccessPoint || !access_point_arn_is_fixed(v)) return false;
    } else if (has_wildcard_or_variable(v)) {
      return false;
    }
  }
  return true;
}

// The first positive condition that limits the grant to known callers, or "".
std::string limiting_condition(const policy::ConditionBlock& block, PolicyScope scope) {
  for (const auto& [op_text, keys] : block) {
    const auto op = detail::parse_operator(op_text);
    if (!op || op->negated || op->if_exists || op->qualifier != detail::SetQualifier::None) continue;
    using F = detail::Family;
    if (op->family != F::String && op->family != F::StringIgnoreCase && op->family != F::StringLike &&
        op->family != F::Arn && op->family != F::Ip) {
      continue;
    }
    for (const auto& [key, values] : keys) {
      bool listed = false;
      for (auto k : kLimitingKeys) listed = listed || iequals(key, k);
      if (listed && values_are_fixed(key, values, scope)) return fmt::format("{} {}", op_text, key);
    }
  }
  return {};
}

}  // namespace

bool patterns_intersect(std::string_view a, std::string_view b) {
  // can[i][j]: some string matches both a[i:] and b[j:]. Filled from the ends.
  const size_t n = a.size(), m = b.size();
  std::vector<char> can((n + 1) * (m + 1), 0);
  auto at = [&](size_t i, size_t j) -> char& { return can[i * (m + 1) + j]; };
  for (size_t i = n + 1; i-- > 0;) {
    for (size_t j = m + 1; j-- > 0;) {
      bool ok;
      if (i == n && j == m) {
        ok = true;
      } else if (i < n && a[i] == '*') {
        ok = at(i + 1, j) || (j < m && at(i, j + 1));
      } else if (j < m && b[j] == '*') {
        ok = at(i, j + 1) || (i < n && at(i + 1, j));
      } else if (i < n && j < m) {
        ok = (a[i] == '?' || b[j] == '?' || detail::fold(a[i]) == detail::fold(b[j])) && at(i + 1, j + 1);
      } else {
        ok = false;
      }
      at(i, j) = ok;
    }
  }
  return at(0, 0);
}

PublicPolicyReport analyze_public_policy(const policy::Document& doc, PolicyScope scope) {
  PublicPolicyReport report;
  for (size_t i = 0; i < doc.statements.size(); ++i) {
    const auto& s = doc.statements[i];
    if (s.effect != policy::Effect::Allow || !touches_bad_action(s)) continue;
    std::string reason;
    if (s.not_principal) {
      reason = "an Allow with NotPrincipal grants everyone not listed";
    } else if (s.principal && principal_is_fixed(*s.principal)) {
      continue;
    } else if (!limiting_condition(s.condition, scope).empty()) {
      continue;
    } else if (s.principal && !s.principal->federated.empty()) {
      reason = "an Allow to a Federated principal is public";
    } else {
      reason =
          "grants a wildcard principal without a positive condition that fixes aws:SourceVpce, aws:SourceVpc, "
          "aws:SourceIp, aws:SourceArn, aws:SourceAccount, aws:SourceOwner, aws:PrincipalOrgID, aws:userid, "
          "s3:DataAccessPointAccount, s3:DataAccessPointArn or the KMS key id";
    }
    report.statements.push_back(PublicStatement{static_cast<uint32_t>(i), s.sid, std::move(reason)});
  }
  report.is_public = !report.statements.empty();
  return report;
}

}  // namespace bslc::sim
