#include "sim/request.h"

#include <gtest/gtest.h>

namespace bslc::sim {
namespace {

TEST(ParsePrincipal, EveryKind) {
  auto p = parse_principal("arn:aws:iam::111122223333:user/team/alice");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->kind, PrincipalKind::User);
  EXPECT_EQ(p->account, "111122223333");
  EXPECT_EQ(p->name, "alice");
  EXPECT_EQ(p->path, "/team/");

  p = parse_principal("arn:aws:sts::111122223333:assumed-role/reader/job-7");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->kind, PrincipalKind::AssumedRole);
  EXPECT_EQ(p->name, "reader");
  EXPECT_EQ(p->session, "job-7");

  p = parse_principal("arn:aws-cn:iam::111122223333:role/svc/app");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->kind, PrincipalKind::Role);
  EXPECT_EQ(p->partition, "aws-cn");
  EXPECT_EQ(p->name, "app");

  EXPECT_EQ(parse_principal("arn:aws:iam::111122223333:root")->kind, PrincipalKind::Root);
  EXPECT_EQ(parse_principal("111122223333")->kind, PrincipalKind::Root);
  EXPECT_EQ(parse_principal("anonymous")->kind, PrincipalKind::Anonymous);
  EXPECT_EQ(parse_principal("logging.s3.amazonaws.com")->kind, PrincipalKind::Service);
  EXPECT_EQ(parse_principal("s3.amazonaws.com.cn")->kind, PrincipalKind::Service);
  EXPECT_EQ(parse_principal("arn:aws:sts::111122223333:federated-user/dan")->kind, PrincipalKind::FederatedUser);
}

TEST(ParsePrincipal, RejectsWithReasons) {
  for (const char* bad :
       {"", "alice", "arn:aws:s3:::bucket", "arn:aws:iam:eu-west-1:111122223333:user/a", "arn:aws:iam::1111:user/a",
        "arn:aws:iam::111122223333:group/g", "arn:aws:sts::111122223333:assumed-role/onlyrole",
        "arn:aws:iam::111122223333:user/", "arn:aws:sts::111122223333:assumed-role/r/s/extra"}) {
    std::string why;
    EXPECT_FALSE(parse_principal(bad, &why)) << bad;
    EXPECT_FALSE(why.empty()) << bad;
  }
}

TEST(RequestContext, SetReplacesCaseInsensitivelyAndFindSeesLastEntry) {
  Request r;
  r.set("aws:SourceIp", "1.2.3.4");
  r.set("AWS:SOURCEIP", "5.6.7.8");
  ASSERT_EQ(r.context.size(), 1u);
  EXPECT_EQ(r.find("aws:sourceip")->text, "5.6.7.8");
  r.context.push_back({"aws:sourceIP", ContextValue("9.9.9.9")});
  EXPECT_EQ(r.find("aws:SourceIp")->text, "9.9.9.9");
  EXPECT_EQ(r.find("aws:SourceVpce"), nullptr);
}

TEST(RequestContext, ValueKindsKeepText) {
  EXPECT_EQ(ContextValue(true).text, "true");
  EXPECT_EQ(ContextValue(true).kind, ContextValue::Kind::Bool);
  EXPECT_EQ(ContextValue(1.2).text, "1.2");
  EXPECT_EQ(ContextValue(600000).text, "600000");
  EXPECT_EQ(ContextValue(600000).kind, ContextValue::Kind::Number);
  EXPECT_EQ(ContextValue("x").kind, ContextValue::Kind::String);
  const auto list = ContextValue::list({"a", "b"});
  EXPECT_EQ(list.kind, ContextValue::Kind::List);
  EXPECT_EQ(list.items.size(), 2u);
}

}  // namespace
}  // namespace bslc::sim
