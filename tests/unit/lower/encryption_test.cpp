#include <gtest/gtest.h>

#include "fixture.h"

namespace bslc::lower::testing {
namespace {

const std::string kObjects = "arn:aws:s3:::acme-records/*";
const std::string kKeyArn = "arn:aws:kms:us-east-1:111122223333:key/0f1e2d3c-aaaa-bbbb-cccc-1234567890ab";

ir::Bucket encrypted(ir::EncryptionMode mode, ir::KeyKind key = ir::KeyKind::None, bool require = true) {
  ir::Bucket b = bucket();
  b.encryption.mode = mode;
  b.encryption.key = key;
  if (key == ir::KeyKind::Arn) b.encryption.key_arn = kKeyArn;
  if (key == ir::KeyKind::New) b.encryption.key_alias = "alias/patient-records";
  b.encryption.origin = origin(3);
  b.encryption.key_origin = origin(4);
  b.encryption.require_header = require;
  b.encryption.require_origin = origin(5);
  return b;
}

TEST(Encryption, WithoutRequireHeaderOnlySseCIsRefused) {
  const auto l = run(bucket());
  const auto& doc = l.bucket().bucket_policy;
  expect_statement(doc, stmt("DenySseCUploads", Deny, star(), {"s3:PutObject"}, {kObjects},
                             {{"Null", {{"s3:x-amz-server-side-encryption-customer-algorithm", {"false"}}}}}));
  EXPECT_EQ(find(doc, "DenyWrongEncryptionAlgorithm"), nullptr);
}

TEST(Encryption, SseS3RequireHeaderDeniesMissingOrWrongAlgorithm) {
  const auto l = run(encrypted(ir::EncryptionMode::SseS3));
  const auto& doc = l.bucket().bucket_policy;
  // StringNotEquals is negated: an upload without the header is denied too.
  expect_statement(doc, stmt("DenyWrongEncryptionAlgorithm", Deny, star(), {"s3:PutObject"}, {kObjects},
                             {{"StringNotEquals", {{"s3:x-amz-server-side-encryption", {"AES256"}}}}}));
  EXPECT_EQ(line_of(doc.sources.at("DenyWrongEncryptionAlgorithm")), 5u);
  EXPECT_NE(find(doc, "DenySseCUploads"), nullptr);
}

TEST(Encryption, SseKmsWithKnownKeyPinsTheKeyArn) {
  const auto l = run(encrypted(ir::EncryptionMode::SseKms, ir::KeyKind::Arn));
  const auto& doc = l.bucket().bucket_policy;
  expect_statement(doc, stmt("DenyWrongEncryptionAlgorithm", Deny, star(), {"s3:PutObject"}, {kObjects},
                             {{"StringNotEquals", {{"s3:x-amz-server-side-encryption", {"aws:kms"}}}}}));
  // ArnNotEquals is negated: an absent key id (which would select aws/s3) is denied.
  expect_statement(doc, stmt("DenyWrongKmsKey", Deny, star(), {"s3:PutObject"}, {kObjects},
                             {{"ArnNotEquals", {{"s3:x-amz-server-side-encryption-aws-kms-key-id", {kKeyArn}}}}}));
  EXPECT_EQ(line_of(doc.sources.at("DenyWrongKmsKey")), 4u);
}

TEST(Encryption, SseKmsWithNewKeyRefusesMissingAndForeignKeys) {
  const auto l = run(encrypted(ir::EncryptionMode::SseKms, ir::KeyKind::New));
  const auto& doc = l.bucket().bucket_policy;
  expect_statement(
      doc,
      stmt("DenyForeignOrMissingKmsKey", Deny, star(), {"s3:PutObject"}, {kObjects},
           {{"ArnNotLike",
             {{"s3:x-amz-server-side-encryption-aws-kms-key-id", {"arn:aws:kms:us-east-1:111122223333:key/*"}}}}}));
  EXPECT_EQ(find(doc, "DenyWrongKmsKey"), nullptr);
  // Never an alias: conditions see key ARNs.
  for (const auto& s : doc.document.statements)
    for (const auto& [op, keys] : s.condition)
      for (const auto& [key, values] : keys)
        for (const auto& v : values) EXPECT_EQ(v.find("alias/"), std::string::npos) << s.sid;
}

TEST(Encryption, AwsManagedKeyChecksOnlyTheAlgorithm) {
  const auto l = run(encrypted(ir::EncryptionMode::SseKms, ir::KeyKind::AwsManaged));
  const auto& doc = l.bucket().bucket_policy;
  EXPECT_NE(find(doc, "DenyWrongEncryptionAlgorithm"), nullptr);
  EXPECT_EQ(find(doc, "DenyWrongKmsKey"), nullptr);
  EXPECT_EQ(find(doc, "DenyForeignOrMissingKmsKey"), nullptr);
}

TEST(Encryption, DsseKmsUsesItsOwnAlgorithmValue) {
  const auto l = run(encrypted(ir::EncryptionMode::DsseKms, ir::KeyKind::Arn));
  const auto& doc = l.bucket().bucket_policy;
  expect_statement(doc, stmt("DenyWrongEncryptionAlgorithm", Deny, star(), {"s3:PutObject"}, {kObjects},
                             {{"StringNotEquals", {{"s3:x-amz-server-side-encryption", {"aws:kms:dsse"}}}}}));
  EXPECT_NE(find(doc, "DenyWrongKmsKey"), nullptr);
}

TEST(Encryption, SseCModeRequiresTheCustomerAlgorithmHeader) {
  const auto l = run(encrypted(ir::EncryptionMode::SseC, ir::KeyKind::None, false));
  const auto& doc = l.bucket().bucket_policy;
  expect_statement(doc, stmt("DenyUploadsWithoutSseC", Deny, star(), {"s3:PutObject"}, {kObjects},
                             {{"Null", {{"s3:x-amz-server-side-encryption-customer-algorithm", {"true"}}}}}));
  EXPECT_EQ(find(doc, "DenySseCUploads"), nullptr);
  EXPECT_EQ(find(doc, "DenyWrongEncryptionAlgorithm"), nullptr);
  EXPECT_EQ(line_of(doc.sources.at("DenyUploadsWithoutSseC")), 3u);
}

TEST(Encryption, ClientSideStillRefusesSseC) {
  const auto l = run(encrypted(ir::EncryptionMode::ClientSide, ir::KeyKind::None, true));
  const auto& doc = l.bucket().bucket_policy;
  EXPECT_EQ(find(doc, "DenyWrongEncryptionAlgorithm"), nullptr);
  EXPECT_NE(find(doc, "DenySseCUploads"), nullptr);
}

TEST(Encryption, HeaderRequirementsExemptOnlyTheServicesThatWriteHere) {
  ir::Model m;
  ir::Bucket source = bucket("records", "acme-records");
  source.logging = ir::Logging{"logs", "acme-logs", "records/", origin(6)};
  ir::Bucket logs = bucket("logs", "acme-logs");
  logs.encryption.require_header = true;
  m.buckets = {source, logs};
  const auto l = run(m);
  expect_statement(l.bucket(1).bucket_policy,
                   stmt("DenyWrongEncryptionAlgorithm", Deny, star(), {"s3:PutObject"}, {"arn:aws:s3:::acme-logs/*"},
                        {{"StringNotEquals",
                          {{"aws:PrincipalServiceName", {"logging.s3.amazonaws.com"}},
                           {"s3:x-amz-server-side-encryption", {"AES256"}}}}}));
}

}  // namespace
}  // namespace bslc::lower::testing
