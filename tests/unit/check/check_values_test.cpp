// E03xx on the model: each malformed value is reported once, at its span.
#include "fixture.h"

namespace bslc::check::testing {
namespace {

using diag::Code;

TEST(ModelValues, BucketNameAtItsSetting) {
  Spec spec(R"(bucket records { name "Acme_Records" region "us-east-1" })");
  ir::Model m;
  m.buckets.push_back(bucket(spec, "records", "Acme_Records"));
  m.buckets[0].name_origin = spec.origin("\"Acme_Records\"");
  const auto d = expect_one(run(m), Code::E0301, spec.at("\"Acme_Records\""));
  EXPECT_NE(d.message.find("`Acme_Records`"), std::string::npos);
}

TEST(ModelValues, DerivedBucketNamePointsAtBucket) {
  Spec spec("bucket ab {}");
  ir::Model m;
  m.buckets.push_back(bucket(spec, "ab", "ab"));
  const auto d = expect_one(run(m), Code::E0301, m.buckets[0].loc);
  EXPECT_NE(d.help.find("name"), std::string::npos);
}

TEST(ModelValues, ValidBucketIsClean) {
  Spec spec(R"(bucket records { name "acme-records" })");
  ir::Model m;
  m.buckets.push_back(bucket(spec, "records", "acme-records"));
  EXPECT_TRUE(run(m).empty()) << codes(run(m));
}

TEST(ModelValues, RegionAndAccount) {
  Spec spec(R"(bucket records { region "us-east" account "1234" })");
  ir::Model m;
  auto b = bucket(spec, "records", "acme-records");
  b.region = "us-east";
  b.region_origin = spec.origin("\"us-east\"");
  b.account = "1234";
  b.account_origin = spec.origin("\"1234\"");
  m.buckets.push_back(b);
  const auto ds = run(m);
  expect_one(ds, Code::E0309, spec.at("\"us-east\""));
  expect_one(ds, Code::E0302, spec.at("\"1234\""));
}

TEST(ModelValues, UnknownButWellFormedRegionWarns) {
  Spec spec(R"(bucket records { region "xx-nowhere-9" })");
  ir::Model m;
  auto b = bucket(spec, "records", "acme-records");
  b.region = "xx-nowhere-9";
  b.region_origin = spec.origin("\"xx-nowhere-9\"");
  m.buckets.push_back(b);
  const auto ds = run(m);
  expect_one(ds, Code::W0301, spec.at("\"xx-nowhere-9\""));
  expect_none(ds, Code::E0309);
}

TEST(ModelValues, PrincipalConstantReportedOnceAtItsDefinition) {
  Spec spec(R"(role admin = "arn:aws:iam::111122223333:user/alice"
bucket a { grant admin read }
bucket b { grant admin read })");
  const ir::Principal admin = principal(ir::PrincipalKind::Role, "admin", "arn:aws:iam::111122223333:user/alice",
                                        "111122223333", spec.origin("\"arn:aws:iam::111122223333:user/alice\""));
  ir::Model m;
  for (const char* id : {"a", "b"}) {
    auto b = bucket(spec, id, std::string("acme-") + id + "-bucket");
    b.grants.push_back(ir::Grant{admin, ir::AccessLevel::Read, "", "", spec.origin(std::string("grant admin read }"))});
    m.buckets.push_back(b);
  }
  expect_one(run(m), Code::E0303, spec.at("\"arn:aws:iam::111122223333:user/alice\""));
}

TEST(ModelValues, KeyArnAliasAndTls) {
  Spec spec(R"(bucket records { encryption sse_kms { key arn "arn:aws:kms:us-east-1:111122223333:key/nope" }
  transport tls_only { min_version 1.4 } })");
  ir::Model m;
  auto b = bucket(spec, "records", "acme-records");
  b.encryption.mode = ir::EncryptionMode::SseKms;
  b.encryption.key = ir::KeyKind::Arn;
  b.encryption.key_arn = "arn:aws:kms:us-east-1:111122223333:key/nope";
  b.encryption.key_origin = spec.origin("\"arn:aws:kms:us-east-1:111122223333:key/nope\"");
  b.transport.min_tls = "1.4";
  b.transport.min_tls_origin = spec.origin("1.4");
  m.buckets.push_back(b);
  const auto ds = run(m);
  expect_one(ds, Code::E0303, spec.at("\"arn:aws:kms:us-east-1:111122223333:key/nope\""));
  expect_one(ds, Code::E0310, spec.at("1.4"));
}

TEST(ModelValues, NewKeyAlias) {
  Spec spec(R"(bucket records { encryption sse_kms { key new "alias/aws/mine" } })");
  ir::Model m;
  auto b = bucket(spec, "records", "acme-records");
  b.encryption.mode = ir::EncryptionMode::SseKms;
  b.encryption.key = ir::KeyKind::New;
  b.encryption.key_alias = "alias/aws/mine";
  b.encryption.key_origin = spec.origin("key new \"alias/aws/mine\"");
  m.buckets.push_back(b);
  expect_one(run(m), Code::E0308, spec.at("key new \"alias/aws/mine\""));
}

TEST(ModelValues, PerimeterValuesByKind) {
  Spec spec(R"(bucket records {
  only_via vpce "vpce-XYZ" except admin
  only_via vpc "vpc-1" except admin
  only_via source_ip "203.0.113.0/33" except admin
})");
  const ir::Principal admin =
      principal(ir::PrincipalKind::Role, "admin", "arn:aws:iam::111122223333:role/Admin", "111122223333");
  ir::Model m;
  auto b = bucket(spec, "records", "acme-records");
  b.perimeters.push_back(
      ir::Perimeter{ir::PerimeterKind::VpcEndpoint, {"vpce-XYZ"}, {admin}, spec.origin("only_via vpce")});
  b.perimeters.push_back(ir::Perimeter{ir::PerimeterKind::Vpc, {"vpc-1"}, {admin}, spec.origin("only_via vpc ")});
  b.perimeters.push_back(
      ir::Perimeter{ir::PerimeterKind::SourceIp, {"203.0.113.0/33"}, {admin}, spec.origin("only_via source_ip")});
  m.buckets.push_back(b);
  const auto ds = run(m);
  expect_one(ds, Code::E0306, spec.at("only_via vpce"));
  expect_one(ds, Code::E0305, spec.at("only_via vpc "));
  expect_one(ds, Code::E0304, spec.at("only_via source_ip"));
}

