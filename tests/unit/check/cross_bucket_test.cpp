// Rules between buckets: E0407 E0408 E0409 E0410 E0411 E0415 E0418.
#include "fixture.h"

namespace bslc::check::testing {
namespace {

using diag::Code;

struct LogPair {
  Spec spec{R"(bucket src { logging to logs prefix "src/" }
bucket logs { encryption sse_kms object_lock governance 30 days require header })"};
  ir::Model model;
  LogPair() {
    auto src = bucket(spec, "src", "acme-src");
    src.logging = ir::Logging{"logs", "", "src/", spec.origin("logging to logs")};
    auto logs = bucket(spec, "logs", "acme-logs");
    logs.versioning.state = ir::VersioningState::Enabled;
    model.buckets = {src, logs};
  }
  ir::Bucket& target() { return model.buckets[1]; }
};

TEST(LogTarget, CleanTarget) {
  LogPair p;
  EXPECT_TRUE(run(p.model).empty()) << codes(run(p.model));
}

TEST(LogTarget, LoggingToItself) {
  LogPair p;
  p.model.buckets[0].logging->target_id = "src";
  expect_one(run(p.model), Code::E0407, p.spec.at("logging to logs"));
  p.model.buckets[0].logging->target_id.clear();
  p.model.buckets[0].logging->target_name = "acme-src";  // by physical name
  expect_one(run(p.model), Code::E0407, p.spec.at("logging to logs"));
}

TEST(LogTarget, SseKmsTarget) {
  LogPair p;
  p.target().encryption.mode = ir::EncryptionMode::SseKms;
  p.target().encryption.key = ir::KeyKind::New;
  p.target().encryption.origin = p.spec.origin("encryption sse_kms");
  const auto d = expect_one(run(p.model), Code::E0408, p.spec.at("logging to logs"));
  ASSERT_FALSE(d.notes.empty());
  EXPECT_EQ(d.notes[0].loc.span, p.spec.at("encryption sse_kms").span);
}

TEST(LogTarget, DefaultRetentionTarget) {
  LogPair p;
  auto& l = p.target().object_lock;
  l.enabled = true;
  l.origin = p.spec.origin("object_lock governance");
  expect_none(run(p.model), Code::E0409);  // lock without default retention is accepted
  l.mode = ir::LockMode::Governance;
  l.days = 30;
  l.bypass = ir::BypassMode::Only;
  l.bypass_principals = {principal(ir::PrincipalKind::Role, "a", "arn:aws:iam::111122223333:role/A", "111122223333")};
  l.retention_origin = p.spec.origin("30 days");
  const auto d = expect_one(run(p.model), Code::E0409, p.spec.at("logging to logs"));
  EXPECT_EQ(d.notes[0].loc.span, p.spec.at("30 days").span);
}

// `require header` denies only a present, wrong header (multipart-safe,
// lower/encryption.cpp), so log delivery, which sends none, still works.
TEST(LogTarget, HeaderRequirementNoLongerRefusesLogDelivery) {
  LogPair p;
  p.target().encryption.require_header = true;
  p.target().encryption.require_origin = p.spec.origin("require header");
  for (const auto& d : run(p.model)) EXPECT_NE(d.code, Code::E0410);
}

TEST(LogTarget, SseCTarget) {
  LogPair p;
  p.target().encryption.mode = ir::EncryptionMode::SseC;
  p.target().encryption.origin = p.spec.origin("encryption sse_kms");
  const auto d = expect_one(run(p.model), Code::E0410, p.spec.at("logging to logs"));
  ASSERT_FALSE(d.notes.empty());
  EXPECT_EQ(d.notes[0].loc.span, p.spec.at("encryption sse_kms").span);
}

TEST(LogTarget, OtherRegionOrAccount) {
  LogPair p;
  p.target().region = "eu-west-1";
  expect_one(run(p.model), Code::E0411, p.spec.at("logging to logs"));
  p.target().region = "us-east-1";
  p.target().account = "999988887777";
  expect_one(run(p.model), Code::E0411, p.spec.at("logging to logs"));
}

TEST(LogTarget, ExternalTargetIsNotJudged) {
  LogPair p;
  p.model.buckets[0].logging->target_id.clear();
  p.model.buckets[0].logging->target_name = "someone-elses-logs";
  p.target().encryption.mode = ir::EncryptionMode::SseKms;
  p.target().encryption.key = ir::KeyKind::New;
  expect_none(run(p.model), Code::E0408);
}

TEST(BucketNames, DuplicatePhysicalName) {
  Spec spec(R"(bucket a { name "acme-data" }
bucket b { name "acme-data" })");
  ir::Model m;
  auto a = bucket(spec, "a", "acme-data");
  a.name_origin = spec.origin("\"acme-data\" }\nbucket");
  auto b = bucket(spec, "b", "acme-data");
  b.name_origin = ir::Origin{
      Location{spec.source(), Span{static_cast<uint32_t>(spec.source()->text().rfind("\"acme-data\"")),
                                   static_cast<uint32_t>(spec.source()->text().rfind("\"acme-data\"") + 11)}},
      false, ""};
  m.buckets = {a, b};
  const auto d = expect_one(run(m), Code::E0415, b.name_origin.loc);
  EXPECT_EQ(d.notes[0].loc.span, a.name_origin.loc.span);
  m.buckets[1].name = "acme-data-2";
  expect_none(run(m), Code::E0415);
}

TEST(Notifications, DestinationInAnotherRegion) {
  Spec spec(R"(bucket r { notify object_created to sqs "arn:aws:sqs:eu-west-1:111122223333:ingest" })");
  ir::Model m;
  auto b = bucket(spec, "r", "acme-r");
  b.notifications.push_back(ir::Notification{"s3:ObjectCreated:*", "", "", ir::NotifyTarget::Sqs,
                                             "arn:aws:sqs:eu-west-1:111122223333:ingest", spec.origin("notify")});
  m.buckets.push_back(b);
  expect_one(run(m), Code::E0418, spec.at("notify"));
  m.buckets[0].notifications[0].destination_arn = "arn:aws:sqs:us-east-1:111122223333:ingest";
  EXPECT_TRUE(run(m).empty()) << codes(run(m));
}

}  // namespace
}  // namespace bslc::check::testing
