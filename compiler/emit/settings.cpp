#include "emit/settings.h"

#include "source/first_index.h"

namespace bslc::emit {

Location where(const ir::Origin& origin, const Location& fallback) {
  return origin.loc.valid() ? origin.loc : fallback;
}

// Called once per bucket by each emitter: by hash (source/first_index.h).
const lower::BucketOutput* bucket_docs(const lower::Output& docs, const std::string& bucket_id) {
  thread_local FirstIndex index;
  return index.find(docs.buckets, bucket_id,
                    [](const lower::BucketOutput& b) -> const std::string& { return b.bucket_id; });
}

const lower::VaultOutput* vault_docs(const lower::Output& docs, const std::string& vault_id) {
  for (const auto& v : docs.vaults)
    if (v.vault_id == vault_id) return &v;
  return nullptr;
}

const policy::Document* bucket_policy(const lower::Output& docs, const std::string& bucket_id) {
  const auto* out = bucket_docs(docs, bucket_id);
  if (out == nullptr || out->bucket_policy.document.statements.empty()) return nullptr;
  return &out->bucket_policy.document;
}

bool creates_key(const ir::Bucket& bucket) {
  const auto mode = bucket.encryption.mode;
  return bucket.encryption.key == ir::KeyKind::New &&
         (mode == ir::EncryptionMode::SseKms || mode == ir::EncryptionMode::DsseKms);
}

std::string sse_c_block_value(const ir::Encryption& encryption) {
  return encryption.mode == ir::EncryptionMode::SseC ? "NONE" : "SSE-C";
}

std::string sse_algorithm(const ir::Encryption& encryption) {
  switch (encryption.mode) {
    case ir::EncryptionMode::SseKms: return "aws:kms";
    case ir::EncryptionMode::DsseKms: return "aws:kms:dsse";
    case ir::EncryptionMode::SseS3:
    case ir::EncryptionMode::SseC:
    case ir::EncryptionMode::ClientSide: return "AES256";
  }
  return "AES256";
}

std::optional<std::string> versioning_status(const ir::Bucket& bucket) {
  if (bucket.object_lock.enabled || bucket.versioning.state == ir::VersioningState::Enabled) return "Enabled";
  if (bucket.versioning.state == ir::VersioningState::Suspended) return "Suspended";
  return std::nullopt;
}

std::string ownership_name(ir::Ownership ownership) {
  switch (ownership) {
    case ir::Ownership::BucketOwnerEnforced: return "BucketOwnerEnforced";
    case ir::Ownership::BucketOwnerPreferred: return "BucketOwnerPreferred";
    case ir::Ownership::ObjectWriter: return "ObjectWriter";
  }
  return "BucketOwnerEnforced";
}

std::string lock_mode_name(ir::LockMode mode) { return mode == ir::LockMode::Compliance ? "COMPLIANCE" : "GOVERNANCE"; }

std::string http_method_name(ir::HttpMethod method) {
  switch (method) {
    case ir::HttpMethod::Get: return "GET";
    case ir::HttpMethod::Put: return "PUT";
    case ir::HttpMethod::Head: return "HEAD";
    case ir::HttpMethod::Post: return "POST";
    case ir::HttpMethod::Delete: return "DELETE";
  }
  return "GET";
}

std::string read_write_type(ir::AuditScope scope) {
  switch (scope) {
    case ir::AuditScope::All: return "All";
    case ir::AuditScope::Read: return "ReadOnly";
    case ir::AuditScope::Write: return "WriteOnly";
  }
  return "All";
}

std::string trail_name(const ir::Bucket& bucket) { return bucket.name + "-data-events"; }

std::string trail_bucket_name(const ir::Model& model, const ir::Audit& audit) {
  if (!audit.trail_bucket_id.empty())
    if (const auto* target = model.find_bucket(audit.trail_bucket_id)) return target->name;
  return audit.trail_bucket_name;
}

}  // namespace bslc::emit
