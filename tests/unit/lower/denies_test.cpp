#include <gtest/gtest.h>

#include "fixture.h"

namespace bslc::lower::testing {
namespace {

const std::string kBucket = "arn:aws:s3:::acme-records";
const std::string kObjects = "arn:aws:s3:::acme-records/*";
using Op = ir::CompareOp;

ir::DenyCondition cond(std::string key, Op op, std::vector<std::string> values, int line = 21) {
  ir::DenyCondition c;
  c.key = std::move(key);
  c.op = op;
  c.values = std::move(values);
  c.origin = origin(line);
  return c;
}

ir::CustomDeny deny(std::vector<std::string> actions, std::vector<ir::DenyCondition> unless = {}) {
  ir::CustomDeny d;
  d.everyone = true;
  d.actions = std::move(actions);
  d.unless = std::move(unless);
  d.origin = origin(20);
  return d;
}

TracedDocument policy_with(ir::CustomDeny d) {
  ir::Bucket b = bucket();
  b.denies.push_back(std::move(d));
  return run(b).bucket(0).bucket_policy;
}

TEST(CustomDeny, UnconditionalDenyForEveryone) {
  const auto doc = policy_with(deny({"s3:DeleteObject"}));
  expect_statement(doc, stmt("DenyEveryoneDeleteObject", Deny, star(), {"s3:DeleteObject"}, {kObjects}));
  EXPECT_EQ(line_of(doc.sources.at("DenyEveryoneDeleteObject")), 20u);
}

// deny unless (A and B)  ==  deny if (not A) + deny if (not B): one statement per condition.
TEST(CustomDeny, SeveralUnlessConditionsBecomeOneStatementEach) {
  auto d = deny({"s3:GetObject"}, {cond("aws:SourceIp", Op::In, {"203.0.113.0/24"}, 21),
                                   cond("aws:PrincipalTag/Team", Op::Eq, {"data"}, 22)});
  d.prefix = "exports/";
  const auto doc = policy_with(d);
  expect_statement(
      doc, stmt("DenyEveryoneGetObjectExportsUnlessSourceIp", Deny, star(), {"s3:GetObject"},
                {"arn:aws:s3:::acme-records/exports/*"}, {{"NotIpAddress", {{"aws:SourceIp", {"203.0.113.0/24"}}}}}));
  expect_statement(
      doc, stmt("DenyEveryoneGetObjectExportsUnlessPrincipalTagTeam", Deny, star(), {"s3:GetObject"},
                {"arn:aws:s3:::acme-records/exports/*"}, {{"StringNotEquals", {{"aws:PrincipalTag/Team", {"data"}}}}}));
  EXPECT_EQ(line_of(doc.sources.at("DenyEveryoneGetObjectExportsUnlessSourceIp")), 21u);
  EXPECT_EQ(line_of(doc.sources.at("DenyEveryoneGetObjectExportsUnlessPrincipalTagTeam")), 22u);
}

struct NegationCase {
  ir::DenyCondition condition;
  std::string op;
  std::vector<std::string> values;
};

// The negation is true exactly when the condition is false, absent keys included.
TEST(CustomDeny, NegationTableKeepsMissingKeySemantics) {
  auto numeric = [](ir::DenyCondition c) {
    c.numeric = true;
    return c;
  };
  auto boolean = [](ir::DenyCondition c) {
    c.boolean = true;
    return c;
  };
  const std::vector<NegationCase> cases{
      {cond("aws:PrincipalTag/Team", Op::Eq, {"a"}), "StringNotEquals", {"a"}},
      {cond("aws:PrincipalTag/Team", Op::In, {"a", "b"}), "StringNotEquals", {"a", "b"}},
      {cond("aws:PrincipalTag/Team", Op::Ne, {"a"}), "StringEquals", {"a"}},
      {cond("aws:PrincipalTag/Team", Op::NotIn, {"a", "b"}), "StringEquals", {"a", "b"}},
      {cond("aws:userid", Op::Like, {"AROA*"}), "StringNotLike", {"AROA*"}},
      {cond("aws:userid", Op::NotLike, {"AROA*"}), "StringLike", {"AROA*"}},
      {cond("aws:SourceArn", Op::Eq, {"arn:aws:s3:::x"}), "ArnNotLike", {"arn:aws:s3:::x"}},
      {cond("aws:PrincipalArn", Op::Ne, {"arn:aws:iam::1:role/r"}), "ArnLike", {"arn:aws:iam::1:role/r"}},
      {cond("aws:PrincipalArn", Op::In, {"444455556666", "arn:aws:iam::1:role/r"}),
       "ArnNotLike",
       {"arn:aws:iam::444455556666:*", "arn:aws:iam::1:role/r"}},
      {cond("aws:SourceIp", Op::Eq, {"10.0.0.0/8"}), "NotIpAddress", {"10.0.0.0/8"}},
      {cond("aws:SourceIp", Op::NotIn, {"10.0.0.0/8"}), "IpAddress", {"10.0.0.0/8"}},
      {numeric(cond("s3:max-keys", Op::Eq, {"10"})), "NumericNotEquals", {"10"}},
      {numeric(cond("s3:max-keys", Op::Ne, {"10"})), "NumericEquals", {"10"}},
      // Ordering negations are positive operators: IfExists keeps "absent => deny".
      {numeric(cond("s3:max-keys", Op::Lt, {"10", "20"})), "NumericGreaterThanEqualsIfExists", {"20"}},
      {numeric(cond("s3:max-keys", Op::Le, {"10"})), "NumericGreaterThanIfExists", {"10"}},
      {numeric(cond("s3:max-keys", Op::Gt, {"10", "20"})), "NumericLessThanEqualsIfExists", {"10"}},
      {numeric(cond("s3:max-keys", Op::Ge, {"10"})), "NumericLessThanIfExists", {"10"}},
      {cond("aws:CurrentTime", Op::Lt, {"2027-01-01T00:00:00Z"}),
       "DateGreaterThanEqualsIfExists",
       {"2027-01-01T00:00:00Z"}},
      {boolean(cond("aws:MultiFactorAuthPresent", Op::Eq, {"true"})), "BoolIfExists", {"false"}},
      {boolean(cond("aws:ViaAWSService", Op::Ne, {"true"})), "BoolIfExists", {"true"}},
  };
  for (const auto& c : cases) {
    const auto doc = policy_with(deny({"s3:GetObject"}, {c.condition}));
    ASSERT_EQ(doc.document.statements.size(), 3u) << c.condition.key;  // TLS, SSE-C, the deny
    const auto& s = doc.document.statements.back();
    const policy::ConditionBlock expected{{c.op, {{c.condition.key, c.values}}}};
    EXPECT_EQ(json(stmt(s.sid, Deny, star(), {"s3:GetObject"}, {kObjects}, expected)), json(s))
        << "key " << c.condition.key << " op " << static_cast<int>(c.condition.op);
  }
}

TEST(CustomDeny, NamedPrincipalsShareOnePrincipalElement) {
  auto d = deny({"s3:DeleteObject"});
  d.everyone = false;
  d.who = {role("contractor", kPartner, "Contractor"), account("vendor", "555566667777")};
  const auto doc = policy_with(d);
  expect_statement(doc, stmt("DenyContractorAndVendorDeleteObject", Deny,
                             aws({"arn:aws:iam::444455556666:role/Contractor", "arn:aws:iam::555566667777:root"}),
                             {"s3:DeleteObject"}, {kObjects}));
}

TEST(CustomDeny, OrganizationsAndDistributionsGetTheirOwnStatements) {
  auto d = deny({"s3:PutObject"});
  d.everyone = false;
  d.who = {role("contractor", kPartner, "Contractor"), org("acme", "o-a1b2c3d4e5"), cloudfront("cdn")};
  const auto doc = policy_with(d);
  const std::string base = "DenyContractorAndAcmeAndCdnPutObject";
  expect_statement(doc,
                   stmt(base, Deny, aws({"arn:aws:iam::444455556666:role/Contractor"}), {"s3:PutObject"}, {kObjects}));
  expect_statement(doc, stmt(base + "2", Deny, star(), {"s3:PutObject"}, {kObjects},
                             {{"StringEquals", {{"aws:PrincipalOrgID", {"o-a1b2c3d4e5"}}}}}));
  expect_statement(
      doc, stmt(base + "3", Deny, svc({"cloudfront.amazonaws.com"}), {"s3:PutObject"}, {kObjects},
                {{"ArnLike", {{"aws:SourceArn", {"arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE"}}}}}));
}

TEST(CustomDeny, ActionsAreSplitByResourceTypeAndPrefixScopesObjectsOnly) {
  auto d = deny({"s3:ListBucket", "s3:GetObject", "s3:*"});
  d.prefix = "private/";
  const auto doc = policy_with(d);
  expect_statement(doc, stmt("DenyEveryoneListBucketPrivate", Deny, star(), {"s3:ListBucket"}, {kBucket}));
  expect_statement(doc, stmt("DenyEveryoneGetObjectPrivate", Deny, star(), {"s3:GetObject"},
                             {"arn:aws:s3:::acme-records/private/*"}));
  expect_statement(doc, stmt("DenyEveryoneAllS3ActionsPrivate", Deny, star(), {"s3:*"},
                             {kBucket, "arn:aws:s3:::acme-records/private/*"}));
}

TEST(CustomDeny, ContradictoryPrincipalConditionDropsTheStatement) {
  // deny org acme unless PrincipalOrgID != acme: the negation (StringEquals acme) intersects with
  // the org pin (StringEquals acme) and the statement stays; with another org id it can never apply.
  auto d = deny({"s3:GetObject"}, {cond("aws:PrincipalOrgID", Op::Ne, {"o-other"})});
  d.everyone = false;
  d.who = {org("acme", "o-a1b2c3d4e5")};
  const auto doc = policy_with(d);
  EXPECT_EQ(find(doc, "DenyAcmeGetObjectUnlessPrincipalOrgID"), nullptr);
}

}  // namespace
}  // namespace bslc::lower::testing
