#include <gtest/gtest.h>

#include "fixture.h"

namespace bslc::lower::testing {
namespace {

const std::string kBucket = "arn:aws:s3:::acme-records";
const std::string kObjects = "arn:aws:s3:::acme-records/*";
const std::vector<std::string> kBoth{kBucket, kObjects};

TEST(Presigned, MaximumAgeInMilliseconds) {
  ir::Bucket b = bucket();
  b.presigned.max_age_seconds = 600;
  b.presigned.origin = origin(11);
  const auto doc = run(b).bucket(0).bucket_policy;
  expect_statement(doc, stmt("DenyPresignedUrlsOlderThan10Minutes", Deny, star(), {"s3:*"}, kBoth,
                             {{"StringEquals", {{"s3:authType", {"REST-QUERY-STRING"}}}},
                              {"NumericGreaterThan", {{"s3:signatureAge", {"600000"}}}}}));
  EXPECT_EQ(line_of(doc.sources.at("DenyPresignedUrlsOlderThan10Minutes")), 11u);
}

TEST(Presigned, ForbidWinsOverMaximumAge) {
  ir::Bucket b = bucket();
  b.presigned.forbid = true;
  b.presigned.max_age_seconds = 600;
  const auto doc = run(b).bucket(0).bucket_policy;
  expect_statement(doc, stmt("DenyPresignedUrls", Deny, star(), {"s3:*"}, kBoth,
                             {{"StringEquals", {{"s3:authType", {"REST-QUERY-STRING"}}}}}));
  EXPECT_EQ(find(doc, "DenyPresignedUrlsOlderThan10Minutes"), nullptr);
}

TEST(Mfa, DeletesNeedMfaAndLongTermKeysAreRefused) {
  ir::Bucket b = bucket();
  b.mfa.push_back(ir::MfaRequirement{true, {}, origin(12)});
  const auto doc = run(b).bucket(0).bucket_policy;
  // BoolIfExists: aws:MultiFactorAuthPresent is absent with long-term keys, which must be denied too.
  expect_statement(doc, stmt("DenyDeleteWithoutMfa", Deny, star(), {"s3:DeleteObject", "s3:DeleteObjectVersion"},
                             {kObjects}, {{"BoolIfExists", {{"aws:MultiFactorAuthPresent", {"false"}}}}}));
}

TEST(Mfa, ListedActionsAreSplitByResourceType) {
  ir::Bucket b = bucket();
  b.mfa.push_back(ir::MfaRequirement{
      false, {"s3:PutBucketPolicy", "s3:DeleteBucketPolicy", "s3:PutObjectRetention", "s3:Put*"}, origin(12)});
  const auto doc = run(b).bucket(0).bucket_policy;
  const policy::ConditionBlock mfa{{"BoolIfExists", {{"aws:MultiFactorAuthPresent", {"false"}}}}};
  expect_statement(doc, stmt("DenyBucketActionsWithoutMfa", Deny, star(),
                             {"s3:PutBucketPolicy", "s3:DeleteBucketPolicy"}, {kBucket}, mfa));
  expect_statement(doc,
                   stmt("DenyPutObjectRetentionWithoutMfa", Deny, star(), {"s3:PutObjectRetention"}, {kObjects}, mfa));
  expect_statement(doc, stmt("DenyPutWithoutMfa", Deny, star(), {"s3:Put*"}, kBoth, mfa));
}

TEST(ObjectLock, GovernanceBypassOnlyForNamedPrincipals) {
  ir::Bucket b = bucket();
  b.object_lock.enabled = true;
  b.object_lock.mode = ir::LockMode::Governance;
  b.object_lock.days = 30;
  b.object_lock.bypass = ir::BypassMode::Only;
  b.object_lock.bypass_principals = {role("admin", kOwner, "SecurityAdmin"), account("backup", "555566667777")};
  b.object_lock.bypass_origin = origin(13);
  const auto doc = run(b).bucket(0).bucket_policy;
  expect_statement(
      doc, stmt("DenyGovernanceBypassExceptAdminAndBackup", Deny, star(), {"s3:BypassGovernanceRetention"}, {kObjects},
                {{"ArnNotLike", {{"aws:PrincipalArn", {"arn:aws:iam::111122223333:role/SecurityAdmin"}}}},
                 {"StringNotEquals", {{"aws:PrincipalAccount", {"555566667777"}}}}}));
  EXPECT_EQ(line_of(doc.sources.at("DenyGovernanceBypassExceptAdminAndBackup")), 13u);
}

TEST(ObjectLock, BypassNobodyDeniesEveryone) {
  ir::Bucket b = bucket();
  b.object_lock.enabled = true;
  b.object_lock.bypass = ir::BypassMode::Nobody;
  const auto doc = run(b).bucket(0).bucket_policy;
  expect_statement(doc, stmt("DenyGovernanceBypass", Deny, star(), {"s3:BypassGovernanceRetention"}, {kObjects}));
}

TEST(ObjectLock, BypassAnyoneEmitsNothing) {
  ir::Bucket b = bucket();
  b.object_lock.enabled = true;
  b.object_lock.bypass = ir::BypassMode::Anyone;
  const auto doc = run(b).bucket(0).bucket_policy;
  for (const auto& s : doc.document.statements) EXPECT_EQ(s.sid.find("Governance"), std::string::npos);
}

// Issue 12, item 5: without a `bypass` list nobody may bypass governance retention.
TEST(ObjectLock, UnspecifiedBypassDeniesEveryoneUnlessCompliance) {
  ir::Bucket b = bucket();
  b.object_lock.enabled = true;
  b.object_lock.mode = ir::LockMode::Governance;
  b.object_lock.days = 30;
  expect_statement(run(b).bucket(0).bucket_policy,
                   stmt("DenyGovernanceBypass", Deny, star(), {"s3:BypassGovernanceRetention"}, {kObjects}));
  b.object_lock.mode = ir::LockMode::Compliance;
  EXPECT_EQ(find(run(b).bucket(0).bucket_policy, "DenyGovernanceBypass"), nullptr);
}

// Issue 12, item 5: an upload cannot pick another mode or a shorter period than the default.
TEST(ObjectLock, UploadsCannotWeakenTheDefaultRetention) {
  ir::Bucket b = bucket();
  b.object_lock.enabled = true;
  b.object_lock.mode = ir::LockMode::Compliance;
  b.object_lock.years = 7;
  b.object_lock.retention_origin = origin(12);
  const auto doc = run(b).bucket(0).bucket_policy;
  expect_statement(doc, stmt("DenyOtherObjectLockMode", Deny, star(), {"s3:PutObject"}, {kObjects},
                             {{"Null", {{"s3:object-lock-mode", {"false"}}}},
                              {"StringNotEquals", {{"s3:object-lock-mode", {"COMPLIANCE"}}}}}));
  expect_statement(doc, stmt("DenyShorterRetention", Deny, star(), {"s3:PutObject"}, {kObjects},
                             {{"NumericLessThan", {{"s3:object-lock-remaining-retention-days", {"2555"}}}}}));
  EXPECT_EQ(line_of(doc.sources.at("DenyShorterRetention")), 12u);
}

TEST(ObjectLock, LegalHoldOnlyForNamedPrincipals) {
  ir::Bucket b = bucket();
  b.object_lock.enabled = true;
  b.object_lock.legal_hold_principals = {role("legal", kOwner, "Legal")};
  b.object_lock.legal_hold_origin = origin(14);
  const auto doc = run(b).bucket(0).bucket_policy;
  expect_statement(doc, stmt("DenyLegalHoldChangesExceptLegal", Deny, star(), {"s3:PutObjectLegalHold"}, {kObjects},
                             {{"ArnNotLike", {{"aws:PrincipalArn", {"arn:aws:iam::111122223333:role/Legal"}}}}}));
}

}  // namespace
}  // namespace bslc::lower::testing
