// AWS spellings of model settings, shared by the CloudFormation and Terraform
// emitters so both targets say the same thing.
#pragma once
#include <optional>
#include <string>

#include "ir/model.h"
#include "lower/lower.h"

namespace bslc::emit {

// Where a diagnostic about a setting points: its origin, else `fallback`
// (the bucket's or vault's name).
Location where(const ir::Origin& origin, const Location& fallback);

// The lowered documents of one bucket / vault, or null when lowering made none.
const lower::BucketOutput* bucket_docs(const lower::Output& docs, const std::string& bucket_id);
const lower::VaultOutput* vault_docs(const lower::Output& docs, const std::string& vault_id);
// The bucket policy when it has statements; null otherwise.
const policy::Document* bucket_policy(const lower::Output& docs, const std::string& bucket_id);

// True when the spec asks bslc to create the bucket's KMS key.
bool creates_key(const ir::Bucket& bucket);
// "AES256" | "aws:kms" | "aws:kms:dsse". SSE-C and client-side encryption
// keep SSE-S3 as the bucket default (objects without their own key still get it).
std::string sse_algorithm(const ir::Encryption& encryption);
// BlockedEncryptionTypes of the default-encryption rule: "NONE" for `sse_c`
// buckets (S3 blocks SSE-C by default since April 2026), "SSE-C" otherwise.
std::string sse_c_block_value(const ir::Encryption& encryption);
// "Enabled" | "Suspended", or nothing when versioning is never configured.
// Object lock needs versioning, so it turns versioning on.
std::optional<std::string> versioning_status(const ir::Bucket& bucket);
std::string ownership_name(ir::Ownership ownership);
std::string lock_mode_name(ir::LockMode mode);
std::string http_method_name(ir::HttpMethod method);
// CloudTrail ReadWriteType: "All" | "ReadOnly" | "WriteOnly".
std::string read_write_type(ir::AuditScope scope);
// The trail made for `audit` on a bucket: "<bucket name>-data-events". Lowering
// may use it in the trail bucket's aws:SourceArn condition.
std::string trail_name(const ir::Bucket& bucket);
// The physical name of the bucket that receives the bucket's trail ("" if none).
std::string trail_bucket_name(const ir::Model& model, const ir::Audit& audit);

}  // namespace bslc::emit
