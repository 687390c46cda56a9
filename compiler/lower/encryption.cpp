// Encryption at rest enforced in the bucket policy (reference §3.2, §5.1).
//
// The bucket policy is evaluated before default encryption applies, and the
// s3:x-amz-server-side-encryption* keys reflect only request headers. So:
//  * without `require header` the bucket relies on default encryption and the
//    policy polices nothing but SSE-C (clients that omit headers must work);
//  * with `require header` every upload must name the algorithm, and
//    StringNotEquals (negated: true when the header is absent) refuses
//    uploads without it, which is the point of requiring the header.
//
// Pinning the KMS key. With `aws:kms` and no key-id header S3 encrypts with the
// AWS managed key aws/s3, not the bucket default, so the key id must be
// required as well as checked. The condition sees key ARNs, never aliases;
// clients that pin a key must send its full ARN (a bare key id or an alias
// does not match an ARN pattern and is refused, the safe direction).
//  * key ARN known (`key arn "..."`): ArnNotEquals on the key id. Negated, so
//    an absent key id is refused too.
//  * new key: its ARN exists only after deployment and a policy file cannot
//    refer to it. We refuse uploads whose key id is absent or is not a key of
//    the bucket's own account and Region (ArnNotLike arn:aws:kms:R:A:key/*).
//    That blocks the silent aws/s3 fallback and keys of other accounts. The
//    new key's own policy then confines it to this bucket (kms_key_policy.cpp).
//    A deployment tool that creates the key may tighten the pattern to the
//    real ARN; the pattern is never looser than "this account, this Region".
//  * aws_managed: only the algorithm is checked; an absent key id is what
//    selects aws/s3.
//
// SSE-C. In sse_c mode S3 has no default that could apply SSE-C, so the policy
// is the only enforcement: uploads without the customer-algorithm header are
// refused. In every other mode SSE-C uploads are refused (the bucket owner
// could never read such objects without the client's key).
//
// Service writers (log delivery, CloudTrail, granted services) cannot send
// these headers and rely on default encryption; header requirements exempt
// exactly those services by aws:PrincipalServiceName (absent for everyone
// else, and StringNotEquals on an absent key is true, so no one else is exempt).
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

}  // namespace

void lower_encryption(const BucketContext& ctx, DocumentBuilder& doc) {
  const ir::Bucket& b = ctx.bucket;
  const ir::Encryption& e = b.encryption;
  const auto upload_deny = [&] {
    auto st = deny_everyone({"s3:PutObject"}, {b.objects_arn()});
    if (!ctx.writer_services.empty())
      add_condition(st, "StringNotEquals", "aws:PrincipalServiceName", ctx.writer_services);
    return st;
  };
  const ir::Origin& require_origin = first_located(e.require_origin, e.origin);

  if (e.require_header) {
    if (const char* algorithm = algorithm_header(e.mode)) {
      auto st = upload_deny();
      add_condition(st, "StringNotEquals", "s3:x-amz-server-side-encryption", {algorithm});
      doc.add("DenyWrongEncryptionAlgorithm", std::move(st), require_origin);
    }
    if (uses_kms(e)) {
      const ir::Origin& key_origin = first_located(e.key_origin, require_origin);
      if (e.key == ir::KeyKind::Arn) {
        auto st = upload_deny();
        add_condition(st, "ArnNotEquals", "s3:x-amz-server-side-encryption-aws-kms-key-id", {e.key_arn});
        doc.add("DenyWrongKmsKey", std::move(st), key_origin);
      } else if (e.key == ir::KeyKind::New) {
        auto st = upload_deny();
        add_condition(st, "ArnNotLike", "s3:x-amz-server-side-encryption-aws-kms-key-id", {kms_key_pattern(b)});
        doc.add("DenyForeignOrMissingKmsKey", std::move(st), key_origin);
      }
    }
  }

  if (e.mode == ir::EncryptionMode::SseC) {
    auto st = upload_deny();
    add_condition(st, "Null", "s3:x-amz-server-side-encryption-customer-algorithm", {"true"});
    doc.add("DenyUploadsWithoutSseC", std::move(st), e.origin);
  } else {
    auto st = deny_everyone({"s3:PutObject"}, {b.objects_arn()});
    add_condition(st, "Null", "s3:x-amz-server-side-encryption-customer-algorithm", {"false"});
    doc.add("DenySseCUploads", std::move(st), e.origin);
  }
}

}  // namespace bslc::lower::detail
