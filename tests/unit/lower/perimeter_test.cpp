#include <gtest/gtest.h>

#include "fixture.h"

namespace bslc::lower::testing {
namespace {

const std::vector<std::string> kBoth{"arn:aws:s3:::acme-records", "arn:aws:s3:::acme-records/*"};

TracedDocument policy_with(ir::Perimeter p) {
  ir::Bucket b = bucket();
  b.perimeters.push_back(std::move(p));
  return run(b).bucket(0).bucket_policy;
}

TEST(Perimeter, VpcEndpointWithRoleAndAccountExceptions) {
  const auto doc = policy_with(ir::Perimeter{ir::PerimeterKind::VpcEndpoint,
                                             {"vpce-1a2b3c4d"},
                                             {role("admin", kOwner, "SecurityAdmin"), account("ci", "222233334444")},
                                             origin(7)});
  // Off-endpoint requests have no aws:SourceVpce: StringNotEquals is then true, so they are denied.
  expect_statement(
      doc,
      stmt("DenyOutsideVpcEndpoint", Deny, star(), {"s3:*"}, kBoth,
           {{"StringNotEquals", {{"aws:SourceVpce", {"vpce-1a2b3c4d"}}, {"aws:PrincipalAccount", {"222233334444"}}}},
            {"ArnNotLike", {{"aws:PrincipalArn", {"arn:aws:iam::111122223333:role/SecurityAdmin"}}}},
            {"BoolIfExists", {{"aws:PrincipalIsAWSService", {"false"}}}}}));
  EXPECT_EQ(line_of(doc.sources.at("DenyOutsideVpcEndpoint")), 7u);
}

TEST(Perimeter, VpcAndSourceIp) {
  const auto vpc = policy_with(ir::Perimeter{ir::PerimeterKind::Vpc, {"vpc-11", "vpc-22"}, {}, origin(7)});
  expect_statement(vpc, stmt("DenyOutsideVpc", Deny, star(), {"s3:*"}, kBoth,
                             {{"StringNotEquals", {{"aws:SourceVpc", {"vpc-11", "vpc-22"}}}},
                              {"BoolIfExists", {{"aws:PrincipalIsAWSService", {"false"}}}}}));
  // NotIpAddress is true when aws:SourceIp is absent: traffic through a VPC endpoint is denied too.
  const auto ip = policy_with(ir::Perimeter{ir::PerimeterKind::SourceIp, {"203.0.113.0/24"}, {}, origin(7)});
  expect_statement(ip, stmt("DenyOutsideSourceIp", Deny, star(), {"s3:*"}, kBoth,
                            {{"NotIpAddress", {{"aws:SourceIp", {"203.0.113.0/24"}}}},
                             {"BoolIfExists", {{"aws:PrincipalIsAWSService", {"false"}}}}}));
}

TEST(Perimeter, OrgUserAndDistributionExceptions) {
  const auto doc =
      policy_with(ir::Perimeter{ir::PerimeterKind::VpcEndpoint,
                                {"vpce-1"},
                                {org("acme", "o-a1b2c3d4e5"), user("bob", kOwner, "bob"), cloudfront("cdn")},
                                origin(7)});
  const auto* s = find(doc, "DenyOutsideVpcEndpoint");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->condition.at("StringNotEquals").at("aws:PrincipalOrgID"), (std::vector<std::string>{"o-a1b2c3d4e5"}));
  EXPECT_EQ(s->condition.at("ArnNotLike").at("aws:PrincipalArn"),
            (std::vector<std::string>{"arn:aws:iam::111122223333:user/bob"}));
  EXPECT_EQ(s->condition.at("ArnNotLike").at("aws:SourceArn"),
            (std::vector<std::string>{"arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE"}));
}

TEST(Perimeter, SeveralEndpointsOfOneKindMergeIntoOneStatement) {
  ir::Bucket b = bucket();
  b.perimeters.push_back(ir::Perimeter{ir::PerimeterKind::VpcEndpoint, {"vpce-1"}, {}, origin(7)});
  b.perimeters.push_back(ir::Perimeter{ir::PerimeterKind::VpcEndpoint, {"vpce-2"}, {}, origin(8)});
  const auto doc = run(b).bucket(0).bucket_policy;
  const auto* s = find(doc, "DenyOutsideVpcEndpoint");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(find(doc, "DenyOutsideVpcEndpoint2"), nullptr);
  EXPECT_EQ(s->condition.at("StringNotEquals").at("aws:SourceVpce"), (std::vector<std::string>{"vpce-1", "vpce-2"}));
  EXPECT_EQ(line_of(doc.sources.at("DenyOutsideVpcEndpoint")), 7u);
}

// An endpoint route OR a source-IP route: one statement whose negated
// conditions are each true only for requests that did not take that route.
TEST(Perimeter, DifferentRoutesAreAlternativesInOneStatement) {
  ir::Bucket b = bucket();
  b.perimeters.push_back(ir::Perimeter{ir::PerimeterKind::VpcEndpoint, {"vpce-1"}, {}, origin(7)});
  b.perimeters.push_back(
      ir::Perimeter{ir::PerimeterKind::SourceIp, {"203.0.113.0/24"}, {role("admin", kOwner, "Admin")}, origin(8)});
  const auto doc = run(b).bucket(0).bucket_policy;
  const auto* s = find(doc, "DenyOutsideNetworkPerimeter");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->condition.at("StringNotEquals").at("aws:SourceVpce"), (std::vector<std::string>{"vpce-1"}));
  EXPECT_EQ(s->condition.at("NotIpAddress").at("aws:SourceIp"), (std::vector<std::string>{"203.0.113.0/24"}));
  EXPECT_EQ(s->condition.at("ArnNotLike").at("aws:PrincipalArn"),
            (std::vector<std::string>{"arn:aws:iam::111122223333:role/Admin"}));
}

TEST(Perimeter, PublicExceptionLeavesNothingToDeny) {
  const auto doc = policy_with(ir::Perimeter{ir::PerimeterKind::SourceIp, {"203.0.113.0/24"}, {everyone()}, origin(7)});
  EXPECT_EQ(find(doc, "DenyOutsideSourceIp"), nullptr);
}

}  // namespace
}  // namespace bslc::lower::testing
