// Encryption at rest and in transit: settings that AWS rejects, that can
// never work for some principal, or that refuse clients the writer did not
// expect (reference §5).
#include <fmt/format.h>

#include "check/policy_facts.h"
#include "check/support.h"
#include "check/values.h"

namespace bslc::check::detail {

namespace {

using diag::Code;

void sse_c_needs_tls(const ir::Bucket& b, diag::DiagnosticSink& sink) {
  if (b.encryption.mode != ir::EncryptionMode::SseC || b.transport.tls_only) return;
  report(sink, Code::E0401, b, b.encryption.origin,
         fmt::format("bucket `{}` uses SSE-C but accepts plain HTTP; S3 rejects SSE-C requests over HTTP, and the "
                     "customer key would travel in clear text",
                     b.id),
         "remove `transport allow_http` (TLS-only is the default) so every request uses HTTPS")
      .note(where(b.transport.origin, b), "plain HTTP is allowed here");
}

void bucket_key(const ir::Bucket& b, diag::DiagnosticSink& sink) {
  const auto& e = b.encryption;
  if (!e.bucket_key) return;
  if (e.mode == ir::EncryptionMode::DsseKms) {
    report(sink, Code::E0417, b, e.bucket_key_origin,
           fmt::format("bucket `{}` uses DSSE-KMS, which does not support bucket keys", b.id),
           "remove `bucket_key on`, or use `encryption sse_kms`, which supports bucket keys")
        .note(where(e.origin, b), "DSSE-KMS is chosen here");
  } else if (!is_kms(e.mode)) {
    report(
        sink, Code::W0413, b, e.bucket_key_origin,
        fmt::format("`bucket_key on` has no effect with `{}` encryption; bucket keys only reduce KMS calls of SSE-KMS",
                    keyword(e.mode)),
        "remove `bucket_key on`, or switch to `encryption sse_kms`");
  }
}

void key_placement(const ir::Bucket& b, diag::DiagnosticSink& sink) {
  const auto& e = b.encryption;
  if (e.key != ir::KeyKind::Arn || !is_kms(e.mode)) return;
  const auto arn = parse_arn(e.key_arn);
  if (arn && !arn->region.empty() && !region_problem(arn->region) && arn->region != b.region)
    report(
        sink, Code::E0422, b, e.key_origin,
        fmt::format("the KMS key `{}` is in `{}`, but bucket `{}` is in `{}`", e.key_arn, arn->region, b.id, b.region),
        fmt::format("use a key in `{}`: S3 can only encrypt with a KMS key from the bucket's own region", b.region));
  if (is_kms_alias_arn(e.key_arn))
    report(sink, Code::W0403, b, e.key_origin,
           fmt::format("the KMS key is named by the alias `{}`; policy conditions and other accounts see key ARNs, "
                       "so a condition pinned to the alias never matches",
                       e.key_arn),
           "give the key ARN instead: `key arn \"arn:aws:kms:REGION:ACCOUNT:key/KEY-ID\"`");
}

// The condition key S3 fills from the x-amz-server-side-encryption-aws-kms-key-id header.
bool is_kms_key_id_key(const std::string& key) {
  return lowercase(key) == "s3:x-amz-server-side-encryption-aws-kms-key-id";
}

void deny_pinned_by_alias(const ir::Bucket& b, diag::DiagnosticSink& sink) {
  for (const auto& d : b.denies)
    for (const auto& c : d.unless) {
      if (!is_kms_key_id_key(c.key)) continue;
      for (const auto& v : c.values) {
        if (v.find("alias/") == std::string::npos) continue;
        report(sink, Code::W0403, b, c.origin.loc.valid() ? c.origin : d.origin,
               fmt::format("`{}` is compared with the alias `{}`, but S3 puts the key ARN in this key", c.key, v),
               "compare with the key ARN `arn:aws:kms:REGION:ACCOUNT:key/KEY-ID`");
        break;
      }
    }
}

void aws_managed_key_sharing(const ir::Bucket& b, diag::DiagnosticSink& sink) {
  if (!uses_aws_managed_key(b.encryption)) return;
  for (const auto& g : b.grants) {
    if (g.level == ir::AccessLevel::List || g.level == ir::AccessLevel::Delete) continue;
    if (!is_cross_account(g.grantee, b)) continue;
    auto& d = report(sink, Code::E0412, b, g.origin,
                     fmt::format("{} can never {} objects of bucket `{}`: they are encrypted with the AWS managed key "
                                 "`aws/s3`, whose key policy cannot grant other accounts",
                                 describe(g.grantee), writes_objects(g.level) ? "write" : "read", b.id),
                     "use a customer managed key, e.g. `encryption sse_kms { key new \"alias/NAME\" }`; bslc adds the "
                     "grantee to its key policy");
    note_setting(d, b.encryption.origin, b, "SSE-KMS with the `aws/s3` key is chosen here",
                 "SSE-KMS with the `aws/s3` key is in effect");
  }
}

void public_read_of_kms_objects(const ir::Bucket& b, diag::DiagnosticSink& sink) {
  if (!is_kms(b.encryption.mode)) return;
  for (const auto& g : b.grants) {
    if (g.grantee.kind != ir::PrincipalKind::Public || !reads_objects(g.level)) continue;
    report(sink, Code::E0413, b, g.origin,
           fmt::format("anonymous requests cannot use KMS keys, so every public read of bucket `{}` fails: its objects "
                       "are encrypted with {}",
                       b.id, b.encryption.mode == ir::EncryptionMode::DsseKms ? "DSSE-KMS" : "SSE-KMS"),
           "serve the objects through CloudFront (`grant cloudfront DIST read`) with a customer managed key, or use "
           "`encryption sse_s3` for public content")
        .note(where(b.encryption.origin, b), "KMS encryption is chosen here");
  }
}

void require_header_with_default(const ir::Bucket& b, diag::DiagnosticSink& sink) {
  const auto& e = b.encryption;
  if (!e.require_header) return;
  if (e.mode != ir::EncryptionMode::SseS3 && !is_kms(e.mode)) return;
  auto& d = report(sink, Code::W0402, b, e.require_origin,
                   fmt::format("`require header` cannot make uploads to `{}` send `x-amz-server-side-encryption: {}`: "
                               "multipart uploads never send it with their parts, so bslc denies only a header that "
                               "names another algorithm or key, and default encryption covers uploads without one",
                               b.id, header_value(e.mode)),
                   "acknowledge W0402 once default encryption is what you rely on, or remove `require header`");
  note_setting(d, e.origin, b, fmt::format("default encryption is `{}` here", keyword(e.mode)),
               fmt::format("default encryption is `{}`", keyword(e.mode)));
}

// S3 cannot see whether a client encrypted an object before uploading it: there
// is no header to require, so `require header` would silently do nothing.
void require_header_client_side(const ir::Bucket& b, diag::DiagnosticSink& sink) {
  const auto& e = b.encryption;
  if (!e.require_header || e.mode != ir::EncryptionMode::ClientSide) return;
  auto& d = report(sink, Code::E0423, b, e.require_origin,
                   fmt::format("`require header` cannot be enforced for bucket `{}`: client-side encryption sends no "
                               "header that a bucket policy could check",
                               b.id),
                   "remove `require header`, or choose a server-side mode (`sse_s3`, `sse_kms`, `dsse_kms`) whose "
                   "header the policy can require");
  note_setting(d, e.origin, b, "client-side encryption is chosen here", "client-side encryption is chosen");
}

}  // namespace

void check_encryption(const ir::Model& model, diag::DiagnosticSink& sink) {
  for (const auto& b : model.buckets) {
    sse_c_needs_tls(b, sink);
    bucket_key(b, sink);
    key_placement(b, sink);
    deny_pinned_by_alias(b, sink);
    aws_managed_key_sharing(b, sink);
    public_read_of_kms_objects(b, sink);
    require_header_with_default(b, sink);
    require_header_client_side(b, sink);
  }
}

}  // namespace bslc::check::detail
