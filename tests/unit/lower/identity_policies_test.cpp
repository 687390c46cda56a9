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

ir::Bucket granted_bucket() {
  ir::Bucket b = bucket();
  b.grants = {grant(account("partner", kPartner), L::Read, "exports/", 12),
              grant(account("partner", kPartner), L::List, "exports/", 13),
              grant(role("clinician", kOwner, "Clinician"), L::ReadWrite, "charts/", 14),
              grant(org("acme", "o-a1b2c3d4e5"), L::List, "", 15),
              grant(cloudfront("cdn"), L::Read, "", 16),
              grant(user("vendor", "555566667777", "uploader"), L::Write, "in/", 17)};
  return b;
}

TEST(IdentityPolicies, CrossAccountGranteesAndOrganizationsOnly) {
  const auto out = run(granted_bucket()).bucket(0);
  std::vector<std::string> names;
  for (const auto& [name, doc] : out.identity_policies) names.push_back(name);
  EXPECT_EQ(names, (std::vector<std::string>{"acme", "partner", "vendor"}));
}

// Member accounts of an organization need their own Allow, as any other account does.
TEST(IdentityPolicies, OrganizationMembersGetThePolicyTheyAttach) {
  const auto out = run(granted_bucket()).bucket(0);
  const auto& acme = out.identity_policies.at("acme");
  EXPECT_EQ(sids(acme), (std::vector<std::string>{"AllowAcmeList"}));
  for (const auto& s : acme.document.statements) EXPECT_FALSE(s.principal.has_value());
}

TEST(IdentityPolicies, MirrorTheBucketPolicyWithoutPrincipal) {
  const auto out = run(granted_bucket()).bucket(0);
  const auto& partner = out.identity_policies.at("partner");
  EXPECT_EQ(sids(partner), (std::vector<std::string>{"AllowPartnerReadExports", "AllowPartnerListExports"}));
  expect_statement(partner, stmt("AllowPartnerReadExports", Allow, std::nullopt, {"s3:GetObject"},
                                 {"arn:aws:s3:::acme-records/exports/*"}));
  expect_statement(partner, stmt("AllowPartnerListExports", Allow, std::nullopt, {"s3:ListBucket"},
                                 {"arn:aws:s3:::acme-records"}, {{"StringLike", {{"s3:prefix", {"exports/*"}}}}}));
  EXPECT_EQ(line_of(partner.sources.at("AllowPartnerListExports")), 13u);
  for (const auto& s : partner.document.statements) EXPECT_FALSE(s.principal.has_value());
}

// The organization data perimeter's identity-side half: the actions granted
// here are refused on S3 resources outside the organization, never on this bucket.
TEST(IdentityPolicies, OrganizationPerimeterAddsItsIdentitySideHalf) {
  ir::Bucket b = granted_bucket();
  b.perimeters.push_back(ir::Perimeter{
      ir::PerimeterKind::Org, {"o-a1b2c3d4e5"}, {user("vendor", "555566667777", "uploader")}, origin(20)});
  const auto out = run(b).bucket(0);
  for (const char* grantee : {"partner", "acme"}) {
    const auto& doc = out.identity_policies.at(grantee);
    const policy::Statement* s = find(doc, "DenyGrantedActionsOutsideOrganization");
    ASSERT_NE(s, nullptr) << grantee;
    EXPECT_EQ(s->effect, Deny);
    EXPECT_TRUE(s->not_resource);
    EXPECT_EQ(s->resources, (std::vector<std::string>{"arn:aws:s3:::acme-records", "arn:aws:s3:::acme-records/*"}));
    EXPECT_EQ(s->condition.at("StringNotEquals").at("aws:ResourceOrgID"), (std::vector<std::string>{"o-a1b2c3d4e5"}));
    EXPECT_EQ(line_of(doc.sources.at("DenyGrantedActionsOutsideOrganization")), 20u);
  }
  // Exactly the actions granted to that grantee.
  EXPECT_EQ(find(out.identity_policies.at("partner"), "DenyGrantedActionsOutsideOrganization")->actions,
            (std::vector<std::string>{"s3:GetObject", "s3:ListBucket"}));
  // The perimeter exempts the vendor: it is outside the organization and gets no such statement.
  EXPECT_EQ(find(out.identity_policies.at("vendor"), "DenyGrantedActionsOutsideOrganization"), nullptr);
  // Without a perimeter, none.
  EXPECT_EQ(
      find(run(granted_bucket()).bucket(0).identity_policies.at("partner"), "DenyGrantedActionsOutsideOrganization"),
      nullptr);
}

TEST(IdentityPolicies, KmsActionsOnTheKnownKeyArn) {
  ir::Bucket b = granted_bucket();
  b.encryption.mode = ir::EncryptionMode::SseKms;
  b.encryption.key = ir::KeyKind::Arn;
  b.encryption.key_arn = kKeyArn;
  const auto out = run(b).bucket(0);
  expect_statement(out.identity_policies.at("partner"),
                   stmt("AllowPartnerUseKeyViaS3", Allow, std::nullopt, {"kms:Decrypt"}, {kKeyArn}, kViaS3));
  expect_statement(out.identity_policies.at("vendor"), stmt("AllowVendorUseKeyViaS3", Allow, std::nullopt,
                                                            {"kms:GenerateDataKey", "kms:Decrypt"}, {kKeyArn}, kViaS3));
  // Same Sid as the key policy statement for that grantee.
  EXPECT_NE(find(out.key_policy, "AllowPartnerUseKeyViaS3"), nullptr);
}

TEST(IdentityPolicies, NewKeyIsAddressedByAccountAndRegionPattern) {
  ir::Bucket b = granted_bucket();
  b.encryption.mode = ir::EncryptionMode::SseKms;
  b.encryption.key = ir::KeyKind::New;
  const auto out = run(b).bucket(0);
  expect_statement(out.identity_policies.at("partner"),
                   stmt("AllowPartnerUseKeyViaS3", Allow, std::nullopt, {"kms:Decrypt"},
                        {"arn:aws:kms:us-east-1:111122223333:key/*"}, kViaS3));
}

TEST(IdentityPolicies, NoKmsStatementForSseS3) {
  const auto out = run(granted_bucket()).bucket(0);
  for (const auto& [name, doc] : out.identity_policies)
    for (const auto& s : doc.document.statements)
      for (const auto& a : s.actions) EXPECT_FALSE(a.starts_with("kms:")) << name;
}

}  // namespace
}  // namespace bslc::lower::testing
