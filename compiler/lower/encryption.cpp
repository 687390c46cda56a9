// Encryption at rest enforced in the bucket policy (reference §3.2, §5.1, §10).
//
// The bucket policy is evaluated before default encryption applies, and the
// s3:x-amz-server-side-encryption* keys reflect only request headers. Those
// headers travel with PutObject, CopyObject, POST and CreateMultipartUpload,
// but never with UploadPart or CompleteMultipartUpload (S3 User Guide,
// "Multipart upload API and permissions",
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpuoverview.html#mpuAndPermissions),
// and SDKs switch to multipart above a few MiB. A deny that fires when a
// header is absent therefore refuses every large upload. So every statement
// here denies a header that is PRESENT and wrong (a `Null: false` guard, or a
// positive operator that is false on an absent key); uploads without a header
// get the bucket's default encryption, which is what enforces presence.
// `require header` cannot do more without breaking multipart uploads; the
// checker says so (W0402).
//
// SSE-KMS / DSSE-KMS buckets, always (not only with `require header`):
//  * DenyWrongEncryptionAlgorithm: a present algorithm header naming another
//    algorithm (AES256, or aws:kms on a DSSE bucket) would escape the key.
//  * DenyAwsManagedKeyFallback: the spec's algorithm without a key-id header
//    makes S3 use the AWS managed key aws/s3, not the bucket default (S3 API
//    Reference, PutObject, x-amz-server-side-encryption-aws-kms-key-id,
//    https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html).
//    Only for a key of the spec's own (new or given); `key aws_managed`
//    wants exactly that fallback.
//  * DenyWrongKmsKey (`key arn`) / DenyForeignKmsKey (`key new`): a present
//    key id that is not the bucket's key. The condition sees key ARNs, never
//    aliases. A new key's ARN exists only after deployment, so the JSON file
//    pins "a key of this account and Region" (ArnNotLike
//    arn:aws:kms:R:A:key/*), and the CloudFormation and Terraform outputs
//    replace that pattern by the key's real ARN (!GetAtt Key.Arn,
//    aws_kms_key.<b>.arn: emit/policy_value.h), so there the pin is exact.
// SSE-S3 buckets with `require header`: DenyWrongEncryptionAlgorithm only.
//
// SSE-C. In sse_c mode S3 has no default that could apply SSE-C, so the policy
// is the only enforcement: uploads without the customer-algorithm header are
// refused. That header is resent with every part and with
// CompleteMultipartUpload of an SSE-C upload, so this deny is multipart-safe.
// The emitted default-encryption rule unblocks SSE-C (BlockedEncryptionTypes
// NONE), which S3 blocks by default since April 2026. In every other mode
// SSE-C uploads are refused here and blocked by BlockedEncryptionTypes SSE-C
// (the bucket owner could never read such objects without the client's key).
//
// Service writers (log delivery, CloudTrail, granted services) send no
// encryption headers; only the sse_c deny fires on an absent header, so only
// it exempts them by aws:PrincipalServiceName (absent for everyone else, and
// StringNotEquals on an absent key is true, so no one else is exempt).
#include "lower/capabilities.h"

namespace bslc::lower::detail {
namespace {

const char* algorithm_header(ir::EncryptionMode mode) {
  switch (mode) {
    case ir::EncryptionMode::SseS3: return "AES256";
    case ir::EncryptionMode::SseKms: return "aws:kms";
    case ir::EncryptionMode::DsseKms: return "aws:kms:dsse";
    case ir::EncryptionMode::SseC:
    case ir::EncryptionMode::ClientSide: return nullptr;
  }
  return nullptr;
}

const ir::Origin& first_located(const ir::Origin& preferred, const ir::Origin& fallback) {
  return preferred.loc.valid() ? preferred : fallback;
}

constexpr const char* kAlgorithmKey = "s3:x-amz-server-side-encryption";
constexpr const char* kKeyIdKey = "s3:x-amz-server-side-encryption-aws-kms-key-id";

}  // namespace

void lower_encryption(const BucketContext& ctx, DocumentBuilder& doc) {
  const ir::Bucket& b = ctx.bucket;
  const ir::Encryption& e = b.encryption;
  const auto upload_deny = [&] { return deny_everyone({"s3:PutObject"}, {b.objects_arn()}); };
  const ir::Origin& require_origin = first_located(e.require_origin, e.origin);
  const bool kms = uses_kms(e);

  if (const char* algorithm = algorithm_header(e.mode); algorithm && (kms || e.require_header)) {
    auto st = upload_deny();
    add_condition(st, "Null", kAlgorithmKey, {"false"});
    add_condition(st, "StringNotEquals", kAlgorithmKey, {algorithm});
    doc.add("DenyWrongEncryptionAlgorithm", std::move(st), e.require_header ? require_origin : e.origin);
  }
  if (kms && (e.key == ir::KeyKind::Arn || e.key == ir::KeyKind::New)) {
    const ir::Origin& key_origin = first_located(e.key_origin, e.origin);
    auto fallback = upload_deny();
    add_condition(fallback, "StringEquals", kAlgorithmKey, {algorithm_header(e.mode)});
    add_condition(fallback, "Null", kKeyIdKey, {"true"});
    doc.add("DenyAwsManagedKeyFallback", std::move(fallback), key_origin);
    auto st = upload_deny();
    add_condition(st, "Null", kKeyIdKey, {"false"});
    if (e.key == ir::KeyKind::Arn) {
      add_condition(st, "ArnNotEquals", kKeyIdKey, {e.key_arn});
      doc.add("DenyWrongKmsKey", std::move(st), key_origin);
    } else {
      add_condition(st, "ArnNotLike", kKeyIdKey, {kms_key_pattern(b)});
      doc.add("DenyForeignKmsKey", std::move(st), key_origin);
    }
  }

  if (e.mode == ir::EncryptionMode::SseC) {
    auto st = upload_deny();
    if (!ctx.writer_services.empty())
      add_condition(st, "StringNotEquals", "aws:PrincipalServiceName", ctx.writer_services);
    add_condition(st, "Null", "s3:x-amz-server-side-encryption-customer-algorithm", {"true"});
    doc.add("DenyUploadsWithoutSseC", std::move(st), e.origin);
  } else {
    auto st = upload_deny();
    add_condition(st, "Null", "s3:x-amz-server-side-encryption-customer-algorithm", {"false"});
    doc.add("DenySseCUploads", std::move(st), e.origin);
  }
}

}  // namespace bslc::lower::detail
