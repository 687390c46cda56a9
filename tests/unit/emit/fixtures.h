// Hand-built models and lowered documents for the emitter tests: one model
// that uses every capability the emitters express, and its policies written
// the way lowering writes them (the emitters only read lower::Output).
#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "diag/diagnostic.h"
#include "emit/emit.h"
#include "ir/model.h"
#include "lower/lower.h"

namespace bslc::emit::testing {

// records: SSE-KMS with a new key and bucket key, versioning + MFA delete,
//          object lock (compliance, 7 years), logging to `logs`, CORS,
//          SQS/SNS/Lambda/EventBridge notifications, audit trail to `audit_logs`.
// logs:    SSE-S3 log target; its policy holds the log delivery statement.
// audit_logs: CloudTrail target; its policy holds the CloudTrail statements.
// exports: DSSE-KMS with the AWS-managed key, ObjectWriter ownership, BPA
//          ACL settings off, governance lock 30 days, write-only audit to a
//          trail bucket outside the spec.
// partner_copy: SSE-KMS with an existing key ARN, versioning suspended.
// archive: Glacier vault with a 365-day lock.
ir::Model full_model();
lower::Output full_docs(const ir::Model& model);

// A bucket with only the secure defaults.
ir::Model minimal_model();
lower::Output minimal_docs(const ir::Model& model);

// The JSON that policy::write_json produces for a document, for comparisons.
nlohmann::json policy_json(const policy::Document& doc);

// A Location in a small fake spec, so tests can check where warnings point.
Location spec_location(uint32_t begin, uint32_t end);

}  // namespace bslc::emit::testing
