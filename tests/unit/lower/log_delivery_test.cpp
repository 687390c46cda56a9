#include <gtest/gtest.h>

#include "fixture.h"

namespace bslc::lower::testing {
namespace {

ir::Model logging_model() {
  ir::Model m;
  ir::Bucket records = bucket("records", "acme-records");
  records.logging = ir::Logging{"logs", "acme-logs", "records/", origin(15)};
  ir::Bucket web = bucket("web", "acme-web", "999988887777");
  web.loc = at(30);
  web.logging = ir::Logging{"logs", "acme-logs", "web/", origin(31)};
  ir::Bucket logs = bucket("logs", "acme-logs");
  logs.loc = at(40);
  m.buckets = {records, web, logs};
  return m;
}

TEST(LogDelivery, TargetPolicyGetsOneStatementPerSourceBucket) {
  const auto l = run(logging_model());
  const auto& doc = l.bucket(2).bucket_policy;
  expect_statement(doc, stmt("AllowS3AccessLogDeliveryFromRecords", Allow, svc({"logging.s3.amazonaws.com"}),
                             {"s3:PutObject"}, {"arn:aws:s3:::acme-logs/records/*"},
                             {{"ArnLike", {{"aws:SourceArn", {"arn:aws:s3:::acme-records"}}}},
                              {"StringEquals", {{"aws:SourceAccount", {kOwner}}}}}));
  expect_statement(doc, stmt("AllowS3AccessLogDeliveryFromWeb", Allow, svc({"logging.s3.amazonaws.com"}),
                             {"s3:PutObject"}, {"arn:aws:s3:::acme-logs/web/*"},
                             {{"ArnLike", {{"aws:SourceArn", {"arn:aws:s3:::acme-web"}}}},
                              {"StringEquals", {{"aws:SourceAccount", {"999988887777"}}}}}));
  // Each traces to the `logging` line of its source bucket.
  EXPECT_EQ(line_of(doc.sources.at("AllowS3AccessLogDeliveryFromRecords")), 15u);
  EXPECT_EQ(line_of(doc.sources.at("AllowS3AccessLogDeliveryFromWeb")), 31u);
  // Source buckets get nothing for logging.
  EXPECT_EQ(find(l.bucket(0).bucket_policy, "AllowS3AccessLogDeliveryFromRecords"), nullptr);
}

TEST(LogDelivery, TargetMatchedByPhysicalNameWhenNotInTheSpecById) {
  ir::Model m = logging_model();
  m.buckets[0].logging->target_id.clear();
  const auto l = run(m);
  EXPECT_NE(find(l.bucket(2).bucket_policy, "AllowS3AccessLogDeliveryFromRecords"), nullptr);
}

TEST(LogDelivery, UnknownSourceAccountKeepsTheSourceArnPin) {
  ir::Model m = logging_model();
  m.buckets[0].account.clear();
  const auto l = run(m);
  expect_statement(
      l.bucket(2).bucket_policy,
      stmt("AllowS3AccessLogDeliveryFromRecords", Allow, svc({"logging.s3.amazonaws.com"}), {"s3:PutObject"},
           {"arn:aws:s3:::acme-logs/records/*"}, {{"ArnLike", {{"aws:SourceArn", {"arn:aws:s3:::acme-records"}}}}}));
}

TEST(TrailDelivery, TrailBucketLetsCloudTrailWriteTheSourceAccountsLogs) {
  ir::Model m;
  ir::Bucket records = bucket("records", "acme-records");
  records.audit = ir::Audit{ir::AuditScope::All, "trail", "acme-trail", origin(16)};
  ir::Bucket trail = bucket("trail", "acme-trail");
  m.buckets = {records, trail};
  const auto l = run(m);
  const auto& doc = l.bucket(1).bucket_policy;
  expect_statement(
      doc, stmt("AllowCloudTrailAclCheckForRecords", Allow, svc({"cloudtrail.amazonaws.com"}), {"s3:GetBucketAcl"},
                {"arn:aws:s3:::acme-trail"}, {{"StringEquals", {{"aws:SourceAccount", {kOwner}}}}}));
  expect_statement(
      doc,
      stmt("AllowCloudTrailDeliveryForRecords", Allow, svc({"cloudtrail.amazonaws.com"}), {"s3:PutObject"},
           {"arn:aws:s3:::acme-trail/AWSLogs/111122223333/*"},
           {{"StringEquals", {{"aws:SourceAccount", {kOwner}}, {"s3:x-amz-acl", {"bucket-owner-full-control"}}}}}));
  EXPECT_EQ(line_of(doc.sources.at("AllowCloudTrailDeliveryForRecords")), 16u);
}

// Unpinned, cloudtrail.amazonaws.com would deliver for any account's trail.
TEST(TrailDelivery, AuditedBucketWithoutAccountIsAnError) {
  ir::Model m;
  ir::Bucket records = bucket("records", "acme-records", "");
  records.audit = ir::Audit{ir::AuditScope::All, "trail", "acme-trail", origin(16)};
  ir::Bucket trail = bucket("trail", "acme-trail");
  m.buckets = {records, trail};
  const auto l = run(m);
  ASSERT_TRUE(has_code(l.diagnostics, diag::Code::E0505));
  EXPECT_EQ(line_of(l.diagnostics.front().loc), 16u);
  EXPECT_EQ(find(l.bucket(1).bucket_policy, "AllowCloudTrailDeliveryForRecords"), nullptr);
  EXPECT_EQ(find(l.bucket(1).bucket_policy, "AllowCloudTrailAclCheckForRecords"), nullptr);
}

}  // namespace
}  // namespace bslc::lower::testing
