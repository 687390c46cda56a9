// Encryption checks: E0401 E0412 E0413 E0417 E0422 W0402 W0403 W0413.
#include "fixture.h"

namespace bslc::check::testing {
namespace {

using diag::Code;

const char* kKeyArn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

TEST(Encryption, SseCWithoutTls) {
  Spec spec(R"(bucket up { encryption sse_c
  transport allow_http because "legacy" })");
  ir::Model m;
  auto b = bucket(spec, "up", "acme-uploads");
  b.encryption.mode = ir::EncryptionMode::SseC;
  b.encryption.origin = spec.origin("encryption sse_c");
  b.transport.tls_only = false;
  b.transport.origin = spec.origin("transport allow_http");
  m.buckets.push_back(b);
  const auto d = expect_one(run(m), Code::E0401, spec.at("encryption sse_c"));
  ASSERT_EQ(d.notes.size(), 1u);
  EXPECT_EQ(d.notes[0].loc.span, spec.at("transport allow_http").span);
}

TEST(Encryption, SseCWithTlsIsFine) {
  Spec spec("bucket up { encryption sse_c }");
  ir::Model m;
  auto b = bucket(spec, "up", "acme-uploads");
  b.encryption.mode = ir::EncryptionMode::SseC;
  b.encryption.origin = spec.origin("encryption sse_c");
  m.buckets.push_back(b);
  expect_none(run(m), Code::E0401);
}

TEST(Encryption, BucketKeyWithDsseIsAnError) {
  Spec spec("bucket r { encryption dsse_kms { bucket_key on } }");
  ir::Model m;
  auto b = bucket(spec, "r", "acme-r");
  b.encryption.mode = ir::EncryptionMode::DsseKms;
  b.encryption.origin = spec.origin("encryption dsse_kms");
  b.encryption.bucket_key = true;
  b.encryption.bucket_key_origin = spec.origin("bucket_key on");
  m.buckets.push_back(b);
  const auto ds = run(m);
  expect_one(ds, Code::E0417, spec.at("bucket_key on"));
  expect_none(ds, Code::W0413);
}

TEST(Encryption, BucketKeyWithoutKmsHasNoEffect) {
  Spec spec("bucket r { encryption sse_s3 { bucket_key on } }");
  ir::Model m;
  auto b = bucket(spec, "r", "acme-r");
  b.encryption.bucket_key = true;
  b.encryption.bucket_key_origin = spec.origin("bucket_key on");
  m.buckets.push_back(b);
  expect_one(run(m), Code::W0413, spec.at("bucket_key on"));
  b.encryption.mode = ir::EncryptionMode::SseKms;
  m.buckets = {b};
  const auto ds = run(m);
  expect_none(ds, Code::W0413);
  expect_none(ds, Code::E0417);
}

TEST(Encryption, KeyInAnotherRegion) {
  Spec spec(
      R"(bucket r { encryption sse_kms { key arn "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" } })");
  ir::Model m;
  auto b = bucket(spec, "r", "acme-r");
  b.encryption.mode = ir::EncryptionMode::SseKms;
  b.encryption.key = ir::KeyKind::Arn;
  b.encryption.key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
  b.encryption.key_origin = spec.origin("key arn");
  m.buckets.push_back(b);
  expect_one(run(m), Code::E0422, spec.at("key arn"));
  m.buckets[0].encryption.key_arn = kKeyArn;
  expect_none(run(m), Code::E0422);
}

TEST(Encryption, KeyNamedByAliasArn) {
  Spec spec(R"(bucket r { encryption sse_kms { key arn "arn:aws:kms:us-east-1:111122223333:alias/records" } })");
  ir::Model m;
  auto b = bucket(spec, "r", "acme-r");
  b.encryption.mode = ir::EncryptionMode::SseKms;
  b.encryption.key = ir::KeyKind::Arn;
  b.encryption.key_arn = "arn:aws:kms:us-east-1:111122223333:alias/records";
  b.encryption.key_origin = spec.origin("key arn");
  m.buckets.push_back(b);
  const auto ds = run(m);
  expect_one(ds, Code::W0403, spec.at("key arn"));
  expect_none(ds, Code::E0303);
}

TEST(Encryption, DenyConditionPinnedByAlias) {
  Spec spec(
      R"(bucket r { deny everyone s3:PutObject unless s3:x-amz-server-side-encryption-aws-kms-key-id = "alias/records" })");
  ir::Model m;
  auto b = bucket(spec, "r", "acme-r");
  ir::CustomDeny d;
  d.everyone = true;
  d.actions = {"s3:PutObject"};
  d.origin = spec.origin("deny everyone");
  d.unless.push_back(ir::DenyCondition{"s3:x-amz-server-side-encryption-aws-kms-key-id",
                                       ir::CompareOp::Eq,
                                       {"alias/records"},
                                       false,
                                       false,
                                       spec.origin("s3:x-amz-server-side-encryption-aws-kms-key-id =")});
  b.denies.push_back(d);
  m.buckets.push_back(b);
  expect_one(run(m), Code::W0403, spec.at("s3:x-amz-server-side-encryption-aws-kms-key-id ="));
  m.buckets[0].denies[0].unless[0].values = {kKeyArn};
  expect_none(run(m), Code::W0403);
}

ir::Model aws_managed_with_grant(const Spec& spec, ir::Principal grantee, ir::AccessLevel level) {
  ir::Model m;
  auto b = bucket(spec, "r", "acme-r");
  b.encryption.mode = ir::EncryptionMode::SseKms;
  b.encryption.origin = spec.origin("encryption sse_kms");
  b.grants.push_back(ir::Grant{std::move(grantee), level, "", "", spec.origin("grant partner")});
  m.buckets.push_back(b);
  return m;
}

TEST(Encryption, CrossAccountGrantWithAwsManagedKey) {
  Spec spec(R"(account partner = "444455556666"
bucket r { encryption sse_kms
  grant partner read })");
  const auto partner = principal(ir::PrincipalKind::Account, "partner", "444455556666", "444455556666");
  const auto d = expect_one(run(aws_managed_with_grant(spec, partner, ir::AccessLevel::Read)), Code::E0412,
                            spec.at("grant partner"));
  ASSERT_FALSE(d.notes.empty());
  EXPECT_EQ(d.notes[0].loc.span, spec.at("encryption sse_kms").span);
  // Listing needs no key; a same-account role needs no cross-account key policy.
  expect_none(run(aws_managed_with_grant(spec, partner, ir::AccessLevel::List)), Code::E0412);
  const auto local = principal(ir::PrincipalKind::Role, "app", "arn:aws:iam::111122223333:role/App", "111122223333");
  expect_none(run(aws_managed_with_grant(spec, local, ir::AccessLevel::ReadWrite)), Code::E0412);
}

TEST(Encryption, CustomerManagedKeyCanBeShared) {
  Spec spec(R"(bucket r { encryption sse_kms
  grant partner read })");
  auto m = aws_managed_with_grant(
      spec, principal(ir::PrincipalKind::Account, "partner", "444455556666", "444455556666"), ir::AccessLevel::Read);
  m.buckets[0].encryption.key = ir::KeyKind::New;
  expect_none(run(m), Code::E0412);
}

