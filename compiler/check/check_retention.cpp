// Versioning, MFA delete, object lock and vault lock (reference §6): the
// prerequisites AWS enforces, the limits of default retention, and the
// settings that cannot be undone or bypassed.
#include <fmt/format.h>

#include "check/support.h"

namespace bslc::check::detail {

namespace {

using diag::Code;

constexpr int64_t kMaxRetentionYears = 100;
constexpr int64_t kMaxRetentionDays = 36500;

bool versioned(const ir::Bucket& b) { return b.versioning.state == ir::VersioningState::Enabled; }

// "`versioning suspended`" or "versioning is not turned on".
std::string versioning_phrase(const ir::Bucket& b) {
  return b.versioning.state == ir::VersioningState::Suspended ? "has `versioning suspended`"
                                                              : "does not turn versioning on";
}

void note_versioning(diag::Diagnostic& d, const ir::Bucket& b) {
  note_setting(d, b.versioning.origin, b, "versioning is set here",
               "versioning is off unless `versioning on` is written");
}

void mfa_delete(const ir::Bucket& b, diag::DiagnosticSink& sink) {
  const auto& v = b.versioning;
  if (!v.mfa_delete) return;
  if (!versioned(b)) {
    auto& d =
        report(sink, Code::E0402, b, v.mfa_delete_origin,
               fmt::format("turning on MFA delete needs versioning, but bucket `{}` {}", b.id, versioning_phrase(b)),
               "write `versioning on { mfa_delete on }`");
    note_versioning(d, b);
  }
  const std::string account = b.account.empty() ? "ACCOUNT-ID" : b.account;
  report(sink, Code::W0410, b, v.mfa_delete_origin,
         fmt::format(
             "the generated CloudFormation leaves MFA delete off for bucket `{}`, because CloudFormation cannot set it",
             b.id),
         fmt::format("after deploying, run as the root user of account {} with its MFA device: `aws s3api "
                     "put-bucket-versioning --bucket {} --versioning-configuration Status=Enabled,MFADelete=Enabled "
                     "--mfa \"arn:aws:iam::{}:mfa/root-account-mfa-device 123456\"` (the device's serial number and "
                     "current code)",
                     account, b.name, account));
}

void lock_needs_versioning(const ir::Bucket& b, diag::DiagnosticSink& sink) {
  const auto& l = b.object_lock;
  if (!l.enabled || versioned(b)) return;
  auto& d = report(sink, Code::E0403, b, l.origin,
                   fmt::format("object lock needs versioning, but bucket `{}` {}", b.id, versioning_phrase(b)),
                   "write `versioning on`; once object lock is on, versioning can never be suspended");
  note_versioning(d, b);
}

void retention_period(const ir::Bucket& b, diag::DiagnosticSink& sink) {
  const auto& l = b.object_lock;
  if (!l.enabled || !l.mode) return;
  const ir::Origin& at = l.retention_origin.loc.valid() ? l.retention_origin : l.origin;
  if (l.days != 0 && l.years != 0) {
    report(sink, Code::E0404, b, at,
           fmt::format("default retention of bucket `{}` gives both days ({}) and years ({}); S3 takes exactly one",
                       b.id, l.days, l.years),
           fmt::format("write either `{} days` or `{} years`", l.days + 365 * l.years, l.years));
    return;
  }
  if (l.days == 0 && l.years == 0) {
    report(sink, Code::E0404, b, at,
           fmt::format("object lock mode of bucket `{}` has no retention period; a default retention needs both a "
                       "mode and a period",
                       b.id),
           "add a period, e.g. `object_lock governance 30 days`, or write `object_lock on` for a lock without default "
           "retention");
    return;
  }
  const bool in_days = l.days != 0;
  const int64_t amount = in_days ? l.days : l.years;
  const int64_t max = in_days ? kMaxRetentionDays : kMaxRetentionYears;
  if (amount < 1 || amount > max)
    report(sink, Code::E0405, b, at,
           fmt::format("default retention of {} {} is out of range; S3 accepts 1 to {} {}", amount,
                       in_days ? "days" : "years", max, in_days ? "days" : "years"),
           "choose a period between 1 day and 100 years");
}

void retention_mode(const ir::Bucket& b, diag::DiagnosticSink& sink) {
  const auto& l = b.object_lock;
  if (!l.enabled || !l.mode) return;
  const ir::Origin& at = l.retention_origin.loc.valid() ? l.retention_origin : l.origin;
  const std::string period = l.years != 0 ? fmt::format("{} year{}", l.years, l.years == 1 ? "" : "s")
                                          : fmt::format("{} day{}", l.days, l.days == 1 ? "" : "s");
  const ir::Origin& bypass_at = l.bypass_origin.loc.valid() ? l.bypass_origin : at;
  if (*l.mode == ir::LockMode::Compliance) {
    report(sink, Code::W0409, b, at,
           fmt::format("compliance mode keeps every object version in bucket `{}` for {}; nobody, not even the root "
                       "user, can shorten the retention or delete a locked version",
                       b.id, period),
           "use `governance` if administrators must be able to remove objects early; if this is intended, write "
           "`acknowledge W0409 because \"...\"`");
    if (l.bypass != ir::BypassMode::Unspecified)
      report(sink, Code::W0412, b, bypass_at,
             "compliance mode cannot be bypassed, so this `bypass` setting has no effect",
             "remove the `bypass` setting, or use `governance` mode");
    return;
  }
  switch (l.bypass) {
    case ir::BypassMode::Unspecified:
      // Lowering denies the bypass to everyone when no list is given (lower/object_lock.cpp).
      report(sink, Code::W0408, b, at,
             fmt::format("governance mode on bucket `{}` names nobody who may bypass it, so the bucket policy denies "
                         "`s3:BypassGovernanceRetention` to everyone and it acts like compliance mode, except that the "
                         "root user can delete that policy",
                         b.id),
             "name who may bypass, e.g. `object_lock governance 30 days { bypass only admin }`, or use "
             "`compliance`");
      break;
    case ir::BypassMode::Anyone:
      report(sink, Code::W0407, b, bypass_at,
             fmt::format("`bypass anyone` lets every principal with delete rights remove locked versions in bucket "
                         "`{}`; the lock then only guards against accidents",
                         b.id),
             "name who may bypass, e.g. `bypass only admin`");
      break;
    case ir::BypassMode::Nobody:
      report(sink, Code::W0408, b, bypass_at,
             fmt::format("with `bypass nobody`, governance mode on bucket `{}` acts like compliance mode, except that "
                         "the root user can delete the bucket policy that forbids the bypass",
                         b.id),
             "use `compliance` if nobody may ever bypass, or name an administrator with `bypass only admin`");
      break;
    case ir::BypassMode::Only:
      if (l.bypass_principals.empty())
        report(sink, Code::W0408, b, bypass_at, "`bypass only` names nobody, so nobody may bypass governance mode",
               "name an administrator, e.g. `bypass only admin`, or use `compliance`");
      break;
  }
}

void vault_lock(const ir::Vault& v, diag::DiagnosticSink& sink) {
  if (!v.lock_min_age_days) return;
  const Location at = v.lock_origin.loc.valid() ? v.lock_origin.loc : v.loc;
  if (*v.lock_min_age_days < 1)
    sink.report(Code::E0405, at, fmt::format("vault lock age of {} days is out of range", *v.lock_min_age_days),
                "give a minimum archive age of at least 1 day, e.g. `lock deny delete younger_than 365 days`");
  sink.report(Code::W0409, at,
              fmt::format("a completed vault lock is permanent: the lock policy of vault `{}` can never be changed "
                          "or removed",
                          v.id),
              "test the policy while the lock is in progress (24 hours) before completing it; if this is intended, "
              "write `acknowledge W0409 because \"...\"`");
}

}  // namespace

void check_retention(const ir::Model& model, diag::DiagnosticSink& sink) {
  for (const auto& b : model.buckets) {
    mfa_delete(b, sink);
    lock_needs_versioning(b, sink);
    retention_period(b, sink);
    retention_mode(b, sink);
  }
  for (const auto& v : model.vaults) vault_lock(v, sink);
}

}  // namespace bslc::check::detail
