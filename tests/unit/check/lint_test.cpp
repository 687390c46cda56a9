// Document lints (E06xx/W06xx) on hand-built policies, and check_outputs
// mapping findings on generated documents back to spec lines.
#include "check/lint.h"

#include "fixture.h"

namespace bslc::check::testing {
namespace {

using diag::Code;
using policy::Effect;
using policy::Statement;

const char* kBucket = "arn:aws:s3:::acme-data";
const char* kObjects = "arn:aws:s3:::acme-data/*";

policy::Principal star() {
  policy::Principal p;
  p.star = true;
  return p;
}

policy::Principal aws(std::string arn) {
  policy::Principal p;
  p.aws = {std::move(arn)};
  return p;
}

Statement stmt(std::string sid, Effect effect, std::vector<std::string> actions, std::vector<std::string> resources,
               policy::ConditionBlock condition = {}, std::optional<policy::Principal> who = star()) {
  Statement s;
  s.sid = std::move(sid);
  s.effect = effect;
  s.principal = std::move(who);
  s.actions = std::move(actions);
  s.resources = std::move(resources);
  s.condition = std::move(condition);
  return s;
}

std::vector<Finding> lint(std::vector<Statement> statements, bool generated = false) {
  policy::Document doc;
  doc.statements = std::move(statements);
  return lint_document(doc, LintOptions{generated});
}

std::vector<Finding> only(const std::vector<Finding>& fs, Code code) {
  std::vector<Finding> out;
  for (const auto& f : fs)
    if (f.code == code) out.push_back(f);
  return out;
}

std::string dump(const std::vector<Finding>& fs) {
  std::string out;
  for (const auto& f : fs)
    out += std::string(diag::info(f.code).id) + " #" + std::to_string(f.statement) + ": " + f.message + "\n";
  return out;
}

void expect_finding(const std::vector<Finding>& fs, Code code, size_t statement, const std::string& fragment = {}) {
  const auto found = only(fs, code);
  ASSERT_EQ(found.size(), 1u) << "expected one " << diag::info(code).id << ":\n" << dump(fs);
  EXPECT_EQ(found[0].statement, statement);
  EXPECT_FALSE(found[0].help.empty());
  if (!fragment.empty()) {
    EXPECT_NE(found[0].message.find(fragment), std::string::npos) << found[0].message;
  }
}

TEST(Lint, CleanCanonicalPolicy) {
  const auto fs = lint({
      stmt("DenyInsecureTransport", Effect::Deny, {"s3:*"}, {kBucket, kObjects},
           {{"Bool", {{"aws:SecureTransport", {"false"}}}}}),
      stmt("DenyOutdatedTls", Effect::Deny, {"s3:*"}, {kBucket, kObjects},
           {{"NumericLessThan", {{"s3:TlsVersion", {"1.2"}}}}}),
      stmt("AllowPartnerList", Effect::Allow, {"s3:ListBucket"}, {kBucket}, {}, aws("arn:aws:iam::444455556666:root")),
      stmt("AllowPartnerRead", Effect::Allow, {"s3:GetObject"}, {kObjects}, {}, aws("arn:aws:iam::444455556666:root")),
      stmt("DenyOutsideOrg", Effect::Deny, {"s3:*"}, {kBucket, kObjects},
           {{"StringNotEqualsIfExists", {{"aws:PrincipalOrgID", {"o-a1b2c3d4e5"}}}},
            {"Bool", {{"aws:PrincipalIsAWSService", {"false"}}}}}),
  });
  EXPECT_TRUE(fs.empty()) << dump(fs);
}

TEST(Lint, ObjectActionOnBucketArn) {
  const auto fs = lint({stmt("ReadAll", Effect::Allow, {"s3:GetObject", "s3:ListBucket"}, {kBucket})});
  expect_finding(fs, Code::W0601, 0, "`s3:GetObject`");
  EXPECT_NE(only(fs, Code::W0601)[0].help.find("arn:aws:s3:::acme-data/*"), std::string::npos);
}

TEST(Lint, BucketActionOnObjectArnAndAccountActions) {
  const auto fs = lint({stmt("List", Effect::Allow, {"s3:ListBucket"}, {kObjects}),
                        stmt("Buckets", Effect::Allow, {"s3:ListAllMyBuckets"}, {kBucket})});
  ASSERT_EQ(only(fs, Code::W0601).size(), 2u) << dump(fs);
  EXPECT_NE(only(fs, Code::W0601)[0].message.find("`s3:ListBucket`"), std::string::npos);
  EXPECT_EQ(only(fs, Code::W0601)[1].statement, 1u);
}

TEST(Lint, WildcardsResolveToTheirCommonScope) {
  EXPECT_TRUE(lint({stmt("A", Effect::Allow, {"s3:*"}, {kBucket})}).empty());  // mixed scope: some apply
  expect_finding(lint({stmt("A", Effect::Allow, {"s3:*Object"}, {kBucket})}), Code::W0601, 0);
  EXPECT_TRUE(lint({stmt("A", Effect::Allow, {"s3:GetObject"}, {"arn:aws:s3:::acme-*"})}).empty());
}

TEST(Lint, NegatedOperatorOnAbsentKeyInAllow) {
  const auto fs = lint({stmt("AllowOrg", Effect::Allow, {"s3:GetObject"}, {kObjects},
                             {{"StringNotEquals", {{"aws:PrincipalOrgID", {"o-a1b2c3d4e5"}}}}})});
  expect_finding(fs, Code::W0602, 0, "also allows anonymous requests");
  // Guarded by Null: false, the absent case is excluded.
  const auto guarded = lint({stmt("AllowOrg", Effect::Allow, {"s3:GetObject"}, {kObjects},
                                  {{"StringNotEquals", {{"aws:PrincipalOrgID", {"o-a1b2c3d4e5"}}}},
                                   {"Null", {{"aws:PrincipalOrgID", {"false"}}}}})});
  EXPECT_TRUE(only(guarded, Code::W0602).empty()) << dump(guarded);
}

TEST(Lint, NegatedOperatorInDenySpellsOutTheConsequence) {
  const Statement wrong_sse = stmt("DenyWrongSse", Effect::Deny, {"s3:PutObject"}, {kObjects},
                                   {{"StringNotEquals", {{"s3:x-amz-server-side-encryption", {"aws:kms"}}}}});
  expect_finding(lint({wrong_sse}), Code::W0602, 0, "rely on default encryption");
  EXPECT_TRUE(lint({wrong_sse}, /*generated=*/true).empty());  // bslc chose it; W0402 explains at the spec line
  const Statement ip = stmt("DenyOutsideOffice", Effect::Deny, {"s3:*"}, {kObjects},
                            {{"NotIpAddress", {{"aws:SourceIp", {"203.0.113.0/24"}}}}});
  expect_finding(lint({ip}), Code::W0602, 0, "VPC endpoint");
  // The VPC endpoint perimeter is the intended reading: no finding.
  const Statement vpce = stmt("DenyOutsideVpce", Effect::Deny, {"s3:*"}, {kObjects},
                              {{"StringNotEquals", {{"aws:SourceVpce", {"vpce-1a2b3c4d"}}}}});
  EXPECT_TRUE(only(lint({vpce}), Code::W0602).empty());
}

TEST(Lint, SetOperatorOnSingleValuedKey) {
  const auto fs = lint({stmt("AllowLogs", Effect::Allow, {"s3:PutObject"}, {kObjects},
                             {{"ForAnyValue:ArnLike", {{"aws:SourceArn", {kBucket}}}}}, [] {
                               policy::Principal p;
                               p.service = {"logging.s3.amazonaws.com"};
                               return p;
                             }())});
  expect_finding(fs, Code::W0603, 0, "`aws:SourceArn`");
  expect_finding(lint({stmt("A", Effect::Allow, {"s3:GetObject"}, {kObjects},
                            {{"ForAllValues:StringEquals", {{"aws:SourceVpce", {"vpce-1a2b3c4d"}}}}})}),
                 Code::W0603, 0, "true when the key is absent");
  EXPECT_TRUE(lint({stmt("A", Effect::Allow, {"s3:PutObject"}, {kObjects},
                         {{"ForAllValues:StringEquals", {{"s3:RequestObjectTagKeys", {"Classification"}}}}})})
                  .empty());
}

TEST(Lint, BoolAndNumericValueForms) {
  const auto fs = lint(
      {stmt("A", Effect::Deny, {"s3:*"}, {kObjects}, {{"Bool", {{"aws:SecureTransport", {"no"}}}}}),
       stmt("B", Effect::Deny, {"s3:*"}, {kObjects}, {{"NumericGreaterThan", {{"s3:signatureAge", {"10 minutes"}}}}}),
       stmt("C", Effect::Deny, {"s3:*"}, {kObjects},
            {{"BoolIfExists", {{"aws:MultiFactorAuthPresent", {"${aws:username}"}}}}})});
  expect_finding(fs, Code::E0601, 0, "`no`");
  expect_finding(fs, Code::E0602, 1, "`10 minutes`");
}

TEST(Lint, TlsVersionOutOfRange) {
  const auto fs = lint({stmt("DenyOldTls", Effect::Deny, {"s3:*"}, {kBucket, kObjects},
                             {{"NumericLessThan", {{"s3:TlsVersion", {"1.4"}}}}})});
  expect_finding(fs, Code::E0603, 0, "refuses every TLS connection");
  EXPECT_TRUE(
      only(lint({stmt("D", Effect::Deny, {"s3:*"}, {kObjects}, {{"NumericLessThan", {{"s3:TlsVersion", {"1.3"}}}}})}),
           Code::E0603)
          .empty());
}

TEST(Lint, KmsKeyComparedWithAlias) {
  const auto fs = lint({stmt(
      "DenyWrongKey", Effect::Deny, {"s3:PutObject"}, {kObjects},
      {{"ArnNotEqualsIfExists",
        {{"s3:x-amz-server-side-encryption-aws-kms-key-id", {"arn:aws:kms:us-east-1:111122223333:alias/records"}}}}})});
  expect_finding(fs, Code::W0604, 0, "alias");
}

TEST(Lint, MfaWithoutIfExists) {
  const auto fs = lint({stmt("DenyDeleteWithoutMfa", Effect::Deny, {"s3:DeleteObject"}, {kObjects},
                             {{"Bool", {{"aws:MultiFactorAuthPresent", {"false"}}}}})});
  expect_finding(fs, Code::W0607, 0, "long-term");
  EXPECT_TRUE(lint({stmt("D", Effect::Deny, {"s3:DeleteObject"}, {kObjects},
                         {{"BoolIfExists", {{"aws:MultiFactorAuthPresent", {"false"}}}}})})
                  .empty());
}

TEST(Lint, DuplicateSidAndStatement) {
  const Statement a =
      stmt("Read", Effect::Allow, {"s3:GetObject"}, {kObjects}, {}, aws("arn:aws:iam::444455556666:root"));
  Statement b = a;
  b.sid = "ReadAgain";
  Statement c = stmt("Read", Effect::Allow, {"s3:ListBucket"}, {kBucket}, {}, aws("arn:aws:iam::444455556666:root"));
  const auto fs = lint({a, b, c});
  expect_finding(fs, Code::W0605, 1, "statement `Read`");
  expect_finding(fs, Code::E0604, 2, "`Read`");
  EXPECT_EQ(*only(fs, Code::E0604)[0].related, 0u);
}

TEST(Lint, ShadowedStatements) {
  const auto who = aws("arn:aws:iam::444455556666:root");
  const auto fs =
      lint({stmt("ReadAll", Effect::Allow, {"s3:Get*"}, {kObjects}, {}, who),
            stmt("ReadExports", Effect::Allow, {"s3:GetObject"}, {"arn:aws:s3:::acme-data/exports/*"}, {}, who)});
  expect_finding(fs, Code::W0606, 1, "adds nothing");
  const auto overridden = lint({stmt("DenyDeletes", Effect::Deny, {"s3:DeleteObject*"}, {kObjects}),
                                stmt("AllowDelete", Effect::Allow, {"s3:DeleteObject"}, {kObjects}, {}, who)});
  expect_finding(overridden, Code::W0606, 1, "never takes effect");
  // A conditional deny does not override.
  EXPECT_TRUE(only(lint({stmt("DenyDeletes", Effect::Deny, {"s3:DeleteObject*"}, {kObjects},
                              {{"Bool", {{"aws:SecureTransport", {"false"}}}}}),
                         stmt("AllowDelete", Effect::Allow, {"s3:DeleteObject"}, {kObjects}, {}, who)}),
                   Code::W0606)
                  .empty());
}

TEST(Lint, HandWrittenLockout) {
  expect_finding(lint({stmt("DenyPolicyChanges", Effect::Deny, {"s3:PutBucketPolicy"}, {kBucket})}), Code::W0608, 0);
  expect_finding(lint({stmt("DenyOutsideVpce", Effect::Deny, {"s3:*"}, {kBucket, kObjects},
                            {{"StringNotEquals", {{"aws:SourceVpce", {"vpce-1a2b3c4d"}}}}})}),
                 Code::W0608, 0, "console or CI");
  // An administrator over TLS escapes these.
  EXPECT_TRUE(lint({stmt("DenyInsecureTransport", Effect::Deny, {"s3:*"}, {kBucket, kObjects},
                         {{"Bool", {{"aws:SecureTransport", {"false"}}}}})})
                  .empty());
  EXPECT_TRUE(only(lint({stmt("DenyOutsideVpce", Effect::Deny, {"s3:*"}, {kBucket, kObjects},
                              {{"StringNotEquals", {{"aws:SourceVpce", {"vpce-1a2b3c4d"}}}},
                               {"ArnNotEquals", {{"aws:PrincipalArn", {"arn:aws:iam::111122223333:role/Admin"}}}}})}),
                   Code::W0608)
                  .empty());
  // Object-only resources cannot touch the bucket policy.
  EXPECT_TRUE(only(lint({stmt("D", Effect::Deny, {"s3:*"}, {kObjects})}), Code::W0608).empty());
  // Generated documents: the model check E0416 speaks instead.
  EXPECT_TRUE(lint({stmt("D", Effect::Deny, {"s3:PutBucketPolicy"}, {kBucket})}, true).empty());
}

TEST(Lint, LabelsWithoutSid) {
  const auto fs = lint({stmt("", Effect::Allow, {"s3:GetObject"}, {kBucket})});
  ASSERT_EQ(fs.size(), 1u);
  EXPECT_NE(fs[0].message.find("`Statement[0]`"), std::string::npos);
}

TEST(CheckOutputs, FindingsPointAtTheSpecLineOfTheSid) {
  Spec spec(R"(bucket data { grant partner read
  deny everyone s3:PutObject unless s3:x-amz-server-side-encryption-aws-kms-key-id = "alias/x" })");
  ir::Model model;
  model.buckets.push_back(bucket(spec, "data", "acme-data"));
  lower::Output out;
  lower::BucketOutput bo;
  bo.bucket_id = "data";
  bo.bucket_policy.document.statements = {
      stmt("AllowPartnerRead", Effect::Allow, {"s3:GetObject"}, {kBucket}, {}, aws("arn:aws:iam::444455556666:root")),
      stmt("DenyCustom1", Effect::Deny, {"s3:PutObject"}, {kObjects},
           {{"StringNotEquals", {{"s3:x-amz-server-side-encryption-aws-kms-key-id", {"alias/x"}}}}})};
  bo.bucket_policy.sources = {{"AllowPartnerRead", spec.at("grant partner read")},
                              {"DenyCustom1", spec.at("deny everyone")}};
  out.buckets.push_back(bo);
  diag::DiagnosticSink sink;
  check_outputs(model, out, sink);
  const auto ds = sink.take();
  const auto mismatch = expect_one(ds, Code::W0601, spec.at("grant partner read"));
  EXPECT_NE(mismatch.notes.back().message.find("bucket policy of `data`"), std::string::npos);
  expect_none(ds, Code::W0604);  // the spec line already carries W0403
  expect_none(ds, Code::W0602);  // generated deny: quiet
}

}  // namespace
}  // namespace bslc::check::testing
