// Claims over small hand-written policies: for every condition operator
// family and rule, one claim the policies satisfy (PROVED) and one they
// contradict (VIOLATED, with a counterexample the simulator confirmed).
#include <gtest/gtest.h>

#include "policy/json.h"
#include "verify/verify.h"

namespace bslc::verify {
namespace {

constexpr const char* kBucket = "arn:aws:s3:::acme-data";
constexpr const char* kOwner = "111122223333";
constexpr const char* kPartner = "444455556666";

policy::Document doc(const std::string& statements) {
  auto r = policy::read_json(R"({"Version": "2012-10-17", "Statement": [)" + statements + "]}");
  EXPECT_TRUE(r.ok()) << statements;
  return r.document;
}

// A partner read grant guarded by one condition.
std::string guarded_grant(const std::string& op, const std::string& key, const std::string& value) {
  return R"({"Sid": "PartnerRead", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:root"},
             "Action": "s3:GetObject", "Resource": "arn:aws:s3:::acme-data/*",
             "Condition": {")" +
         op + R"(": {")" + key + R"(": )" + value + "}}}";
}

Outcome check(const std::string& statements, Claim claim, sim::BucketSettings settings = {}) {
  sim::BucketConfig config;
  config.bucket_policy = doc(statements);
  config.resource_account = kOwner;
  config.settings = settings;
  Verifier v(config, kBucket, {std::move(claim)});
  return v.check(0);
}

Claim partner_reads(std::vector<Predicate> where = {}) {
  Claim c;
  c.kind = Claim::Kind::Never;
  c.actions = {"s3:GetObject"};
  c.who.parties = {{Party::Kind::Account, kPartner}};
  c.where = std::move(where);
  return c;
}

Predicate cond(std::string op, std::string key, std::vector<std::string> values, bool negated = false) {
  Predicate p;
  p.op = std::move(op);
  p.key = std::move(key);
  p.values = std::move(values);
  p.negated = negated;
  return p;
}

struct OperatorCase {
  const char* name;
  const char* op;
  const char* key;
  const char* policy_value;  // JSON
  Predicate outside;         // no allowed request satisfies it: PROVED
  Predicate inside;          // some allowed request satisfies it: VIOLATED
};

class Operators : public ::testing::TestWithParam<OperatorCase> {};

TEST_P(Operators, ProvedOutsideTheGrantViolatedInside) {
  const OperatorCase& c = GetParam();
  const std::string grant = guarded_grant(c.op, c.key, c.policy_value);
  const Outcome proved = check(grant, partner_reads({c.outside}));
  EXPECT_EQ(proved.verdict, Verdict::Proved) << proved.reason;
  const Outcome violated = check(grant, partner_reads({c.inside}));
  ASSERT_EQ(violated.verdict, Verdict::Violated) << violated.reason;
  ASSERT_TRUE(violated.counterexample.has_value());
  EXPECT_EQ(violated.counterexample->decision, sim::Decision::Allow);
}

