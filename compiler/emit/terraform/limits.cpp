// What needs more than a plain `terraform apply`: MFA delete (root user's
// credentials and a current MFA code), unblocking SSE-C (provider 5.x). Object lock on existing buckets and
// the vault lock are expressible here and only get README notes.
#include "emit/settings.h"
#include "emit/terraform/config.h"

namespace bslc::emit::tf {
namespace {

void mfa_delete(Config& c) {
  std::vector<const ir::Bucket*> buckets;
  for (const auto& b : c.model.buckets)
    if (b.versioning.mfa_delete) buckets.push_back(&b);
  if (buckets.empty()) return;
  std::string names;
  for (const auto* b : buckets) {
    names += (names.empty() ? "`" : ", `") + b->name + "`";
    c.sink.report(diag::Code::W0504, where(b->versioning.mfa_delete_origin, b->loc),
                  "terraform turns on mfa delete for bucket `" + b->id +
                      "` only with the root user's credentials and a current mfa code",
                  "apply as terraform/README.md shows: root credentials and `-var '" + std::string(kMfaVariable) +
                      "=SERIAL CODE'`");
  }
  Block variable("variable", {kMfaVariable});
  variable.set("description",
               Value::text("\"<serial> <code>\" of the root user's MFA device, needed to set MFA delete"));
  variable.set("type", Value::keyword("string"));
  variable.set("sensitive", Value::boolean(true));
  c.variables.push_back(std::move(variable));
  c.steps.push_back(ManualStep{
      "Apply with the root user's MFA device (MFA delete on " + names + ")",
      "Only the bucket owner's root user can change MFA delete, and every such request carries the code of the "
      "root user's MFA device. Run the apply with the root user's credentials and pass the device's ARN and its "
      "current code (replace SERIAL and CODE). Later applies that change aws_s3_bucket_versioning need a fresh code.",
      {"terraform apply -var " + shell_quote(std::string(kMfaVariable) + "=SERIAL CODE")}});
}

}  // namespace

// BlockedEncryptionTypes needs AWS provider 6.22 (Optional+Computed, so no
// perpetual diff, from 6.40); this configuration targets ~> 5.0, which the
// offline validation can check. PutBucketEncryption without the field leaves
// the bucket's setting as it is, and S3 blocks SSE-C on buckets created since
// April 2026 (S3 User Guide, "Blocking or unblocking SSE-C for a general
// purpose bucket",
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/blocking-unblocking-s3-c-encryption-gpb.html).
// So an `sse_c` bucket needs a step that unblocks SSE-C, and every other
// bucket relies on that default plus its DenySseCUploads statement.
void sse_c_block(Config& c) {
  if (c.model.buckets.empty()) return;
  std::vector<const ir::Bucket*> sse_c;
  for (const auto& b : c.model.buckets)
    if (b.encryption.mode == ir::EncryptionMode::SseC) sse_c.push_back(&b);
  c.notes.push_back(
      "SSE-C uploads are refused by each bucket policy's `DenySseCUploads` statement (buckets that use `sse_c` "
      "excepted), and S3 blocks SSE-C by default on buckets created since April 2026. This configuration targets "
      "the AWS provider `~> 5.0`, which cannot set `BlockedEncryptionTypes`; with provider 6.40 or later add "
      "`blocked_encryption_types = [\"SSE-C\"]` to each encryption rule to block it on existing buckets too.");
  for (const auto* b : sse_c) {
    c.sink.report(diag::Code::W0506, where(b->encryption.origin, b->loc),
                  "terraform with the aws provider 5.x cannot unblock sse-c for bucket `" + b->id +
                      "`, which s3 blocks by default since april 2026",
                  "run the step in terraform/README.md after each apply, or move to aws provider 6.40 or later and "
                  "set `blocked_encryption_types = [\"NONE\"]` in the encryption rule");
    const std::string rule = "{\"Rules\":[{\"ApplyServerSideEncryptionByDefault\":{\"SSEAlgorithm\":\"" +
                             sse_algorithm(b->encryption) +
                             "\"},\"BlockedEncryptionTypes\":{\"EncryptionType\":[\"NONE\"]}}]}";
    c.steps.push_back(ManualStep{
        "Unblock SSE-C on `" + b->name + "`",
        "S3 refuses SSE-C uploads to buckets created since April 2026 unless the default-encryption rule unblocks "
        "them, and the AWS provider 5.x that this configuration targets cannot set `blocked_encryption_types` "
        "(it needs 6.22; 6.40 avoids a perpetual diff). Run this after each apply that changes "
        "aws_s3_bucket_server_side_encryption_configuration, or set `blocked_encryption_types = [\"NONE\"]` in its "
        "rule with provider 6.40 or later.",
        {"aws s3api put-bucket-encryption --bucket " + shell_quote(b->name) +
         " --server-side-encryption-configuration " + shell_quote(rule)}});
  }
}

void report_limits(Config& c) {
  mfa_delete(c);
  sse_c_block(c);
  for (const auto& b : c.model.buckets) {
    if (b.object_lock.enabled) {
      c.notes.push_back("Object Lock on `" + b.name +
                        "` is turned on by aws_s3_bucket_object_lock_configuration, which works for existing "
                        "buckets too (import them first: `terraform import aws_s3_bucket." +
                        c.names.tf_bucket(b.id) + " " + b.name + "`). It cannot be turned off again.");
    }
  }
  for (const auto& v : c.model.vaults) {
    if (v.lock_min_age_days) {
      c.notes.push_back("The vault lock of `" + v.name +
                        "` has `complete_lock = true`: the first apply locks the vault for good. Set it to false "
                        "for a 24-hour test first if in doubt.");
    }
  }
}

}  // namespace bslc::emit::tf
