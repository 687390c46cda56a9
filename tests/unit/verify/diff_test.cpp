// The access diff on small hand-written policies: what it finds is exactly
// what changed, every example is replayed by the simulator (diff_access
// throws when the two engines disagree), and a change that moves statements
// around without changing access is proved to change nothing.
#include "verify/diff.h"

#include <gtest/gtest.h>

#include "policy/json.h"

namespace bslc::verify {
namespace {

constexpr const char* kBucket = "arn:aws:s3:::acme-data";

DiffSide side(const std::string& statements) {
  DiffSide s;
  auto r = policy::read_json(R"({"Version": "2012-10-17", "Statement": [)" + statements + "]}");
  EXPECT_TRUE(r.ok()) << statements;
  s.config.bucket_policy = r.document;
  s.config.resource_account = "111122223333";
  return s;
}

const std::string kTls =
    R"({"Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
        "Resource": ["arn:aws:s3:::acme-data", "arn:aws:s3:::acme-data/*"],
        "Condition": {"Bool": {"aws:SecureTransport": "false"}}})";
std::string partner_reads(const std::string& resource) {
  return R"({"Sid": "PartnerRead", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:root"},
             "Action": "s3:GetObject", "Resource": ")" +
         resource + "\"}";
}

size_t count(const AccessDiff& d, bool added) {
  size_t n = 0;
  for (const auto& c : d.changes) n += c.added == added;
  return n;
}

TEST(AccessDiff, AWidenedPrefixAddsReadsOutsideTheOldPrefixOnly) {
  const auto d = diff_access(side(kTls + "," + partner_reads("arn:aws:s3:::acme-data/exports/*")),
                             side(kTls + "," + partner_reads("arn:aws:s3:::acme-data/*")), kBucket);
  EXPECT_TRUE(d.incomplete.empty()) << d.incomplete;
  ASSERT_GT(count(d, true), 0u);
  EXPECT_EQ(count(d, false), 0u);
  for (const auto& c : d.changes) {
    EXPECT_EQ(c.example.action, "s3:GetObject");
    EXPECT_EQ(c.example.resource.rfind("arn:aws:s3:::acme-data/exports/", 0), std::string::npos) << c.example.resource;
    EXPECT_EQ(c.after, sim::Decision::Allow);
    EXPECT_EQ(c.deciding, std::vector<std::string>{"PartnerRead"});
  }
}

TEST(AccessDiff, ReorderingStatementsIsProvedToChangeNothing) {
  const std::string grant = partner_reads("arn:aws:s3:::acme-data/exports/*");
  const auto d = diff_access(side(kTls + "," + grant), side(grant + "," + kTls), kBucket);
  EXPECT_TRUE(d.incomplete.empty()) << d.incomplete;
  EXPECT_TRUE(d.changes.empty());
}

TEST(AccessDiff, DroppingTheTlsDenyAddsPlainHttpRequests) {
  const std::string grant = partner_reads("arn:aws:s3:::acme-data/*");
  const auto d = diff_access(side(kTls + "," + grant), side(grant), kBucket);
  ASSERT_GT(count(d, true), 0u);
  for (const auto& c : d.changes) {
    ASSERT_TRUE(c.added);
    const sim::ContextValue* tls = c.example.find("aws:SecureTransport");
    ASSERT_NE(tls, nullptr);
    EXPECT_EQ(tls->text, "false");
    EXPECT_EQ(c.before, sim::Decision::ExplicitDeny);
  }
}

TEST(AccessDiff, ANarrowedGrantRemovesAccessTheOtherWay) {
  const auto d = diff_access(side(kTls + "," + partner_reads("arn:aws:s3:::acme-data/*")),
                             side(kTls + "," + partner_reads("arn:aws:s3:::acme-data/exports/*")), kBucket);
  EXPECT_EQ(count(d, true), 0u);
  ASSERT_GT(count(d, false), 0u);
  for (const auto& c : d.changes) {
    EXPECT_EQ(c.before, sim::Decision::Allow);
    EXPECT_NE(c.after, sim::Decision::Allow);
  }
}

TEST(AccessDiff, ANewConditionKeyOnOneSideIsPartOfTheSpace) {
  // Only the new side reads aws:SourceIp: the space must still tell the office apart.
  const std::string office =
      R"({"Sid": "OfficeOnly", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
          "Resource": "arn:aws:s3:::acme-data/*",
          "Condition": {"NotIpAddress": {"aws:SourceIp": "203.0.113.0/24"}}})";
  const std::string grant = partner_reads("arn:aws:s3:::acme-data/*");
  const auto d = diff_access(side(kTls + "," + grant), side(kTls + "," + grant + "," + office), kBucket);
  EXPECT_EQ(count(d, true), 0u);
  ASSERT_GT(count(d, false), 0u);
  for (const auto& c : d.changes) {
    const sim::ContextValue* ip = c.example.find("aws:SourceIp");
    if (ip) EXPECT_EQ(ip->text.rfind("203.0.113.", 0), std::string::npos) << ip->text;
  }
}

}  // namespace
}  // namespace bslc::verify
