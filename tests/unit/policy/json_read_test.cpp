#include <gtest/gtest.h>

#include "policy/json.h"

namespace bslc::policy {
namespace {

bool has_error(const ReadResult& r, const std::string& path, const std::string& fragment) {
  for (const auto& e : r.errors) {
    if (e.path == path && e.message.find(fragment) != std::string::npos) return true;
  }
  return false;
}

std::string dump_errors(const ReadResult& r) {
  std::string out;
  for (const auto& e : r.errors) out += e.path + ": " + e.message + "\n";
  return out;
}

TEST(PolicyJsonRead, AcceptsHandWrittenShapes) {
  const auto r = read_json(R"({
    "Version": "2012-10-17",
    "Statement": {
      "Effect": "Allow",
      "Principal": {"AWS": "111122223333", "Service": ["a.amazonaws.com", "b.amazonaws.com"]},
      "Action": "s3:GetObject",
      "Resource": ["arn:aws:s3:::b/*"],
      "Condition": {
        "Bool": {"aws:SecureTransport": true},
        "NumericLessThan": {"s3:TlsVersion": 1.2, "s3:signatureAge": 600000},
        "StringEquals": {"aws:SourceVpce": ["vpce-1", "vpce-2"]}
      }
    }
  })");
  ASSERT_TRUE(r.ok()) << dump_errors(r);
  ASSERT_EQ(r.document.statements.size(), 1u);
  const Statement& s = r.document.statements[0];
  EXPECT_EQ(s.effect, Effect::Allow);
  ASSERT_TRUE(s.principal);
  EXPECT_EQ(s.principal->aws, std::vector<std::string>{"111122223333"});
  EXPECT_EQ(s.principal->service.size(), 2u);
  EXPECT_EQ(s.actions, std::vector<std::string>{"s3:GetObject"});
  EXPECT_EQ(s.condition.at("Bool").at("aws:SecureTransport"), std::vector<std::string>{"true"});
  EXPECT_EQ(s.condition.at("NumericLessThan").at("s3:TlsVersion"), std::vector<std::string>{"1.2"});
  EXPECT_EQ(s.condition.at("NumericLessThan").at("s3:signatureAge"), std::vector<std::string>{"600000"});
  EXPECT_EQ(s.condition.at("StringEquals").at("aws:SourceVpce").size(), 2u);
}

TEST(PolicyJsonRead, StarPrincipalFormsAndNotElements) {
  const auto r = read_json(R"({"Version": "2012-10-17", "Statement": [
    {"Effect": "Deny", "Principal": "*", "NotAction": "s3:GetObject", "NotResource": "arn:aws:s3:::b/public/*"},
    {"Effect": "Deny", "NotPrincipal": {"AWS": ["arn:aws:iam::1:root"]}, "Action": "s3:*", "Resource": "*"},
    {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "s3:GetObject", "Resource": "*"}]})");
  ASSERT_TRUE(r.ok()) << dump_errors(r);
  const auto& st = r.document.statements;
  ASSERT_EQ(st.size(), 3u);
  EXPECT_TRUE(st[0].principal->star);
  EXPECT_TRUE(st[0].not_action);
  EXPECT_TRUE(st[0].not_resource);
  EXPECT_EQ(st[0].resources, std::vector<std::string>{"arn:aws:s3:::b/public/*"});
  ASSERT_TRUE(st[1].not_principal);
  EXPECT_FALSE(st[1].principal);
  EXPECT_FALSE(st[2].principal->star);
  EXPECT_EQ(st[2].principal->aws, std::vector<std::string>{"*"});
}

TEST(PolicyJsonRead, MissingVersionIsKeptEmpty) {
  const auto r = read_json(R"({"Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]})");
  ASSERT_TRUE(r.ok()) << dump_errors(r);
  EXPECT_EQ(r.document.version, "");
}

TEST(PolicyJsonRead, InvalidJsonIsOneErrorWithByteOffset) {
  const auto r = read_json("{\"Statement\": [}");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].path, "");
  EXPECT_NE(r.errors[0].message.find("byte 15"), std::string::npos) << r.errors[0].message;
  EXPECT_EQ(r.errors[0].message.find("[json.exception"), std::string::npos);
}

TEST(PolicyJsonRead, ReportsEveryProblemWithItsPath) {
  const auto r = read_json(R"({"Version": "2013-01-01", "Extra": 1, "Statement": [
    {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"},
    {"Effect": "Permit", "Action": ["s3:GetObject", 3], "Resource": "*",
     "Condition": {"StringEquals": {"aws:SourceVpce": [null]}, "Bool": "x"}},
    {"Action": "s3:GetObject", "NotAction": "s3:PutObject", "Principal": "me", "Resource": 5, "Foo": true},
    7]})");
  EXPECT_TRUE(has_error(r, "Version", "not a policy language version")) << dump_errors(r);
  EXPECT_TRUE(has_error(r, "Extra", "unknown policy member")) << dump_errors(r);
  EXPECT_TRUE(has_error(r, "Statement[1].Effect", "`Allow` or `Deny`")) << dump_errors(r);
  EXPECT_TRUE(has_error(r, "Statement[1].Action[1]", "expected a string")) << dump_errors(r);
  EXPECT_TRUE(has_error(r, "Statement[1].Condition.StringEquals.aws:SourceVpce[0]", "condition value"))
      << dump_errors(r);
  EXPECT_TRUE(has_error(r, "Statement[1].Condition.Bool", "map keys to values")) << dump_errors(r);
  EXPECT_TRUE(has_error(r, "Statement[2]", "no `Effect`")) << dump_errors(r);
  EXPECT_TRUE(has_error(r, "Statement[2]", "both `Action` and `NotAction`")) << dump_errors(r);
  EXPECT_TRUE(has_error(r, "Statement[2].Principal", "must be `\"*\"`")) << dump_errors(r);
  EXPECT_TRUE(has_error(r, "Statement[2].Resource", "string or an array")) << dump_errors(r);
  EXPECT_TRUE(has_error(r, "Statement[2].Foo", "unknown statement member")) << dump_errors(r);
  EXPECT_TRUE(has_error(r, "Statement[3]", "must be an object")) << dump_errors(r);
  // The well-formed first statement was still read.
  EXPECT_EQ(r.document.statements[0].actions, std::vector<std::string>{"s3:GetObject"});
}

TEST(PolicyJsonRead, StructuralErrors) {
  EXPECT_TRUE(has_error(read_json("[]"), "", "must be an object"));
  EXPECT_TRUE(has_error(read_json("{}"), "", "no `Statement`"));
  EXPECT_TRUE(has_error(read_json(R"({"Statement": "x"})"), "Statement", "object or an array"));
  EXPECT_TRUE(
      has_error(read_json(R"({"Statement": [{"Effect": "Allow", "Principal": {"Alien": "x"}, "Action": "a:b"}]})"),
                "Statement[0].Principal.Alien", "unknown principal type"));
  EXPECT_TRUE(
      has_error(read_json(R"({"Statement": [{"Effect": "Allow", "Resource": "*"}]})"), "Statement[0]", "no `Action`"));
  EXPECT_TRUE(has_error(
      read_json(
          R"({"Statement": [{"Effect": "Deny", "Principal": "*", "NotPrincipal": "*", "Action": "a:b", "Resource": "*", "NotResource": "*"}]})"),
      "Statement[0]", "both `Resource` and `NotResource`"));
}

}  // namespace
}  // namespace bslc::policy
