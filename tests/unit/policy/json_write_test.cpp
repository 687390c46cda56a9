// The writer's output format is a contract (golden files, diffs): exact text.
#include <gtest/gtest.h>

#include "policy/json.h"

namespace bslc::policy {
namespace {

Statement tls_deny() {
  Statement s;
  s.sid = "DenyInsecureTransport";
  s.effect = Effect::Deny;
  s.principal = everyone();
  s.actions = {"s3:*"};
  s.resources = {"arn:aws:s3:::acme-data", "arn:aws:s3:::acme-data/*"};
  s.condition["Bool"]["aws:SecureTransport"] = {"false"};
  return s;
}

TEST(PolicyJsonWrite, ExactLayoutScalarsArraysAndTrailingNewline) {
  Document doc;
  doc.statements.push_back(tls_deny());
  EXPECT_EQ(write_json(doc), R"({
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "DenyInsecureTransport",
      "Effect": "Deny",
      "Principal": "*",
      "Action": "s3:*",
      "Resource": [
        "arn:aws:s3:::acme-data",
        "arn:aws:s3:::acme-data/*"
      ],
      "Condition": {
        "Bool": {
          "aws:SecureTransport": "false"
        }
      }
    }
  ]
}
)");
}

TEST(PolicyJsonWrite, StatementMembersInDocumentedOrderRegardlessOfFill) {
  Statement s;
  s.condition["StringEquals"]["aws:SourceVpce"] = {"vpce-1"};
  s.resources = {"arn:aws:s3:::b/*"};
  s.not_action = true;
  s.actions = {"s3:GetObject"};
  s.not_principal = aws_principal({"arn:aws:iam::111122223333:root"});
  s.effect = Effect::Deny;
  s.sid = "X";
  Document doc;
  doc.id = "PolicyId";
  doc.statements = {s};
  const std::string out = write_json(doc);
  const auto pos = [&](const char* key) { return out.find(key); };
  EXPECT_LT(pos("\"Version\""), pos("\"Id\""));
  EXPECT_LT(pos("\"Id\""), pos("\"Statement\""));
  EXPECT_LT(pos("\"Sid\""), pos("\"Effect\""));
  EXPECT_LT(pos("\"Effect\""), pos("\"NotPrincipal\""));
  EXPECT_LT(pos("\"NotPrincipal\""), pos("\"NotAction\""));
  EXPECT_LT(pos("\"NotAction\""), pos("\"Resource\""));
  EXPECT_LT(pos("\"Resource\""), pos("\"Condition\""));
  EXPECT_EQ(out.find("\"Action\""), std::string::npos);
}

TEST(PolicyJsonWrite, ConditionOperatorsAndKeysSortedAndPrincipalTypesSorted) {
  Statement s;
  s.principal = Principal{};
  s.principal->service = {"logging.s3.amazonaws.com"};
  s.principal->aws = {"111122223333", "arn:aws:iam::222233334444:role/r"};
  s.actions = {"s3:PutObject"};
  s.resources = {"arn:aws:s3:::logs/*"};
  s.condition["StringEquals"]["aws:SourceAccount"] = {"111122223333"};
  s.condition["ArnLike"]["aws:SourceArn"] = {"arn:aws:s3:::acme"};
  s.condition["StringEquals"]["aws:PrincipalOrgID"] = {"o-1"};
  Document doc;
  doc.statements = {s};
  const std::string out = write_json(doc);
  EXPECT_LT(out.find("ArnLike"), out.find("StringEquals"));
  EXPECT_LT(out.find("aws:PrincipalOrgID"), out.find("aws:SourceAccount"));
  EXPECT_LT(out.find("\"AWS\""), out.find("\"Service\""));
  EXPECT_NE(out.find("\"Service\": \"logging.s3.amazonaws.com\""), std::string::npos);
  EXPECT_NE(out.find("\"AWS\": [\n"), std::string::npos);
}

TEST(PolicyJsonWrite, StarPrincipalFormsAreKeptApart) {
  Statement a;
  a.principal = everyone();
  a.actions = {"s3:GetObject"};
  a.resources = {"*"};
  Statement b = a;
  b.principal = aws_principal({"*"});
  Document doc;
  doc.statements = {a, b};
  const std::string out = write_json(doc);
  EXPECT_NE(out.find("\"Principal\": \"*\""), std::string::npos);
  EXPECT_NE(out.find("\"AWS\": \"*\""), std::string::npos);
}

TEST(PolicyJsonWrite, EmptyVersionIsOmittedAndEmptyNotResourceIsKept) {
  Document doc;
  doc.version.clear();
  Statement s;
  s.actions = {"s3:GetObject"};
  s.not_resource = true;
  doc.statements = {s};
  const std::string out = write_json(doc);
  EXPECT_EQ(out.find("Version"), std::string::npos);
  EXPECT_NE(out.find("\"NotResource\": []"), std::string::npos);
}

TEST(PolicyJsonWrite, InvalidUtf8DoesNotThrow) {
  Document doc;
  Statement s;
  s.sid = std::string("bad\xff");
  s.actions = {"s3:GetObject"};
  s.resources = {"*"};
  doc.statements = {s};
  std::string out;
  EXPECT_NO_THROW(out = write_json(doc));
  EXPECT_NE(out.find("bad\xEF\xBF\xBD"), std::string::npos);
}

TEST(PolicyJsonWrite, NonWhitespaceSizeCountsOnlyVisibleCharacters) {
  EXPECT_EQ(non_whitespace_size("{ \"a\" :\n\t\"b c\" }\r\n"), 10u);
  EXPECT_EQ(non_whitespace_size(""), 0u);
}

}  // namespace
}  // namespace bslc::policy
