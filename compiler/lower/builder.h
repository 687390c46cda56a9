// Statement and document building blocks shared by every capability file:
// principals, conditions, resources, action scopes, principal exemptions and
// a document builder that assigns Sids and records where each came from.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ir/model.h"
#include "lower/lower.h"
#include "lower/sids.h"
#include "policy/document.h"

namespace bslc::lower::detail {

// ---- documents -----------------------------------------------------------

// Collects the statements of one document in the order they are added.
class DocumentBuilder {
 public:
  // `fallback` is used as the source of a statement whose origin has no
  // location (hand-built models); normally the bucket's or vault's name.
  explicit DocumentBuilder(Location fallback) : fallback_(std::move(fallback)) {}

  // Appends `st` under a unique Sid derived from `sid_base`, records `from`
  // as its source and returns the Sid it got.
  std::string add(std::string_view sid_base, policy::Statement st, const Location& from);
  std::string add(std::string_view sid_base, policy::Statement st, const ir::Origin& from) {
    return add(sid_base, std::move(st), from.loc);
  }

  bool empty() const { return doc_.document.statements.empty(); }
  TracedDocument take() { return std::move(doc_); }

 private:
  TracedDocument doc_;
  SidAllocator sids_;
  Location fallback_;
};

// ---- principals and statements --------------------------------------------

policy::Principal everyone();                                     // "Principal": "*"
policy::Principal aws_principals(std::vector<std::string> arns);  // {"AWS": [...]}
policy::Principal service_principals(std::vector<std::string> services);

policy::Statement statement(policy::Effect effect, std::optional<policy::Principal> who,
                            std::vector<std::string> actions, std::vector<std::string> resources);
// A Deny for every principal (anonymous included); conditions narrow it.
policy::Statement deny_everyone(std::vector<std::string> actions, std::vector<std::string> resources);

// Adds one condition. A key already present under the same operator is merged
// so that the statement requires both: negated operators take the union of
// values ("matches none of either list"), exact positive operators
// (StringEquals, ArnEquals, NumericEquals) the intersection. Other positive
// operators are unioned, which in a Deny only widens what is denied (fail
// safe); lowering never merges such conditions into an Allow.
// Returns false when the merged condition can never hold (empty intersection).
bool add_condition(policy::Statement& st, const std::string& op, const std::string& key,
                   std::vector<std::string> values);

// ---- resources and actions ------------------------------------------------

// Escapes text that lands in a wildcard context (Resource, *Like values):
// `*`, `?` and `$` become the policy variables `${*}`, `${?}`, `${$}`.
std::string escape_wildcards(std::string_view text);

// `arn:aws:s3:::b/*`, or `arn:aws:s3:::b/<prefix>*` when a prefix is given.
std::string objects_resource(const ir::Bucket& b, const std::string& prefix);

enum class ActionScope {
  Bucket,  // resource type `bucket`: arn:aws:s3:::b
  Object,  // resource type `object`: arn:aws:s3:::b/key
  Any,     // wildcards, non-S3 or unknown actions: both ARNs
};
// From the SAR resource types (reference §1.10); case-insensitive.
ActionScope action_scope(std::string_view action);

// ---- who a statement applies to -------------------------------------------

// Adds negated conditions so that a Deny skips every listed principal:
// roles/users by aws:PrincipalArn (a role session's PrincipalArn is the role
// ARN), accounts by aws:PrincipalAccount (covers users, roles, federated users
// and root of that account), organizations by aws:PrincipalOrgID, services by
// aws:PrincipalServiceName, CloudFront distributions by aws:SourceArn. The
// conditions are all negated and IAM ANDs them, so the Deny applies only to a
// request that matches none of the exceptions. Returns false when an exception
// is "public" (everyone is exempt: the Deny must not be emitted).
bool exempt_principals(policy::Statement& st, const std::vector<ir::Principal>& exceptions);

// Sid word for a principal list: "Admin", "AdminAndOps", or `many`.
std::string principal_words(const std::vector<ir::Principal>& principals, std::string_view many = "Named");

}  // namespace bslc::lower::detail
