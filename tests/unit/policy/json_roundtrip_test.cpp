#include <gtest/gtest.h>

#include "policy/json.h"

namespace bslc::policy {
namespace {

Document rich_document() {
  Document doc;
  doc.id = "acme-data-policy";
  Statement a;
  a.sid = "ReadForPartner";
  a.principal = aws_principal({"arn:aws:iam::222233334444:role/reader", "333344445555"});
  a.actions = {"s3:GetObject", "s3:ListBucket"};
  a.resources = {"arn:aws:s3:::acme-data", "arn:aws:s3:::acme-data/*"};
  a.condition["StringEquals"]["aws:PrincipalOrgID"] = {"o-abc"};
  a.condition["ForAnyValue:StringLike"]["aws:PrincipalOrgPaths"] = {"o-abc/r-1/*", "o-abc/r-2/*"};
  Statement b;
  b.sid = "DenyAllButAdmin";
  b.effect = Effect::Deny;
  b.not_principal = Principal{};
  b.not_principal->aws = {"arn:aws:iam::111122223333:role/admin", "arn:aws:iam::111122223333:root"};
  b.not_action = true;
  b.actions = {"s3:GetObject"};
  b.not_resource = true;
  b.resources = {"arn:aws:s3:::acme-data/public/*"};
  Statement c;
  c.principal = everyone();
  c.actions = {"s3:PutObject"};
  c.resources = {"arn:aws:s3:::acme-data/*"};
  c.condition["Null"]["s3:x-amz-server-side-encryption-aws-kms-key-id"] = {"true"};
  c.effect = Effect::Deny;
  Statement d;
  d.principal = Principal{};
  d.principal->service = {"logging.s3.amazonaws.com"};
  d.principal->canonical_user = {std::string(64, 'a')};
  d.principal->federated = {"cognito-identity.amazonaws.com"};
  d.actions = {"s3:PutObject"};
  d.resources = {"arn:aws:s3:::acme-logs/*"};
  doc.statements = {a, b, c, d};
  return doc;
}

TEST(PolicyJsonRoundTrip, WriteReadIsIdentity) {
  const Document doc = rich_document();
  const auto r = read_json(write_json(doc));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.document, doc);
}

TEST(PolicyJsonRoundTrip, WriteIsDeterministicAndAFixedPoint) {
  const Document doc = rich_document();
  const std::string once = write_json(doc);
  EXPECT_EQ(once, write_json(doc));
  EXPECT_EQ(write_json(read_json(once).document), once);
}

TEST(PolicyJsonRoundTrip, HandWrittenReadWriteReadIsStable) {
  // Scalars where lists could be, a lone statement object, booleans and numbers, no Version.
  const char* text = R"({"Statement": {"Sid": "S", "Effect": "Deny", "Principal": {"AWS": "*"},
    "Action": ["s3:*"], "Resource": "arn:aws:s3:::b/*",
    "Condition": {"Bool": {"aws:SecureTransport": false}, "NumericLessThan": {"s3:TlsVersion": 1.2},
                  "IpAddress": {"aws:SourceIp": ["10.0.0.0/8", "2001:db8::/32"]}}}})";
  const auto first = read_json(text);
  ASSERT_TRUE(first.ok());
  const auto second = read_json(write_json(first.document));
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second.document, first.document);
  EXPECT_EQ(second.document.statements[0].condition.at("Bool").at("aws:SecureTransport"),
            std::vector<std::string>{"false"});
  EXPECT_EQ(second.document.version, "");
}

TEST(PolicyJsonRoundTrip, EmptyNotListsKeepTheirFlag) {
  Document doc;
  Statement s;
  s.not_action = true;
  s.not_resource = true;
  doc.statements = {s};
  const auto r = read_json(write_json(doc));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.document, doc);
}

}  // namespace
}  // namespace bslc::policy
