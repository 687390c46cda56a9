// Error recovery and limits: several errors per file, one error per mistake,
// the rest of the file still built, the error cap, size and depth limits,
// speed, determinism, and no crash on arbitrary input.
#include <ctime>
#include <random>

#include "ast/dump.h"
#include "parse_helpers.h"

namespace bslc::syntax::testing {
namespace {

double cpu_seconds_for(const std::function<void()>& work) {
  const std::clock_t start = std::clock();
  work();
  return static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
}

TEST(Recovery, ReportsEveryMistakeOnceAndKeepsGoing) {
  Parsed p = parse_text(
      "bucket a {\n"
      "  encrypton kms\n"  // 2:3 misspelt setting
      "  name \"a\"\n"
      "}\n"
      "bucket b {\n"
      "  grant partner reed\n"  // 6:17 unknown level
      "  region \"r\"\n"
      "}\n"
      "bucket c {\n"
      "  versioning on { mfa_delete }\n"  // 10:30 missing value
      "  ownership object_writer\n"
      "}\n");
  ASSERT_EQ(p.diags.size(), 3u) << p.report();
  EXPECT_EQ(p.where(0), "E0101@2:3");
  EXPECT_EQ(p.where(1), "E0114@6:17");
  EXPECT_EQ(p.where(2), "E0101@10:30");
  // Everything that was well-formed is in the AST; the broken settings are not.
  ASSERT_EQ(p.file.buckets.size(), 3u);
  ASSERT_EQ(p.file.buckets[0].settings.size(), 1u);
  EXPECT_STREQ(ast::setting_keyword(p.file.buckets[0].settings[0].kind), "name");
  ASSERT_EQ(p.file.buckets[1].settings.size(), 1u);
  EXPECT_STREQ(ast::setting_keyword(p.file.buckets[1].settings[0].kind), "region");
  ASSERT_EQ(p.file.buckets[2].settings.size(), 1u);
  EXPECT_STREQ(ast::setting_keyword(p.file.buckets[2].settings[0].kind), "ownership");
}

TEST(Recovery, GarbageInsideABodySkipsToTheNextSetting) {
  Parsed p = parse_text("bucket b {\n  foo bar baz { x [ y ] } qux\n  name \"n\"\n}\nbucket c {}\n");
  ASSERT_EQ(p.diags.size(), 1u) << p.report();
  EXPECT_EQ(p.where(0), "E0101@2:3");
  ASSERT_EQ(p.file.buckets.size(), 2u);
  ASSERT_EQ(p.file.buckets[0].settings.size(), 1u);
  EXPECT_EQ(p.file.buckets[1].name.name, "c");
}

TEST(Recovery, BrokenNestedBlockDoesNotEatTheBucket) {
  Parsed p =
      parse_text("bucket b {\n  transport tls_only { min_verson 1.2 }\n  encryption kms\n}\nbucket c { name \"c\" }\n");
  ASSERT_EQ(p.diags.size(), 1u) << p.report();
  EXPECT_EQ(p.where(0), "E0101@2:24");
  EXPECT_NE(p.diags[0].help.find("min_version"), std::string::npos);
  ASSERT_EQ(p.file.buckets.size(), 2u);
  ASSERT_EQ(p.file.buckets[0].settings.size(), 1u);
  EXPECT_STREQ(ast::setting_keyword(p.file.buckets[0].settings[0].kind), "encryption");
  EXPECT_EQ(p.file.buckets[1].settings.size(), 1u);
}

TEST(Recovery, MisspeltDeclarationSkipsItsWholeBlock) {
  Parsed p = parse_text("buckt a {\n  name \"x\"\n  grant partner read\n}\naccount partner = \"1\"\nbucket b {}\n");
  ASSERT_EQ(p.diags.size(), 1u) << p.report();
  EXPECT_EQ(p.where(0), "E0101@1:1");
  EXPECT_EQ(p.diags[0].help, "did you mean `bucket`?");
  EXPECT_EQ(p.file.constants.size(), 1u);
  EXPECT_EQ(p.file.buckets.size(), 1u);
}

TEST(Recovery, UnclosedBlockNotesWhereItOpens) {
  Parsed p = parse_text("bucket records {\n  name \"a\"\n");
  ASSERT_EQ(p.diags.size(), 1u) << p.report();
  EXPECT_EQ(p.diags[0].message, "expected `}` to close bucket `records`");
  ASSERT_EQ(p.diags[0].notes.size(), 1u);
  EXPECT_EQ(p.at(p.diags[0].notes[0].loc.span), "1:16");
  EXPECT_EQ(p.diags[0].notes[0].message, "bucket `records` opens here");
  // The bucket is still built from what was there.
  ASSERT_EQ(p.file.buckets.size(), 1u);
  EXPECT_EQ(p.file.buckets[0].settings.size(), 1u);
}

TEST(Recovery, MessagesSayWhatToWrite) {
  EXPECT_EQ(parse_text("bucket b {\n  foo\n}").diags.at(0).message,
            "expected a setting such as `encryption` or `grant`, found `foo`");
  EXPECT_EQ(parse_text("bucket b {\n  name foo\n}").diags.at(0).message, "expected a string, found `foo`");
  EXPECT_EQ(parse_text("bucket b {\n  encryption sse_kms { key }\n}").diags.at(0).message,
            "expected a key source: `new`, `arn` or `aws_managed`, found `}`");
  const Parsed unknown = parse_text("bucket b {\n  encryption aes256\n}");
  EXPECT_EQ(unknown.diags.at(0).message,
            "unknown encryption mode `aes256`, expected one of `sse_s3`, `sse_kms`, `kms`, `dsse_kms`, `sse_c` or "
            "`client_side`");
  EXPECT_EQ(parse_text("bucket b {\n  grant partner reed\n}").diags.at(0).help, "did you mean `read`?");
  EXPECT_EQ(parse_text("bucket b {\n  grant partner\n}").diags.at(0).help,
            "a `grant` setting is written `grant [org|cloudfront] <who> <level> [prefix \"...\"] [because "
            "\"<reason>\"]`");
}

TEST(Recovery, OneErrorPerToken) {
  // Recovery trips over the same token from two rules; only the first report survives.
  Parsed p = parse_text("bucket b {\n  grant\n}\n");
  ASSERT_EQ(p.diags.size(), 1u) << p.report();
}

TEST(Recovery, ErrorCapReportsE0110Once) {
  std::string text;
  for (int i = 0; i < 10; ++i) text += "bucket b" + std::to_string(i) + " { foo }\n";
  ParseLimits limits;
  limits.max_errors = 3;
  Parsed p = parse_text(text, limits);
  ASSERT_EQ(p.diags.size(), 4u) << p.report();
  EXPECT_EQ(p.where(2), "E0101@3:13");
  EXPECT_EQ(p.where(3), "E0110@4:13");
  EXPECT_EQ(p.diags[3].message, "too many errors, stopped after the first 3");
  EXPECT_TRUE(p.file.buckets.empty());
}

TEST(Recovery, ErrorCapCountsLexicalErrors) {
  ParseLimits limits;
  limits.max_errors = 5;
  Parsed p = parse_text("@ # $ % ^ & ( ) ! ? @ #", limits);
  ASSERT_EQ(p.diags.size(), 6u) << p.report();
  EXPECT_EQ(p.where(5), "E0110@1:11");
}

TEST(Recovery, SizeLimitIsConfigurable) {
  ParseLimits limits;
  limits.max_bytes = 10;
  EXPECT_EQ(parse_text("bucket b {}", limits).where(0), "E0108@1:1");
  EXPECT_TRUE(parse_text("bucket b{}", limits).ok());
}

TEST(Recovery, DepthLimitIsConfigurable) {
  ParseLimits limits;
  limits.max_depth = 2;
  EXPECT_EQ(parse_text("bucket b { cors { allow origins [\"*\"] } }", limits).where(0), "E0109@1:33");
  EXPECT_TRUE(parse_text("bucket b { versioning on { mfa_delete on } }", limits).ok());
}

TEST(Recovery, HugeFileIsRefusedQuickly) {
  const std::string text(11 * 1024 * 1024, 'x');
  Parsed p;
  const double seconds = cpu_seconds_for([&] { p = parse_text(text); });
  EXPECT_EQ(p.where(0), "E0108@1:1");
  EXPECT_LT(seconds, 0.1);
}

TEST(Recovery, DeepNestingIsRefusedQuickly) {
  for (const char* open : {"[", "{"}) {
    std::string text = "bucket b { name ";
    for (int i = 0; i < 100000; ++i) text += open;
    Parsed p;
    const double seconds = cpu_seconds_for([&] { p = parse_text(text); });
    EXPECT_EQ(diag::info(p.diags.at(0).code).id, "E0109");
    EXPECT_LT(seconds, 0.5);
  }
}

std::string valid_bucket(int i) {
  return "bucket records" + std::to_string(i) +
         " {\n"
         "  name \"acme-patient-records\"\n"
         "  encryption kms { key new \"alias/patient-records\" bucket_key on require header }\n"
         "  transport tls_only { min_version 1.2 }\n"
         "  public_access block all\n"
         "  versioning on { mfa_delete on }\n"
         "  object_lock compliance 7 years\n"
         "  logging to logs prefix \"records/\"\n"
         "  only_via vpce \"vpce-1a2b3c4d\" except admin\n"
         "  restrict tag Classification = \"PHI\" to principal_tag Clearance = \"PHI\"\n"
         "  grant partner read prefix \"exports/\"\n"
         "  cors { allow origins [\"https://portal.example.com\"] methods [GET, PUT] max_age 3000 }\n"
         "  deny everyone s3:DeleteObject unless aws:SourceIp in [\"10.0.0.0/8\"]\n"
         "}\n";
}

TEST(Recovery, OneMegabyteParsesWellUnderASecond) {
  std::string text;
  int n = 0;
  while (text.size() < 1024 * 1024) text += valid_bucket(n++);
  Parsed p;
  const double seconds = cpu_seconds_for([&] { p = parse_text(text); });
  ASSERT_TRUE(p.ok()) << p.report().substr(0, 500);
  EXPECT_EQ(p.file.buckets.size(), static_cast<size_t>(n));
  EXPECT_LT(seconds, 1.0);
}

TEST(Recovery, ParsingIsDeterministic) {
  const std::string text = valid_bucket(1) + "bucket x {\n  foo\n  grant a reed\n}\n" + valid_bucket(2);
  const Parsed a = parse_text(text);
  const Parsed b = parse_text(text);
  EXPECT_EQ(a.report(), b.report());
  EXPECT_EQ(ast::dump(a.file), ast::dump(b.file));
}

// Arbitrary input never crashes, never loops, and every diagnostic has a location in the file.
TEST(Recovery, ArbitraryInputNeverCrashes) {
  const std::vector<std::string> words = {
      "bucket",     "profile",      "vault", "test", "property", "import", "account", "role",    "name",
      "encryption", "kms",          "grant", "deny", "{",        "}",      "[",       "]",       ",",
      "=",          "\"s\"",        "\"u",   "/*",   "*/",       "//",     "10m",     "7",       "days",
      "1.2",        "s3:GetObject", "on",    "off",  "all",      "not",    "in",      "like",    "to",
      "prefix",     "because",      "@",     "\n",   "override", "cors",   "allow",   "origins", "methods",
      "with",       "expect",       "never", "where"};
  std::mt19937 rng(12345);
  for (int round = 0; round < 400; ++round) {
    std::string text;
    const int length = static_cast<int>(rng() % 60);
    for (int i = 0; i < length; ++i) {
      if (round % 4 == 0) {
        text += static_cast<char>(rng() % 256);  // raw bytes
      } else {
        text += words[rng() % words.size()];
        text += ' ';
      }
    }
    const Parsed p = parse_text(text);
    for (const diag::Diagnostic& d : p.diags) {
      EXPECT_TRUE(d.loc.valid());
      EXPECT_LE(d.loc.span.end, text.size()) << text;
    }
  }
}

// Every prefix of a valid file is either valid or reported, never a crash.
TEST(Recovery, EveryTruncationOfAValidFileIsHandled) {
  const std::string text = valid_bucket(0) +
                           "vault v { name \"n\" lock deny delete younger_than 365 days }\n"
                           "test \"t\" { expect allow partner s3:GetObject \"records0/k\" with { aws:SecureTransport = "
                           "true } }\n"
                           "property \"p\" { never allow s3:GetObject on records0 where not object_tag A = \"B\" }\n";
  for (size_t cut = 0; cut <= text.size(); ++cut) {
    const Parsed p = parse_text(text.substr(0, cut));
    for (const diag::Diagnostic& d : p.diags) EXPECT_LE(d.loc.span.end, cut);
  }
}

}  // namespace
}  // namespace bslc::syntax::testing
