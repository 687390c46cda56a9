// The access diff on small hand-written policies: what it finds is exactly
// what changed, every example is replayed by the simulator (diff_access
// throws when the two engines disagree), and a change that moves statements
// around without changing access is proved to change nothing. Then the diff
// against the simulator on the simulator's corpus.
#include "verify/diff.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "policy/json.h"
#include "sim/detail/text.h"
#include "sim/request_shape.h"
#include "unit/verify/corpus.h"

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
    EXPECT_EQ(c.after, sim::Decision::ExplicitDeny) << "the new deny refuses it";
    const sim::ContextValue* ip = c.example.find("aws:SourceIp");
    if (ip) {
      EXPECT_EQ(ip->text.rfind("203.0.113.", 0), std::string::npos) << ip->text;
    }
  }
}

}  // namespace
}  // namespace bslc::verify

// The diff against the simulator: for every corpus case, the case's bucket
// policy before and after dropping one statement (each statement in turn, up
// to four). For random well-formed requests of the joint space (uniform, and
// near the points where the sides differ), the SMT verdict on each side
// equals the simulator's, and every request whose access changed lies in a
// reported (caller, IAM action) class whose resource descriptions name its resource.
namespace bslc::verify {
namespace {

class DiffDifferential : public ::testing::TestWithParam<std::string> {};

// Whether a class's resource descriptions (AccessChange::resources) name
// `resource`, read as a reviewer would read them.
bool names(const std::vector<std::string>& descriptions, const std::string& bucket_arn, const std::string& resource) {
  if (resource == bucket_arn)
    return std::find(descriptions.begin(), descriptions.end(), "the bucket") != descriptions.end();
  const std::string key = resource.substr(bucket_arn.size() + 1);
  for (const std::string& d : descriptions) {
    if (d == "every object" || d.starts_with("some keys in ")) return true;  // the latter says it is not exact
    if (d.starts_with("key ")) {
      if (key == d.substr(4)) return true;
      continue;
    }
    const size_t except = d.find(" except ");
    const std::string head = d.substr(0, except);
    if (head == "the bucket") continue;
    const std::string prefix = head == "any key" ? "" : head.substr(0, head.size() - 1);
    if (!key.starts_with(prefix)) continue;
    bool excluded = false;
    if (except != std::string::npos) {
      std::string rest = d.substr(except + 8);
      for (size_t start = 0; start <= rest.size();) {
        size_t end = rest.find(", ", start);
        if (end == std::string::npos) end = rest.size();
        const std::string item = rest.substr(start, end - start);
        excluded = excluded || (item.ends_with("*") ? key.starts_with(item.substr(0, item.size() - 1)) : key == item);
        start = end + 2;
      }
    }
    if (!excluded) return true;
  }
  return false;
}

TEST_P(DiffDifferential, BothSidesEqualTheSimulatorAndAddedRequestsAreInReportedClasses) {
  const json c = read_case(GetParam());
  const sim::BucketConfig config = config_of(c);
  if (!config.bucket_policy || config.bucket_policy->statements.size() < 2) GTEST_SKIP() << "no statement to drop";
  const std::string arn = bucket_arn_of(c);
  const size_t drops = std::min<size_t>(config.bucket_policy->statements.size(), 4);
  size_t differing = 0, classes = 0;
  for (size_t drop = 0; drop < drops; ++drop) {
    DiffSide before{config, {}}, after{config, {}};
    after.config.bucket_policy->statements.erase(after.config.bucket_policy->statements.begin() +
                                                 static_cast<std::ptrdiff_t>(drop));
    const AccessDiff diff = diff_access(before, after, arn, {.max_changes = 100000});
    classes += diff.changes.size();
    for (const bool near_changes : {false, true}) {
      const DiffSamples s = sample_diff(before, after, arn, 1000, drop * 104729 + 7, near_changes);
      const auto sim_before = sim::BucketSimulator::create(s.before).simulator;
      const auto sim_after = sim::BucketSimulator::create(s.after).simulator;
      for (const auto& sample : s.samples) {
        const bool b = sim_before.evaluate(sample.request).allowed();
        const bool a = sim_after.evaluate(sample.request).allowed();
        ASSERT_EQ(sample.smt_before, b) << "before, drop " << drop << ": " << sample.request.principal << " "
                                        << sample.request.action << " " << sample.request.resource;
        ASSERT_EQ(sample.smt_after, a) << "after, drop " << drop << ": " << sample.request.principal << " "
                                       << sample.request.action << " " << sample.request.resource;
        if (a == b) continue;
        ++differing;
        const std::string_view iam = sim::shape_action(sample.request.action, false).action;
        const bool reported = std::any_of(diff.changes.begin(), diff.changes.end(), [&](const AccessChange& ch) {
          return ch.added == a && ch.example.principal == sample.request.principal &&
                 sim::detail::iequals(sim::shape_action(ch.example.action, false).action, iam) &&
                 names(ch.resources, arn, sample.request.resource);
        });
        EXPECT_TRUE(reported) << (a ? "added" : "removed") << " but in no reported class: " << sample.request.principal
                              << " " << sample.request.action << " " << sample.request.resource;
      }
    }
  }
  // Dropping a statement changes something somewhere: a sample that never meets a change says little.
  if (classes > 0) {
    EXPECT_GT(differing, 0u) << classes << " classes changed, but no sampled request shows one";
  }
  RecordProperty("differing", static_cast<int>(differing));
}

INSTANTIATE_TEST_SUITE_P(Corpus, DiffDifferential, ::testing::ValuesIn(corpus_files()), corpus_test_name);

}  // namespace
}  // namespace bslc::verify
