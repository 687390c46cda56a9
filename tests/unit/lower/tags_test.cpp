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

TEST(Tags, RequiredTagWithAnyValue) {
  ir::Bucket b = bucket();
  b.required_tags.push_back(ir::RequiredTag{"Owner", {}, origin(9)});
  const auto doc = run(b).bucket(0).bucket_policy;
  expect_statement(doc, stmt("DenyUploadsWithoutTagOwner", Deny, star(), {"s3:PutObject"}, {kObjects},
                             {{"Null", {{"s3:RequestObjectTag/Owner", {"true"}}}}}));
}

TEST(Tags, RequiredTagWithAllowedValuesAlsoDeniesMissingTag) {
  ir::Bucket b = bucket();
  b.required_tags.push_back(ir::RequiredTag{"Classification", {"PHI", "Internal", "Public"}, origin(9)});
  const auto doc = run(b).bucket(0).bucket_policy;
  // One negated operator: true for a wrong value and for an absent tag alike.
  expect_statement(
      doc, stmt("DenyUploadsWithoutValidTagClassification", Deny, star(), {"s3:PutObject"}, {kObjects},
                {{"StringNotEquals", {{"s3:RequestObjectTag/Classification", {"PHI", "Internal", "Public"}}}}}));
  EXPECT_EQ(find(doc, "DenyUploadsWithoutTagClassification"), nullptr);
}

TEST(Tags, ProtectedTagClearsPrincipalTagHoldersAndExceptions) {
  ir::Bucket b = bucket();
  b.tag_restrictions.push_back(ir::TagRestriction{"Classification", "PHI", "Clearance", "PHI", origin(9)});
  b.protected_tags.push_back(ir::ProtectedTag{"Classification", {role("admin", kOwner, "Admin")}, origin(10)});
  const auto doc = run(b).bucket(0).bucket_policy;
  const policy::ConditionBlock cleared{
      {"StringNotEquals", {{"aws:PrincipalTag/Clearance", {"PHI"}}}},
      {"ArnNotLike", {{"aws:PrincipalArn", {"arn:aws:iam::111122223333:role/Admin"}}}}};
  auto rewriting = cleared;
  rewriting["Null"]["s3:ExistingObjectTag/Classification"] = {"false"};
  expect_statement(doc, stmt("DenyRewritingTagClassification", Deny, star(), kTagWrites, {kObjects}, rewriting));
  auto setting = cleared;
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
