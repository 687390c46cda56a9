// An S3 bucket around its policies (reference §4–6): the bucket policy and
// the callers' identity policies decide first (evaluator.h); then, for a
// permitted request, the bucket's own behaviour can still refuse it or shape it:
//
//  - Block Public Access: RestrictPublicBuckets sets aside every bucket-policy
//    Allow for callers outside the bucket account (services excepted) while
//    the policy is public (public_policy.h); BlockPublicAcls refuses public
//    canned ACLs and grants; BlockPublicPolicy refuses a public new policy
//    (put_bucket_policy).
//  - Object Ownership BucketOwnerEnforced refuses ACLs other than
//    bucket-owner-full-control.
//  - Encryption: default encryption applies after the decision, so policies see
//    only the request's headers; a permitted PutObject reports the encryption
//    it gets. SSE-KMS needs the KMS key policy to allow the caller
//    (kms:GenerateDataKey on put, kms:Decrypt on get; kms:ViaService =
//    s3.<region>.amazonaws.com, kms:CallerAccount); the AWS managed key aws/s3
//    serves only its own account. SSE-C and SSE-KMS refuse plain HTTP.
//  - Object Lock: legal hold and COMPLIANCE retention refuse version deletes
//    and weakening retention; GOVERNANCE needs the
//    `s3:x-amz-bypass-governance-retention: true` header [simulator key] and
//    an allowed s3:BypassGovernanceRetention.
//  - MFA Delete: version deletes and PutBucketVersioning need the x-amz-mfa
//    header (simulator key `s3:x-amz-mfa`) over HTTPS.
//  - SSE-C blocked (BlockedEncryptionTypes, the default for new buckets since
//    April 2026): uploads that ask for SSE-C get 403 AccessDenied, multipart
//    steps included; reads of existing SSE-C objects still work. S3 User Guide
//    "Blocking or unblocking SSE-C for a general purpose bucket",
//    https://docs.aws.amazon.com/AmazonS3/latest/userguide/blocking-unblocking-s3-c-encryption-gpb.html
//  - The bucket owner's root user may always call GetBucketPolicy,
//    PutBucketPolicy and DeleteBucketPolicy, whatever the bucket policy
//    denies: AWS's escape from a policy that locks everyone out. S3 User Guide
//    "Bucket policy examples" (lockout note),
//    https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html
//
// Before any of this the request is shaped (request_shape.h): an S3 API
// operation such as s3:UploadPart is authorized as s3:PutObject, and keys
// the action's requests cannot carry are absent.
//
// Request-side inputs these checks read (all optional context keys):
// s3:x-amz-server-side-encryption, s3:x-amz-server-side-encryption-aws-kms-key-id,
// s3:x-amz-server-side-encryption-customer-algorithm, s3:x-amz-acl,
// s3:x-amz-grant-{read,write,read-acp,write-acp,full-control},
// s3:object-lock-mode, s3:object-lock-retain-until-date, aws:SecureTransport,
// aws:CurrentTime / aws:EpochTime (to tell whether retention has expired).
#pragma once
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "policy/document.h"
#include "sim/evaluator.h"
#include "sim/object.h"
#include "sim/public_policy.h"
#include "sim/request.h"
#include "sim/result.h"

namespace bslc::sim {

struct PublicAccessBlock {
  bool block_public_acls = false;
  bool ignore_public_acls = false;
  bool block_public_policy = false;
  bool restrict_public_buckets = false;
  bool operator==(const PublicAccessBlock&) const = default;
};

enum class ObjectOwnership { BucketOwnerEnforced, BucketOwnerPreferred, ObjectWriter };

struct ObjectLockConfig {
  bool enabled = false;
  LockMode default_mode = LockMode::None;  // applies to versions without their own ObjectState
  int default_days = 0;
  int default_years = 0;
};

struct BucketSettings {
  std::string region = "us-east-1";               // for kms:ViaService
  PublicAccessBlock public_access_block;          // bucket level
  PublicAccessBlock account_public_access_block;  // account level; the stricter of the two applies
  ObjectOwnership object_ownership = ObjectOwnership::BucketOwnerEnforced;
  Encryption default_encryption;  // SSE-S3 unless configured
  bool sse_c_blocked = true;      // BlockedEncryptionTypes [SSE-C]: AWS's default for new buckets since April 2026
  bool versioning = false;
  bool mfa_delete = false;
  ObjectLockConfig object_lock;
  // The key whose policy BucketConfig::kms_key_policy is. Empty: that policy
  // governs every customer managed key the bucket uses.
  std::string kms_key_arn;
  // Per-object state by object key (without the bucket name).
  std::map<std::string, ObjectState, std::less<>> objects;
};

struct BucketConfig {
  std::optional<policy::Document> bucket_policy;
  std::map<std::string, std::vector<policy::Document>> identities;  // principal ARN -> identity policies
  std::optional<policy::Document> kms_key_policy;
  std::string resource_account;  // the bucket owner
  BucketSettings settings;
  // [U] aws:PrincipalAccount of anonymous requests (IAM guide: "anonymous"); empty = absent.
  std::string anonymous_principal_account = "anonymous";
};

struct PutPolicyOutcome {
  bool accepted = true;
  PublicPolicyReport report;
  std::string message;  // why it was refused
};

class BucketSimulator {
 public:
  struct Created;
  static Created create(const BucketConfig& config);

  // Thread-safe; see result.h for the lifetime of views in `out`.
  void evaluate(const Request& request, Workspace& workspace, Result& out, EvalOptions options = {}) const;
  Result evaluate(const Request& request, EvalOptions options = {}) const;

  // BlockPublicPolicy: would PutBucketPolicy with this document be refused?
  PutPolicyOutcome put_bucket_policy(const policy::Document& new_policy) const;

  const PublicPolicyReport& bucket_policy_report() const;
  const BucketSettings& settings() const;
  // The effective (account OR bucket) Block Public Access settings.
  PublicAccessBlock effective_public_access_block() const;

  struct State;

 private:
  explicit BucketSimulator(std::shared_ptr<const State> state) : state_(std::move(state)) {}
  std::shared_ptr<const State> state_;
};

struct BucketSimulator::Created {
  BucketSimulator simulator;
  std::vector<CompileIssue> issues;
};

// Names the simulator gives the documents it evaluates.
inline constexpr std::string_view kBucketPolicyName = "bucket-policy";
inline constexpr std::string_view kKmsKeyPolicyName = "kms-key-policy";
// "identity:<arn>" for a single document, "identity:<arn>[i]" for several.
std::string identity_document_name(std::string_view arn, size_t index, size_t count);

}  // namespace bslc::sim
