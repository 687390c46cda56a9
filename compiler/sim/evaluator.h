// AWS policy evaluation over policy documents (reference §1–3).
//
// A PolicySet (one resource policy plus the identity policies of any number of
// principals) is compiled once into an Evaluator; evaluating a Request then
// costs no heap allocation once the Workspace and Result have warmed up.
//
// Decision rule: an explicit Deny in any applicable statement wins; otherwise
//   - same account (caller's account == resource_account): the identity
//     policies OR a resource-policy grant naming the caller directly;
//   - cross account: the identity policies AND the resource policy;
//   - anonymous callers and service principals: the resource policy alone;
//   - the root user has every identity-side permission of its own account.
// A resource-policy grant that names the caller's *account* (12-digit id or
// `arn:aws:iam::A:root`) only delegates to that account's identity policies
// (§1.3). GrantRule::ResourceMustGrant is the KMS key-policy rule: the
// resource policy must grant, directly or through that delegation.
//
// Request context: exactly the request's keys, plus keys derived from the
// principal when the request does not give them: aws:PrincipalArn (the role
// ARN for sessions; absent for anonymous callers and services),
// aws:PrincipalAccount, aws:username (IAM users), aws:PrincipalIsAWSService
// (signed requests).
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "policy/document.h"
#include "sim/request.h"
#include "sim/result.h"

namespace bslc::sim {

namespace detail {
struct Program;
struct Scratch;
}  // namespace detail

struct NamedDocument {
  std::string name;  // appears in results and traces ("bucket-policy")
  policy::Document document;
};

enum class GrantRule {
  IdentityOrResource,  // S3 bucket policies and most resource policies
  ResourceMustGrant,   // KMS key policies
};

struct PolicySet {
  std::optional<NamedDocument> resource_policy;
  // Principal ARN -> that principal's identity policies. An assumed-role
  // session uses its own entry and its role's entry.
  std::map<std::string, std::vector<NamedDocument>> identities;
  std::string resource_account;  // owner of the resource; empty: every signed caller counts as cross-account
  GrantRule grant_rule = GrantRule::IdentityOrResource;
  // [U] aws:PrincipalAccount for anonymous requests (IAM guide: "anonymous"); empty = absent.
  std::string anonymous_principal_account = "anonymous";
  // Condition keys the caller wants interned even if no policy mentions them.
  std::vector<std::string> extra_keys;
};

// A problem found while compiling; the evaluator is still built. A statement
// with an error that makes it meaningless (unknown operator, missing Principal
// in a resource policy) never applies.
struct CompileIssue {
  std::string document;
  int statement = -1;  // index in the document, -1 for the document itself
  std::string message;
};

struct EvalOptions {
  bool trace = false;  // fill Result::trace and Result::notes (allocates)
};

// Scratch buffers for evaluation. Reuse one per thread; not thread-safe.
class Workspace {
 public:
  Workspace();
  ~Workspace();
  Workspace(Workspace&&) noexcept;
  Workspace& operator=(Workspace&&) noexcept;
  detail::Scratch& scratch() { return *scratch_; }
  // Holds the request AWS evaluates when it differs from the one given (request_shape.h).
  Request& shaped_request() { return shaped_; }

 private:
  std::unique_ptr<detail::Scratch> scratch_;
  Request shaped_;
};

class Evaluator {
 public:
  struct Compiled;
  static Compiled compile(const PolicySet& set);

  // Thread-safe: the compiled program is immutable.
  void evaluate(const Request& request, Workspace& workspace, Result& out, EvalOptions options = {}) const;
  Result evaluate(const Request& request, EvalOptions options = {}) const;

 private:
  explicit Evaluator(std::shared_ptr<const detail::Program> program) : program_(std::move(program)) {}
  std::shared_ptr<const detail::Program> program_;
};

struct Evaluator::Compiled {
  Evaluator evaluator;
  std::vector<CompileIssue> issues;
};

}  // namespace bslc::sim
