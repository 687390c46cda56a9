// One function per capability that becomes policy. lower.cpp calls them in a
// fixed order, which is the statement order of every bucket policy:
//   transport, encryption, network perimeters, pre-signed URLs, MFA, object
//   lock, tags, custom denies (all Deny), then grants, log delivery and
//   CloudTrail delivery (all Allow).
// Within a capability, statements follow model order.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "ir/model.h"
#include "lower/builder.h"
#include "lower/lower.h"

namespace bslc::lower::detail {

// Sids that several documents of one bucket share, so that sources.json maps
// each Sid to one spec line whichever document it is read from.
struct SharedSids {
  std::map<size_t, std::vector<std::string>> grant;  // grant index -> bucket-policy Sids of its statements
  std::map<std::string, std::string> kms_use;        // grantee name -> key-policy Sid of its KMS statement
};

struct BucketContext {
  const ir::Model& model;
  const ir::Bucket& bucket;
  // Service principals this bucket's policy lets write objects (log delivery,
  // CloudTrail, service and CloudFront write grants). Services cannot send
  // encryption or tagging headers, so header requirements exempt them.
  std::vector<std::string> writer_services;
  SharedSids sids;
};

BucketContext make_context(const ir::Model& model, const ir::Bucket& bucket);

// Bucket policy, in statement order.
void lower_transport(const BucketContext& ctx, DocumentBuilder& doc);
void lower_encryption(const BucketContext& ctx, DocumentBuilder& doc);
void lower_perimeters(const BucketContext& ctx, DocumentBuilder& doc);
void lower_presigned(const BucketContext& ctx, DocumentBuilder& doc);
void lower_mfa(const BucketContext& ctx, DocumentBuilder& doc);
void lower_object_lock(const BucketContext& ctx, DocumentBuilder& doc);
void lower_tags(const BucketContext& ctx, DocumentBuilder& doc);
void lower_custom_denies(const BucketContext& ctx, DocumentBuilder& doc);
void lower_raw_statements(const BucketContext& ctx, DocumentBuilder& doc, diag::DiagnosticSink& sink);
void lower_grants(BucketContext& ctx, DocumentBuilder& doc, diag::DiagnosticSink& sink);
void lower_log_delivery(const BucketContext& ctx, DocumentBuilder& doc);
void lower_trail_delivery(const BucketContext& ctx, DocumentBuilder& doc, diag::DiagnosticSink& sink);

// Companion documents.
KeyPolicyKind lower_key_policy(BucketContext& ctx, DocumentBuilder& doc, diag::DiagnosticSink& sink);
std::map<std::string, TracedDocument> lower_identity_policies(const BucketContext& ctx);
std::optional<VaultOutput> lower_vault_lock(const ir::Vault& vault, diag::DiagnosticSink& sink);

// ---- grant building blocks (grants.cpp), shared with the companion documents

// What one grant allows, before choosing whom: the bucket policy adds the
// grantee as Principal, an identity policy leaves the Principal out.
struct GrantAccess {
  std::string sid_base;  // AllowPartnerReadExports
  std::vector<std::string> actions;
  std::vector<std::string> resources;
  policy::ConditionBlock condition;  // resource scoping only (s3:prefix)
};
std::vector<GrantAccess> grant_access(const ir::Bucket& b, const ir::Grant& g);
// One access of a grant as a statement: the Principal element and the conditions that pin it.
policy::Statement grant_statement(const ir::Bucket& b, const ir::Principal& who, const GrantAccess& access);

// KMS actions a grant's level needs on the bucket's key: reads Decrypt; writes
// GenerateDataKey and Decrypt (multipart uploads read their parts back).
std::vector<std::string> kms_actions_for(ir::AccessLevel level);
void merge_actions(std::vector<std::string>& into, const std::vector<std::string>& more);

// A grantee whose requests are evaluated in another account (reference §1.2):
// an account, role or user whose account differs from the bucket's. When the
// bucket's account is unknown every such grantee counts as cross-account
// (an extra identity policy is harmless; a missing one breaks access).
bool is_cross_account(const ir::Bucket& b, const ir::Principal& p);

// The KMS key-use conditions shared by key and identity policies: the key is
// used only by S3 in the bucket's Region, only for this bucket's objects
// (the encryption context is the object ARN, or the bucket ARN with a Bucket
// Key, so both forms are listed).
void add_kms_via_s3(policy::Statement& st, const ir::Bucket& b);

bool uses_kms(const ir::Encryption& e);
std::string kms_key_pattern(const ir::Bucket& b);  // arn:aws:kms:<region>:<account or *>:key/*

// Size limits, reported as errors pointing at the bucket or vault.
void check_bucket_documents(const ir::Bucket& b, const BucketOutput& out, diag::DiagnosticSink& sink);
void check_vault_document(const ir::Vault& v, const VaultOutput& out, diag::DiagnosticSink& sink);

}  // namespace bslc::lower::detail
