// Access checks: E0406 E0414 W0401 W0405 W0406 W0411 W0414.
#include "fixture.h"

namespace bslc::check::testing {
namespace {

using diag::Code;

ir::Principal everyone() { return principal(ir::PrincipalKind::Public, "public", "*", ""); }
ir::Principal partner() { return principal(ir::PrincipalKind::Account, "partner", "444455556666", "444455556666"); }

TEST(PublicGrant, BlockedByDefaultBpa) {
  Spec spec(R"(bucket site { grant public read because "site" })");
  ir::Model m;
  auto b = bucket(spec, "site", "acme-site");
  b.grants.push_back(ir::Grant{everyone(), ir::AccessLevel::Read, "", "site", spec.origin("grant public read")});
  m.buckets.push_back(b);
  const auto d = expect_one(run(m), Code::E0406, spec.at("grant public read"));
  ASSERT_EQ(d.notes.size(), 1u);
  EXPECT_EQ(d.notes[0].loc.span, b.loc.span);  // the default BPA has no line of its own
  EXPECT_NE(d.notes[0].message.find("by default"), std::string::npos);
}

TEST(PublicGrant, AllowedWhenPolicyOpened) {
  Spec spec(R"(bucket site { public_access allow policy because "site"
  grant public read because "site" })");
  ir::Model m;
  auto b = bucket(spec, "site", "acme-site");
  b.public_access = ir::PublicAccess{true, true, false, false, "site", spec.origin("public_access allow")};
  b.grants.push_back(ir::Grant{everyone(), ir::AccessLevel::Read, "", "site", spec.origin("grant public read")});
  m.buckets.push_back(b);
  const auto ds = run(m);
  expect_none(ds, Code::E0406);
  expect_none(ds, Code::W0414);
  // Policy allowed but RestrictPublicBuckets still on: the grant is dead.
  m.buckets[0].public_access.restrict_public_buckets = true;
  const auto d = expect_one(run(m), Code::W0414, spec.at("grant public read"));
  EXPECT_EQ(d.notes[0].loc.span, spec.at("public_access allow").span);
}

TEST(Ownership, AclsWithForeignWriters) {
  Spec spec(R"(bucket drop { ownership object_writer because "legacy"
  grant partner write })");
  ir::Model m;
  auto b = bucket(spec, "drop", "acme-drop");
  b.ownership = ir::Ownership::ObjectWriter;
  b.ownership_origin = spec.origin("ownership object_writer");
  b.grants.push_back(ir::Grant{partner(), ir::AccessLevel::Write, "", "", spec.origin("grant partner write")});
  m.buckets.push_back(b);
  const auto d = expect_one(run(m), Code::W0406, spec.at("grant partner write"));
  EXPECT_EQ(d.notes[0].loc.span, spec.at("ownership object_writer").span);
  m.buckets[0].grants[0].level = ir::AccessLevel::Read;
  expect_none(run(m), Code::W0406);
  m.buckets[0].grants[0].level = ir::AccessLevel::Write;
  m.buckets[0].ownership = ir::Ownership::BucketOwnerEnforced;
  expect_none(run(m), Code::W0406);
}

TEST(Cors, WildcardOriginWithWrites) {
  Spec spec(R"(bucket web { cors { allow origins ["*"] methods [GET, PUT] } })");
  ir::Model m;
  auto b = bucket(spec, "web", "acme-web");
  ir::CorsRule rule;
  rule.origins = {"*"};
  rule.methods = {ir::HttpMethod::Get, ir::HttpMethod::Put};
  rule.origin = spec.origin("allow origins");
  b.cors.push_back(rule);
  m.buckets.push_back(b);
  const auto d = expect_one(run(m), Code::W0405, spec.at("allow origins"));
  EXPECT_NE(d.message.find("`PUT`"), std::string::npos);
  m.buckets[0].cors[0].methods = {ir::HttpMethod::Get, ir::HttpMethod::Head};
  expect_none(run(m), Code::W0405);
  m.buckets[0].cors[0].methods = {ir::HttpMethod::Put};
  m.buckets[0].cors[0].origins = {"https://app.example.com"};
  expect_none(run(m), Code::W0405);
}

TEST(Tags, RestrictionWithoutProtection) {
  Spec spec(R"(bucket r { restrict tag Classification = "PHI" to principal_tag Clearance = "PHI"
  protect tag classification except admin })");
  ir::Model m;
  auto b = bucket(spec, "r", "acme-r");
  b.tag_restrictions.push_back(
      ir::TagRestriction{"Classification", "PHI", "Clearance", "PHI", spec.origin("restrict tag")});
  m.buckets.push_back(b);
  expect_one(run(m), Code::W0411, spec.at("restrict tag"));
  m.buckets[0].protected_tags.push_back(ir::ProtectedTag{"classification", {}, spec.origin("protect tag")});
  expect_none(run(m), Code::W0411);
}

TEST(Presigned, MaxAgeAboveSevenDays) {
  Spec spec("bucket r { presigned max_age 8 days }");
  ir::Model m;
  auto b = bucket(spec, "r", "acme-r");
  b.presigned.max_age_seconds = 8 * 86400;
  b.presigned.origin = spec.origin("presigned max_age 8 days");
  m.buckets.push_back(b);
  const auto d = expect_one(run(m), Code::E0414, spec.at("presigned max_age 8 days"));
  EXPECT_NE(d.message.find("8 days"), std::string::npos);
  m.buckets[0].presigned.max_age_seconds = 7 * 86400;
  expect_none(run(m), Code::E0414);
  m.buckets[0].presigned.max_age_seconds = 0;
  expect_one(run(m), Code::E0414, spec.at("presigned max_age 8 days"));
}

TEST(SourceIp, PrivateRangesInPerimeterAndDeny) {
  Spec spec(R"(bucket r { only_via source_ip ["10.0.0.0/8", "203.0.113.0/24"] except admin
  deny everyone s3:GetObject unless aws:SourceIp = "192.168.1.0/24" })");
  ir::Model m;
  auto b = bucket(spec, "r", "acme-r");
  const auto admin =
      principal(ir::PrincipalKind::Role, "admin", "arn:aws:iam::111122223333:role/Admin", "111122223333");
  b.perimeters.push_back(ir::Perimeter{
      ir::PerimeterKind::SourceIp, {"10.0.0.0/8", "203.0.113.0/24"}, {admin}, spec.origin("only_via source_ip")});
  ir::CustomDeny d;
  d.everyone = true;
  d.actions = {"s3:GetObject"};
  d.origin = spec.origin("deny everyone");
  d.unless.push_back(ir::DenyCondition{
      "aws:SourceIp", ir::CompareOp::Eq, {"192.168.1.0/24"}, false, false, spec.origin("aws:SourceIp = ")});
  b.denies.push_back(d);
  m.buckets.push_back(b);
  const auto ds = run(m);
  const auto found = with_code(ds, Code::W0401);
  ASSERT_EQ(found.size(), 2u) << codes(ds);
  EXPECT_EQ(found[0].loc.span, spec.at("only_via source_ip").span);
  EXPECT_NE(found[0].message.find("`10.0.0.0/8`"), std::string::npos);
  EXPECT_EQ(found[1].loc.span, spec.at("aws:SourceIp = ").span);
  m.buckets[0].perimeters[0].values = {"203.0.113.0/24"};
  m.buckets[0].denies.clear();
  expect_none(run(m), Code::W0401);
}

}  // namespace
}  // namespace bslc::check::testing
