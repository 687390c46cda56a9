// The Evaluator API on its own: grant rules, compile issues, the trace, and
// the lifetime/reuse contract. Semantics in depth live in the corpus.
#include "sim/evaluator.h"

#include <gtest/gtest.h>

#include "policy/json.h"

namespace bslc::sim {
namespace {

policy::Document doc(const char* json) {
  auto r = policy::read_json(json);
  EXPECT_TRUE(r.ok()) << (r.errors.empty() ? "" : r.errors[0].path + ": " + r.errors[0].message);
  return r.document;
}

Request request(std::string principal, std::string action, std::string resource) {
  Request r;
  r.principal = std::move(principal);
  r.action = std::move(action);
  r.resource = std::move(resource);
  return r;
}

const char* kKeyPolicy = R"({"Version": "2012-10-17", "Statement": [
  {"Sid": "Root", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"},
  {"Sid": "App", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/app"}, "Action": "kms:Decrypt", "Resource": "*"}]})";

PolicySet kms_set() {
  PolicySet set;
  set.resource_policy = NamedDocument{"key", doc(kKeyPolicy)};
  set.resource_account = "111122223333";
  set.grant_rule = GrantRule::ResourceMustGrant;
  set.identities["arn:aws:iam::111122223333:user/iam-only"].push_back(
      {"iam",
       doc(R"({"Version": "2012-10-17", "Statement": [{"Sid": "Iam", "Effect": "Allow", "Action": "kms:*", "Resource": "*"}]})")});
  set.identities["arn:aws:iam::222233334444:user/outsider"].push_back(
      {"iam-b",
       doc(R"({"Version": "2012-10-17", "Statement": [{"Sid": "Out", "Effect": "Allow", "Action": "kms:*", "Resource": "*"}]})")});
  return set;
}

TEST(Evaluator, KeyPolicyRuleNeedsTheKeyPolicy) {
  const auto compiled = Evaluator::compile(kms_set());
  ASSERT_TRUE(compiled.issues.empty());
  const Evaluator& e = compiled.evaluator;
  const std::string key = "arn:aws:kms:eu-west-1:111122223333:key/k";
  // Named directly: no IAM policy needed.
  EXPECT_EQ(e.evaluate(request("arn:aws:sts::111122223333:assumed-role/app/s", "kms:Decrypt", key)).decision,
            Decision::Allow);
  // IAM allow completes the root delegation.
  const auto iam = e.evaluate(request("arn:aws:iam::111122223333:user/iam-only", "kms:Decrypt", key));
  EXPECT_EQ(iam.decision, Decision::Allow);
  ASSERT_EQ(iam.statements.size(), 2u);
  EXPECT_EQ(iam.statements[0].label(), "Root");
  EXPECT_EQ(iam.statements[1].label(), "Iam");
  // The key policy does not name the other account at all.
  EXPECT_EQ(e.evaluate(request("arn:aws:iam::222233334444:user/outsider", "kms:Decrypt", key)).decision,
            Decision::ImplicitDeny);
  // Without the root statement, an IAM allow is not enough (unlike S3).
  PolicySet no_root = kms_set();
  no_root.resource_policy->document.statements.erase(no_root.resource_policy->document.statements.begin());
  EXPECT_EQ(Evaluator::compile(no_root)
                .evaluator.evaluate(request("arn:aws:iam::111122223333:user/iam-only", "kms:Decrypt", key))
                .decision,
            Decision::ImplicitDeny);
  no_root.grant_rule = GrantRule::IdentityOrResource;
  EXPECT_EQ(Evaluator::compile(no_root)
                .evaluator.evaluate(request("arn:aws:iam::111122223333:user/iam-only", "kms:Decrypt", key))
                .decision,
            Decision::Allow);
}

TEST(Evaluator, UnknownResourceAccountMakesEveryCallerCrossAccount) {
  PolicySet set;
  set.resource_policy = NamedDocument{"bucket", doc(R"({"Version": "2012-10-17", "Statement": [
    {"Sid": "U", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:user/u"}, "Action": "s3:GetObject", "Resource": "*"}]})")};
  const auto r = request("arn:aws:iam::111122223333:user/u", "s3:GetObject", "arn:aws:s3:::b/k");
  EXPECT_EQ(Evaluator::compile(set).evaluator.evaluate(r).decision, Decision::ImplicitDeny);
  set.resource_account = "111122223333";
  EXPECT_EQ(Evaluator::compile(set).evaluator.evaluate(r).decision, Decision::Allow);
}

TEST(Evaluator, CompileIssuesNameDocumentAndStatement) {
  PolicySet set;
  set.resource_policy = NamedDocument{"bucket", doc(R"({"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"},
    {"Effect": "Allow", "Principal": "*", "Action": "GetObject", "Resource": "*",
     "Condition": {"DateLessThan": {"aws:CurrentTime": "soon"}, "Nul": {"k": "true"}}}]})")};
  set.identities["anonymous"].push_back(
      {"x", doc(R"({"Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]})")});
  set.identities["arn:aws:iam::111122223333:user/u"].push_back(
      {"with-principal",
       doc(R"({"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:*", "Resource": "*"}]})")});
  const auto compiled = Evaluator::compile(set);
  std::vector<std::string> seen;
  for (const auto& i : compiled.issues)
    seen.push_back(i.document + "#" + std::to_string(i.statement) + " " + i.message);
  ASSERT_EQ(seen.size(), 5u) << ::testing::PrintToString(seen);
  EXPECT_NE(seen[0].find("bucket#1 action `GetObject` has no service prefix"), std::string::npos) << seen[0];
  EXPECT_NE(seen[1].find("bucket#1 `soon` is not an ISO 8601"), std::string::npos) << seen[1];
  EXPECT_NE(seen[2].find("bucket#1 unknown condition operator `Nul`"), std::string::npos) << seen[2];
  // Identities compile in principal-ARN order: "anonymous" sorts first.
  EXPECT_NE(seen[3].find("anonymous#-1 anonymous callers and services have no identity policies"), std::string::npos)
      << seen[3];
  EXPECT_NE(seen[4].find("with-principal#0 identity policies cannot name a principal"), std::string::npos) << seen[4];
}

TEST(Evaluator, InvalidPrincipalIsAnErrorNotAnException) {
  const auto e = Evaluator::compile(PolicySet{}).evaluator;
  const auto r = e.evaluate(request("not a principal", "s3:GetObject", "arn:aws:s3:::b/k"));
  EXPECT_EQ(r.decision, Decision::ImplicitDeny);
  EXPECT_EQ(r.reason, Reason::InvalidRequest);
  EXPECT_NE(r.error.find("not a principal"), std::string::npos);
}

TEST(Evaluator, TraceExplainsEveryClauseAndOnlyWhenAsked) {
  PolicySet set;
  set.resource_account = "111122223333";
  set.resource_policy = NamedDocument{"bucket-policy", doc(R"({"Version": "2012-10-17", "Statement": [
    {"Sid": "DenyHttp", "Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "arn:aws:s3:::b/*",
     "Condition": {"Bool": {"aws:SecureTransport": "false"}}},
    {"Sid": "Read", "Effect": "Allow", "Principal": {"AWS": "111122223333"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]})")};
  const auto e = Evaluator::compile(set).evaluator;
  auto r = request("arn:aws:iam::111122223333:user/u", "s3:GetObject", "arn:aws:s3:::b/k");
  r.set("aws:SecureTransport", false);
  EXPECT_TRUE(e.evaluate(r).trace.empty());
  const auto traced = e.evaluate(r, {.trace = true});
  EXPECT_EQ(traced.decision, Decision::ExplicitDeny);
  ASSERT_EQ(traced.trace.size(), 2u);
  EXPECT_TRUE(traced.trace[0].applies);
  EXPECT_TRUE(traced.trace[1].applies);           // as a delegation: it alone grants nothing
  EXPECT_EQ(traced.trace[1].clauses.size(), 3u);  // principal, action, resource
  const std::string text = explain(traced);
  EXPECT_NE(text.find("decision: explicit_deny"), std::string::npos) << text;
  EXPECT_NE(text.find("DenyHttp (statement 0 of bucket-policy)"), std::string::npos) << text;
  EXPECT_NE(text.find("condition Bool aws:SecureTransport: request value `false`"), std::string::npos) << text;
  EXPECT_NE(text.find("a delegation, its identity policies must allow too"), std::string::npos) << text;
}

TEST(Evaluator, WorkspaceAndResultAreReusableAcrossRequests) {
  PolicySet set;
  set.resource_account = "111122223333";
  set.resource_policy = NamedDocument{"p", doc(R"({"Version": "2012-10-17", "Statement": [
    {"Sid": "A", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/${aws:username}/*"},
    {"Sid": "D", "Effect": "Deny", "Principal": "*", "Action": "s3:GetObject", "Resource": "*",
     "Condition": {"StringEquals": {"aws:SourceVpce": "vpce-bad"}}}]})")};
  const auto e = Evaluator::compile(set).evaluator;
  Workspace ws;
  Result out;
  auto alice = request("arn:aws:iam::111122223333:user/alice", "s3:GetObject", "arn:aws:s3:::b/alice/x");
  auto bob = request("arn:aws:iam::111122223333:user/bob", "s3:GetObject", "arn:aws:s3:::b/alice/x");
  auto bad = alice;
  bad.set("aws:SourceVpce", "vpce-bad");
  for (int round = 0; round < 3; ++round) {
    e.evaluate(alice, ws, out);
    EXPECT_EQ(out.decision, Decision::Allow);
    ASSERT_EQ(out.statements.size(), 1u);
    EXPECT_EQ(out.statements[0].sid, "A");
    e.evaluate(bad, ws, out);
    EXPECT_EQ(out.decision, Decision::ExplicitDeny);
    ASSERT_EQ(out.statements.size(), 1u);
    EXPECT_EQ(out.statements[0].sid, "D");
    e.evaluate(bob, ws, out);  // stale slots from `bad` must not leak
    EXPECT_EQ(out.decision, Decision::ImplicitDeny);
    EXPECT_TRUE(out.statements.empty());
  }
}

TEST(Evaluator, ActionsOutsideTheIndexedVocabularyMatchTheSame) {
  PolicySet set;
  set.resource_account = "111122223333";
  set.resource_policy = NamedDocument{"p", doc(R"({"Version": "2012-10-17", "Statement": [
    {"Sid": "Reads", "Effect": "Allow", "Principal": "*", "Action": "s3:Get*", "Resource": "*"},
    {"Sid": "NotWrites", "Effect": "Deny", "Principal": "*", "NotAction": ["s3:Get*", "s3:List*"], "Resource": "*"},
    {"Sid": "Odd", "Effect": "Allow", "Principal": "*", "Action": "s3:*Torrent", "Resource": "*"}]})")};
  const auto e = Evaluator::compile(set).evaluator;
  // s3:GetObject is indexed; s3:GetObjectTorrent, s3:PutBucketCORS and ec2:RunInstances are not.
  const std::pair<const char*, std::vector<std::string>> cases[] = {
      {"s3:GetObject", {"Reads"}},
      {"S3:getobjecttorrent", {"Reads", "Odd"}},
      {"s3:PutBucketCORS", {"NotWrites"}},
      {"ec2:RunInstances", {"NotWrites"}},
  };
  for (const auto& [action, sids] : cases) {
    const auto r = e.evaluate(request("arn:aws:iam::111122223333:user/u", action, "arn:aws:s3:::b/k"));
    std::vector<std::string> got;
    for (const auto& s : r.statements) got.push_back(std::string(s.sid));
    EXPECT_EQ(got, sids) << action;
    // The trace path matches patterns directly; it must agree with the index.
    const auto traced =
        e.evaluate(request("arn:aws:iam::111122223333:user/u", action, "arn:aws:s3:::b/k"), {.trace = true});
    EXPECT_EQ(traced.decision, r.decision) << action;
  }
}

TEST(StatementRef, LabelFallsBackToDocumentAndIndex) {
  EXPECT_EQ((StatementRef{"bucket-policy", "", 3}).label(), "bucket-policy#3");
  EXPECT_EQ((StatementRef{"bucket-policy", "Sid1", 3}).label(), "Sid1");
}

}  // namespace
}  // namespace bslc::sim
