// Custom denies: `deny <who> <actions> [prefix] unless <conditions>`.
//
// "Deny unless (A and B)" is "deny if (not A or not B)". IAM ANDs everything
// inside one Condition block, so an OR needs separate statements: one Deny
// per unless-condition, each carrying that condition's negation. A request
// that satisfies every condition escapes every statement; one that fails any
// condition is caught by that condition's statement.
//
// Negation has to keep IAM's missing-key rule (reference §2.2) consistent:
// the negation must be true exactly when the original is false, absent key
// included.
//  * A positive condition (StringEquals, ArnLike, IpAddress, NumericLessThan,
//    Bool ...) is false on an absent key, so its negation must be true there.
//    Negated operators are (StringNotEquals, ArnNotLike, NotIpAddress,
//    NumericNotEquals, DateNotEquals); ordering and Bool negations are not,
//    so they get IfExists (NumericLessThan -> NumericGreaterThanEqualsIfExists,
//    Bool true -> BoolIfExists false).
//  * A negated condition (`!=`, `not in`, `not like`) is true on an absent key,
//    so its negation (the positive operator) is false there: no IfExists.
//  * Several values: `in [a, b]` holds if any matches and its negation
//    (StringNotEquals [a, b]) if none does. Ordering comparisons with several
//    values reduce to the bound that decides: `< [a, b]` holds iff `< max`.
//
// Operator family by key: aws:SourceIp/aws:VpcSourceIp -> IpAddress;
// ARN-typed keys (aws:PrincipalArn, aws:SourceArn, the KMS key id ...) -> Arn;
// date keys -> Date; numbers -> Numeric; true/false -> Bool; else String.
// A 12-digit account id compared with aws:PrincipalArn becomes
// `arn:aws:iam::<id>:*` (any principal of that account).
//
// Multipart uploads: a condition on a header that only the start of an
// upload sends (encryption, tagging, object lock: catalog/operations.h)
// would, negated, deny every UploadPart and CompleteMultipartUpload of a
// statement covering s3:PutObject. Such statements get a `Null: false` guard
// on the key, so they deny only a present, wrong header; the checker warns
// that presence itself cannot be required (W0402, W0303). The guard applies
// to the whole statement, so other actions it names (s3:PutObjectTagging)
// are also denied only when the header is present.
//
// `except <names>`: the named principals are exempt from every statement of
// the deny, with the same conditions as the perimeters' exceptions
// (exempt_principals: aws:PrincipalArn, aws:PrincipalAccount, ...).
//
// Who: `everyone`/public -> "*". Accounts, roles, users and services share
// one Principal element (values OR); organizations ("*" + StringEquals
// aws:PrincipalOrgID) and CloudFront distributions (Service + ArnLike
// aws:SourceArn) need conditions of their own, so each of those groups is a
// separate statement. Actions are split by resource type; in a prefixed deny
// object actions are confined to the prefix while bucket-level actions cover
// the bucket (a deny on listing cannot be confined to a prefix reliably).
#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "catalog/catalog.h"
#include "catalog/operations.h"
#include "lower/capabilities.h"

