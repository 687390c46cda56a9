// BucketSimulator API surface beyond the corpus: policy-put checks, the public
// report, effective BPA, encryption reporting, feature notes in the trace.
#include "sim/bucket.h"

#include <gtest/gtest.h>

#include "policy/json.h"

namespace bslc::sim {
namespace {

policy::Document doc(const char* json) {
  auto r = policy::read_json(json);
  EXPECT_TRUE(r.ok());
  return r.document;
}

const char* kPublic = R"({"Version": "2012-10-17", "Statement": [
  {"Sid": "Fixed", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::222233334444:root"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"},
  {"Sid": "World", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]})";

TEST(BucketSimulator, PublicReportNamesThePublicStatement) {
  BucketConfig config;
  config.bucket_policy = doc(kPublic);
  const auto created = BucketSimulator::create(config);
  const auto& report = created.simulator.bucket_policy_report();
  EXPECT_TRUE(report.is_public);
  ASSERT_EQ(report.statements.size(), 1u);
  EXPECT_EQ(report.statements[0].index, 1u);
  EXPECT_EQ(report.statements[0].sid, "World");
  EXPECT_NE(report.statements[0].reason.find("wildcard principal"), std::string::npos);
}

TEST(BucketSimulator, BlockPublicPolicyFromEitherLevel) {
  for (int level = 0; level < 3; ++level) {
    BucketConfig config;
    if (level == 1) config.settings.public_access_block.block_public_policy = true;
    if (level == 2) config.settings.account_public_access_block.block_public_policy = true;
    const auto sim = BucketSimulator::create(config).simulator;
    const auto outcome = sim.put_bucket_policy(doc(kPublic));
    EXPECT_TRUE(outcome.report.is_public);
    EXPECT_EQ(outcome.accepted, level == 0) << level;
    if (level != 0) {
      EXPECT_NE(outcome.message.find("statement 1 (World)"), std::string::npos) << outcome.message;
    }
    EXPECT_EQ(sim.effective_public_access_block().block_public_policy, level != 0);
  }
}

TEST(BucketSimulator, RestrictPublicBucketsNoteExplainsTheIgnoredGrant) {
  BucketConfig config;
  config.bucket_policy = doc(kPublic);
  config.resource_account = "111122223333";
  config.settings.account_public_access_block.restrict_public_buckets = true;
  const auto sim = BucketSimulator::create(config).simulator;
  Request r;
  r.principal = "anonymous";
  r.action = "s3:GetObject";
  r.resource = "arn:aws:s3:::b/k";
  const auto result = sim.evaluate(r, {.trace = true});
  EXPECT_EQ(result.decision, Decision::ImplicitDeny);
  EXPECT_EQ(result.reason, Reason::PublicAccessBlock);
  ASSERT_EQ(result.notes.size(), 1u);
  EXPECT_NE(result.notes[0].find("RestrictPublicBuckets"), std::string::npos);
  EXPECT_NE(explain(result).find("(public_access_block)"), std::string::npos);
}

TEST(BucketSimulator, ReportsTheDefaultKmsKeyAndBucketKey) {
  BucketConfig config;
  config.resource_account = "111122223333";
  config.bucket_policy = doc(R"({"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/w"}, "Action": "s3:PutObject", "Resource": "arn:aws:s3:::b/*"}]})");
  config.settings.default_encryption =
      Encryption{SseAlgorithm::SseKms, "arn:aws:kms:us-east-1:111122223333:key/k", true};
  const auto sim = BucketSimulator::create(config).simulator;
  Request r;
  r.principal = "arn:aws:sts::111122223333:assumed-role/w/s";
  r.action = "s3:PutObject";
  r.resource = "arn:aws:s3:::b/k";
  const auto result = sim.evaluate(r, {.trace = true});
  ASSERT_TRUE(result.allowed());
  ASSERT_TRUE(result.encryption);
  EXPECT_EQ(result.encryption->algorithm, SseAlgorithm::SseKms);
  EXPECT_EQ(result.encryption->kms_key_arn, "arn:aws:kms:us-east-1:111122223333:key/k");
  EXPECT_TRUE(result.encryption->bucket_key);
  EXPECT_TRUE(result.encryption->from_bucket_default);
  // No key policy configured: the KMS call is reported as not checked.
  bool noted = false;
  for (const auto& n : result.notes) noted = noted || n.find("not checked") != std::string::npos;
  EXPECT_TRUE(noted);
  EXPECT_EQ(result.statements.size(), 1u);
  EXPECT_EQ(result.statements[0].label(), "bucket-policy#0");
}

TEST(BucketSimulator, AnonymousPrincipalAccountIsConfigurable) {
  BucketConfig config;
  config.bucket_policy = doc(R"({"Version": "2012-10-17", "Statement": [
    {"Sid": "OnlyWithAccount", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*",
     "Condition": {"Null": {"aws:PrincipalAccount": "false"}}}]})");
  Request r;
  r.principal = "anonymous";
  r.action = "s3:GetObject";
  r.resource = "arn:aws:s3:::b/k";
  EXPECT_EQ(BucketSimulator::create(config).simulator.evaluate(r).decision, Decision::Allow);
  config.anonymous_principal_account.clear();
  EXPECT_EQ(BucketSimulator::create(config).simulator.evaluate(r).decision, Decision::ImplicitDeny);
}

TEST(BucketSimulator, IdentityDocumentNames) {
  EXPECT_EQ(identity_document_name("arn:aws:iam::1:user/u", 0, 1), "identity:arn:aws:iam::1:user/u");
  EXPECT_EQ(identity_document_name("arn:aws:iam::1:user/u", 1, 2), "identity:arn:aws:iam::1:user/u[1]");
}

}  // namespace
}  // namespace bslc::sim
