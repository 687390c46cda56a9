// The KMS quota table and W0404.
#include "check/kms_quota.h"

#include "fixture.h"

namespace bslc::check::testing {
namespace {

using diag::Code;

TEST(KmsQuotaTable, CurrentDefaults) {
  EXPECT_EQ(kms_symmetric_quota("us-east-1"), 100000);
  EXPECT_EQ(kms_symmetric_quota("eu-west-1"), 100000);
  EXPECT_EQ(kms_symmetric_quota("eu-west-2"), 20000);
  EXPECT_EQ(kms_symmetric_quota("ap-northeast-1"), 20000);
  EXPECT_EQ(kms_symmetric_quota("sa-east-1"), kDefaultKmsSymmetricQuota);
  EXPECT_TRUE(std::is_sorted(kms_quota_table().begin(), kms_quota_table().end(),
                             [](const KmsQuotaEntry& a, const KmsQuotaEntry& b) { return a.region < b.region; }));
}

TEST(KmsQuotaTable, OverridesWin) {
  const std::vector<std::pair<std::string, int64_t>> overrides = {{"us-east-1", 150000}, {"*", 12000}};
  EXPECT_EQ(kms_symmetric_quota("us-east-1", overrides), 150000);
  EXPECT_EQ(kms_symmetric_quota("eu-west-1", overrides), 12000);
}

TEST(KmsQuotaTable, BucketKeyEstimate) {
  EXPECT_EQ(kms_requests_per_second(30000, false), 30000);
  EXPECT_EQ(kms_requests_per_second(30000, true), 300);
  EXPECT_EQ(kms_requests_per_second(1, true), 1);
}

class Quota : public ::testing::Test {
 protected:
  Spec spec{R"(bucket hot { encryption sse_kms { key new "alias/hot" } expected_rate 25000 rps region "eu-west-2" }
bucket warm { expected_rate 15000 rps })"};
  ir::Model model;
  ir::Bucket kms_bucket(const std::string& id, int64_t rps, const std::string& rate_text) {
    auto b = bucket(spec, id, "acme-" + id);
    b.region = "eu-west-2";
    b.encryption.mode = ir::EncryptionMode::SseKms;
    b.encryption.key = ir::KeyKind::New;
    b.encryption.origin = spec.origin("encryption sse_kms");
    b.expected_rps = rps;
    b.expected_rps_origin = spec.origin(rate_text);
    return b;
  }
};

TEST_F(Quota, AboveQuotaWithoutBucketKey) {
  model.buckets.push_back(kms_bucket("hot", 25000, "expected_rate 25000 rps"));
  const auto d = expect_one(run(model), Code::W0404, spec.at("expected_rate 25000 rps"));
  EXPECT_NE(d.message.find("25,000"), std::string::npos) << d.message;
  EXPECT_NE(d.message.find("20,000"), std::string::npos) << d.message;
  EXPECT_NE(d.message.find("`eu-west-2`"), std::string::npos) << d.message;
  EXPECT_NE(d.help.find("bucket_key on"), std::string::npos);
  EXPECT_NE(d.help.find("250"), std::string::npos) << d.help;
}

TEST_F(Quota, BucketKeyBringsItUnder) {
  model.buckets.push_back(kms_bucket("hot", 25000, "expected_rate 25000 rps"));
  model.buckets[0].encryption.bucket_key = true;
  expect_none(run(model), Code::W0404);
}

TEST_F(Quota, ConfiguredQuota) {
  model.buckets.push_back(kms_bucket("hot", 25000, "expected_rate 25000 rps"));
  Options options;
  options.kms_quota_overrides = {{"eu-west-2", 30000}};
  expect_none(run(model, options), Code::W0404);
}

TEST_F(Quota, SseS3IsNotCounted) {
  model.buckets.push_back(kms_bucket("hot", 25000, "expected_rate 25000 rps"));
  model.buckets[0].encryption.mode = ir::EncryptionMode::SseS3;
  expect_none(run(model), Code::W0404);
}

TEST_F(Quota, BucketsShareTheAccountQuota) {
  model.buckets.push_back(kms_bucket("hot", 12000, "expected_rate 25000 rps"));
  model.buckets.push_back(kms_bucket("warm", 15000, "expected_rate 15000 rps"));
  const auto d = expect_one(run(model), Code::W0404, spec.at("expected_rate 15000 rps"));
  EXPECT_NE(d.message.find("27,000"), std::string::npos) << d.message;
  ASSERT_EQ(d.notes.size(), 1u);
  EXPECT_EQ(d.notes[0].loc.span, spec.at("expected_rate 25000 rps").span);
  model.buckets[1].account = "999988887777";  // other account: its own quota
  expect_none(run(model), Code::W0404);
}

}  // namespace
}  // namespace bslc::check::testing
