#include <gtest/gtest.h>

#include "fixture.h"

namespace bslc::lower::testing {
namespace {

using L = ir::AccessLevel;
const std::string kKeyArn = "arn:aws:kms:us-east-1:111122223333:key/0f1e2d3c-aaaa-bbbb-cccc-1234567890ab";
const policy::ConditionBlock kViaS3{
    {"StringEquals", {{"kms:ViaService", {"s3.us-east-1.amazonaws.com"}}}},
    {"StringLike",
     {{"kms:EncryptionContext:aws:s3:arn", {"arn:aws:s3:::acme-records", "arn:aws:s3:::acme-records/*"}}}}};

policy::ConditionBlock via_s3_and(const std::string& op, const std::string& key, std::string value) {
  policy::ConditionBlock c = kViaS3;
  c[op][key] = {std::move(value)};
  return c;
}

ir::Bucket kms_bucket(ir::KeyKind key) {
  ir::Bucket b = bucket();
  b.encryption.mode = ir::EncryptionMode::SseKms;
  b.encryption.key = key;
  if (key == ir::KeyKind::Arn) b.encryption.key_arn = kKeyArn;
  b.encryption.key_origin = origin(4);
  return b;
}

TEST(KeyPolicy, NewKeyFullPolicy) {
  ir::Bucket b = kms_bucket(ir::KeyKind::New);
  b.grants = {grant(account("partner", kPartner), L::Read, "exports/", 12),
              grant(role("ingest", "777788889999", "Ingest"), L::Write, "in/", 13),
              grant(role("clinician", kOwner, "Clinician"), L::ReadWrite, "charts/", 14),
              grant(account("partner", kPartner), L::Write, "returns/", 15),
              grant(account("auditor", "999988887777"), L::List, "", 16)};
  const auto l = run(b);
  ASSERT_TRUE(l.diagnostics.empty());
  const auto& out = l.bucket();
  ASSERT_EQ(out.key_policy_kind, KeyPolicyKind::NewKey);
  const auto& doc = out.key_policy;
  // Issue 12, item 7: the same-account clinician is named (no `"AWS": "*"` for
  // the whole account); the list-only auditor needs no key.
  EXPECT_EQ(sids(doc), (std::vector<std::string>{"AllowAccountRootAdministration", "AllowPartnerUseKeyViaS3",
                                                 "AllowIngestUseKeyViaS3", "AllowClinicianUseKeyViaS3"}));
  expect_statement(
      doc, stmt("AllowAccountRootAdministration", Allow, aws({"arn:aws:iam::111122223333:root"}), {"kms:*"}, {"*"}));
  expect_statement(doc, stmt("AllowClinicianUseKeyViaS3", Allow, aws({"arn:aws:iam::111122223333:role/Clinician"}),
                             {"kms:GenerateDataKey", "kms:Decrypt"}, {"*"},
                             via_s3_and("StringEquals", "kms:CallerAccount", kOwner)));
  for (const auto& s : doc.document.statements)
    if (s.principal)
      for (const auto& p : s.principal->aws) EXPECT_NE(p, "*") << s.sid << " lets every principal use the key";
  // The partner reads and (later) writes: both grants merge into one statement.
  expect_statement(doc, stmt("AllowPartnerUseKeyViaS3", Allow, aws({"arn:aws:iam::444455556666:root"}),
                             {"kms:GenerateDataKey", "kms:Decrypt"}, {"*"},
                             via_s3_and("StringEquals", "kms:CallerAccount", kPartner)));
  expect_statement(doc, stmt("AllowIngestUseKeyViaS3", Allow, aws({"arn:aws:iam::777788889999:role/Ingest"}),
                             {"kms:GenerateDataKey", "kms:Decrypt"}, {"*"},
                             via_s3_and("StringEquals", "kms:CallerAccount", "777788889999")));
  EXPECT_EQ(line_of(doc.sources.at("AllowAccountRootAdministration")), 4u);
  EXPECT_EQ(line_of(doc.sources.at("AllowPartnerUseKeyViaS3")), 12u);
}

TEST(KeyPolicy, ReadersGetDecryptOnly) {
  ir::Bucket b = kms_bucket(ir::KeyKind::New);
  b.grants = {grant(account("partner", kPartner), L::Read, "exports/", 12)};
  const auto doc = run(b).bucket(0).key_policy;
  expect_statement(doc, stmt("AllowPartnerUseKeyViaS3", Allow, aws({"arn:aws:iam::444455556666:root"}), {"kms:Decrypt"},
                             {"*"}, via_s3_and("StringEquals", "kms:CallerAccount", kPartner)));
}

TEST(KeyPolicy, OrganizationAndCloudFrontGrantees) {
  ir::Bucket b = kms_bucket(ir::KeyKind::New);
  b.grants = {grant(org("acme", "o-a1b2c3d4e5"), L::Read, "", 12), grant(cloudfront("cdn"), L::Read, "", 13)};
  const auto doc = run(b).bucket(0).key_policy;
  expect_statement(doc, stmt("AllowAcmeUseKeyViaS3", Allow, aws({"*"}), {"kms:Decrypt"}, {"*"},
                             via_s3_and("StringEquals", "aws:PrincipalOrgID", "o-a1b2c3d4e5")));
  expect_statement(
      doc, stmt("AllowCdnUseKey", Allow, svc({"cloudfront.amazonaws.com"}), {"kms:Decrypt"}, {"*"},
                {{"ArnLike", {{"aws:SourceArn", {"arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE"}}}}}));
}

TEST(KeyPolicy, ExistingKeyListsOnlyWhatItsOwnerMustAdd) {
  ir::Bucket b = kms_bucket(ir::KeyKind::Arn);
  b.grants = {grant(account("partner", kPartner), L::Read, "exports/", 12),
              grant(role("clinician", kOwner, "Clinician"), L::ReadWrite, "charts/", 14)};
  const auto out = run(b).bucket(0);
  ASSERT_EQ(out.key_policy_kind, KeyPolicyKind::ExistingKey);
  EXPECT_EQ(sids(out.key_policy), (std::vector<std::string>{"AllowPartnerUseKeyViaS3"}));
}

TEST(KeyPolicy, ExistingKeyInAnotherAccountAlsoNeedsTheBucketAccount) {
  ir::Bucket b = kms_bucket(ir::KeyKind::Arn);
  b.encryption.key_arn = "arn:aws:kms:us-east-1:123456789012:key/abcd";
  const auto out = run(b).bucket(0);
  ASSERT_EQ(out.key_policy_kind, KeyPolicyKind::ExistingKey);
  expect_statement(out.key_policy, stmt("AllowS3UseByBucketAccountPrincipals", Allow, aws({"*"}),
                                        {"kms:GenerateDataKey", "kms:Decrypt"}, {"*"},
                                        via_s3_and("StringEquals", "kms:CallerAccount", kOwner)));
}

TEST(KeyPolicy, ExistingKeyWithNothingToAddHasNoPolicy) {
  ir::Bucket b = kms_bucket(ir::KeyKind::Arn);
  b.grants = {grant(role("clinician", kOwner, "Clinician"), L::ReadWrite)};
  const auto out = run(b).bucket(0);
  EXPECT_EQ(out.key_policy_kind, KeyPolicyKind::None);
  EXPECT_TRUE(out.key_policy.document.statements.empty());
}

TEST(KeyPolicy, NoneForSseS3AndAwsManagedKeys) {
  EXPECT_EQ(run(bucket()).bucket(0).key_policy_kind, KeyPolicyKind::None);
  ir::Bucket managed = kms_bucket(ir::KeyKind::AwsManaged);
  managed.grants = {grant(account("partner", kPartner), L::Read)};
  EXPECT_EQ(run(managed).bucket(0).key_policy_kind, KeyPolicyKind::None);
}

TEST(KeyPolicy, DsseKmsGetsAKeyPolicyToo) {
  ir::Bucket b = kms_bucket(ir::KeyKind::New);
  b.encryption.mode = ir::EncryptionMode::DsseKms;
  EXPECT_EQ(run(b).bucket(0).key_policy_kind, KeyPolicyKind::NewKey);
}

TEST(KeyPolicy, NewKeyWithoutBucketAccountIsAnError) {
  ir::Bucket b = kms_bucket(ir::KeyKind::New);
  b.account.clear();
  const auto l = run(b);
  ASSERT_TRUE(has_code(l.diagnostics, diag::Code::E0505));
  EXPECT_EQ(line_of(l.diagnostics.front().loc), 4u);
  EXPECT_EQ(l.bucket().key_policy_kind, KeyPolicyKind::None);
}

}  // namespace
}  // namespace bslc::lower::testing
