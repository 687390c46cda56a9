// Pre-signed URLs (reference §3.7). s3:authType is REST-QUERY-STRING exactly
// for pre-signed URLs; guarding the age check with it keeps header-signed
// requests (whose s3:signatureAge is unspecified) out of the age rule.
// s3:signatureAge is in milliseconds.
#include "lower/capabilities.h"

namespace bslc::lower::detail {

void lower_presigned(const BucketContext& ctx, DocumentBuilder& doc) {
  const ir::Bucket& b = ctx.bucket;
  const ir::Presigned& p = b.presigned;
  if (p.forbid) {
    auto st = deny_everyone({"s3:*"}, {b.arn(), b.objects_arn()});
    add_condition(st, "StringEquals", "s3:authType", {"REST-QUERY-STRING"});
    doc.add("DenyPresignedUrls", std::move(st), p.origin);
    return;  // forbidding them makes any age limit moot
  }
  if (p.max_age_seconds) {
    auto st = deny_everyone({"s3:*"}, {b.arn(), b.objects_arn()});
    add_condition(st, "StringEquals", "s3:authType", {"REST-QUERY-STRING"});
    add_condition(st, "NumericGreaterThan", "s3:signatureAge", {std::to_string(*p.max_age_seconds * 1000)});
    doc.add("DenyPresignedUrlsOlderThan" + duration_words(*p.max_age_seconds), std::move(st), p.origin);
  }
}

}  // namespace bslc::lower::detail
