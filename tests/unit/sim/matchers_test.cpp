// Wildcards, ARNs, IP blocks, dates, numbers, base64: the value matchers every
// condition and Resource element rests on.
#include <gtest/gtest.h>

#include "sim/detail/arn.h"
#include "sim/detail/context.h"
#include "sim/detail/ip.h"
#include "sim/detail/pattern.h"
#include "sim/detail/scalar.h"
#include "sim/detail/text.h"
#include "sim/public_policy.h"

namespace bslc::sim::detail {
namespace {

bool glob(std::string_view pattern, std::string_view value, bool fold = false) {
  return Pattern::compile(pattern, {.wildcards = true, .variables = false, .fold_case = fold}, nullptr)
      .match(value, {});
}

TEST(Pattern, ResourceWildcardsCrossSlashesAsInReference) {
  // §1.9's worked example.
  const char* p = "arn:aws:s3:::DOC/*/test/*";
  EXPECT_TRUE(glob(p, "arn:aws:s3:::DOC/1/test/x"));
  EXPECT_TRUE(glob(p, "arn:aws:s3:::DOC/1/2/test/3/x"));
  EXPECT_TRUE(glob(p, "arn:aws:s3:::DOC//test/x"));
  EXPECT_TRUE(glob(p, "arn:aws:s3:::DOC/1/test/"));
  EXPECT_FALSE(glob(p, "arn:aws:s3:::DOC/test/x"));
  EXPECT_FALSE(glob(p, "arn:aws:s3:::DOC/1-test/x"));
  EXPECT_TRUE(glob("arn:aws:s3:::*", "arn:aws:s3:::bucket/key"));
  EXPECT_TRUE(glob("arn:aws:s3:::mybucket*", "arn:aws:s3:::mybucket-other/x"));
  EXPECT_FALSE(glob("arn:aws:s3:::b/*", "arn:aws:s3:::b"));
}

TEST(Pattern, QuestionMarkAndBacktracking) {
  EXPECT_TRUE(glob("a?c", "abc"));
  EXPECT_FALSE(glob("a?c", "ac"));
  EXPECT_TRUE(glob("*a*b*c", "xxaybzzc"));
  EXPECT_FALSE(glob("*a*b*c", "xxaybzzcd"));
  EXPECT_TRUE(glob("a*aab", "aaaaab"));
  EXPECT_TRUE(glob("**", ""));
  EXPECT_FALSE(glob("?", ""));
  EXPECT_TRUE(glob("", ""));
  EXPECT_FALSE(glob("", "a"));
}

TEST(Pattern, CaseFoldingOnlyWhenAsked) {
  EXPECT_TRUE(glob("s3:Get*", "S3:GETOBJECT", true));
  EXPECT_TRUE(glob("s3:*object", "s3:GetObject", true));
  EXPECT_FALSE(glob("arn:aws:s3:::B/*", "arn:aws:s3:::b/x"));
  // Without wildcards, `*` is literal.
  EXPECT_FALSE(Pattern::compile("vpc-*", {}, nullptr).match("vpc-123", {}));
  EXPECT_TRUE(Pattern::compile("vpc-*", {}, nullptr).match("vpc-*", {}));
}

TEST(Pattern, VariablesResolveFromSlotsAndStayLiteral) {
  KeyTable keys;
  const auto p = Pattern::compile("home/${aws:username}/*", {.wildcards = true, .variables = true}, &keys);
  ASSERT_TRUE(p.has_variables());
  const int id = keys.find("AWS:USERNAME");
  ASSERT_GE(id, 0);
  std::vector<ValueView> slots(keys.size());
  EXPECT_FALSE(p.match("home/alice/x", slots));  // absent: matches nothing
  slots[id] = ValueView{ValueView::State::Scalar, "alice"};
  EXPECT_TRUE(p.match("home/alice/x", slots));
  EXPECT_FALSE(p.match("home/bob/x", slots));
  // A value containing `*` is literal text, not a wildcard.
  slots[id] = ValueView{ValueView::State::Scalar, "*"};
  EXPECT_FALSE(p.match("home/alice/x", slots));
  EXPECT_TRUE(p.match("home/*/x", slots));
}

TEST(Pattern, EscapesAndDefaults) {
  KeyTable keys;
  const auto star = Pattern::compile("a${*}b${?}${$}", {.wildcards = true, .variables = true}, &keys);
  EXPECT_FALSE(star.has_variables());
  EXPECT_TRUE(star.match("a*b?$", {}));
  EXPECT_FALSE(star.match("axb?$", {}));
  const auto with_default = Pattern::compile("${aws:PrincipalTag/team, 'none'}", {.variables = true}, &keys);
  std::vector<ValueView> slots(keys.size());
  EXPECT_TRUE(with_default.match("none", slots));
  // Without variables enabled (2008 policies) the text is literal.
  EXPECT_TRUE(Pattern::compile("${aws:username}", {}, &keys).match("${aws:username}", {}));
}

TEST(Arn, SplitKeepsColonsInTheLastField) {
  const auto f = split_arn("arn:aws:s3:::b/a:b:c");
  ASSERT_EQ(f.count, 6);
  EXPECT_EQ(f.field[5], "b/a:b:c");
  EXPECT_EQ(split_arn("not-an-arn").count, 1);
  EXPECT_TRUE(is_arn("arn:aws:iam::1:root"));
  EXPECT_FALSE(is_arn("arn:aws:iam"));
}

TEST(Arn, PerFieldMatchingVersusStringLike) {
  // AWS's example: StringLike crosses the colon, ArnLike does not.
  const char* pattern = "arn:aws:svc:*:111122223333:finance/*";
  const char* value = "arn:aws:svc:us-east-2:999999999999:store/abc:111122223333:finance/doc";
  EXPECT_TRUE(glob(pattern, value));
  EXPECT_FALSE(ArnPattern::compile(pattern, false, nullptr).match(value, {}));
  EXPECT_TRUE(ArnPattern::compile(pattern, false, nullptr).match("arn:aws:svc:eu-west-1:111122223333:finance/x", {}));
  EXPECT_TRUE(ArnPattern::compile("*", false, nullptr).match("arn:aws:s3:::b", {}));
  EXPECT_FALSE(ArnPattern::compile("arn:aws:s3:::b", false, nullptr).match("arn:aws:s3:::B", {}));
  EXPECT_FALSE(ArnPattern::compile("arn:aws:s3:::*", false, nullptr).match("not:an:arn", {}));
}

Cidr cidr(std::string_view text) {
  Cidr c;
  EXPECT_TRUE(parse_cidr(text, c)) << text;
  return c;
}

IpAddress ip(std::string_view text) {
  IpAddress a;
  EXPECT_TRUE(parse_ip(text, a)) << text;
  return a;
}

TEST(Ip, V4AndV6Blocks) {
  EXPECT_TRUE(cidr_contains(cidr("203.0.113.0/24"), ip("203.0.113.77")));
  EXPECT_FALSE(cidr_contains(cidr("203.0.113.0/24"), ip("203.0.114.1")));
  EXPECT_TRUE(cidr_contains(cidr("10.1.2.3/8"), ip("10.200.0.1")));      // host bits ignored
  EXPECT_TRUE(cidr_contains(cidr("198.51.100.7"), ip("198.51.100.7")));  // bare = /32
  EXPECT_FALSE(cidr_contains(cidr("198.51.100.7"), ip("198.51.100.8")));
  EXPECT_TRUE(cidr_contains(cidr("0.0.0.0/0"), ip("1.2.3.4")));
  EXPECT_TRUE(cidr_contains(cidr("2001:db8::/32"), ip("2001:db8:1234::1")));
  EXPECT_FALSE(cidr_contains(cidr("2001:db8::/32"), ip("2001:db9::1")));
  EXPECT_TRUE(cidr_contains(cidr("2001:db8:0:0:0:0:0:1/128"), ip("2001:db8::1")));
  EXPECT_TRUE(cidr_contains(cidr("::ffff:192.0.2.0/120"), ip("::ffff:192.0.2.9")));
  EXPECT_TRUE(cidr_contains(cidr("2001:db8::/33"), ip("2001:db8:7fff::1")));
  EXPECT_FALSE(cidr_contains(cidr("2001:db8::/33"), ip("2001:db8:8000::1")));
  // Families never match each other.
  EXPECT_FALSE(cidr_contains(cidr("0.0.0.0/0"), ip("::1")));
}

TEST(Ip, RejectsMalformedText) {
  Cidr c;
  IpAddress a;
  for (const char* bad : {"256.0.0.1", "1.2.3", "1.2.3.4.5", "1.2.3.4/33", "1::2::3", "12345::", "1:2:3:4:5:6:7:8:9",
                          "::/129", "", "abc", "1.2.3.4/", "1:2"}) {
    EXPECT_FALSE(parse_cidr(bad, c)) << bad;
  }
  EXPECT_FALSE(parse_ip("10.0.0.0/8", a));
  EXPECT_TRUE(parse_ip("::", a));
}

TEST(Scalars, DatesInIsoAndEpochForms) {
  int64_t ms = 0;
  ASSERT_TRUE(parse_date("1970-01-02", ms));
  EXPECT_EQ(ms, 86400000);
  ASSERT_TRUE(parse_date("2024-01-31T10:00:00Z", ms));
  EXPECT_EQ(ms, 1706695200000);
  ASSERT_TRUE(parse_date("1706695200", ms));
  EXPECT_EQ(ms, 1706695200000);
  ASSERT_TRUE(parse_date("2024-01-31T12:00:00+02:00", ms));
  EXPECT_EQ(ms, 1706695200000);
  ASSERT_TRUE(parse_date("2024-01-31T05:00:00-0500", ms));
  EXPECT_EQ(ms, 1706695200000);
  ASSERT_TRUE(parse_date("2024-01-31T10:00:00.250Z", ms));
  EXPECT_EQ(ms, 1706695200250);
  ASSERT_TRUE(parse_date("2024-01-31T10:00Z", ms));
  EXPECT_EQ(ms, 1706695200000);
  ASSERT_TRUE(parse_date("2000-03-01T00:00:00Z", ms));  // leap-year arithmetic
  EXPECT_EQ(ms, 951868800000);
  for (const char* bad :
       {"2024-13-01", "2024-01-32", "yesterday", "2024-01-31T25:00:00Z", "2024-01-31T10:00:00Q", ""}) {
    EXPECT_FALSE(parse_date(bad, ms)) << bad;
  }
}

TEST(Scalars, NumbersAndBase64) {
  double d = 0;
  EXPECT_TRUE(parse_number("1.2", d));
  EXPECT_DOUBLE_EQ(d, 1.2);
  EXPECT_TRUE(parse_number("+600000", d));
  EXPECT_TRUE(parse_number("-3e2", d));
  EXPECT_DOUBLE_EQ(d, -300);
  EXPECT_FALSE(parse_number("1.2.3", d));
  EXPECT_FALSE(parse_number("", d));
  EXPECT_FALSE(parse_number("12abc", d));
  std::string bytes;
  EXPECT_TRUE(base64_decode("aGVsbG8=", bytes));
  EXPECT_EQ(bytes, "hello");
  EXPECT_TRUE(base64_decode("aGVsbG8", bytes));
  EXPECT_EQ(bytes, "hello");
  EXPECT_FALSE(base64_decode("a$b=", bytes));
}

TEST(PatternIntersection, FindsCommonStrings) {
  EXPECT_TRUE(patterns_intersect("s3:Get*", "s3:get*"));
  EXPECT_TRUE(patterns_intersect("*", "s3:put*"));
  EXPECT_TRUE(patterns_intersect("s3:*Object", "s3:get*"));
  EXPECT_TRUE(patterns_intersect("s3:G?tObject", "s3:get*"));
  EXPECT_FALSE(patterns_intersect("s3:CreateJob", "s3:get*"));
  EXPECT_FALSE(patterns_intersect("kms:*", "s3:put*"));
  EXPECT_FALSE(patterns_intersect("s3:RestoreObjects", "s3:restoreobject"));
  EXPECT_TRUE(patterns_intersect("s3:RestoreObject", "s3:restoreobject"));
}

TEST(Text, WordWiseCaseInsensitiveCompareAgainstLowerCase) {
  EXPECT_TRUE(iequals_lower("AWS:SecureTransport", "aws:securetransport"));
  EXPECT_TRUE(iequals_lower("s3:x-amz-server-side-encryption-AWS-KMS-KEY-ID",
                            "s3:x-amz-server-side-encryption-aws-kms-key-id"));
  EXPECT_FALSE(iequals_lower("aws:SecureTransporT", "aws:securetransporx"));
  EXPECT_FALSE(iequals_lower("aws:a", "aws:ab"));
  // Bytes that differ only by 0x20 but are not letters must not compare equal.
  EXPECT_FALSE(iequals_lower("key@key@key@", "key`key`key`"));
  EXPECT_FALSE(iequals_lower("aaaaaaaa_", "aaaaaaaa\x7f"));
  EXPECT_FALSE(iequals_lower("x{yyyyyyy", "x[yyyyyyy"));
}

TEST(Text, KeyTableInternsCaseInsensitivelyAndGrows) {
  KeyTable keys;
  std::vector<uint32_t> ids;
  for (int i = 0; i < 200; ++i) ids.push_back(keys.intern("aws:PrincipalTag/Key" + std::to_string(i)));
  EXPECT_EQ(keys.size(), 200u);
  for (int i = 0; i < 200; ++i) {
    EXPECT_EQ(keys.find("AWS:PRINCIPALTAG/KEY" + std::to_string(i)), static_cast<int>(ids[i]));
    EXPECT_EQ(keys.intern("aws:principaltag/key" + std::to_string(i)), ids[i]);
  }
  EXPECT_EQ(keys.size(), 200u);
  EXPECT_EQ(keys.find("aws:PrincipalTag/Key200"), -1);
  EXPECT_EQ(keys.name(ids[7]), "aws:principaltag/key7");
}

}  // namespace
}  // namespace bslc::sim::detail
