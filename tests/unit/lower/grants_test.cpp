#include <gtest/gtest.h>

#include "fixture.h"

namespace bslc::lower::testing {
namespace {

const std::string kBucket = "arn:aws:s3:::acme-records";
const std::string kObjects = "arn:aws:s3:::acme-records/*";
using L = ir::AccessLevel;

TracedDocument policy_with(std::vector<ir::Grant> grants) {
  ir::Bucket b = bucket();
  b.grants = std::move(grants);
  return run(b).bucket(0).bucket_policy;
}

TEST(Grants, AccountReadScopedByPrefix) {
  const auto doc = policy_with({grant(account("partner", kPartner), L::Read, "exports/", 12)});
  expect_statement(doc, stmt("AllowPartnerReadExports", Allow, aws({"arn:aws:iam::444455556666:root"}),
                             {"s3:GetObject"}, {"arn:aws:s3:::acme-records/exports/*"}));
  EXPECT_EQ(line_of(doc.sources.at("AllowPartnerReadExports")), 12u);
}

TEST(Grants, RoleReadWriteIsOneObjectStatement) {
  const auto doc = policy_with({grant(role("clinician", kOwner, "Clinician"), L::ReadWrite, "charts/")});
  expect_statement(
      doc, stmt("AllowClinicianReadWriteCharts", Allow, aws({"arn:aws:iam::111122223333:role/Clinician"}),
                {"s3:GetObject", "s3:PutObject", "s3:AbortMultipartUpload"}, {"arn:aws:s3:::acme-records/charts/*"}));
}

TEST(Grants, UserWriteAndDeleteOnWholeBucket) {
  const auto doc = policy_with(
      {grant(user("ingest", kOwner, "ingest"), L::Write), grant(user("janitor", kOwner, "janitor"), L::Delete)});
  expect_statement(doc, stmt("AllowIngestWrite", Allow, aws({"arn:aws:iam::111122223333:user/ingest"}),
                             {"s3:PutObject", "s3:AbortMultipartUpload"}, {kObjects}));
  expect_statement(doc, stmt("AllowJanitorDelete", Allow, aws({"arn:aws:iam::111122223333:user/janitor"}),
                             {"s3:DeleteObject"}, {kObjects}));
}

TEST(Grants, ListTargetsTheBucketArnWithPrefixCondition) {
  const auto doc = policy_with(
      {grant(account("partner", kPartner), L::List, "exports/"), grant(account("auditor", "999988887777"), L::List)});
  expect_statement(doc, stmt("AllowPartnerListExports", Allow, aws({"arn:aws:iam::444455556666:root"}),
                             {"s3:ListBucket"}, {kBucket}, {{"StringLike", {{"s3:prefix", {"exports/*"}}}}}));
  expect_statement(
      doc, stmt("AllowAuditorList", Allow, aws({"arn:aws:iam::999988887777:root"}), {"s3:ListBucket"}, {kBucket}));
}

TEST(Grants, OrganizationIsStarPinnedByOrgId) {
  const auto doc = policy_with({grant(org("acme", "o-a1b2c3d4e5"), L::Read)});
  expect_statement(doc, stmt("AllowAcmeRead", Allow, star(), {"s3:GetObject"}, {kObjects},
                             {{"StringEquals", {{"aws:PrincipalOrgID", {"o-a1b2c3d4e5"}}}}}));
}

TEST(Grants, CloudFrontOriginAccessControlIsPinnedToTheDistribution) {
  const auto doc = policy_with({grant(cloudfront("cdn"), L::Read)});
  expect_statement(
      doc, stmt("AllowCdnRead", Allow, svc({"cloudfront.amazonaws.com"}), {"s3:GetObject"}, {kObjects},
                {{"ArnLike", {{"aws:SourceArn", {"arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE"}}}}}));
}

TEST(Grants, ServicePrincipalIsPinnedToTheBucketAccount) {
  const auto doc = policy_with({grant(service("elb", "logdelivery.elasticloadbalancing.amazonaws.com"), L::Write)});
  expect_statement(doc, stmt("AllowElbWrite", Allow, svc({"logdelivery.elasticloadbalancing.amazonaws.com"}),
                             {"s3:PutObject", "s3:AbortMultipartUpload"}, {kObjects},
                             {{"StringEquals", {{"aws:SourceAccount", {kOwner}}}}}));
}

TEST(Grants, PublicReadOnlyForAnExplicitPublicGrant) {
  const auto doc = policy_with({grant(everyone(), L::Read, "site/")});
  expect_statement(doc,
                   stmt("AllowPublicReadSite", Allow, star(), {"s3:GetObject"}, {"arn:aws:s3:::acme-records/site/*"}));
}

TEST(Grants, WildcardsInPrefixesAreEscaped) {
  const auto doc = policy_with({grant(account("partner", kPartner), L::Read, "a*b?/$x/"),
                                grant(account("partner", kPartner), L::List, "a*b?/")});
  expect_statement(doc, stmt("AllowPartnerReadABX", Allow, aws({"arn:aws:iam::444455556666:root"}), {"s3:GetObject"},
                             {"arn:aws:s3:::acme-records/a${*}b${?}/${$}x/*"}));
  expect_statement(doc, stmt("AllowPartnerListAB", Allow, aws({"arn:aws:iam::444455556666:root"}), {"s3:ListBucket"},
                             {kBucket}, {{"StringLike", {{"s3:prefix", {"a${*}b${?}/*"}}}}}));
}

// No statement allows anonymous access unless a public grant asks for it, and
// none mixes bucket-level and object-level resources.
TEST(Grants, NoAnonymousAllowWithoutPublicGrantAndNoMixedResources) {
  const auto doc = policy_with({grant(account("partner", kPartner), L::Read, "exports/"),
                                grant(org("acme", "o-a1b2c3d4e5"), L::List), grant(cloudfront("cdn"), L::Read),
                                grant(role("clinician", kOwner, "Clinician"), L::ReadWrite)});
  for (const auto& s : doc.document.statements) {
    if (s.effect != policy::Effect::Allow) continue;
    ASSERT_TRUE(s.principal.has_value());
    if (s.principal->star) {
      EXPECT_TRUE(s.condition.count("StringEquals")) << s.sid << " is public";
    }
    EXPECT_EQ(s.resources.size(), 1u) << s.sid;
  }
}

}  // namespace
}  // namespace bslc::lower::testing

namespace bslc::lower::testing {
namespace {

// Without the owner's account the statement could not be pinned with
// aws:SourceAccount, and the service would act here for any account.
TEST(Grants, ServiceGrantWithoutBucketAccountIsAnError) {
  ir::Bucket b = bucket("logs", "acme-logs", "");
  b.grants = {grant(service("delivery", "logging.s3.amazonaws.com"), ir::AccessLevel::Write, "", 9)};
  const auto l = run(b);
  ASSERT_TRUE(has_code(l.diagnostics, diag::Code::E0505));
  EXPECT_EQ(line_of(l.diagnostics.front().loc), 9u);
  for (const auto& s : l.bucket(0).bucket_policy.document.statements)
    EXPECT_EQ(s.effect, policy::Effect::Deny) << s.sid;
}

}  // namespace
}  // namespace bslc::lower::testing
