// Block Public Access's test for a "public" resource policy (reference §4.2).
// S3 starts from "public" and calls a policy non-public only when every Allow
// that touches a bad action (reads, lists, writes, deletes) is limited to fixed
// principals or by a positive condition with fixed values on one of the keys
// S3 trusts (aws:SourceVpce, aws:SourceIp with narrow CIDRs, aws:PrincipalOrgID, ...).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "policy/document.h"

namespace bslc::sim {

enum class PolicyScope {
  Bucket,       // s3:DataAccessPointArn may wildcard the access point name
  AccessPoint,  // a grant by s3:DataAccessPointArn makes it public
};

struct PublicStatement {
  uint32_t index = 0;
  std::string sid;
  std::string reason;  // why the statement is public
};

struct PublicPolicyReport {
  bool is_public = false;
  std::vector<PublicStatement> statements;  // the public ones; any one makes the policy public
};

// [U] IfExists, negated operators and set operators never make a statement
// non-public; NotAction is assumed to touch a bad action.
PublicPolicyReport analyze_public_policy(const policy::Document& doc, PolicyScope scope = PolicyScope::Bucket);

// True when the two wildcard patterns (`*`, `?`; ASCII case-insensitive) can
// match a common string. Exposed for tests and the linter.
bool patterns_intersect(std::string_view a, std::string_view b);

}  // namespace bslc::sim