TEST(ModelValues, OrgServiceAndDenyConditions) {
  Spec spec(R"(org acme = "o-short"
service logs = "logging.example.com"
bucket records {
  grant org acme list
  grant logs write
  deny everyone [s3:GetObject] unless aws:SourceVpce = "vpce-bad" and SourceIp = "1.2.3.4"
})");
  ir::Model m;
  auto b = bucket(spec, "records", "acme-records");
  b.grants.push_back(ir::Grant{principal(ir::PrincipalKind::Org, "acme", "o-short", "", spec.origin("\"o-short\"")),
                               ir::AccessLevel::List, "", "", spec.origin("grant org acme list")});
  b.grants.push_back(ir::Grant{
      principal(ir::PrincipalKind::Service, "logs", "logging.example.com", "", spec.origin("\"logging.example.com\"")),
      ir::AccessLevel::Write, "", "", spec.origin("grant logs write")});
  ir::CustomDeny d;
  d.everyone = true;
  d.actions = {"s3:GetObject"};
  d.origin = spec.origin("deny everyone");
  d.unless.push_back(ir::DenyCondition{
      "aws:SourceVpce", ir::CompareOp::Eq, {"vpce-bad"}, false, false, spec.origin("aws:SourceVpce = \"vpce-bad\"")});
  d.unless.push_back(ir::DenyCondition{
      "SourceIp", ir::CompareOp::Eq, {"1.2.3.4"}, false, false, spec.origin("SourceIp = \"1.2.3.4\"")});
  b.denies.push_back(d);
  m.buckets.push_back(b);
  const auto ds = run(m);
  expect_one(ds, Code::E0307, spec.at("\"o-short\""));
  expect_one(ds, Code::E0311, spec.at("\"logging.example.com\""));
  expect_one(ds, Code::E0306, spec.at("aws:SourceVpce = \"vpce-bad\""));
  expect_one(ds, Code::E0312, spec.at("SourceIp = \"1.2.3.4\""));
}

TEST(ModelValues, NotificationDestinationMustMatchTarget) {
  Spec spec(R"(bucket records { notify object_created to sns "arn:aws:sqs:us-east-1:111122223333:q" })");
  ir::Model m;
  auto b = bucket(spec, "records", "acme-records");
  b.notifications.push_back(ir::Notification{"s3:ObjectCreated:*", "", "", ir::NotifyTarget::Sns,
                                             "arn:aws:sqs:us-east-1:111122223333:q",
                                             spec.origin("notify object_created")});
  m.buckets.push_back(b);
  const auto d = expect_one(run(m), Code::E0303, spec.at("notify object_created"));
  EXPECT_NE(d.help.find("SNS topic"), std::string::npos);
}

TEST(ModelValues, Vaults) {
  Spec spec(R"(vault cold { name "acme cold" region "mars-1" })");
  ir::Model m;
  ir::Vault v;
  v.id = "cold";
  v.name = "acme cold";
  v.region = "mars-1";
  v.loc = spec.at("cold");
  m.vaults.push_back(v);
  const auto ds = run(m);
  expect_one(ds, Code::E0313, spec.at("cold"));
  expect_one(ds, Code::E0309, spec.at("cold"));
}

}  // namespace
}  // namespace bslc::check::testing
