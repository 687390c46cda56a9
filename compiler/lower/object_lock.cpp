// Object lock permissions (reference §6.2). s3:BypassGovernanceRetention is a
// permission on the object resource; denying it to everyone but the named
// principals confines governance-mode bypass to them. Compliance mode cannot
// be bypassed by anyone, so nothing is emitted for it. `bypass anyone` (or no
// bypass clause) leaves the permission to ordinary grants.
// Legal holds: only the named principals may place or remove one.
#include "lower/capabilities.h"

namespace bslc::lower::detail {

void lower_object_lock(const BucketContext& ctx, DocumentBuilder& doc) {
  const ir::Bucket& b = ctx.bucket;
  const ir::ObjectLock& lock = b.object_lock;
  const ir::Origin& bypass_origin = lock.bypass_origin.loc.valid() ? lock.bypass_origin : lock.origin;

  if (lock.bypass == ir::BypassMode::Nobody) {
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
