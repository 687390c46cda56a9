#include "sim/batch.h"

#include <gtest/gtest.h>

#include <sstream>

#include "policy/json.h"
#include "sim/inputs_json.h"

namespace bslc::sim {
namespace {

TEST(BatchRequestLine, ParsesEveryValueKind) {
  const auto parsed = parse_request_line(R"({"id": "r1", "principal": "anonymous", "action": "s3:GetObject",
    "resource": "arn:aws:s3:::b/k", "context": {"aws:SecureTransport": true, "s3:TlsVersion": 1.2,
    "aws:SourceIp": "1.2.3.4", "aws:TagKeys": ["a", "b"], "s3:max-keys": 10},
    "object": {"lock_mode": "COMPLIANCE", "legal_hold": true}})");
  ASSERT_TRUE(parsed.line) << parsed.error;
  const Request& r = parsed.line->request;
  EXPECT_EQ(parsed.line->id, "r1");
  EXPECT_EQ(r.find("aws:SecureTransport")->kind, ContextValue::Kind::Bool);
  EXPECT_EQ(r.find("aws:SecureTransport")->text, "true");
  EXPECT_EQ(r.find("s3:TlsVersion")->kind, ContextValue::Kind::Number);
  EXPECT_EQ(r.find("s3:TlsVersion")->text, "1.2");
  EXPECT_EQ(r.find("s3:max-keys")->text, "10");
  EXPECT_EQ(r.find("aws:TagKeys")->items, (std::vector<std::string>{"a", "b"}));
  ASSERT_TRUE(r.object);
  EXPECT_EQ(r.object->lock_mode, LockMode::Compliance);
  EXPECT_TRUE(r.object->legal_hold);
}

TEST(BatchRequestLine, RejectsBadLinesWithReasons) {
  const std::pair<const char*, const char*> cases[] = {
      {"{", "invalid JSON at byte 1"},
      {"[]", "must be a JSON object"},
      {R"({"principal": "anonymous", "action": "a:b", "resource": "r"})", "no `id`"},
      {R"({"id": "x", "action": "a:b", "resource": "r"})", "no `principal`"},
      {R"({"id": "x", "principal": "bob", "action": "a:b", "resource": "r"})", "`bob` is not an ARN"},
      {R"({"id": "x", "principal": "anonymous", "action": 1, "resource": "r"})", "`action` must be a string"},
      {R"({"id": "x", "principal": "anonymous", "action": "a:b", "resource": "r", "context": {"k": null}})",
       "context `k`"},
      {R"({"id": "x", "principal": "anonymous", "action": "a:b", "resource": "r", "contxt": {}})",
       "unknown member `contxt`"},
      {R"({"id": "x", "principal": "anonymous", "action": "a:b", "resource": "r", "object": {"lock_mode": "x"}})",
       "object.lock_mode"},
  };
  for (const auto& [line, fragment] : cases) {
    const auto parsed = parse_request_line(line);
    EXPECT_FALSE(parsed.line) << line;
    EXPECT_NE(parsed.error.find(fragment), std::string::npos) << line << " -> " << parsed.error;
  }
}

TEST(Batch, RunsLinesReportsBadOnesByNumberAndContinues) {
  BucketConfig config;
  config.resource_account = "111122223333";
  config.bucket_policy = policy::read_json(R"({"Version": "2012-10-17", "Statement": [
    {"Sid": "PublicRead", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/public/*"},
    {"Sid": "NoHttp", "Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "arn:aws:s3:::b/*",
     "Condition": {"Bool": {"aws:SecureTransport": "false"}}},
    {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/w"}, "Action": "s3:PutObject", "Resource": "arn:aws:s3:::b/*"}]})")
                             .document;
  const auto sim = BucketSimulator::create(config).simulator;
  std::istringstream in(
      "{\"id\": \"a\", \"principal\": \"anonymous\", \"action\": \"s3:GetObject\", \"resource\": "
      "\"arn:aws:s3:::b/public/x\"}\n"
      "\n"
      "not json\r\n"
      "{\"id\": \"b\", \"principal\": \"anonymous\", \"action\": \"s3:GetObject\", \"resource\": "
      "\"arn:aws:s3:::b/public/x\","
      " \"context\": {\"aws:SecureTransport\": false}}\n"
      "{\"id\": \"c\", \"principal\": \"anonymous\", \"action\": \"s3:GetObject\", \"resource\": "
      "\"arn:aws:s3:::b/secret\"}\n"
      "{\"id\": \"d\", \"principal\": \"arn:aws:sts::111122223333:assumed-role/w/s\", \"action\": \"s3:PutObject\","
      " \"resource\": \"arn:aws:s3:::b/k\"}\n"
      "{\"id\": \"e\"}\n");
  std::ostringstream out;
  const auto report = run_batch(sim, in, out);
  EXPECT_EQ(out.str(),
            "{\"id\":\"a\",\"decision\":\"allow\",\"statements\":[\"PublicRead\"]}\n"
            "{\"id\":\"b\",\"decision\":\"explicit_deny\",\"statements\":[\"NoHttp\"]}\n"
            "{\"id\":\"c\",\"decision\":\"implicit_deny\",\"statements\":[]}\n"
            "{\"id\":\"d\",\"decision\":\"allow\",\"statements\":[\"bucket-policy#2\"],\"encryption\":\"AES256\"}\n");
  EXPECT_EQ(report.evaluated, 4u);
  EXPECT_EQ(report.allowed, 2u);
  EXPECT_EQ(report.explicit_denies, 1u);
  EXPECT_EQ(report.implicit_denies, 1u);
  ASSERT_EQ(report.errors.size(), 2u);
  EXPECT_EQ(report.errors[0].line, 3u);
  EXPECT_EQ(report.errors[1].line, 7u);
  EXPECT_NE(report.errors[1].message.find("no `principal`"), std::string::npos);
  EXPECT_FALSE(report.ok());
}

TEST(Batch, ResultLineCarriesReasonAndError) {
  Result r;
  r.decision = Decision::ExplicitDeny;
  r.reason = Reason::ObjectLock;
  EXPECT_EQ(format_result_line("x", r),
            R"({"id":"x","decision":"explicit_deny","statements":[],"reason":"object_lock"})");
  r.reason = Reason::InvalidRequest;
  r.error = "bad";
  EXPECT_EQ(format_result_line("y", r),
            R"({"id":"y","decision":"explicit_deny","statements":[],"reason":"invalid_request","error":"bad"})");
}

TEST(BatchInputs, LoadsEveryFileAndLabelsErrors) {
  BatchInputs inputs;
  inputs.bucket_policy_json =
      R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"}]})";
  inputs.identities_json =
      R"({"arn:aws:iam::1:user/u": [{"Statement": [{"Effect": "Maybe", "Action": "s3:*", "Resource": "*"}]}]})";
  inputs.kms_key_policy_json = "{";
  inputs.settings_json =
      R"({"region": "eu-west-1", "public_access_block": {"BlockPublicPolicy": true, "restrict_public_buckets": 1}, "colour": "red"})";
  inputs.resource_account = "111122223333";
  const auto loaded = load_bucket_config(inputs);
  EXPECT_FALSE(loaded.ok());
  std::vector<std::string> seen;
  for (const auto& e : loaded.errors) seen.push_back(e.input + " | " + e.error.path + " | " + e.error.message);
  ASSERT_EQ(seen.size(), 4u) << ::testing::PrintToString(seen);
  EXPECT_NE(seen[0].find("identities | [\"arn:aws:iam::1:user/u\"][0].Statement[0].Effect | "), std::string::npos)
      << seen[0];
  EXPECT_NE(seen[1].find("KMS key policy |  | invalid JSON at byte 1"), std::string::npos) << seen[1];
  EXPECT_NE(seen[2].find("settings | public_access_block.restrict_public_buckets | expected true or false"),
            std::string::npos)
      << seen[2];
  EXPECT_NE(seen[3].find("settings | colour | unknown member"), std::string::npos) << seen[3];
  EXPECT_EQ(loaded.config.settings.region, "eu-west-1");
  EXPECT_TRUE(loaded.config.settings.public_access_block.block_public_policy);
  EXPECT_EQ(loaded.config.resource_account, "111122223333");
  EXPECT_TRUE(loaded.config.bucket_policy.has_value());
}

TEST(BatchInputs, SettingsCoverEveryMember) {
  const auto r = read_bucket_settings(R"({
    "region": "ap-southeast-2",
    "public_access_block": {"block_public_acls": true, "ignore_public_acls": true, "block_public_policy": true, "restrict_public_buckets": true},
    "account_public_access_block": {"RestrictPublicBuckets": true},
    "object_ownership": "ObjectWriter",
    "default_encryption": {"algorithm": "aws:kms", "kms_key_arn": "arn:aws:kms:ap-southeast-2:1:key/k", "bucket_key": true},
    "versioning": true, "mfa_delete": true,
    "object_lock": {"enabled": true, "default_mode": "COMPLIANCE", "default_years": 7},
    "kms_key_arn": "arn:aws:kms:ap-southeast-2:1:key/k",
    "objects": {"a/b": {"lock_mode": "GOVERNANCE", "retain_until": "2030-01-01", "legal_hold": true,
                        "encryption": {"algorithm": "AES256"}}}})");
  ASSERT_TRUE(r.ok()) << r.errors[0].path << ": " << r.errors[0].message;
  const BucketSettings& s = r.settings;
  EXPECT_EQ(s.region, "ap-southeast-2");
  EXPECT_TRUE(s.public_access_block.ignore_public_acls);
  EXPECT_TRUE(s.account_public_access_block.restrict_public_buckets);
  EXPECT_FALSE(s.account_public_access_block.block_public_acls);
  EXPECT_EQ(s.object_ownership, ObjectOwnership::ObjectWriter);
  EXPECT_EQ(s.default_encryption.algorithm, SseAlgorithm::SseKms);
  EXPECT_TRUE(s.default_encryption.bucket_key);
  EXPECT_TRUE(s.versioning && s.mfa_delete);
  EXPECT_EQ(s.object_lock.default_mode, LockMode::Compliance);
  EXPECT_EQ(s.object_lock.default_years, 7);
  ASSERT_EQ(s.objects.count("a/b"), 1u);
  EXPECT_EQ(s.objects.at("a/b").lock_mode, LockMode::Governance);
  EXPECT_EQ(s.objects.at("a/b").encryption->algorithm, SseAlgorithm::SseS3);
}

TEST(BatchInputs, IdentitiesAcceptASingleDocument) {
  const auto r = read_identities(
      R"({"arn:aws:iam::1:user/u": {"Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}})");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.identities.at("arn:aws:iam::1:user/u").size(), 1u);
  EXPECT_FALSE(read_identities("[]").ok());
}

}  // namespace
}  // namespace bslc::sim
