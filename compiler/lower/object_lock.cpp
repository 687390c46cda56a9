// Object lock permissions (reference §6.2, §10.5). s3:BypassGovernanceRetention
// is a permission on the object resource; denying it to everyone but the named
// principals confines governance-mode bypass to them. Without a `bypass`
// clause nobody may bypass (secure default); only `bypass anyone` leaves the
// permission to ordinary grants. Compliance mode cannot be bypassed by
// anyone, so nothing is emitted for it.
//
// Default retention: an upload may send its own x-amz-object-lock-mode and
// retain-until date, and a bucket's default retention does not stop a weaker
// one (S3 User Guide, "Managing Object Lock",
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-managing.html;
// keys: S3 User Guide "Object Lock condition keys" / Service Authorization
// Reference, s3:object-lock-mode and s3:object-lock-remaining-retention-days).
// So uploads that name another mode, or fewer remaining days than the
// default period, are denied. Both keys are present only when the request
// sends the headers (multipart parts never do), so the mode deny has a
// `Null: false` guard and the days deny uses a positive operator; an upload
// without them gets the default retention.
// Legal holds: only the named principals may place or remove one.
#include "lower/capabilities.h"

namespace bslc::lower::detail {

void lower_object_lock(const BucketContext& ctx, DocumentBuilder& doc) {
  const ir::Bucket& b = ctx.bucket;
  const ir::ObjectLock& lock = b.object_lock;
  const ir::Origin& bypass_origin = lock.bypass_origin.loc.valid() ? lock.bypass_origin : lock.origin;

  if (lock.mode) {
    const ir::Origin& at = lock.retention_origin.loc.valid() ? lock.retention_origin : lock.origin;
    const bool governance = *lock.mode == ir::LockMode::Governance;
    auto mode = deny_everyone({"s3:PutObject"}, {b.objects_arn()});
    add_condition(mode, "Null", "s3:object-lock-mode", {"false"});
    add_condition(mode, "StringNotEquals", "s3:object-lock-mode", {governance ? "GOVERNANCE" : "COMPLIANCE"});
    doc.add("DenyOtherObjectLockMode", std::move(mode), at);
    const int64_t days = lock.days > 0 ? lock.days : lock.years * 365;
    if (days > 0) {
      auto shorter = deny_everyone({"s3:PutObject"}, {b.objects_arn()});
      add_condition(shorter, "NumericLessThan", "s3:object-lock-remaining-retention-days", {std::to_string(days)});
      doc.add("DenyShorterRetention", std::move(shorter), at);
    }
  }

  // Governance retention exists wherever the default is not compliance
  // (uploads may set it per object when no default is given).
  const bool governance_possible = lock.enabled && !(lock.mode && *lock.mode == ir::LockMode::Compliance);
  if (lock.bypass == ir::BypassMode::Nobody || (lock.bypass == ir::BypassMode::Unspecified && governance_possible)) {
    doc.add("DenyGovernanceBypass", deny_everyone({"s3:BypassGovernanceRetention"}, {b.objects_arn()}), bypass_origin);
  } else if (lock.bypass == ir::BypassMode::Only) {
    auto st = deny_everyone({"s3:BypassGovernanceRetention"}, {b.objects_arn()});
    if (exempt_principals(st, lock.bypass_principals))
      doc.add("DenyGovernanceBypassExcept" + principal_words(lock.bypass_principals), std::move(st), bypass_origin);
  }

  if (!lock.legal_hold_principals.empty()) {
    auto st = deny_everyone({"s3:PutObjectLegalHold"}, {b.objects_arn()});
    if (exempt_principals(st, lock.legal_hold_principals))
      doc.add("DenyLegalHoldChangesExcept" + principal_words(lock.legal_hold_principals), std::move(st),
              lock.legal_hold_origin.loc.valid() ? lock.legal_hold_origin : lock.origin);
  }
}

}  // namespace bslc::lower::detail
