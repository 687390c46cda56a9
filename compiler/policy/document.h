// The typed policy-document model: what bslc emits (bucket, KMS key, IAM
// identity, vault lock policies) and what the simulator evaluates. The same
// model holds policies that users wrote by hand (read by policy/json.h).
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bslc::policy {

enum class Effect { Allow, Deny };

struct Principal {
  // `"Principal": "*"` is kept apart from `{"AWS": "*"}` only so that a
  // document read from disk is written back the way it was; both mean everyone.
  bool star = false;
  std::vector<std::string> aws;             // account ids, `arn:aws:iam::A:root`, role/user/session ARNs, "*"
  std::vector<std::string> service;         // e.g. "cloudfront.amazonaws.com"
  std::vector<std::string> canonical_user;  // 64-hex canonical ids
  std::vector<std::string> federated;
  bool operator==(const Principal&) const = default;
};

// Condition block: operator (as written, e.g. "ForAnyValue:StringLikeIfExists")
// -> condition key (as written) -> values. Values are kept as strings: JSON
// booleans and numbers are read as "true"/"false" and their decimal text.
using ConditionBlock = std::map<std::string, std::map<std::string, std::vector<std::string>>>;

struct Statement {
  std::string sid;  // may be empty in hand-written policies
  Effect effect = Effect::Allow;
  std::optional<Principal> principal;
  std::optional<Principal> not_principal;
  std::vector<std::string> actions;
  bool not_action = false;  // the list is a NotAction
  std::vector<std::string> resources;
  bool not_resource = false;  // the list is a NotResource
  ConditionBlock condition;
  bool operator==(const Statement&) const = default;
};

struct Document {
  std::string version = "2012-10-17";
  std::string id;  // optional "Id"
  std::vector<Statement> statements;
  bool operator==(const Document&) const = default;
};

// IAM's rule for a Sid: ASCII letters and digits only, at least one.
bool is_valid_sid(std::string_view sid);

// Convenience builders used by lowering and tests.
Principal everyone();
Principal aws_principal(std::vector<std::string> arns_or_accounts);
Principal service_principal(std::string service);

}  // namespace bslc::policy
