// Internal helpers shared by the check families (not part of the public API):
// where a finding points, the "in bucket" note, and small model predicates.
#pragma once
#include <string>

#include "check/check.h"
#include "diag/diagnostic.h"
#include "ir/model.h"

namespace bslc::check::detail {

// The setting's location, or the bucket's name when the setting has none
// (defaulted settings and settings the model does not locate).
Location where(const ir::Origin& origin, const ir::Bucket& bucket);

// Reports a finding about `bucket` at one of its settings. When the setting
// was written in a profile, a note at the bucket says which bucket it is
// about: readers need it, and apply_acknowledgements uses it to attribute the
// finding to the bucket whose `acknowledge` may suppress it.
diag::Diagnostic& report(diag::DiagnosticSink& sink, diag::Code code, const ir::Bucket& bucket, const ir::Origin& at,
                         std::string message, std::string help);

// Adds a note at a related setting; a defaulted setting is described at the
// bucket with `default_text` (no note when that is empty).
void note_setting(diag::Diagnostic& d, const ir::Origin& origin, const ir::Bucket& bucket, const std::string& text,
                  const std::string& default_text);

// Every check family: one function each, called by check_model in order.
void check_values(const ir::Model& model, diag::DiagnosticSink& sink);
void check_catalog(const ir::Model& model, diag::DiagnosticSink& sink);
void check_multipart(const ir::Model& model, diag::DiagnosticSink& sink);
void check_fidelity(const ir::Model& model, diag::DiagnosticSink& sink);
void check_encryption(const ir::Model& model, diag::DiagnosticSink& sink);
void check_retention(const ir::Model& model, diag::DiagnosticSink& sink);
void check_access(const ir::Model& model, diag::DiagnosticSink& sink);
void check_cross_bucket(const ir::Model& model, diag::DiagnosticSink& sink);
void check_lockout(const ir::Model& model, diag::DiagnosticSink& sink);
void check_kms_quota(const ir::Model& model, diag::DiagnosticSink& sink, const Options& options);
void check_acknowledgement_codes(const ir::Model& model, diag::DiagnosticSink& sink);

bool is_kms(ir::EncryptionMode mode);
// SSE-KMS or DSSE-KMS with the AWS managed key `aws/s3` (no key, or `key aws_managed`).
bool uses_aws_managed_key(const ir::Encryption& e);
// The principal belongs to another account than the bucket (organizations and
// CloudFront distributions count as other accounts: their callers may be).
bool is_cross_account(const ir::Principal& p, const ir::Bucket& bucket);
bool reads_objects(ir::AccessLevel level);
bool writes_objects(ir::AccessLevel level);
// "role `admin`", "account `partner` (444455556666)", "everyone".
std::string describe(const ir::Principal& p);
const char* header_value(ir::EncryptionMode mode);  // AES256, aws:kms, aws:kms:dsse
const char* keyword(ir::EncryptionMode mode);       // the BSL spelling: sse_s3, kms, ...
// "30 days", "7 years", "10 minutes": durations as a reader would write them.
std::string human_duration(int64_t seconds);

}  // namespace bslc::check::detail
