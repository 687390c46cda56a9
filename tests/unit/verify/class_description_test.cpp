// How a class of access is named for a reader (verify/class_description.h):
// resources in the words of the documents' prefixes, never wider than the
// class; key values as ranges, literals or presence, only where narrowed.
#include "verify/class_description.h"

#include <gtest/gtest.h>

namespace bslc::verify::detail {
namespace {

Space space_with(std::vector<std::string> keys, std::vector<std::string> prefixes,
                 std::vector<std::string> exact = {}) {
  Space s;
  s.bucket_arn = "arn:aws:s3:::b";
  s.resources.push_back("arn:aws:s3:::b");
  for (const auto& k : keys) s.resources.push_back("arn:aws:s3:::b/" + k);
  s.object_prefixes = std::move(prefixes);
  s.object_keys = std::move(exact);
  return s;
}

TEST(DescribeResources, WholePrefixesThenExceptions) {
  // Representatives: the bucket, x (no prefix), exports/x, exports/monthly/x.
  const Space s = space_with({"x", "exports/x", "exports/monthly/x"}, {"exports/", "exports/monthly/"});
  EXPECT_EQ(describe_resources(s, {false, true, true, true}), std::vector<std::string>{"every object"});
  EXPECT_EQ(describe_resources(s, {true, true, true, true}), (std::vector<std::string>{"the bucket", "every object"}));
  EXPECT_EQ(describe_resources(s, {false, false, true, true}), std::vector<std::string>{"exports/*"});
  EXPECT_EQ(describe_resources(s, {false, false, true, false}),
            std::vector<std::string>{"exports/* except exports/monthly/*"});
  EXPECT_EQ(describe_resources(s, {false, true, false, false}), std::vector<std::string>{"any key except exports/*"});
  EXPECT_EQ(describe_resources(s, {false, true, false, true}),
            (std::vector<std::string>{"exports/monthly/*", "any key except exports/*"}));
}

TEST(DescribeResources, ExactKeysAndShapesItCannotName) {
  const Space s = space_with({"a.csv", "b"}, {}, {"a.csv"});
  EXPECT_EQ(describe_resources(s, {false, true, false}), std::vector<std::string>{"key a.csv"});
  EXPECT_EQ(describe_resources(s, {false, false, true}), std::vector<std::string>{"any key except a.csv"});
  // Two representatives no prefix tells apart (another pattern shape does): never claim both.
  const Space other = space_with({"x.csv", "x"}, {});
  EXPECT_EQ(describe_resources(other, {false, true, false}),
            std::vector<std::string>{"some keys in any key (e.g. x.csv)"});
}

KeyDim key(std::string name, std::vector<std::string> reps) {
  KeyDim k;
  k.spelling = std::move(name);
  k.reps = std::move(reps);
  k.regions.resize(k.reps.size());
  k.named.assign(k.reps.size(), true);
  return k;
}

TEST(DescribeKey, OnlyWhatTheClassNarrows) {
  const KeyDim tls = key("aws:SecureTransport", {"true", "false"});
  EXPECT_EQ(describe_key(tls, {true, false, false}, {true, true, true}), "aws:SecureTransport = true");
  EXPECT_EQ(describe_key(tls, {true, true, true}, {true, true, true}), "");
  // What the request's shape excludes is no condition of the class.
  EXPECT_EQ(describe_key(tls, {true, false, false}, {true, false, false}), "");
  KeyDim vpce = key("aws:SourceVpce", {"vpce-1", ""});
  vpce.named = {true, false};
  EXPECT_EQ(describe_key(vpce, {false, true, true}, {true, true, true}), "aws:SourceVpce != \"vpce-1\"");
  EXPECT_EQ(describe_key(vpce, {true, false, false}, {true, true, true}), "aws:SourceVpce = \"vpce-1\"");
  EXPECT_EQ(describe_key(vpce, {false, false, true}, {true, true, true}), "aws:SourceVpce absent");
  EXPECT_EQ(describe_key(vpce, {true, true, false}, {true, true, true}), "aws:SourceVpce present");
}

TEST(DescribeKey, OrderedValuesAsRanges) {
  // One constant, 1.2: below, the point, above.
  KeyDim v = key("s3:TlsVersion", {"1.1", "1.2", "1.7"});
  v.regions = {
      {{"", "1.2", false, false, 0, 0}}, {{"1.2", "1.2", true, true, 0, 1}}, {{"1.2", "", false, false, 0, 2}}};
  EXPECT_EQ(describe_key(v, {false, true, true, true}, {true, true, true, true}), "s3:TlsVersion >= 1.2 or absent");
  EXPECT_EQ(describe_key(v, {true, false, false, false}, {true, true, true, true}), "s3:TlsVersion < 1.2");
  EXPECT_EQ(describe_key(v, {false, true, false, false}, {true, true, true, true}), "s3:TlsVersion = 1.2");
  EXPECT_EQ(describe_key(v, {true, false, true, false}, {true, true, true, true}), "s3:TlsVersion < 1.2 or > 1.2");
}

}  // namespace
}  // namespace bslc::verify::detail
