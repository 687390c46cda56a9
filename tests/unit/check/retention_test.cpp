// Versioning, MFA delete, object lock and vault lock: E0402 E0403 E0404
// E0405 W0407 W0408 W0409 W0410 W0412.
#include "fixture.h"

namespace bslc::check::testing {
namespace {

using diag::Code;

TEST(MfaDelete, NeedsVersioning) {
  Spec spec("bucket r { versioning suspended { mfa_delete on } }");
  ir::Model m;
  auto b = bucket(spec, "r", "acme-r");
  b.versioning.state = ir::VersioningState::Suspended;
  b.versioning.origin = spec.origin("versioning suspended");
  b.versioning.mfa_delete = true;
  b.versioning.mfa_delete_origin = spec.origin("mfa_delete on");
  m.buckets.push_back(b);
  const auto d = expect_one(run(m), Code::E0402, spec.at("mfa_delete on"));
  ASSERT_EQ(d.notes.size(), 1u);
  EXPECT_EQ(d.notes[0].loc.span, spec.at("versioning suspended").span);
}

TEST(MfaDelete, DefaultVersioningNoteAtBucket) {
  Spec spec("bucket r { }");
  ir::Model m;
  auto b = bucket(spec, "r", "acme-r");
  b.versioning.mfa_delete = true;
  b.versioning.mfa_delete_origin = spec.origin("{ }");
  m.buckets.push_back(b);
  const auto d = expect_one(run(m), Code::E0402, spec.at("{ }"));
  ASSERT_EQ(d.notes.size(), 1u);
  EXPECT_EQ(d.notes[0].loc.span, b.loc.span);
}

TEST(MfaDelete, CloudFormationWarningCarriesTheCliCommand) {
  Spec spec("bucket r { versioning on { mfa_delete on } }");
  ir::Model m;
  auto b = bucket(spec, "r", "acme-records");
  b.versioning.state = ir::VersioningState::Enabled;
  b.versioning.mfa_delete = true;
  b.versioning.mfa_delete_origin = spec.origin("mfa_delete on");
  m.buckets.push_back(b);
  const auto ds = run(m);
  expect_none(ds, Code::E0402);
  const auto d = expect_one(ds, Code::W0410, spec.at("mfa_delete on"));
  EXPECT_NE(d.help.find("aws s3api put-bucket-versioning --bucket acme-records --versioning-configuration "
                        "Status=Enabled,MFADelete=Enabled --mfa \"arn:aws:iam::111122223333:mfa/"),
            std::string::npos)
      << d.help;
  m.buckets[0].versioning.mfa_delete = false;
  expect_none(run(m), Code::W0410);
}

ir::Model locked(const Spec& spec, std::optional<ir::LockMode> mode, int64_t days, int64_t years,
                 ir::VersioningState versioning = ir::VersioningState::Enabled) {
  ir::Model m;
  auto b = bucket(spec, "r", "acme-r");
  b.versioning.state = versioning;
  b.object_lock.enabled = true;
  b.object_lock.mode = mode;
  b.object_lock.days = days;
  b.object_lock.years = years;
  b.object_lock.origin = spec.origin("object_lock");
  b.object_lock.retention_origin = spec.origin("RETENTION");
  m.buckets.push_back(b);
  return m;
}

TEST(ObjectLock, NeedsVersioning) {
  Spec spec("bucket r { object_lock governance RETENTION }");
  expect_one(run(locked(spec, ir::LockMode::Governance, 30, 0, ir::VersioningState::Unset)), Code::E0403,
             spec.at("object_lock"));
  expect_one(run(locked(spec, ir::LockMode::Governance, 30, 0, ir::VersioningState::Suspended)), Code::E0403,
             spec.at("object_lock"));
  expect_none(run(locked(spec, ir::LockMode::Governance, 30, 0)), Code::E0403);
}

TEST(ObjectLock, DaysXorYears) {
  Spec spec("bucket r { object_lock compliance RETENTION }");
  expect_one(run(locked(spec, ir::LockMode::Compliance, 30, 1)), Code::E0404, spec.at("RETENTION"));
  expect_one(run(locked(spec, ir::LockMode::Compliance, 0, 0)), Code::E0404, spec.at("RETENTION"));
  expect_none(run(locked(spec, ir::LockMode::Compliance, 0, 7)), Code::E0404);
  // `object_lock on` without default retention needs no period.
  expect_none(run(locked(spec, std::nullopt, 0, 0)), Code::E0404);
}

TEST(ObjectLock, RetentionRange) {
  Spec spec("bucket r { object_lock governance RETENTION }");
  expect_one(run(locked(spec, ir::LockMode::Governance, 0, 101)), Code::E0405, spec.at("RETENTION"));
  expect_one(run(locked(spec, ir::LockMode::Governance, 36501, 0)), Code::E0405, spec.at("RETENTION"));
  expect_one(run(locked(spec, ir::LockMode::Governance, -1, 0)), Code::E0405, spec.at("RETENTION"));
  expect_none(run(locked(spec, ir::LockMode::Governance, 36500, 0)), Code::E0405);
  expect_none(run(locked(spec, ir::LockMode::Governance, 0, 100)), Code::E0405);
  expect_none(run(locked(spec, ir::LockMode::Governance, 1, 0)), Code::E0405);
}

TEST(ObjectLock, ComplianceIsIrreversible) {
  Spec spec("bucket r { object_lock compliance RETENTION }");
  const auto d = expect_one(run(locked(spec, ir::LockMode::Compliance, 0, 7)), Code::W0409, spec.at("RETENTION"));
  EXPECT_NE(d.message.find("7 years"), std::string::npos);
  expect_none(run(locked(spec, ir::LockMode::Governance, 0, 7)), Code::W0409);
}

TEST(ObjectLock, BypassInComplianceHasNoEffect) {
  Spec spec("bucket r { object_lock compliance RETENTION { bypass anyone } }");
  auto m = locked(spec, ir::LockMode::Compliance, 0, 7);
  m.buckets[0].object_lock.bypass = ir::BypassMode::Anyone;
  m.buckets[0].object_lock.bypass_origin = spec.origin("bypass anyone");
  const auto ds = run(m);
  expect_one(ds, Code::W0412, spec.at("bypass anyone"));
  expect_none(ds, Code::W0407);
}

TEST(ObjectLock, GovernanceWhereAnyoneMayBypass) {
  Spec spec("bucket r { object_lock governance RETENTION { bypass anyone } }");
  auto m = locked(spec, ir::LockMode::Governance, 30, 0);
  // Unspecified: the bucket policy denies the bypass to everyone (issue 12), so nobody may.
  expect_one(run(m), Code::W0408, spec.at("RETENTION"));
  expect_none(run(m), Code::W0407);
  m.buckets[0].object_lock.bypass = ir::BypassMode::Anyone;
  m.buckets[0].object_lock.bypass_origin = spec.origin("bypass anyone");
  expect_one(run(m), Code::W0407, spec.at("bypass anyone"));
}

TEST(ObjectLock, GovernanceWhereNobodyMayBypass) {
  Spec spec("bucket r { object_lock governance RETENTION { bypass nobody } }");
  auto m = locked(spec, ir::LockMode::Governance, 30, 0);
  m.buckets[0].object_lock.bypass = ir::BypassMode::Nobody;
  m.buckets[0].object_lock.bypass_origin = spec.origin("bypass nobody");
  expect_one(run(m), Code::W0408, spec.at("bypass nobody"));
}

TEST(ObjectLock, GovernanceWithNamedBypassIsClean) {
  Spec spec("bucket r { object_lock governance RETENTION { bypass only admin } }");
  auto m = locked(spec, ir::LockMode::Governance, 30, 0);
  m.buckets[0].object_lock.bypass = ir::BypassMode::Only;
  m.buckets[0].object_lock.bypass_principals = {
      principal(ir::PrincipalKind::Role, "admin", "arn:aws:iam::111122223333:role/Admin", "111122223333")};
  m.buckets[0].object_lock.bypass_origin = spec.origin("bypass only admin");
  EXPECT_TRUE(run(m).empty()) << codes(run(m));
  m.buckets[0].object_lock.bypass_principals.clear();
  expect_one(run(m), Code::W0408, spec.at("bypass only admin"));
}

TEST(VaultLock, PermanentAndPositive) {
  Spec spec("vault cold { lock deny delete younger_than 365 days }");
  ir::Model m;
  ir::Vault v;
  v.id = "cold";
  v.name = "acme-cold";
  v.loc = spec.at("cold");
  v.lock_min_age_days = 365;
  v.lock_origin = spec.origin("lock deny");
  m.vaults.push_back(v);
  expect_one(run(m), Code::W0409, spec.at("lock deny"));
  m.vaults[0].lock_min_age_days = 0;
  expect_one(run(m), Code::E0405, spec.at("lock deny"));
  m.vaults[0].lock_min_age_days.reset();
  // Only W0305 is left: S3 Glacier vaults no longer accept new customers.
  for (const auto& d : run(m)) EXPECT_EQ(d.code, Code::W0305) << codes(run(m));
}

}  // namespace
}  // namespace bslc::check::testing
