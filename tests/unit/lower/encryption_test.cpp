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

// Multipart parts (UploadPart, CompleteMultipartUpload) never carry the
// encryption headers: every deny on them must need the header to be PRESENT
// (a Null false guard or a positive operator), or large uploads break.
const policy::ConditionBlock kAlgorithmPresent{{"Null", {{"s3:x-amz-server-side-encryption", {"false"}}}}};

policy::ConditionBlock wrong_algorithm(const std::string& algorithm) {
  auto c = kAlgorithmPresent;
  c["StringNotEquals"]["s3:x-amz-server-side-encryption"] = {algorithm};
  return c;
}

policy::ConditionBlock foreign_key(const std::string& op, const std::string& key) {
  policy::ConditionBlock c{{"Null", {{"s3:x-amz-server-side-encryption-aws-kms-key-id", {"false"}}}}};
  c[op]["s3:x-amz-server-side-encryption-aws-kms-key-id"] = {key};
  return c;
}

TEST(Encryption, SseS3RequireHeaderDeniesOnlyAPresentWrongAlgorithm) {
  const auto l = run(encrypted(ir::EncryptionMode::SseS3));
  const auto& doc = l.bucket().bucket_policy;
  expect_statement(
      doc, stmt("DenyWrongEncryptionAlgorithm", Deny, star(), {"s3:PutObject"}, {kObjects}, wrong_algorithm("AES256")));
  EXPECT_EQ(line_of(doc.sources.at("DenyWrongEncryptionAlgorithm")), 5u);
  EXPECT_NE(find(doc, "DenySseCUploads"), nullptr);
}

TEST(Encryption, SseKmsWithKnownKeyPinsTheKeyArn) {
  const auto l = run(encrypted(ir::EncryptionMode::SseKms, ir::KeyKind::Arn));
  const auto& doc = l.bucket().bucket_policy;
  expect_statement(doc, stmt("DenyWrongEncryptionAlgorithm", Deny, star(), {"s3:PutObject"}, {kObjects},
                             wrong_algorithm("aws:kms")));
  expect_statement(
      doc, stmt("DenyWrongKmsKey", Deny, star(), {"s3:PutObject"}, {kObjects}, foreign_key("ArnNotEquals", kKeyArn)));
  // aws:kms without a key id selects the AWS managed key aws/s3.
  expect_statement(doc, stmt("DenyAwsManagedKeyFallback", Deny, star(), {"s3:PutObject"}, {kObjects},
                             {{"StringEquals", {{"s3:x-amz-server-side-encryption", {"aws:kms"}}}},
                              {"Null", {{"s3:x-amz-server-side-encryption-aws-kms-key-id", {"true"}}}}}));
  EXPECT_EQ(line_of(doc.sources.at("DenyWrongKmsKey")), 4u);
}

TEST(Encryption, SseKmsDeniesForeignKeysEvenWithoutRequireHeader) {
  const auto l = run(encrypted(ir::EncryptionMode::SseKms, ir::KeyKind::Arn, false));
  const auto& doc = l.bucket().bucket_policy;
  expect_statement(doc, stmt("DenyWrongEncryptionAlgorithm", Deny, star(), {"s3:PutObject"}, {kObjects},
                             wrong_algorithm("aws:kms")));
  EXPECT_NE(find(doc, "DenyWrongKmsKey"), nullptr);
  EXPECT_NE(find(doc, "DenyAwsManagedKeyFallback"), nullptr);
  EXPECT_EQ(line_of(doc.sources.at("DenyWrongEncryptionAlgorithm")), 3u);
}

TEST(Encryption, SseKmsWithNewKeyRefusesForeignKeys) {
  const auto l = run(encrypted(ir::EncryptionMode::SseKms, ir::KeyKind::New));
  const auto& doc = l.bucket().bucket_policy;
  expect_statement(doc, stmt("DenyForeignKmsKey", Deny, star(), {"s3:PutObject"}, {kObjects},
                             foreign_key("ArnNotLike", "arn:aws:kms:us-east-1:111122223333:key/*")));
  EXPECT_EQ(find(doc, "DenyWrongKmsKey"), nullptr);
  // Never an alias: conditions see key ARNs.
  for (const auto& s : doc.document.statements)
    for (const auto& [op, keys] : s.condition)
      for (const auto& [key, values] : keys)
        for (const auto& v : values) EXPECT_EQ(v.find("alias/"), std::string::npos) << s.sid;
}

TEST(Encryption, NoDenyFiresOnAnUploadWithoutHeaders) {
  for (auto mode : {ir::EncryptionMode::SseS3, ir::EncryptionMode::SseKms, ir::EncryptionMode::DsseKms}) {
    for (auto key : {ir::KeyKind::None, ir::KeyKind::New, ir::KeyKind::Arn, ir::KeyKind::AwsManaged}) {
      const auto l = run(encrypted(mode, key));
      for (const auto& s : l.bucket().bucket_policy.document.statements) {
        bool guarded = false;
        for (const auto& [op, keys] : s.condition)
          for (const auto& [k, values] : keys)
            if (k.starts_with("s3:x-amz-server-side-encryption") &&
                ((op == "Null" && values == std::vector<std::string>{"false"}) || op == "StringEquals"))
              guarded = true;
        bool names_header = false;
        for (const auto& [op, keys] : s.condition)
          for (const auto& [k, values] : keys) names_header = names_header || k.starts_with("s3:x-amz-server-side");
        if (names_header) EXPECT_TRUE(guarded) << s.sid << " fires on an upload without encryption headers";
      }
    }
  }
}

TEST(Encryption, AwsManagedKeyChecksOnlyTheAlgorithm) {
  const auto l = run(encrypted(ir::EncryptionMode::SseKms, ir::KeyKind::AwsManaged));
  const auto& doc = l.bucket().bucket_policy;
  EXPECT_NE(find(doc, "DenyWrongEncryptionAlgorithm"), nullptr);
  EXPECT_EQ(find(doc, "DenyWrongKmsKey"), nullptr);
  EXPECT_EQ(find(doc, "DenyForeignKmsKey"), nullptr);
  EXPECT_EQ(find(doc, "DenyAwsManagedKeyFallback"), nullptr);
}

TEST(Encryption, DsseKmsUsesItsOwnAlgorithmValue) {
  const auto l = run(encrypted(ir::EncryptionMode::DsseKms, ir::KeyKind::Arn));
  const auto& doc = l.bucket().bucket_policy;
  expect_statement(doc, stmt("DenyWrongEncryptionAlgorithm", Deny, star(), {"s3:PutObject"}, {kObjects},
                             wrong_algorithm("aws:kms:dsse")));
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

TEST(Encryption, SseCUploadDenyExemptsOnlyTheServicesThatWriteHere) {
  ir::Model m;
  ir::Bucket source = bucket("records", "acme-records");
  source.logging = ir::Logging{"logs", "acme-logs", "records/", origin(6)};
  ir::Bucket logs = bucket("logs", "acme-logs");
  logs.encryption.mode = ir::EncryptionMode::SseC;
  m.buckets = {source, logs};
  const auto l = run(m);
  expect_statement(l.bucket(1).bucket_policy,
                   stmt("DenyUploadsWithoutSseC", Deny, star(), {"s3:PutObject"}, {"arn:aws:s3:::acme-logs/*"},
                        {{"StringNotEquals", {{"aws:PrincipalServiceName", {"logging.s3.amazonaws.com"}}}},
                         {"Null", {{"s3:x-amz-server-side-encryption-customer-algorithm", {"true"}}}}}));
}

}  // namespace
}  // namespace bslc::lower::testing
