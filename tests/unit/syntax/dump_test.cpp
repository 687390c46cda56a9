// The AST dump: a golden example that covers declarations, nested blocks,
// optional fields and escapes; and its format rules.
#include "ast/dump.h"

#include "parse_helpers.h"

namespace bslc::syntax::testing {
namespace {

constexpr std::string_view kSource = R"bsl(import "hipaa"
role admin = "arn:aws:iam::1:role/A"
profile base {
  override transport tls_only { min_version 1.2 }
}
bucket logs {
  use base
  encryption kms { key named_key bucket_key off }
  grant public read because "site"
  object_lock governance 1 year 30 days { bypass only admin legal_hold only admin }
  cors { allow origins ["*"] methods [GET] id "tab\there" }
  notify object_removed suffix ".csv" to eventbridge
}
vault v { account "1" acknowledge W0001 because "ok" }
test "t" { expect deny "arn:x" s3:GetObject "logs/k" with { n:x = [1, "a"] } }
property "p" { always allow [s3:GetObject] on logs where s3:signatureAge < 600 }
)bsl";

constexpr std::string_view kDump = R"dump(file "test.bsl"
  import "hipaa" @1:1-1:15
  const role @2:1-2:37
    name admin @2:6-2:11
    is_list false
    values [1]
      "arn:aws:iam::1:role/A" @2:14-2:37
  profile @3:1-5:2
    name base @3:9-3:13
    setting transport @4:12-4:50
      override @4:3-4:11
      mode tls_only @4:22-4:30
      min_version 1.2 (decimal, value 1.2) @4:45-4:48
      reason -
  bucket @6:1-13:2
    name logs @6:8-6:12
    setting use @7:3-7:11
      profile base @7:7-7:11
    setting encryption @8:3-8:50
      mode sse_kms @8:14-8:17
      key named @8:20-8:33
        value -
        name named_key @8:24-8:33
      bucket_key false @8:34-8:48
      require_header false
    setting grant @9:3-9:35
      form public
      grantee name public @9:9-9:15
      level read @9:16-9:20
      prefix -
      reason @9:21-9:35
        text "site" @9:29-9:35
    setting object_lock @10:3-10:84
      mode governance @10:15-10:25
      retention 34128000s @10:26-10:40
        1 years @10:26-10:32
        30 days @10:33-10:40
      bypass only @10:43-10:60
      bypass_principals [1]
        admin @10:55-10:60
      legal_hold @10:61-10:82
      legal_hold_principals [1]
        admin @10:77-10:82
    setting cors @11:3-11:60
      rule @11:10-11:58
        origins [1]
          "*" @11:25-11:28
        methods [GET] @11:38-11:43
        headers [0]
        expose [0]
        max_age_seconds -
        id "tab\there" @11:47-11:58
    setting notify @12:3-12:53
      event s3:ObjectRemoved:* @12:10-12:24
      prefix -
      suffix ".csv" @12:32-12:38
      target eventbridge
      destination -
  vault @14:1-14:55
    name v @14:7-14:8
    physical_name -
    region -
    account literal "1" @14:19-14:22
    lock -
    acknowledge
      code "W0001" @14:35-14:40
      reason @14:41-14:53
        text "ok" @14:49-14:53
  test @15:1-15:79
    name "t" @15:6-15:9
    expect deny @15:12-15:77
      principal literal "arn:x" @15:24-15:31
      action "s3:GetObject" @15:32-15:44
      resource "logs/k" @15:45-15:53
      context [1]
        entry @15:61-15:75
          key "n:x" @15:61-15:64
          value list [2] @15:67-15:75
            number 1 @15:68-15:69
            string "a" @15:71-15:74
  property @16:1-16:81
    name "p" @16:10-16:13
    claim always allow @16:16-16:79
      actions [1]
        "s3:GetObject" @16:30-16:42
      bucket logs @16:47-16:51
      where [1]
        predicate condition @16:58-16:79
          condition < @16:58-16:79
            key "s3:signatureAge" @16:58-16:73
            value scalar @16:76-16:79
              number 600 @16:76-16:79
)dump";

TEST(AstDump, GoldenExample) {
  Parsed p = parse_text(std::string(kSource));
  ASSERT_TRUE(p.ok()) << p.report();
  EXPECT_EQ(ast::dump(p.file), kDump);
}

TEST(AstDump, IsDeterministic) {
  EXPECT_EQ(ast::dump(parse_text(std::string(kSource)).file), ast::dump(parse_text(std::string(kSource)).file));
}

TEST(AstDump, WithoutASourceSpansAreByteOffsets) {
  ast::File file;
  ast::Import import;
  import.path = ast::Str{"x", Span { 7, 10 }};
  import.span = Span{0, 10};
  file.imports.push_back(import);
  EXPECT_EQ(ast::dump(file), "file \"\"\n  import \"x\" @0-10\n");
}

TEST(AstDump, StringsAreEscapedOnOneLine) {
  Parsed p = parse_text("bucket b { name \"a\\\"b\\nc\\\\d\\u{1}\" }");
  ASSERT_TRUE(p.ok()) << p.report();
  EXPECT_NE(ast::dump(p.file).find(R"(value "a\"b\nc\\d\u{1}" @1:17-1:34)"), std::string::npos) << ast::dump(p.file);
}

TEST(AstDump, NamesEverySettingItHolds) {
  Parsed p = parse_text(
      "bucket b {\n"
      "  name \"n\" region \"r\" account a use p encryption sse_s3 transport tls_only public_access block all\n"
      "  ownership object_writer versioning on object_lock on logging off audit data_events only_via vpc v\n"
      "  restrict tag A = \"1\" to principal_tag B = \"2\" require tag A on upload protect tag A grant a read\n"
      "  deny a s3:GetObject presigned forbid mfa required for delete cors {} notify object_created to eventbridge\n"
      "  expected_rate 1 acknowledge W0001 because \"r\"\n"
      "}\n");
  ASSERT_TRUE(p.ok()) << p.report();
  ASSERT_EQ(p.file.buckets.at(0).settings.size(), 24u);
  const std::string dump = ast::dump(p.file);
  for (const ast::Setting& s : p.file.buckets[0].settings)
    EXPECT_NE(dump.find(std::string("setting ") + ast::setting_keyword(s.kind) + " @"), std::string::npos)
        << ast::setting_keyword(s.kind);
}

}  // namespace
}  // namespace bslc::syntax::testing
