// W0608 (hand-written policies): a Deny for everyone on the bucket-policy
// actions whose conditions all hold for an ordinary administrator session —
// a console or CI call over TLS 1.2+, header-signed, from a public address,
// not through a VPC endpoint, with long-term or non-MFA credentials. Such a
// statement leaves only the root user able to change the policy. Conditions
// bslc cannot judge (principal keys, unknown keys) count as an escape, so the
// lint errs towards silence.
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

#include "check/lint_detail.h"
#include "check/policy_facts.h"

namespace bslc::check::detail {

namespace {

using diag::Code;

enum class Truth { True, False, Unknown };

// The missing-key rule (reference §2.2) for a key the admin request lacks.
Truth absent(const Operator& op, const std::vector<std::string>& values) {
  if (op.is_null())
    return std::any_of(values.begin(), values.end(), [](const std::string& v) { return lowercase(v) == "true"; })
               ? Truth::True
               : Truth::False;
  if (op.set == Operator::Set::AllValues) return Truth::True;
  if (op.set == Operator::Set::AnyValue) return Truth::False;
  return op.if_exists || op.negated ? Truth::True : Truth::False;
}

Truth from_bool(bool b) { return b ? Truth::True : Truth::False; }

// A key the admin request carries with a known value.
Truth present(const Operator& op, const std::vector<std::string>& values, const std::string& actual) {
  if (op.is_null())
    return from_bool(
        std::none_of(values.begin(), values.end(), [](const std::string& v) { return lowercase(v) == "true"; }));
  const bool any_equal = std::any_of(values.begin(), values.end(), [&](const std::string& v) {
    return op.base.starts_with("String") ? glob_match(v, actual, op.base.find("IgnoreCase") != std::string::npos)
                                         : lowercase(v) == lowercase(actual);
  });
  if (op.base == "Bool" || op.base == "StringEquals" || op.base == "StringLike" || op.base == "StringEqualsIgnoreCase")
    return from_bool(any_equal);
  if (op.base == "StringNotEquals" || op.base == "StringNotLike" || op.base == "StringNotEqualsIgnoreCase")
    return from_bool(!any_equal);
  return Truth::Unknown;
}

// s3:TlsVersion: the administrator can always use TLS 1.3.
Truth tls(const Operator& op, const std::vector<std::string>& values) {
  const double best = 1.3;
  bool all_numbers = true;
  bool any_true = false;
  for (const auto& v : values) {
    char* end = nullptr;
    const double x = std::strtod(v.c_str(), &end);
    if (end == v.c_str() || *end != '\0') {
      all_numbers = false;
      continue;
    }
    if (op.base == "NumericLessThan")
      any_true |= best < x;
    else if (op.base == "NumericLessThanEquals")
      any_true |= best <= x;
    else
      return Truth::Unknown;
  }
  return all_numbers ? from_bool(any_true) : Truth::Unknown;
}

Truth condition_for_admin(const Operator& op, const std::string& key, const std::vector<std::string>& values) {
  const std::string k = lowercase(key);
  if (identifies_principal(k)) return Truth::Unknown;
  if (k == "aws:securetransport") return present(op, values, "true");
  if (k == "aws:viaawsservice") return present(op, values, "false");
  if (k == "s3:authtype") return present(op, values, "REST-HEADER");
  if (k == "s3:tlsversion") return tls(op, values);
  if (k == "aws:sourceip") {
    // A public address of the administrator's choosing lies outside any listed range.
    if (op.set != Operator::Set::None) return Truth::Unknown;
    if (op.base == "NotIpAddress") return Truth::True;
    if (op.base == "IpAddress") return Truth::False;
    return Truth::Unknown;
  }
  if (k == "aws:sourcevpce" || k == "aws:sourcevpc" || k == "aws:vpcsourceip" || k == "aws:multifactorauthpresent" ||
      k == "aws:multifactorauthage" || k == "aws:sourcearn" || k == "aws:sourceaccount" || k == "aws:sourceowner" ||
      k.starts_with("s3:x-amz-") || k.starts_with("s3:existingobjecttag/") || k.starts_with("s3:requestobjecttag/") ||
      k.starts_with("s3:dataaccesspoint") || k.starts_with("s3:object-lock-"))
    return absent(op, values);
  return Truth::Unknown;
}

bool everyone(const policy::Statement& s) {
  if (s.not_principal || !s.principal) return false;
  const auto& p = *s.principal;
  return p.star || std::find(p.aws.begin(), p.aws.end(), "*") != p.aws.end();
}

std::optional<std::string> policy_action(const policy::Statement& s) {
  for (const char* target : {"s3:PutBucketPolicy", "s3:DeleteBucketPolicy"}) {
    const bool listed = std::any_of(s.actions.begin(), s.actions.end(),
                                    [&](const std::string& a) { return glob_match(a, target, true); });
    if (listed != s.not_action) return std::string(target);
  }
  return std::nullopt;
}

bool covers_a_bucket(const policy::Statement& s) {
  if (s.not_resource) return true;
  return std::any_of(s.resources.begin(), s.resources.end(), [](const std::string& r) {
    if (r == "*") return true;
    const std::string lower = lowercase(r);
    if (!lower.starts_with("arn:") || lower.find(":s3:::") == std::string::npos) return false;
    const std::string rest = r.substr(r.find(":::") + 3);
    return rest.find('/') == std::string::npos;  // a bucket, or a pattern that also matches buckets
  });
}

}  // namespace

void lint_lockout(LintContext& ctx, size_t i) {
  const auto& s = ctx.doc.statements[i];
  if (s.effect != policy::Effect::Deny || !everyone(s) || !covers_a_bucket(s)) return;
  const auto action = policy_action(s);
  if (!action) return;
  for (const auto& [op_text, keys] : s.condition) {
    const Operator op = parse_operator(op_text);
    for (const auto& [key, values] : keys)
      if (condition_for_admin(op, key, values) != Truth::True) return;  // an administrator can escape
  }
  ctx.add(Code::W0608, i,
          fmt::format("{} denies `{}` to every principal{}, so only the account's root user could change or delete "
                      "the bucket policy",
                      ctx.label(i), *action,
                      s.condition.empty() ? "" : ", including administrators calling from the console or CI"),
          "exempt the administrator, e.g. `\"ArnNotEquals\": {\"aws:PrincipalArn\": "
          "\"arn:aws:iam::ACCOUNT:role/Admin\"}`, or leave the bucket policy actions out of the deny");
}

}  // namespace bslc::check::detail
