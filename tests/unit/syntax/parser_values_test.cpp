// Values: string escapes, durations and their units, numbers, scalars; and
// the byte-level helpers behind them (escape decoding, UTF-8 validation).
#include "parse_helpers.h"
#include "syntax/escape.h"
#include "syntax/input_check.h"

namespace bslc::syntax::testing {
namespace {

std::string name_value(const Parsed& p) { return setting_as<ast::NameSetting>(p).value.value; }

TEST(ParseValues, StringEscapes) {
  EXPECT_EQ(name_value(parse_setting(R"(name "a\"b")")), "a\"b");
  EXPECT_EQ(name_value(parse_setting(R"(name "a\\b")")), "a\\b");
  EXPECT_EQ(name_value(parse_setting(R"(name "a\nb\tc\rd")")), "a\nb\tc\rd");
  EXPECT_EQ(name_value(parse_setting(R"(name "\u{41}\u{20AC}\u{1F600}")")), "A\xE2\x82\xAC\xF0\x9F\x98\x80");
  EXPECT_EQ(name_value(parse_setting(R"(name "")")), "");
  EXPECT_EQ(name_value(parse_setting("name \"caf\xC3\xA9\"")), "caf\xC3\xA9");
}

TEST(ParseValues, StringSpanIncludesQuotes) {
  Parsed p = parse_setting(R"(name "a\nb")");
  EXPECT_EQ(p.text(setting_as<ast::NameSetting>(p).value.span), R"("a\nb")");
}

TEST(ParseValues, DecodeStringReportsEachBadEscapeAtItsOffset) {
  const DecodedString d = decode_string(R"("x\qy\u{D800}z\u12")", 100);
  ASSERT_EQ(d.errors.size(), 3u);
  EXPECT_EQ(d.errors[0].span.begin, 102u);  // `\q`
  EXPECT_EQ(d.errors[0].span.end, 104u);
  EXPECT_EQ(d.errors[1].span.begin, 105u);  // `\u{D800}` is a surrogate
  EXPECT_EQ(d.errors[1].span.end, 113u);
  EXPECT_EQ(d.errors[2].span.begin, 114u);  // `\u` without braces
  EXPECT_EQ(d.value, "xyz12");
}

TEST(ParseValues, DecodeStringWithoutClosingQuote) {
  const DecodedString d = decode_string(R"("abc\")", 0);  // unterminated: the last quote is escaped
  EXPECT_TRUE(d.errors.empty());
  EXPECT_EQ(d.value, "abc\"");
}

TEST(ParseValues, DurationUnits) {
  const std::vector<std::pair<std::string, int64_t>> durations = {
      {"30 s", 30},
      {"30 sec", 30},
      {"30 seconds", 30},
      {"1 second", 1},
      {"5 m", 300},
      {"5 min", 300},
      {"5 minutes", 300},
      {"1 minute", 60},
      {"2 h", 7200},
      {"2 hours", 7200},
      {"1 hour", 3600},
      {"1 d", 86400},
      {"1 day", 86400},
      {"3 days", 3 * 86400},
      {"1 y", 365 * 86400},
      {"1 year", 365 * 86400},
      {"2 years", 2 * 365 * 86400},
      {"10m", 600},
      {"7d", 7 * 86400},
      {"30days", 30 * 86400},
      {"1 year 30 days", 395 * 86400},
  };
  for (const auto& [text, seconds] : durations) {
    Parsed p = parse_setting("presigned max_age " + text);
    const auto& s = setting_as<ast::PresignedSetting>(p);
    ASSERT_TRUE(s.max_age.has_value()) << text;
    EXPECT_EQ(s.max_age->seconds(), seconds) << text;
    EXPECT_EQ(p.text(s.max_age->span), text);
  }
}

TEST(ParseValues, DurationPartsHaveSpans) {
  Parsed p = parse_setting("object_lock governance 1 year 30days");
  const ast::Duration& d = *setting_as<ast::ObjectLockSetting>(p).retention;
  ASSERT_EQ(d.parts.size(), 2u);
  EXPECT_EQ(p.text(d.parts[0].span), "1 year");
  EXPECT_EQ(d.parts[0].unit, ast::TimeUnit::Years);
  EXPECT_EQ(p.text(d.parts[1].span), "30days");
  EXPECT_EQ(d.parts[1].amount, 30);
  EXPECT_EQ(d.parts[1].unit, ast::TimeUnit::Days);
}

TEST(ParseValues, CorsMaxAgeAsSecondsOrDuration) {
  Parsed p = parse_setting("cors { allow origins [\"*\"] methods [GET] max_age 90s }");
  EXPECT_EQ(setting_as<ast::CorsSetting>(p).rules.at(0).max_age_seconds, std::optional<int64_t>(90));
}

TEST(ParseValues, LargestIntegerFits) {
  Parsed p = parse_setting("expected_rate 9223372036854775807 rps");
  EXPECT_EQ(setting_as<ast::ExpectedRateSetting>(p).requests_per_second, 9223372036854775807);
}

TEST(ParseValues, ScalarsInConditions) {
  Parsed p =
      parse_setting("deny a s3:GetObject unless k:a = \"s\" and k:b = 4 and k:c = 1.5 and k:d = true and k:e = nm");
  const auto& d = setting_as<ast::DenySetting>(p);
  ASSERT_EQ(d.unless.size(), 5u);
  const std::vector<std::pair<ast::Scalar::Kind, std::string>> expected = {{ast::Scalar::Kind::String, "s"},
                                                                           {ast::Scalar::Kind::Number, "4"},
                                                                           {ast::Scalar::Kind::Number, "1.5"},
                                                                           {ast::Scalar::Kind::Bool, "true"},
                                                                           {ast::Scalar::Kind::Name, "nm"}};
  for (size_t i = 0; i < expected.size(); ++i) {
    ASSERT_EQ(d.unless[i].value.items.size(), 1u);
    EXPECT_FALSE(d.unless[i].value.is_list);
    EXPECT_EQ(d.unless[i].value.items[0].kind, expected[i].first) << i;
    EXPECT_EQ(d.unless[i].value.items[0].text, expected[i].second) << i;
  }
  EXPECT_EQ(p.text(d.unless[0].value.items[0].span), "\"s\"");
}

TEST(ParseValues, FindInvalidUtf8) {
  EXPECT_EQ(find_invalid_utf8("plain ascii"), std::nullopt);
  EXPECT_EQ(find_invalid_utf8("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80"), std::nullopt);
  EXPECT_EQ(find_invalid_utf8("ab\xFF"), std::optional<uint32_t>(2));
  EXPECT_EQ(find_invalid_utf8("a\xC0\x80"), std::optional<uint32_t>(1));           // overlong NUL
  EXPECT_EQ(find_invalid_utf8("a\xE0\x80\x80"), std::optional<uint32_t>(1));       // overlong
  EXPECT_EQ(find_invalid_utf8("\xED\xA0\x80"), std::optional<uint32_t>(0));        // surrogate
  EXPECT_EQ(find_invalid_utf8("xx\xF4\x90\x80\x80"), std::optional<uint32_t>(2));  // above U+10FFFF
  EXPECT_EQ(find_invalid_utf8("xyz\xE2\x82"), std::optional<uint32_t>(3));         // truncated
  EXPECT_EQ(find_invalid_utf8("\x80"), std::optional<uint32_t>(0));                // lone continuation
}

}  // namespace
}  // namespace bslc::syntax::testing