INSTANTIATE_TEST_SUITE_P(
    Verify, Operators,
    ::testing::Values(
        OperatorCase{"StringEquals", "StringEquals", "aws:SourceVpce", R"("vpce-1a2b3c4d")",
                     cond("StringEquals", "aws:SourceVpce", {"vpce-9"}),
                     cond("StringEquals", "aws:SourceVpce", {"vpce-1a2b3c4d"})},
        OperatorCase{"StringNotEqualsAbsent", "StringNotEquals", "aws:SourceVpce", R"("vpce-1")",
                     cond("StringEquals", "aws:SourceVpce", {"vpce-1"}), cond("Null", "aws:SourceVpce", {"true"})},
        OperatorCase{"StringEqualsIgnoreCase", "StringEqualsIgnoreCase", "aws:PrincipalTag/team", R"("Data")",
                     cond("StringEquals", "aws:PrincipalTag/team", {"ops"}),
                     cond("StringEquals", "aws:PrincipalTag/team", {"DATA"})},
        OperatorCase{"StringLike", "StringLike", "aws:Referer", R"("https://acme.example/*")",
                     cond("StringLike", "aws:Referer", {"https://other.example/*"}),
                     cond("StringEquals", "aws:Referer", {"https://acme.example/a"})},
        OperatorCase{"NumericLessThan", "NumericLessThan", "s3:signatureAge", R"("600000")",
                     cond("NumericGreaterThanEquals", "s3:signatureAge", {"600000"}),
                     cond("NumericLessThan", "s3:signatureAge", {"1000"})},
        OperatorCase{"DateGreaterThan", "DateGreaterThan", "aws:CurrentTime", R"("2026-01-01T00:00:00Z")",
                     cond("DateLessThanEquals", "aws:CurrentTime", {"2026-01-01T00:00:00Z"}),
                     cond("DateGreaterThan", "aws:CurrentTime", {"2026-06-01T00:00:00Z"})},
        OperatorCase{"Bool", "Bool", "aws:SecureTransport", R"("true")", cond("Bool", "aws:SecureTransport", {"false"}),
                     cond("Bool", "aws:SecureTransport", {"true"})},
        OperatorCase{"IpAddress", "IpAddress", "aws:SourceIp", R"("203.0.113.0/24")",
                     cond("IpAddress", "aws:SourceIp", {"10.0.0.0/8"}),
                     cond("IpAddress", "aws:SourceIp", {"203.0.113.128/25"})},
        OperatorCase{"NotIpAddress", "NotIpAddress", "aws:SourceIp", R"("10.0.0.0/8")",
                     cond("IpAddress", "aws:SourceIp", {"10.1.0.0/16"}),
                     cond("IpAddress", "aws:SourceIp", {"192.0.2.0/24"})},
        OperatorCase{"ArnLike", "ArnLike", "aws:SourceArn", R"("arn:aws:cloudfront::111122223333:distribution/*")",
                     cond("ArnLike", "aws:SourceArn", {"arn:aws:cloudfront::999999999999:*"}),
                     cond("StringEquals", "aws:SourceArn", {"arn:aws:cloudfront::111122223333:distribution/E1"})},
        OperatorCase{"NullFalse", "Null", "aws:PrincipalTag/team", R"("false")",
                     cond("Null", "aws:PrincipalTag/team", {"true"}),
                     cond("StringEquals", "aws:PrincipalTag/team", {"x"})},
        OperatorCase{"IfExists", "StringEqualsIfExists", "aws:SourceVpce", R"("vpce-1")",
                     cond("StringEquals", "aws:SourceVpce", {"vpce-2"}), cond("Null", "aws:SourceVpce", {"true"})},
        OperatorCase{"ForAllValues", "ForAllValues:StringEquals", "aws:TagKeys", R"(["a", "b"])",
                     cond("ForAnyValue:StringEquals", "aws:TagKeys", {"c"}),
                     cond("ForAnyValue:StringEquals", "aws:TagKeys", {"a"})},
        OperatorCase{"ForAnyValue", "ForAnyValue:StringLike", "aws:PrincipalOrgPaths", R"("o-1/r-1/ou-1/*")",
                     cond("Null", "aws:PrincipalOrgPaths", {"true"}),
                     cond("ForAnyValue:StringEquals", "aws:PrincipalOrgPaths", {"o-1/r-1/ou-1/x"})}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(Rules, ExplicitDenyOverridesAllow) {
  const std::string statements = guarded_grant("StringEquals", "aws:SourceVpce", R"("vpce-1")") + "," +
                                 R"({"Sid": "DenyInsecure", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
                                     "Resource": "arn:aws:s3:::acme-data/*",
                                     "Condition": {"Bool": {"aws:SecureTransport": "false"}}})";
  EXPECT_EQ(check(statements, partner_reads({cond("Bool", "aws:SecureTransport", {"false"})})).verdict,
            Verdict::Proved);
  const auto allowed = check(statements, partner_reads({cond("Bool", "aws:SecureTransport", {"true"})}));
  ASSERT_EQ(allowed.verdict, Verdict::Violated);
}

TEST(Rules, NotResourceAndNotAction) {
  const std::string statements =
      R"({"Effect": "Allow", "Principal": {"AWS": "444455556666"}, "NotAction": "s3:Delete*",
          "NotResource": "arn:aws:s3:::acme-data/private/*"})";
  Claim deletes = partner_reads();
  deletes.actions = {"s3:DeleteObject"};
  EXPECT_EQ(check(statements, deletes).verdict, Verdict::Proved);
  Claim private_reads = partner_reads();
  private_reads.prefix = "private/";
  EXPECT_EQ(check(statements, private_reads).verdict, Verdict::Proved);
  const auto reads = check(statements, partner_reads());
  ASSERT_EQ(reads.verdict, Verdict::Violated);
  EXPECT_EQ(reads.counterexample->request.resource.rfind("arn:aws:s3:::acme-data/private/", 0), std::string::npos);
}

TEST(Rules, CrossAccountNeedsTheResourcePolicyEvenInTheOpenWorld) {
  // No grant at all: a foreign account can do nothing, whatever its identity policies allow.
  const std::string statements =
      R"({"Sid": "OwnerOnly", "Effect": "Allow", "Principal": {"AWS": "111122223333"}, "Action": "s3:*",
          "Resource": "arn:aws:s3:::acme-data/*"})";
  EXPECT_EQ(check(statements, partner_reads()).verdict, Verdict::Proved);
  // The bucket's own account is allowed through identity policies alone (open world).
  Claim own = partner_reads();
  own.who.parties = {{Party::Kind::AccountNonRoot, kOwner}};
  own.actions = {"s3:DeleteObject"};
  const auto o = check(statements, own);
  ASSERT_EQ(o.verdict, Verdict::Violated);
  EXPECT_FALSE(o.counterexample->assumed_identity_actions.empty());
  // With only the identity policies given (none), the account grant is a delegation nobody completes.
  own.emitted_identities_only = true;
  EXPECT_EQ(check(statements, own).verdict, Verdict::Proved);
}

TEST(Rules, RestrictPublicBucketsSetsAsidePublicGrants) {
  const std::string statements =
      R"({"Sid": "Public", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject",
          "Resource": "arn:aws:s3:::acme-data/*"})";
  Claim anonymous;
  anonymous.actions = {"s3:GetObject"};
  anonymous.who.parties = {{Party::Kind::Anonymous, ""}};
  EXPECT_EQ(check(statements, anonymous).verdict, Verdict::Violated);
  sim::BucketSettings blocked;
  blocked.public_access_block.restrict_public_buckets = true;
  EXPECT_EQ(check(statements, anonymous, blocked).verdict, Verdict::Proved);
}

TEST(Rules, AlwaysAllowNeedsEveryRequest) {
  const std::string grant = guarded_grant("Bool", "aws:SecureTransport", R"("true")");
  Claim always = partner_reads({cond("Bool", "aws:SecureTransport", {"true"})});
  always.kind = Claim::Kind::Always;
  always.who.parties = {{Party::Kind::Principal, "arn:aws:iam::444455556666:root"}};
  EXPECT_EQ(check(grant, always).verdict, Verdict::Proved);
  always.where.clear();
  const auto o = check(grant, always);
  ASSERT_EQ(o.verdict, Verdict::Violated);
  EXPECT_NE(o.counterexample->decision, sim::Decision::Allow);
}

// Request shaping (sim/request_shape.h), encoded as the simulator applies it.
TEST(Shaping, AKeyTheActionNeverCarriesNeverSatisfiesTheGrant) {
  // s3:prefix comes with ListBucket, never with GetObject: the grant is dead.
  const std::string grant = guarded_grant("StringLike", "s3:prefix", R"("home/*")");
  EXPECT_EQ(check(grant, partner_reads()).verdict, Verdict::Proved);
}

TEST(Shaping, AMultipartPartCarriesNoEncryptionHeader) {
  // Allow uploads, deny those whose encryption header is not aws:kms when the header is
  // present (the multipart-safe form): a part is allowed and shows no header.
  const std::string statements =
      R"({"Sid": "Upload", "Effect": "Allow", "Principal": {"AWS": "444455556666"}, "Action": "s3:PutObject",
          "Resource": "arn:aws:s3:::acme-data/*"},
         {"Sid": "KmsOnly", "Effect": "Deny", "Principal": "*", "Action": "s3:PutObject",
          "Resource": "arn:aws:s3:::acme-data/*",
          "Condition": {"StringNotEquals": {"s3:x-amz-server-side-encryption": "aws:kms"},
                        "Null": {"s3:x-amz-server-side-encryption": "false"}}})";
  Claim no_header = partner_reads({cond("Null", "s3:x-amz-server-side-encryption", {"true"})});
  no_header.actions = {"s3:PutObject"};
  const auto o = check(statements, no_header);
  ASSERT_EQ(o.verdict, Verdict::Violated) << o.reason;
  // Either a part, or a whole upload that the bucket default encrypts: both are real requests.
  EXPECT_EQ(o.counterexample->decision, sim::Decision::Allow);
  // Stored encryption: a part stores nothing of its own, so only whole uploads count, and
  // the default (SSE-S3) is what a header-less whole upload gets.
  Predicate stored;
  stored.kind = Predicate::Kind::AppliedEncryption;
  stored.negated = true;
  stored.algorithm = sim::SseAlgorithm::SseKms;
  Claim unencrypted = partner_reads({stored});
  unencrypted.actions = {"s3:PutObject"};
  const auto u = check(statements, unencrypted);
  ASSERT_EQ(u.verdict, Verdict::Violated);
  EXPECT_EQ(u.counterexample->request.action, "s3:PutObject");
  // A claim on the operation itself speaks of parts only.
  Claim parts = partner_reads();
  parts.actions = {"s3:UploadPart"};
  const auto part = check(statements, parts);
  ASSERT_EQ(part.verdict, Verdict::Violated);
  EXPECT_EQ(part.counterexample->request.action, "s3:UploadPart");
  EXPECT_EQ(part.counterexample->request.find("s3:x-amz-server-side-encryption"), nullptr);
}

TEST(Shaping, SseCIsRefusedWhereBlocked) {
  const std::string statements =
      R"({"Sid": "Upload", "Effect": "Allow", "Principal": {"AWS": "444455556666"}, "Action": "s3:PutObject",
          "Resource": "arn:aws:s3:::acme-data/*"})";
  Claim sse_c = partner_reads({cond("Null", "s3:x-amz-server-side-encryption-customer-algorithm", {"false"})});
  sse_c.actions = {"s3:PutObject"};
  sim::BucketSettings blocked;  // AWS's default
  EXPECT_EQ(check(statements, sse_c, blocked).verdict, Verdict::Proved);
  sim::BucketSettings unblocked;
  unblocked.sse_c_blocked = false;
  const auto o = check(statements, sse_c, unblocked);
  ASSERT_EQ(o.verdict, Verdict::Violated);
  EXPECT_EQ(o.counterexample->decision, sim::Decision::Allow);
}

TEST(Shaping, TheOwnersRootMayAlwaysManageTheBucketPolicy) {
  const std::string statements =
      R"({"Sid": "Lockout", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
          "Resource": ["arn:aws:s3:::acme-data", "arn:aws:s3:::acme-data/*"]})";
  Claim root;
  root.kind = Claim::Kind::Possible;
  root.actions = {"s3:PutBucketPolicy"};
  root.who.parties = {{Party::Kind::Principal, "arn:aws:iam::111122223333:root"}};
  const auto o = check(statements, root);
  ASSERT_EQ(o.verdict, Verdict::Proved) << o.reason;
  Claim others = root;
  others.who.parties = {{Party::Kind::AccountNonRoot, kOwner}};
  EXPECT_EQ(check(statements, others).verdict, Verdict::Violated);
  Claim reads = root;
  reads.actions = {"s3:GetObject"};
  EXPECT_EQ(check(statements, reads).verdict, Verdict::Violated);
}

TEST(Rules, PolicyVariablesAreNamedNotSilentlyApproximated) {
  const std::string statements =
      R"({"Effect": "Allow", "Principal": {"AWS": "444455556666"}, "Action": "s3:GetObject",
          "Resource": "arn:aws:s3:::acme-data/home/${aws:username}/*"})";
  Claim c = partner_reads();
  c.prefix = "public/";
  const auto o = check(statements, c);
  EXPECT_EQ(o.verdict, Verdict::Unknown);
  EXPECT_NE(o.reason.find("${aws:username}"), std::string::npos) << o.reason;
}

}  // namespace
}  // namespace bslc::verify