namespace bslc::lower::detail {
namespace {

enum class Family { String, Numeric, Date, Bool, Arn, Ip };

std::string lowercase(std::string_view s) {
  std::string out;
  for (char c : s) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_ordering(ir::CompareOp op) {
  return op == ir::CompareOp::Lt || op == ir::CompareOp::Le || op == ir::CompareOp::Gt || op == ir::CompareOp::Ge;
}

bool is_negative(ir::CompareOp op) {
  return op == ir::CompareOp::Ne || op == ir::CompareOp::NotIn || op == ir::CompareOp::NotLike;
}

Family family_of(const ir::DenyCondition& c) {
  const std::string key = lowercase(c.key);
  if (key == "aws:sourceip" || key == "aws:vpcsourceip") return Family::Ip;
  if (key == "aws:principalarn" || key == "aws:sourcearn" || key == "s3:x-amz-server-side-encryption-aws-kms-key-id" ||
      key == "s3:dataaccesspointarn")
    return Family::Arn;
  if (key == "aws:currenttime" || key == "aws:tokenissuetime" || key == "s3:object-lock-retain-until-date")
    return Family::Date;
  if (c.boolean) return Family::Bool;
  if (c.numeric || is_ordering(c.op)) return Family::Numeric;
  return Family::String;
}

bool is_account_id(const std::string& v) {
  return v.size() == 12 && std::all_of(v.begin(), v.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

// `< [a, b]` holds iff `< max(a, b)`; `> [a, b]` iff `> min(a, b)`.
std::string deciding_bound(const std::vector<std::string>& values, ir::CompareOp op, Family f) {
  const bool want_max = op == ir::CompareOp::Lt || op == ir::CompareOp::Le;
  const auto less = [f](const std::string& x, const std::string& y) {
    if (f == Family::Numeric) return std::strtod(x.c_str(), nullptr) < std::strtod(y.c_str(), nullptr);
    return x < y;  // ISO 8601 dates order as text
  };
  return want_max ? *std::max_element(values.begin(), values.end(), less)
                  : *std::min_element(values.begin(), values.end(), less);
}

// True when the negated condition holds on an absent key and the statement
// covers uploads, so it would refuse every part of a multipart upload.
bool needs_upload_guard(const std::vector<std::string>& actions, const std::string& key, const std::string& op) {
  if (!catalog::set_only_when_upload_starts(key)) return false;
  const bool true_when_absent = op.find("Not") != std::string::npos || op.ends_with("IfExists");
  if (!true_when_absent) return false;
  const auto& cat = catalog::Catalog::aws();
  for (const auto& a : actions)
    for (const auto* m : cat.matching(a))
      if (m->name == "s3:PutObject") return true;
  return false;
}

struct Negation {
  std::string op;
  std::vector<std::string> values;
};

// The condition that holds exactly when `c` does not (see the file comment).
Negation negate(const ir::DenyCondition& c) {
  const Family f = family_of(c);
  Negation n;
  n.values = c.values;
  const bool neg = is_negative(c.op);
  switch (f) {
    case Family::Bool: {
      const bool v = !c.values.empty() && lowercase(c.values.front()) == "true";
      const bool holds_when = neg ? !v : v;  // the condition is `Bool key holds_when`
      n.op = "BoolIfExists";
      n.values = {holds_when ? "false" : "true"};
      return n;
    }
    case Family::Ip: n.op = neg ? "IpAddress" : "NotIpAddress"; return n;
    case Family::Arn:
      n.op = neg ? "ArnLike" : "ArnNotLike";
      for (auto& v : n.values)
        if (is_account_id(v)) v = "arn:aws:iam::" + v + ":*";
      return n;
    case Family::String:
      if (c.op == ir::CompareOp::Like || c.op == ir::CompareOp::NotLike)
        n.op = neg ? "StringLike" : "StringNotLike";
      else
        n.op = neg ? "StringEquals" : "StringNotEquals";
      return n;
    case Family::Numeric:
    case Family::Date: {
      const std::string p = f == Family::Numeric ? "Numeric" : "Date";
      if (!is_ordering(c.op)) {
        n.op = p + (neg ? "Equals" : "NotEquals");
        return n;
      }
      n.values = {deciding_bound(c.values, c.op, f)};
      switch (c.op) {
        case ir::CompareOp::Lt: n.op = p + "GreaterThanEqualsIfExists"; break;
        case ir::CompareOp::Le: n.op = p + "GreaterThanIfExists"; break;
        case ir::CompareOp::Gt: n.op = p + "LessThanEqualsIfExists"; break;
        default: n.op = p + "LessThanIfExists"; break;  // Ge
      }
      return n;
    }
  }
  return n;
}

// One group of `who` that fits one Principal element.
struct WhoGroup {
  policy::Principal principal;
  std::string condition_op, condition_key;  // empty: no condition
  std::vector<std::string> condition_values;
};

std::vector<WhoGroup> who_groups(const ir::CustomDeny& d) {
  const bool public_listed = std::any_of(d.who.begin(), d.who.end(),
                                         [](const ir::Principal& p) { return p.kind == ir::PrincipalKind::Public; });
  if (d.everyone || d.who.empty() || public_listed) return {WhoGroup{everyone(), "", "", {}}};
  WhoGroup direct{policy::Principal{}, "", "", {}};
  WhoGroup orgs{everyone(), "StringEquals", "aws:PrincipalOrgID", {}};
  WhoGroup distributions{service_principals({"cloudfront.amazonaws.com"}), "ArnLike", "aws:SourceArn", {}};
  for (const ir::Principal& p : d.who) {
    switch (p.kind) {
      case ir::PrincipalKind::Account:
      case ir::PrincipalKind::Role:
      case ir::PrincipalKind::User: direct.principal.aws.push_back(p.principal_arn()); break;
      case ir::PrincipalKind::Service: direct.principal.service.push_back(p.value); break;
      case ir::PrincipalKind::Org: orgs.condition_values.push_back(p.value); break;
      case ir::PrincipalKind::CloudFront: distributions.condition_values.push_back(p.value); break;
      case ir::PrincipalKind::Public: break;
    }
  }
  std::vector<WhoGroup> groups;
  if (!direct.principal.aws.empty() || !direct.principal.service.empty()) groups.push_back(std::move(direct));
  if (!orgs.condition_values.empty()) groups.push_back(std::move(orgs));
  if (!distributions.condition_values.empty()) groups.push_back(std::move(distributions));
  return groups;
}

struct ActionGroup {
  std::vector<std::string> actions;
  std::vector<std::string> resources;
};

std::vector<ActionGroup> action_groups(const ir::Bucket& b, const ir::CustomDeny& d) {
  const std::string objects = d.prefix.empty() ? b.objects_arn() : objects_resource(b, d.prefix);
  ActionGroup bucket{{}, {b.arn()}}, object{{}, {objects}}, any{{}, {b.arn(), objects}};
  const std::vector<std::string> all = d.actions.empty() ? std::vector<std::string>{"s3:*"} : d.actions;
  for (const auto& a : all) {
    switch (action_scope(a)) {
      case ActionScope::Bucket: bucket.actions.push_back(a); break;
      case ActionScope::Object: object.actions.push_back(a); break;
      case ActionScope::Any: any.actions.push_back(a); break;
    }
  }
  std::vector<ActionGroup> groups;
  for (auto* g : {&bucket, &object, &any})
    if (!g->actions.empty()) groups.push_back(std::move(*g));
  return groups;
}

std::string who_words(const ir::CustomDeny& d) {
  if (d.everyone || d.who.empty()) return "Everyone";
  return principal_words(d.who, "Listed");
}

std::string actions_words(const std::vector<std::string>& actions) {
  if (actions.size() == 1) return action_words(actions.front());
  if (actions.size() == 2) return action_words(actions[0]) + "And" + action_words(actions[1]);
  return "Actions";
}

}  // namespace

void lower_custom_denies(const BucketContext& ctx, DocumentBuilder& doc) {
  const ir::Bucket& b = ctx.bucket;
  for (const ir::CustomDeny& d : b.denies) {
    // `except public` exempts everyone: nothing is left to deny (as for perimeters).
    if (std::any_of(d.except.begin(), d.except.end(),
                    [](const ir::Principal& p) { return p.kind == ir::PrincipalKind::Public; }))
      continue;
    const std::string who = who_words(d);
    for (const WhoGroup& w : who_groups(d)) {
      for (const ActionGroup& a : action_groups(b, d)) {
        const std::string base = "Deny" + who + actions_words(a.actions) + camel(d.prefix);
        const auto make = [&] {
          auto st = statement(policy::Effect::Deny, w.principal, a.actions, a.resources);
          if (!w.condition_op.empty()) add_condition(st, w.condition_op, w.condition_key, w.condition_values);
          exempt_principals(st, d.except);  // `except public` leaves nobody to deny: rejected by the checker
          return st;
        };
        if (d.unless.empty()) {
          doc.add(base, make(), d.origin);
          continue;
        }
        for (const ir::DenyCondition& c : d.unless) {
          auto st = make();
          // A condition with no values can never hold, so the deny applies unconditionally.
          if (c.values.empty()) {
            doc.add(base + "Unless" + key_words(c.key), std::move(st), c.origin.loc.valid() ? c.origin : d.origin);
            continue;
          }
          const Negation n = negate(c);
          // An empty intersection means this statement can never apply: drop it.
          if (!add_condition(st, n.op, c.key, n.values)) continue;
          if (needs_upload_guard(a.actions, c.key, n.op)) add_condition(st, "Null", c.key, {"false"});
          doc.add(base + "Unless" + key_words(c.key), std::move(st), c.origin.loc.valid() ? c.origin : d.origin);
        }
      }
    }
  }
}

}  // namespace bslc::lower::detail
