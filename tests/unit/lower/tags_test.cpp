#include <gtest/gtest.h>

#include "fixture.h"

namespace bslc::lower::testing {
namespace {

const std::string kObjects = "arn:aws:s3:::acme-records/*";
const std::vector<std::string> kTagWrites{"s3:PutObjectTagging", "s3:PutObjectVersionTagging", "s3:DeleteObjectTagging",
                                          "s3:DeleteObjectVersionTagging"};

TEST(Tags, RestrictionDeniesReadsByPrincipalsWithoutTheTag) {
  ir::Bucket b = bucket();
  b.tag_restrictions.push_back(ir::TagRestriction{"Classification", "PHI", "Clearance", "PHI", origin(9)});
  const auto doc = run(b).bucket(0).bucket_policy;
  // StringNotEquals on aws:PrincipalTag is true when the principal has no such tag: untagged callers are denied.
  expect_statement(doc, stmt("DenyReadClassificationPHIWithoutClearancePHI", Deny, star(),
                             {"s3:GetObject", "s3:GetObjectVersion"}, {kObjects},
                             {{"StringEquals", {{"s3:ExistingObjectTag/Classification", {"PHI"}}}},
                              {"StringNotEquals", {{"aws:PrincipalTag/Clearance", {"PHI"}}}}}));
  EXPECT_EQ(line_of(doc.sources.at("DenyReadClassificationPHIWithoutClearancePHI")), 9u);
}

// Multipart parts never carry x-amz-tagging: a deny on a missing tag would
// refuse every large upload, so nothing is denied for `require tag K`.
TEST(Tags, RequiredTagWithAnyValueDeniesNothing) {
  ir::Bucket b = bucket();
  b.required_tags.push_back(ir::RequiredTag{"Owner", {}, origin(9)});
  const auto doc = run(b).bucket(0).bucket_policy;
  for (const auto& st : doc.document.statements)
    for (const auto& [op, keys] : st.condition) EXPECT_EQ(keys.count("s3:RequestObjectTag/Owner"), 0u) << st.sid;
}

TEST(Tags, RequiredTagWithAllowedValuesDeniesOnlyAPresentWrongValue) {
  ir::Bucket b = bucket();
  b.required_tags.push_back(ir::RequiredTag{"Classification", {"PHI", "Internal", "Public"}, origin(9)});
  const auto doc = run(b).bucket(0).bucket_policy;
  expect_statement(
      doc, stmt("DenyUploadsWithInvalidTagClassification", Deny, star(), {"s3:PutObject"}, {kObjects},
                {{"Null", {{"s3:RequestObjectTag/Classification", {"false"}}}},
                 {"StringNotEquals", {{"s3:RequestObjectTag/Classification", {"PHI", "Internal", "Public"}}}}}));
}

// docs/language.md: only the listed principals may change a protected tag;
// being cleared to read objects with the tag is not enough.
TEST(Tags, ProtectedTagExemptsOnlyTheListedPrincipals) {
  ir::Bucket b = bucket();
  b.tag_restrictions.push_back(ir::TagRestriction{"Classification", "PHI", "Clearance", "PHI", origin(9)});
  b.protected_tags.push_back(ir::ProtectedTag{"Classification", {role("admin", kOwner, "Admin")}, origin(10)});
  const auto doc = run(b).bucket(0).bucket_policy;
  const policy::ConditionBlock listed{{"ArnNotLike", {{"aws:PrincipalArn", {"arn:aws:iam::111122223333:role/Admin"}}}}};
  auto rewriting = listed;
  rewriting["Null"]["s3:ExistingObjectTag/Classification"] = {"false"};
  expect_statement(doc, stmt("DenyRewritingTagClassification", Deny, star(), kTagWrites, {kObjects}, rewriting));
  auto setting = listed;
  setting["Null"]["s3:RequestObjectTag/Classification"] = {"false"};
  expect_statement(doc, stmt("DenySettingTagClassification", Deny, star(),
                             {"s3:PutObjectTagging", "s3:PutObjectVersionTagging"}, {kObjects}, setting));
  EXPECT_EQ(line_of(doc.sources.at("DenySettingTagClassification")), 10u);
}

TEST(Tags, ProtectedTagWithoutRestrictionClearsOnlyExceptions) {
  ir::Bucket b = bucket();
  b.protected_tags.push_back(ir::ProtectedTag{"Owner", {}, origin(10)});
  const auto doc = run(b).bucket(0).bucket_policy;
  expect_statement(doc, stmt("DenyRewritingTagOwner", Deny, star(), kTagWrites, {kObjects},
                             {{"Null", {{"s3:ExistingObjectTag/Owner", {"false"}}}}}));
}

}  // namespace
}  // namespace bslc::lower::testing
