#include "emit/hcl_reader.h"

#include <gtest/gtest.h>

namespace bslc::emit {
namespace {

using nlohmann::json;

const HclResolver kArn = [](const std::string& t) -> std::optional<json> {
  if (t == "aws_s3_bucket.a.arn") return json("arn:aws:s3:::a");
  return std::nullopt;
};

TEST(HclReader, ReadsBlocksAttributesAndExpressions) {
  const std::string text = R"(# comment
resource "aws_s3_bucket_policy" "a" {
  bucket = "a"
  n      = 3
  flags  = [true, false, null]
  policy = jsonencode({
    Version = "2012-10-17"
    "aws:Key" = ["${aws_s3_bucket.a.arn}/*", aws_s3_bucket.a.arn],
  })
  rule {
    x = unknown.thing
  }
}
)";
  std::vector<std::string> errors;
  const HclBlock root = read_hcl(text, kArn, errors);
  ASSERT_TRUE(errors.empty()) << errors.front();
  ASSERT_EQ(root.blocks.size(), 1u);
  const HclBlock& b = root.blocks[0];
  EXPECT_EQ(b.labels, (std::vector<std::string>{"aws_s3_bucket_policy", "a"}));
  EXPECT_EQ(*b.attribute("n"), 3);
  EXPECT_EQ(*b.attribute("flags"), json::parse("[true,false,null]"));
  EXPECT_EQ(*b.attribute("policy"),
            json::parse(R"({"Version":"2012-10-17","aws:Key":["arn:aws:s3:::a/*","arn:aws:s3:::a"]})"));
  EXPECT_EQ(*b.blocks.at(0).attribute("x"), "<unresolved:unknown.thing>");
}

TEST(HclReader, ReportsSyntaxErrors) {
  std::vector<std::string> errors;
  read_hcl("a = \"unterminated\n", kArn, errors);
  EXPECT_FALSE(errors.empty());
  errors.clear();
  read_hcl("a = upper(\"x\")\n", kArn, errors);
  EXPECT_FALSE(errors.empty());
}

TEST(HclReader, SingleInterpolationKeepsItsValue) {
  std::vector<std::string> errors;
  EXPECT_EQ(read_hcl_template("${jsonencode({a = 1})}", kArn, errors), json::parse(R"({"a":1})"));
  EXPECT_EQ(read_hcl_template("x${jsonencode(1)}", kArn, errors), "x1");
  EXPECT_TRUE(errors.empty());
}

}  // namespace
}  // namespace bslc::emit
