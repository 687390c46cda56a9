// Malformed inputs, one table: each must give at least one error, the
// expected code at the expected line:col, never crash, and never show ANTLR's
// own wording or token names.
#include <fstream>
#include <regex>
#include <set>

#include "parse_helpers.h"

namespace bslc::syntax::testing {
namespace {

struct Case {
  std::string name;
  std::string input;
  std::string code;  // of the first diagnostic (or the last one, see below)
  std::string at;    // line:col of that diagnostic
  bool check_last = false;
};

std::string repeat(std::string_view s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

std::string many_errors() {
  std::string out;
  for (int i = 0; i < 30; ++i) out += "bucket b" + std::to_string(i) + " { foo }\n";
  return out;
}

std::vector<Case> cases() {
  return {
      // --- truncated files
      {"TruncatedAfterOpenBrace", "bucket records {", "E0101", "1:17"},
      {"TruncatedAfterSetting", "bucket records {\n  name \"a\"\n  encryption kms", "E0101", "3:17"},
      {"TruncatedAfterKeyword", "bucket", "E0101", "1:7"},
      {"TruncatedBeforeBrace", "bucket records", "E0101", "1:15"},
      {"TruncatedPrefixClause", "bucket r {\n  grant partner read prefix", "E0101", "2:28"},
      {"TruncatedCondition", "bucket b {\n  deny partner s3:GetObject unless aws:SourceIp", "E0101", "2:48"},
      {"TruncatedVaultLock", "vault v {\n  lock deny delete younger_than", "E0101", "2:32"},
      {"TruncatedExpectation", "test \"t\" {\n  expect allow partner s3:GetObject", "E0101", "2:36"},
      {"TruncatedClaim", "property \"p\" {\n  never allow s3:GetObject on records where", "E0101", "2:44"},
      {"TruncatedList", "bucket b {\n  cors { allow origins [\"*\"] methods [GET", "E0101", "2:42"},
      {"TruncatedImport", "import", "E0101", "1:7"},
      {"TruncatedConstant", "account partner =", "E0101", "1:18"},
      // --- unterminated strings and comments
      {"UnterminatedString", "bucket b {\n  name \"abc\n}", "E0102", "2:8"},
      {"UnterminatedStringAtEnd", "account a = \"x", "E0102", "1:13"},
      {"UnterminatedComment", "/* never closed\nbucket b {}", "E0103", "1:1"},
      {"UnterminatedCommentInBucket", "bucket b {\n  name \"a\" /* comment\n}", "E0103", "2:12"},
      // --- characters the lexer does not know
      {"UnknownCharacter", "bucket b {\n  region \"us-east-1\" @\n}", "E0104", "2:22"},
      {"SmartQuotes",
       "bucket b {\n  name \xE2\x80\x9C"
       "abc\xE2\x80\x9D\n}",
       "E0104", "2:8"},
      {"ControlCharacter", "bucket b {\x01}", "E0104", "1:11"},
      {"Semicolon", "bucket b {\n  name \"a\";\n}", "E0104", "2:11"},
      {"Backtick", "bucket b {\n  `name` \"a\"\n}", "E0104", "2:3"},
      {"ZeroWidthSpace", "bucket\xE2\x80\x8B b {}", "E0104", "1:7"},
      // --- bytes that are not UTF-8 text
      {"InvalidUtf8LoneByte", "bucket b { name \"\xFF\" }", "E0106", "1:18"},
      {"InvalidUtf8Overlong",
       "\xC0\xAF"
       "bucket b {}",
       "E0106", "1:1"},
      {"InvalidUtf8Surrogate", "bucket b {\n  name \"\xED\xA0\x80\"\n}", "E0106", "2:9"},
      {"InvalidUtf8Truncated", "bucket b {}\n\xE2\x82", "E0106", "2:1"},
      {"RandomBytes", "\x9c\x13\xfe\xa7\x42\x8a\xe1\x33\x01\xf0\x7f\x88", "E0106", "1:1"},
      {"NulByte", std::string("bucket b {\0}", 12), "E0107", "1:11"},
      {"NulByteAtStart", std::string("\0bucket b {}", 12), "E0107", "1:1"},
      // --- unbalanced braces and brackets
      {"ExtraClosingBrace", "bucket b {}\n}", "E0101", "2:1"},
      {"MissingBraceBeforeNextBucket", "bucket a {\n  name \"a\"\nbucket b {}", "E0101", "3:1"},
      {"MissingInnerBrace", "bucket b {\n  versioning on {\n}", "E0101", "3:2"},
      {"NestedBlockLeftOpen", "bucket b {\n  encryption kms { require header\n  grant partner read\n}", "E0101", "3:3"},
      {"StrayBlockAtTopLevel", "{}", "E0101", "1:1"},
      {"UnclosedList", "account a = [\"x\"", "E0101", "1:17"},
      // --- unknown keywords and misplaced words
      {"MisspelledSetting", "bucket b {\n  encrypton kms\n}", "E0101", "2:3"},
      {"MisspelledDeclaration", "buckt records {\n  name \"x\"\n}", "E0101", "1:1"},
      {"UnknownConstantKind", "team ops = \"x\"", "E0114", "1:1"},
      {"KeywordAsName", "bucket key {}", "E0101", "1:8"},
      {"BucketSettingInVault", "vault v {\n  grant partner read\n}", "E0101", "2:3"},
      {"UnquotedString", "bucket b {\n  name foo\n}", "E0101", "2:8"},
      {"UnquotedAccountId", "account partner = 444455556666", "E0101", "1:19"},
      {"IncompleteGrant", "bucket b {\n  grant partner\n}", "E0101", "3:1"},
      {"PublicAccessWithoutForm", "bucket b {\n  public_access open\n}", "E0101", "2:17"},
      // --- unknown words where a choice is expected
      {"UnknownEncryptionMode", "bucket b {\n  encryption sse_s4\n}", "E0114", "2:14"},
      {"UnknownAccessLevel", "bucket b {\n  grant partner admin\n}", "E0114", "2:17"},
      {"UnknownGranteeQualifier", "bucket b {\n  grant team partner read\n}", "E0114", "2:9"},
      {"UnknownVersioningState", "bucket b {\n  versioning maybe\n}", "E0114", "2:14"},
      {"UnknownLockMode", "bucket b {\n  object_lock legal 30 days\n}", "E0114", "2:15"},
      {"UnknownPerimeter", "bucket b {\n  only_via vpn \"x\"\n}", "E0114", "2:12"},
      {"UnknownNotifyEvent", "bucket b {\n  notify object_deleted to sqs \"q\"\n}", "E0114", "2:10"},
      {"UnknownNotifyTarget", "bucket b {\n  notify object_created to kafka \"q\"\n}", "E0114", "2:28"},
      {"UnknownHttpMethod", "bucket b {\n  cors { allow methods [GET, FETCH] }\n}", "E0114", "2:30"},
      {"UnknownSwitchValue", "bucket b {\n  encryption kms { bucket_key maybe }\n}", "E0114", "2:31"},
      {"UnknownVaultCondition", "vault v {\n  lock deny delete older_than 3 days\n}", "E0114", "2:20"},
      {"UnknownDurationUnit", "bucket b {\n  presigned max_age 10 fortnights\n}", "E0112", "2:24"},
      {"UnknownGluedDurationUnit", "bucket b {\n  presigned max_age 10w\n}", "E0112", "2:23"},
      // --- numbers out of range
      {"HugeRate", "bucket b {\n  expected_rate 99999999999999999999\n}", "E0111", "2:17"},
      {"HugeDuration", "bucket b {\n  object_lock compliance 99999999999999999999 years\n}", "E0111", "2:26"},
      {"HugeCorsMaxAge", "bucket b {\n  cors { allow max_age 99999999999999999999 }\n}", "E0111", "2:24"},
      // --- bad escapes
      {"BadEscape", "bucket b {\n  name \"bad \\q escape\"\n}", "E0105", "2:13"},
      {"EscapeAboveUnicode", "bucket b {\n  name \"\\u{110000}\"\n}", "E0105", "2:9"},
      {"EscapeUnclosedBrace", "bucket b {\n  name \"\\u{12\"\n}", "E0105", "2:9"},
      {"EscapeWithoutBraces", "bucket b {\n  name \"\\u00e9\"\n}", "E0105", "2:9"},
      // --- shapes the grammar accepts but the builder does not
      {"QueueWithoutDestination", "bucket b {\n  notify object_created to sqs\n}", "E0101", "2:28"},
      {"KeyArnWithoutValue", "bucket b {\n  encryption kms { key arn }\n}", "E0101", "2:24"},
      {"KeyGivenTwice", "bucket b {\n  encryption kms { key new key new }\n}", "E0206", "2:28"},
      // --- limits
      {"DeepBrackets", "bucket b {\n  name " + repeat("[", 10000), "E0109", "2:39"},
      {"DeepBraces", "bucket b " + repeat("{", 10000), "E0109", "1:42"},
      {"ElevenMegabytes", "bucket b {}\n" + std::string(11 * 1024 * 1024, ' '), "E0108", "1:1"},
      {"TooManyErrors", many_errors(), "E0110", "21:14", true},
  };
}

class Malformed : public ::testing::TestWithParam<Case> {};

TEST_P(Malformed, ReportsTheExpectedError) {
  const Case& c = GetParam();
  Parsed p = parse_text(c.input);
  ASSERT_FALSE(p.diags.empty()) << "no diagnostic for " << c.name;
  EXPECT_GE(p.error_count(), 1u);
  const size_t i = c.check_last ? p.diags.size() - 1 : 0;
  EXPECT_EQ(p.where(i), c.code + "@" + c.at) << p.report();
  for (const diag::Diagnostic& d : p.diags) {
    EXPECT_FALSE(d.message.empty());
    EXPECT_FALSE(d.help.empty()) << d.message;
    EXPECT_TRUE(d.loc.valid());
  }
}

INSTANTIATE_TEST_SUITE_P(Syntax, Malformed, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

// The grammar's token names (LBRACE, IDENT, ...), read from the lexer grammar itself.
std::set<std::string> grammar_token_names() {
  std::ifstream in(std::string(BSLC_SOURCE_DIR) + "/grammar/BslLexer.g4");
  std::set<std::string> names;
  const std::regex rule(R"(^([A-Z][A-Z_]*)\s*:)");
  std::string line;
  std::smatch m;
  while (std::getline(in, line))
    if (std::regex_search(line, m, rule)) names.insert(m[1]);
  return names;
}

TEST(MalformedWording, MessagesUseTheUsersTermsOnly) {
  const std::set<std::string> tokens = grammar_token_names();
  ASSERT_GT(tokens.size(), 80u);
  const std::vector<std::string> antlr_phrases = {
      "T__",       "<missing",         "<EOF>", "mismatched input", "extraneous input", "no viable",
      "expecting", "token recognition"};
  const std::regex upper_word(R"(\b[A-Z][A-Z_]+\b)");
  for (const Case& c : cases()) {
    Parsed p = parse_text(c.input);
    for (const diag::Diagnostic& d : p.diags) {
      for (const std::string& text : {d.message, d.help}) {
        for (const std::string& phrase : antlr_phrases) EXPECT_EQ(text.find(phrase), std::string::npos) << text;
        for (auto it = std::sregex_iterator(text.begin(), text.end(), upper_word); it != std::sregex_iterator(); ++it)
          EXPECT_EQ(tokens.count(it->str()), 0u) << c.name << ": " << text;
      }
    }
  }
}

}  // namespace
}  // namespace bslc::syntax::testing
