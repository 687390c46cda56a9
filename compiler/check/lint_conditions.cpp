// Condition-block lints: values of the wrong form, operators whose meaning
// on an absent key surprises, set operators on single-valued keys, and keys
// that S3 fills differently from what the policy compares (reference §2-3).
#include <fmt/format.h>

#include <algorithm>

#include "check/lint_detail.h"
#include "check/policy_facts.h"
#include "check/values.h"

namespace bslc::check::detail {

namespace {

using diag::Code;

bool is_variable(const std::string& v) { return v.find("${") != std::string::npos; }

bool is_number(std::string_view v) {
  if (!v.empty() && (v[0] == '-' || v[0] == '+')) v.remove_prefix(1);
  const size_t dot = v.find('.');
  const std::string_view whole = v.substr(0, dot);
  const std::string_view frac = dot == std::string_view::npos ? std::string_view{} : v.substr(dot + 1);
  auto digits = [](std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (whole.empty() && frac.empty()) return false;
  return digits(whole) && digits(frac) && (dot == std::string_view::npos || !frac.empty() || !whole.empty());
}

bool has_null_false_guard(const policy::Statement& s, const std::string& key) {
  for (const auto& [op_text, keys] : s.condition) {
    if (parse_operator(op_text).base != "Null") continue;
    for (const auto& [k, values] : keys)
      if (lowercase(k) == lowercase(key) &&
          std::any_of(values.begin(), values.end(), [](const std::string& v) { return lowercase(v) == "false"; }))
        return true;
  }
  return false;
}

bool has_key(const policy::Statement& s, std::string_view key) {
  for (const auto& [op_text, keys] : s.condition)
    for (const auto& [k, values] : keys)
      if (lowercase(k) == key) return true;
  return false;
}

// Deny statements whose negated operator on an absent key is a common
// surprise: the denied requests are usually ones the author meant to let through.
bool surprising_in_deny(const policy::Statement& s, const std::string& key) {
  const std::string k = lowercase(key);
  if (k == "aws:principalorgid") return !has_key(s, "aws:principalisawsservice");
  return k == "aws:sourceip" || k.starts_with("s3:x-amz-server-side-encryption") ||
         k.starts_with("s3:existingobjecttag/") || k == "aws:sourcearn" || k == "aws:sourceaccount" ||
         k == "aws:sourceowner";
}

void value_forms(LintContext& ctx, size_t i, const Operator& op, const std::string& op_text, const std::string& key,
                 const std::vector<std::string>& values) {
  const auto& s = ctx.doc.statements[i];
  for (const auto& v : values) {
    if (is_variable(v)) continue;
    if (op.is_bool() && lowercase(v) != "true" && lowercase(v) != "false") {
      ctx.add(
          Code::E0601, i,
          fmt::format("{} compares `{}` with `{}` under `{}`, which only knows `true` and `false`, so the condition "
                      "never matches",
                      ctx.label(i), key, v, op_text),
          "write \"true\" or \"false\"");
      return;
    }
    if (op.is_numeric() && !is_number(v)) {
      ctx.add(Code::E0602, i,
              fmt::format("{} compares `{}` with `{}` under `{}`, which needs a number, so the condition never matches",
                          ctx.label(i), key, v, op_text),
              "write a plain number such as \"1.2\" or \"600000\"");
      return;
    }
    if (lowercase(key) == "s3:tlsversion" && tls_version_problem(v)) {
      const bool refuses_all =
          s.effect == policy::Effect::Deny && op.base.starts_with("NumericLessThan") && is_number(v);
      ctx.add(Code::E0603, i,
              fmt::format("{} compares `s3:TlsVersion` with `{}`, which is not a TLS version S3 negotiates (1.0 to "
                          "1.3){}",
                          ctx.label(i), v, refuses_all ? ", so this deny refuses every TLS connection" : ""),
              "compare with 1.2 or 1.3, e.g. `\"NumericLessThan\": {\"s3:TlsVersion\": \"1.2\"}`");
      return;
    }
  }
}

void missing_key(LintContext& ctx, size_t i, const Operator& op, const std::string& op_text, const std::string& key) {
  const auto& s = ctx.doc.statements[i];
  if (op.set != Operator::Set::None || !op.negated || op.is_null()) return;
  const auto who = absent_for(key);
  if (!who || has_null_false_guard(s, key)) return;
  const bool allow = s.effect == policy::Effect::Allow;
  if (!allow && (ctx.options.generated || !surprising_in_deny(s, key))) return;
  ctx.add(Code::W0602, i,
          fmt::format("`{}` is true when `{}` is absent, so {} also {} {}", op_text, key, ctx.label(i),
                      allow ? "allows" : "denies", *who),
          allow ? fmt::format("require the key with `\"Null\": {{\"{}\": \"false\"}}`, or use a positive operator", key)
                : fmt::format("if those requests should pass, add `\"Null\": {{\"{}\": \"false\"}}` to the statement",
                              key));
}

void set_operator(LintContext& ctx, size_t i, const Operator& op, const std::string& op_text, const std::string& key) {
  if (op.set == Operator::Set::None || !is_known_service_key(key) || is_multivalued_key(key)) return;
  const bool all = op.set == Operator::Set::AllValues;
  const bool allow = ctx.doc.statements[i].effect == policy::Effect::Allow;
  ctx.add(Code::W0603, i,
          fmt::format("{} applies `{}` to the single-valued key `{}`{}", ctx.label(i), op_text, key,
                      all ? fmt::format(", and `ForAllValues` is true when the key is absent, so the statement also "
                                        "{} requests without it",
                                        allow ? "allows" : "denies")
                          : ""),
          fmt::format("use `{}{}` without the set qualifier", op.base, op.if_exists ? "IfExists" : ""));
}

void kms_alias(LintContext& ctx, size_t i, const std::string& key, const std::vector<std::string>& values) {
  // In generated documents the alias comes from the spec, where W0403 already points at it.
  if (ctx.options.generated || lowercase(key) != "s3:x-amz-server-side-encryption-aws-kms-key-id") return;
  const auto alias = std::find_if(values.begin(), values.end(),
                                  [](const std::string& v) { return v.find("alias/") != std::string::npos; });
  if (alias == values.end()) return;
  ctx.add(Code::W0604, i,
          fmt::format("{} compares `{}` with the alias `{}`, but S3 fills this key with the key ARN, so the comparison "
                      "never matches",
                      ctx.label(i), key, *alias),
          "compare with the key ARN `arn:aws:kms:REGION:ACCOUNT:key/KEY-ID`");
}

void mfa_bool(LintContext& ctx, size_t i, const Operator& op, const std::string& key,
              const std::vector<std::string>& values) {
  const auto& s = ctx.doc.statements[i];
  if (s.effect != policy::Effect::Deny || op.base != "Bool" || op.if_exists || op.set != Operator::Set::None) return;
  if (lowercase(key) != "aws:multifactorauthpresent") return;
  if (std::none_of(values.begin(), values.end(), [](const std::string& v) { return lowercase(v) == "false"; })) return;
  ctx.add(
      Code::W0607, i,
      fmt::format("{} denies only when `aws:MultiFactorAuthPresent` is `false`, but requests signed with long-term "
                  "access keys carry no such key, so they are never denied",
                  ctx.label(i)),
      "use `\"BoolIfExists\": {\"aws:MultiFactorAuthPresent\": \"false\"}` so requests without the key are denied too");
}

}  // namespace

void lint_conditions(LintContext& ctx, size_t i) {
  const auto& s = ctx.doc.statements[i];
  for (const auto& [op_text, keys] : s.condition) {
    const Operator op = parse_operator(op_text);
    for (const auto& [key, values] : keys) {
      value_forms(ctx, i, op, op_text, key, values);
      missing_key(ctx, i, op, op_text, key);
      set_operator(ctx, i, op, op_text, key);
      kms_alias(ctx, i, key, values);
      mfa_bool(ctx, i, op, key, values);
    }
  }
}

}  // namespace bslc::check::detail