TEST(Encryption, PublicReadOfKmsObjects) {
  Spec spec(R"(bucket r { encryption sse_kms
  grant partner read })");
  auto pub = principal(ir::PrincipalKind::Public, "public", "*", "");
  auto m = aws_managed_with_grant(spec, pub, ir::AccessLevel::Read);
  m.buckets[0].encryption.key = ir::KeyKind::New;
  m.buckets[0].public_access = ir::PublicAccess{false, false, false, false, "site", spec.origin("encryption")};
  expect_one(run(m), Code::E0413, spec.at("grant partner"));
  m.buckets[0].encryption.mode = ir::EncryptionMode::SseS3;
  expect_none(run(m), Code::E0413);
}

TEST(Encryption, RequireHeaderWithDefaultEncryption) {
  Spec spec(R"(bucket r { encryption sse_kms { require header } })");
  ir::Model m;
  auto b = bucket(spec, "r", "acme-r");
  b.encryption.mode = ir::EncryptionMode::SseKms;
  b.encryption.key = ir::KeyKind::New;
  b.encryption.origin = spec.origin("encryption sse_kms");
  b.encryption.require_header = true;
  b.encryption.require_origin = spec.origin("require header");
  m.buckets.push_back(b);
  const auto d = expect_one(run(m), Code::W0402, spec.at("require header"));
  EXPECT_NE(d.message.find("aws:kms"), std::string::npos);
  m.buckets[0].encryption.require_header = false;
  expect_none(run(m), Code::W0402);
}

}  // namespace
}  // namespace bslc::check::testing
