// Lockout analysis on the model: E0416.
#include "fixture.h"

namespace bslc::check::testing {
namespace {

using diag::Code;

ir::Principal admin() {
  return principal(ir::PrincipalKind::Role, "admin", "arn:aws:iam::111122223333:role/Admin", "111122223333");
}

class Lockout : public ::testing::Test {
 protected:
  Spec spec{R"(bucket r {
  only_via vpce "vpce-1a2b3c4d"
  deny everyone [s3:*] unless aws:SourceVpce = "vpce-1a2b3c4d"
  mfa required for [s3:PutBucketPolicy]
})"};
  ir::Model model;
  void SetUp() override { model.buckets.push_back(bucket(spec, "r", "acme-r")); }
  ir::Bucket& b() { return model.buckets[0]; }
};

TEST_F(Lockout, PerimeterWithoutAdministratorException) {
  b().perimeters.push_back(
      ir::Perimeter{ir::PerimeterKind::VpcEndpoint, {"vpce-1a2b3c4d"}, {}, spec.origin("only_via vpce")});
  const auto d = expect_one(run(model), Code::E0416, spec.at("only_via vpce"));
  EXPECT_NE(d.help.find("except"), std::string::npos);
  EXPECT_NE(d.help.find("acknowledge E0416"), std::string::npos);
}

TEST_F(Lockout, PerimeterWithAdministratorException) {
  b().perimeters.push_back(
      ir::Perimeter{ir::PerimeterKind::VpcEndpoint, {"vpce-1a2b3c4d"}, {admin()}, spec.origin("only_via vpce")});
  expect_none(run(model), Code::E0416);
}

TEST_F(Lockout, PerimeterExceptingOnlyAServiceStillLocksOut) {
  auto svc = principal(ir::PrincipalKind::Service, "logs", "logging.s3.amazonaws.com", "");
  b().perimeters.push_back(
      ir::Perimeter{ir::PerimeterKind::SourceIp, {"203.0.113.0/24"}, {svc}, spec.origin("only_via vpce")});
  expect_one(run(model), Code::E0416, spec.at("only_via vpce"));
}

ir::CustomDeny deny_all(const Spec& spec, std::vector<ir::DenyCondition> unless) {
  ir::CustomDeny d;
  d.everyone = true;
  d.actions = {"s3:*"};
  d.unless = std::move(unless);
  d.origin = spec.origin("deny everyone");
  return d;
}

TEST_F(Lockout, CustomDenyPinnedToEndpoint) {
  b().denies.push_back(deny_all(
      spec, {ir::DenyCondition{
                "aws:SourceVpce", ir::CompareOp::Eq, {"vpce-1a2b3c4d"}, false, false, spec.origin("aws:SourceVpce")}}));
  expect_one(run(model), Code::E0416, spec.at("deny everyone"));
}

TEST_F(Lockout, CustomDenyWithoutConditions) {
  b().denies.push_back(deny_all(spec, {}));
  expect_one(run(model), Code::E0416, spec.at("deny everyone"));
}

TEST_F(Lockout, CustomDenyWithPrincipalEscape) {
  b().denies.push_back(deny_all(
      spec, {ir::DenyCondition{
                "aws:PrincipalArn", ir::CompareOp::Eq, {"arn:aws:iam::111122223333:role/Admin"}, false, false, {}}}));
  expect_none(run(model), Code::E0416);
}

TEST_F(Lockout, CustomDenyOnObjectsOrOthersOnly) {
  auto objects = deny_all(spec, {});
  objects.prefix = "exports/";
  b().denies.push_back(objects);
  auto reads = deny_all(spec, {});
  reads.actions = {"s3:GetObject"};
  b().denies.push_back(reads);
  auto one_role = deny_all(spec, {});
  one_role.everyone = false;
  one_role.who = {principal(ir::PrincipalKind::Role, "app", "arn:aws:iam::111122223333:role/App", "111122223333")};
  b().denies.push_back(one_role);
  expect_none(run(model), Code::E0416);
}

TEST_F(Lockout, MfaForPolicyActions) {
  b().mfa.push_back(ir::MfaRequirement{false, {"s3:PutBucketPolicy"}, spec.origin("mfa required")});
  expect_one(run(model), Code::E0416, spec.at("mfa required"));
  b().mfa[0] = ir::MfaRequirement{true, {}, spec.origin("mfa required")};
  expect_none(run(model), Code::E0416);
}

}  // namespace
}  // namespace bslc::check::testing
