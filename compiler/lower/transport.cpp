// Encryption in transit (reference §3.1). aws:SecureTransport is present on
// every request, so a plain Bool is exact. s3:TlsVersion is numeric; whether
// it is present on plain-HTTP requests is unconfirmed, which is why TLS-only
// is a statement of its own rather than folded into the version check.
#include "lower/capabilities.h"

namespace bslc::lower::detail {

void lower_transport(const BucketContext& ctx, DocumentBuilder& doc) {
  const ir::Bucket& b = ctx.bucket;
  const ir::Transport& t = b.transport;
  // Both ARNs and s3:*: bucket-level calls (ListBucket, PutBucketPolicy) must
  // not travel in clear text either.
  if (t.tls_only) {
    auto st = deny_everyone({"s3:*"}, {b.arn(), b.objects_arn()});
    add_condition(st, "Bool", "aws:SecureTransport", {"false"});
    doc.add("DenyInsecureTransport", std::move(st), t.origin);
  }
  if (t.min_tls) {
    // The version as written ("1.2"); IAM compares it numerically.
    auto st = deny_everyone({"s3:*"}, {b.arn(), b.objects_arn()});
    add_condition(st, "NumericLessThan", "s3:TlsVersion", {*t.min_tls});
    doc.add("DenyOutdatedTls", std::move(st), t.min_tls_origin.loc.valid() ? t.min_tls_origin : t.origin);
  }
}

}  // namespace bslc::lower::detail
