#include <gtest/gtest.h>

#include "fixture.h"

namespace bslc::lower::testing {
namespace {

const std::vector<std::string> kBoth{"arn:aws:s3:::acme-records", "arn:aws:s3:::acme-records/*"};

TEST(Transport, SecureDefaultDeniesPlainHttpOnBucketAndObjects) {
  const auto l = run(bucket());
  const auto& doc = l.bucket().bucket_policy;
  expect_statement(doc, stmt("DenyInsecureTransport", Deny, star(), {"s3:*"}, kBoth,
                             {{"Bool", {{"aws:SecureTransport", {"false"}}}}}));
  // A defaulted setting traces to the bucket's name.
  EXPECT_EQ(line_of(doc.sources.at("DenyInsecureTransport")), 1u);
  EXPECT_EQ(find(doc, "DenyOutdatedTls"), nullptr);
}

TEST(Transport, MinimumTlsVersionIsANumericComparison) {
  ir::Bucket b = bucket();
  b.transport.min_tls = "1.2";
  b.transport.min_tls_origin = origin(4);
  const auto l = run(b);
  const auto& doc = l.bucket().bucket_policy;
  expect_statement(
      doc, stmt("DenyOutdatedTls", Deny, star(), {"s3:*"}, kBoth, {{"NumericLessThan", {{"s3:TlsVersion", {"1.2"}}}}}));
  EXPECT_EQ(line_of(doc.sources.at("DenyOutdatedTls")), 4u);
}

TEST(Transport, NothingWhenPlainHttpIsAllowed) {
  ir::Bucket b = bucket();
  b.transport.tls_only = false;
  b.transport.reason = "legacy appliance";
  const auto l = run(b);
  for (const auto& s : l.bucket().bucket_policy.document.statements) {
    EXPECT_NE(s.sid, "DenyInsecureTransport");
    EXPECT_EQ(s.condition.count("Bool"), 0u) << s.sid;
  }
}

}  // namespace
}  // namespace bslc::lower::testing
