#include "sema_fixture.h"

namespace bslc::testing {
namespace {

TEST_F(SemaTest, SecureDefaultsApplyToAnEmptyBucket) {
  auto a = analyze("bucket x {}\n");
  EXPECT_TRUE(codes().empty());
  const auto& b = a.model.buckets.at(0);
  EXPECT_EQ(b.name, "x");
  EXPECT_TRUE(b.public_access.blocks_all());
  EXPECT_TRUE(b.transport.tls_only);
  EXPECT_EQ(b.encryption.mode, ir::EncryptionMode::SseS3);
  EXPECT_EQ(b.ownership, ir::Ownership::BucketOwnerEnforced);
  EXPECT_TRUE(b.encryption.origin.defaulted);
  EXPECT_TRUE(b.transport.origin.defaulted);
  EXPECT_EQ(b.transport.origin.loc.span, b.loc.span);
}

TEST_F(SemaTest, PhysicalNameDefaultsToTheIdWithHyphens) {
  auto a = analyze("bucket my_data {}\n");
  EXPECT_EQ(a.model.buckets.at(0).name, "my-data");
}

TEST_F(SemaTest, ContradictingAProfileNeedsOverride) {
  analyze(
      "profile p {\n  transport tls_only { min_version 1.2 }\n}\nbucket b {\n  use p\n  transport tls_only { "
      "min_version 1.0 }\n}\n");
  const auto* d = first(diag::Code::E0208);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(where(*d), "6:36");
  ASSERT_EQ(d->notes.size(), 1u);
  EXPECT_EQ(d->notes[0].loc.source->line_col(d->notes[0].loc.span.begin).line, 2u);
  EXPECT_NE(d->help.find("override"), std::string::npos);
}

TEST_F(SemaTest, OverrideAcceptsTheContradiction) {
  auto a = analyze(
      "profile p { transport tls_only { min_version 1.2 } }\nbucket b { use p\n override transport tls_only { "
      "min_version 1.3 } }\n");
  EXPECT_TRUE(codes().empty()) << ::testing::PrintToString(codes());
  EXPECT_EQ(a.model.buckets[0].transport.min_tls.value_or(""), "1.3");
}

TEST_F(SemaTest, RefiningAProfileIsNotAContradiction) {
  auto a = analyze("import \"hipaa\"\nbucket r { use hipaa\n encryption sse_kms { key new \"alias/r\" } }\n");
  EXPECT_TRUE(codes().empty()) << ::testing::PrintToString(codes());
  EXPECT_EQ(a.model.buckets[0].encryption.key_alias, "alias/r");
  EXPECT_TRUE(a.model.buckets[0].encryption.bucket_key);  // kept from hipaa
}

TEST_F(SemaTest, SameValueAsTheProfileIsFine) {
  analyze("profile p { versioning on }\nbucket b { use p\n versioning on }\n");
  EXPECT_TRUE(codes().empty()) << ::testing::PrintToString(codes());
}

TEST_F(SemaTest, OwnSettingTwiceIsE0206) {
  analyze("bucket b {\n  versioning on\n  versioning suspended\n}\n");
  const auto* d = first(diag::Code::E0206);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(where(*d), "3:14");
}

TEST_F(SemaTest, ProfileCycleIsE0209) {
  analyze("profile a { use b }\nprofile b { use a }\nbucket x { use a }\n");
  EXPECT_NE(first(diag::Code::E0209), nullptr);
}

TEST_F(SemaTest, WeakeningWithoutAReasonIsE0207) {
  analyze("bucket b { transport allow_http }\n");
  EXPECT_NE(first(diag::Code::E0207), nullptr);
  analyze("bucket b { ownership object_writer }\n");
  EXPECT_NE(first(diag::Code::E0207), nullptr);
}

TEST_F(SemaTest, WeakeningWithAReasonIsAccepted) {
  auto a = analyze(
      "bucket b {\n  public_access allow policy because \"static website\"\n"
      "  transport allow_http because \"legacy device firmware\"\n}\n");
  EXPECT_TRUE(codes().empty()) << ::testing::PrintToString(codes());
  const auto& b = a.model.buckets[0];
  EXPECT_FALSE(b.public_access.block_public_policy);
  EXPECT_FALSE(b.public_access.restrict_public_buckets);
  EXPECT_TRUE(b.public_access.block_public_acls);
  EXPECT_EQ(b.public_access.reason, "static website");
  EXPECT_FALSE(b.transport.tls_only);
}

TEST_F(SemaTest, ChangingTheEncryptionModeDropsTheOldKey) {
  auto a = analyze("import \"hipaa\"\nbucket r { use hipaa\n override encryption sse_s3 }\n");
  EXPECT_TRUE(codes().empty()) << ::testing::PrintToString(codes());
  EXPECT_EQ(a.model.buckets[0].encryption.mode, ir::EncryptionMode::SseS3);
  EXPECT_EQ(a.model.buckets[0].encryption.key, ir::KeyKind::None);
}

TEST_F(SemaTest, ObjectLockRetentionKeepsDaysAndYearsApart) {
  auto a = analyze("bucket b { versioning on\n object_lock governance 1 year 30 days }\n");
  const auto& l = a.model.buckets[0].object_lock;
  EXPECT_TRUE(l.enabled);
  EXPECT_EQ(l.years, 1);
  EXPECT_EQ(l.days, 30);
}

TEST_F(SemaTest, ObjectLockRetentionInHoursIsE0211) {
  analyze("bucket b { object_lock governance 12 hours }\n");
  EXPECT_NE(first(diag::Code::E0211), nullptr);
}

}  // namespace
}  // namespace bslc::testing
