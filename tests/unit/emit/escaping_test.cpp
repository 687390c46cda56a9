// Escaping of user text: HCL quoted templates, Terraform JSON templates,
// CloudFormation Fn::Sub, YAML plain scalars.
#include <gtest/gtest.h>

#include "emit/cloudformation/intrinsics.h"
#include "emit/cloudformation/writers.h"
#include "emit/hcl_escape.h"
#include "emit/hcl_reader.h"

namespace bslc::emit {
namespace {

struct EscapeCase {
  std::string input;
  std::string hcl;      // hcl_escape
  std::string tf_json;  // tf_json_template_escape
};

TEST(HclEscape, EscapesQuotesBackslashesControlsAndTemplateSequences) {
  const std::vector<EscapeCase> cases = {
      {"plain", "plain", "plain"},
      {"say \"hi\"", "say \\\"hi\\\"", "say \"hi\""},
      {"back\\slash", "back\\\\slash", "back\\slash"},
      {"a\nb\rc\td", "a\\nb\\rc\\td", "a\nb\rc\td"},
      {std::string("bell\x07") + "del\x7f", "bell\\u0007del\\u007F", std::string("bell\x07") + "del\x7f"},
      {"${aws:username}", "$${aws:username}", "$${aws:username}"},
      {"%{if x}", "%%{if x}", "%%{if x}"},
      {"$${already}", "$$${already}", "$$${already}"},
      {"%%{", "%%%{", "%%%{"},
      {"cost $5 and 50%", "cost $5 and 50%", "cost $5 and 50%"},
      {"trailing $", "trailing $", "trailing $"},
      {"ünïcödé ✓", "ünïcödé ✓", "ünïcödé ✓"},
      {"bad \xff byte", "bad \\uFFFD byte", "bad \xEF\xBF\xBD byte"},
      {"", "", ""},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(hcl_escape(c.input), c.hcl) << c.input;
    EXPECT_EQ(tf_json_template_escape(c.input), c.tf_json) << c.input;
  }
  EXPECT_EQ(hcl_quote("a\"b"), "\"a\\\"b\"");
}

// The reader implements HCL's template rules, so escaping must round-trip
// through it (Terraform itself is checked in validate_terraform_test.cpp).
TEST(HclEscape, RoundTripsThroughTheTemplateReader) {
  const HclResolver none = [](const std::string&) { return std::nullopt; };
  for (const std::string input : {"${x}", "$${x}", "%{ if }", "a\"b\\c\nd", "$", "$$", "%%{", "x$", "\x01"}) {
    std::vector<std::string> errors;
    const HclBlock hcl = read_hcl("v = " + hcl_quote(input) + "\n", none, errors);
    ASSERT_TRUE(errors.empty()) << input << ": " << errors.front();
    EXPECT_EQ(hcl.attribute("v")->get<std::string>(), input);
    EXPECT_EQ(read_hcl_template(tf_json_template_escape(input), none, errors).get<std::string>(), input);
  }
}

TEST(CfnSub, EscapesLiteralDollarBraceAndInterpolatesReferences) {
  const Value v = Value::parts({TextPart{"", Ref{"RecordsBucket", "Arn"}}, TextPart{"/home/${aws:username}/*", {}}});
  EXPECT_EQ(cfn::sub_template(v), "${RecordsBucket.Arn}/home/${!aws:username}/*");
  const Value ref_only = Value::parts({TextPart{"x-", {}}, TextPart{"", Ref{"LogsBucket", ""}}});
  EXPECT_EQ(cfn::sub_template(ref_only), "x-${LogsBucket}");
  EXPECT_EQ(cfn::intrinsic(Value::reference({"A", ""})).kind, cfn::Intrinsic::Kind::Ref);
  EXPECT_EQ(cfn::intrinsic(Value::reference({"A", "Arn"})).argument, "A.Arn");
  // Plain text is never a Sub, so `${` in it needs no escape.
  EXPECT_EQ(cfn::intrinsic(Value::text("${aws:username}")).kind, cfn::Intrinsic::Kind::Plain);
}

TEST(YamlQuoting, QuotesScalarsThatYamlWouldRetype) {
  for (const char* s :
       {"",    "true", "False", "yes", "no", "on",   "OFF",  "y",    "null",  "~",      "2012-10-17",  "111122223333",
        "1.2", "-1",   ".inf",  "*",   "&a", "!Ref", "a: b", "x #y", " lead", "trail ", "line\nbreak", "@x"})
    EXPECT_TRUE(cfn::yaml_needs_quotes(s)) << s;
  for (const char* s : {"s3:GetObject", "AWS::S3::Bucket", "aws:SecureTransport", "acme-records", "Enabled", "s3:*"})
    EXPECT_FALSE(cfn::yaml_needs_quotes(s)) << s;
}

}  // namespace
}  // namespace bslc::emit
