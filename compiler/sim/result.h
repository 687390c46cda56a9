// The outcome of one simulated request: the decision, what decided it, and
// (only when asked for) a readable trace of every relevant statement.
//
// Lifetime invariant: StatementRef and AppliedEncryption hold views into the
// Evaluator / BucketSimulator that produced the result (document names,
// Sids, key ARNs) and into the Request (key ARNs taken from its headers). A
// Result must not outlive either. This keeps evaluation allocation-free.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "policy/document.h"
#include "sim/object.h"

namespace bslc::sim {

enum class Decision { Allow, ExplicitDeny, ImplicitDeny };
std::string_view to_string(Decision d);  // "allow", "explicit_deny", "implicit_deny"

// What produced the decision when it was not the policies alone.
enum class Reason {
  Policy,                 // the policies decided
  InvalidRequest,         // the request could not be evaluated (see Result::error)
  PublicAccessBlock,      // RestrictPublicBuckets ignored a grant, or BlockPublicAcls refused a public ACL
  AclNotSupported,        // BucketOwnerEnforced refuses ACLs other than bucket-owner-full-control
  KmsKeyPolicy,           // the KMS call S3 makes for the caller was not allowed
  EncryptionRequiresTls,  // SSE-C and SSE-KMS need HTTPS
  ObjectLock,             // retention or legal hold protects the version
  MfaDelete,              // MFA Delete needs the x-amz-mfa header over HTTPS
  SseCBlocked,            // BlockedEncryptionTypes refuses uploads that ask for SSE-C
  OwnerRootPolicyAccess,  // the bucket owner's root user may always read, replace or delete the bucket policy
};
std::string_view to_string(Reason r);  // "policy", "invalid_request", "public_access_block", ...

struct StatementRef {
  std::string_view document;  // e.g. "bucket-policy", "kms-key-policy", "identity:arn:aws:iam::1:role/r#0"
  std::string_view sid;       // may be empty
  uint32_t index = 0;         // position in the document's Statement list
  // The Sid, or "<document>#<index>" for a statement without one.
  std::string label() const;
  bool operator==(const StatementRef&) const = default;
};

// One clause of one statement, as the trace explains it.
struct ClauseTrace {
  std::string clause;  // "principal", "action", "resource", "condition StringEquals aws:SourceVpce"
  bool matched = false;
  std::string detail;  // why, with the request's and the policy's values
};

struct StatementTrace {
  std::string call;  // the evaluated call, e.g. "s3:GetObject on arn:aws:s3:::b/k" or "kms:Decrypt on <key>"
  StatementRef statement;
  policy::Effect effect = policy::Effect::Allow;
  bool applies = false;  // every clause matched
  std::vector<ClauseTrace> clauses;
};

struct AppliedEncryption {
  SseAlgorithm algorithm = SseAlgorithm::SseS3;
  std::string_view kms_key_arn;  // empty with a KMS algorithm = AWS managed key aws/s3
  bool bucket_key = false;
  bool from_bucket_default = false;  // no SSE header: the bucket's default encryption applied
};

struct Result {
  Decision decision = Decision::ImplicitDeny;
  Reason reason = Reason::Policy;
  // The statements that decided: every matching Deny for explicit_deny; the
  // Allows that counted for allow; empty for implicit_deny unless a feature
  // check (KMS, governance bypass) was decided by statements.
  std::vector<StatementRef> statements;
  std::optional<AppliedEncryption> encryption;  // set for a permitted PutObject
  std::string error;                            // Reason::InvalidRequest only

  // Filled only when evaluation was asked for a trace.
  std::vector<StatementTrace> trace;
  std::vector<std::string> notes;  // context derivation and bucket feature checks, in order

  bool allowed() const { return decision == Decision::Allow; }
  void clear();  // resets everything, keeping vector capacity for reuse
};

// A readable, multi-line explanation: decision, deciding statements, notes,
// then each traced statement with its clauses.
std::string explain(const Result& result);

}  // namespace bslc::sim
