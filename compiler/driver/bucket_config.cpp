#include "driver/bucket_config.h"

#include <algorithm>

#include "driver/compile_outputs.h"
#include "policy/json.h"

namespace bslc::driver {
namespace {

// Serialises and re-reads a document: what the simulator sees is the file bslc writes.
std::optional<policy::Document> as_emitted(const lower::TracedDocument& traced, const std::string& name,
                                           std::vector<std::string>& problems) {
  if (traced.document.statements.empty()) return std::nullopt;  // not written, so not there
  policy::ReadResult read = policy::read_json(document_text(traced.document));
  for (const auto& e : read.errors) problems.push_back(name + ": " + e.path + ": " + e.message);
  return std::move(read.document);
}

sim::SseAlgorithm algorithm(ir::EncryptionMode mode) {
  switch (mode) {
    case ir::EncryptionMode::SseS3: return sim::SseAlgorithm::SseS3;
    case ir::EncryptionMode::SseKms: return sim::SseAlgorithm::SseKms;
    case ir::EncryptionMode::DsseKms: return sim::SseAlgorithm::DsseKms;
    // Default encryption cannot be SSE-C or client-side: S3 then applies SSE-S3 to what arrives without a header.
    case ir::EncryptionMode::SseC:
    case ir::EncryptionMode::ClientSide: return sim::SseAlgorithm::SseS3;
  }
  return sim::SseAlgorithm::SseS3;
}

}  // namespace

sim::BucketSettings simulated_settings(const ir::Bucket& b) {
  sim::BucketSettings s;
  s.region = b.region;
  s.public_access_block =
      sim::PublicAccessBlock{b.public_access.block_public_acls, b.public_access.ignore_public_acls,
                             b.public_access.block_public_policy, b.public_access.restrict_public_buckets};
  switch (b.ownership) {
    case ir::Ownership::BucketOwnerEnforced: s.object_ownership = sim::ObjectOwnership::BucketOwnerEnforced; break;
    case ir::Ownership::BucketOwnerPreferred: s.object_ownership = sim::ObjectOwnership::BucketOwnerPreferred; break;
    case ir::Ownership::ObjectWriter: s.object_ownership = sim::ObjectOwnership::ObjectWriter; break;
  }
  s.default_encryption.algorithm = algorithm(b.encryption.mode);
  s.default_encryption.bucket_key = b.encryption.bucket_key;
  if (b.encryption.key == ir::KeyKind::Arn) s.default_encryption.kms_key_arn = b.encryption.key_arn;
  if (b.encryption.key == ir::KeyKind::New) s.default_encryption.kms_key_arn = placeholder_key_arn(b);
  // The emitted key policy governs the bucket's own key (new or given), never aws/s3.
  s.kms_key_arn = s.default_encryption.kms_key_arn;
  s.versioning = b.versioning.state == ir::VersioningState::Enabled || b.object_lock.enabled;
  s.mfa_delete = b.versioning.mfa_delete;
  // The emitted default-encryption rule unblocks SSE-C only for `sse_c` buckets.
  s.sse_c_blocked = b.encryption.mode != ir::EncryptionMode::SseC;
  s.object_lock.enabled = b.object_lock.enabled;
  if (b.object_lock.mode) {
    s.object_lock.default_mode =
        *b.object_lock.mode == ir::LockMode::Compliance ? sim::LockMode::Compliance : sim::LockMode::Governance;
    s.object_lock.default_days = static_cast<int>(b.object_lock.days);
    s.object_lock.default_years = static_cast<int>(b.object_lock.years);
  }
  return s;
}

std::optional<IdentityAttachment> identity_attachment(const ir::Bucket& bucket, const std::string& grantee) {
  const ir::Grant* grant = nullptr;
  for (const auto& g : bucket.grants)
    if (g.grantee.name == grantee && !grant) grant = &g;
  if (!grant) return std::nullopt;
  IdentityAttachment out;
  const bool account_grantee = grant->grantee.kind == ir::PrincipalKind::Account;
  const bool org_grantee = grant->grantee.kind == ir::PrincipalKind::Org;
  if (!org_grantee) out.holder = grant->grantee.principal_arn();
  if (account_grantee) out.account = grant->grantee.value;
  if (org_grantee) out.account = "";
  return out;
}

std::string placeholder_key_arn(const ir::Bucket& bucket) {
  const std::string account = bucket.account.empty() ? "111111111111" : bucket.account;
  return "arn:aws:kms:" + bucket.region + ":" + account + ":key/bslc-new-key-" + bucket.id;
}

SimulatedBucket simulated_bucket(const ir::Bucket& bucket, const lower::BucketOutput& docs,
                                 const std::vector<std::string>& principals) {
  SimulatedBucket out;
  sim::BucketConfig& c = out.config;
  c.bucket_policy = as_emitted(docs.bucket_policy, "bucket-policy.json", out.problems);
  if (docs.key_policy_kind == lower::KeyPolicyKind::NewKey)
    c.kms_key_policy = as_emitted(docs.key_policy, "kms-key-policy.json", out.problems);
  for (const auto& [grantee, doc] : docs.identity_policies) {
    auto emitted = as_emitted(doc, "iam/" + grantee + ".json", out.problems);
    if (!emitted) continue;
    const auto attachment = identity_attachment(bucket, grantee);
    if (!attachment) continue;
    // An organization is no caller: its policy is attached to member callers below.
    if (!attachment->holder.empty()) c.identities[attachment->holder].push_back(*emitted);
    if (!attachment->account) continue;
    const std::string& account = *attachment->account;
    out.attached_by_account.emplace_back(account, *emitted);
    for (const auto& p : principals) {
      const auto info = sim::parse_principal(p);
      if (!info || info->account.empty() || p == attachment->holder) continue;
      // An org's policy is for its member accounts; the request's aws:PrincipalOrgID says who is a member.
      const bool applies = !account.empty() ? info->account == account : info->account != bucket.account;
      if (!applies) continue;
      auto& attached = c.identities[p];
      if (std::find(attached.begin(), attached.end(), *emitted) == attached.end()) attached.push_back(*emitted);
    }
  }
  c.resource_account = bucket.account;
  c.settings = simulated_settings(bucket);
  for (const auto* traced : {&docs.bucket_policy, &docs.key_policy})
    out.sources.insert(traced->sources.begin(), traced->sources.end());
  for (const auto& [grantee, doc] : docs.identity_policies) out.sources.insert(doc.sources.begin(), doc.sources.end());
  return out;
}

}  // namespace bslc::driver
