// manifest.json: format, order, and reading back (including hostile input).
#include "driver/manifest.h"

#include <gtest/gtest.h>

#include "driver/sha256.h"

namespace bslc::driver {
namespace {

TEST(Manifest, ListsFilesSortedWithHashes) {
  const FileTree files = {{"b/x.json", "2"}, {"a.json", "1"}};
  const std::string text = build_manifest(files);
  EXPECT_EQ(text, "{\n  \"files\": [\n    {\n      \"path\": \"a.json\",\n      \"sha256\": \"" + sha256_hex("1") +
                      "\"\n    },\n    {\n      \"path\": \"b/x.json\",\n      \"sha256\": \"" + sha256_hex("2") +
                      "\"\n    }\n  ]\n}\n");
}

TEST(Manifest, EmptyTree) { EXPECT_EQ(build_manifest({}), "{\n  \"files\": []\n}\n"); }

TEST(Manifest, RoundTrips) {
  const FileTree files = {{"r/bucket-policy.json", "{}"}, {"terraform/main.tf", "x"}};
  const auto read = read_manifest(build_manifest(files));
  ASSERT_TRUE(read.has_value());
  ASSERT_EQ(read->size(), 2u);
  EXPECT_EQ(read->at("terraform/main.tf"), sha256_hex("x"));
}

TEST(Manifest, RejectsWhatIsNotAManifest) {
  EXPECT_FALSE(read_manifest("not json").has_value());
  EXPECT_FALSE(read_manifest("[]").has_value());
  EXPECT_FALSE(read_manifest("{\"files\": 3}").has_value());
}

// A manifest planted in the output folder must not make bslc delete files elsewhere.
TEST(Manifest, DropsPathsThatEscapeTheFolder) {
  const auto read = read_manifest(
      R"({"files": [{"path": "../etc/passwd", "sha256": "x"}, {"path": "/abs", "sha256": "x"},
                    {"path": "a/./b", "sha256": "x"}, {"path": "manifest.json", "sha256": "x"},
                    {"path": "ok/file.json", "sha256": "y"}, {"path": 7}]})");
  ASSERT_TRUE(read.has_value());
  ASSERT_EQ(read->size(), 1u);
  EXPECT_EQ(read->begin()->first, "ok/file.json");
}

TEST(FileTree, SafeRelativePaths) {
  EXPECT_TRUE(is_safe_relative_path("a"));
  EXPECT_TRUE(is_safe_relative_path("a/b.json"));
  EXPECT_TRUE(is_safe_relative_path("a.b/..c"));
  EXPECT_FALSE(is_safe_relative_path(""));
  EXPECT_FALSE(is_safe_relative_path("/a"));
  EXPECT_FALSE(is_safe_relative_path("a/../b"));
  EXPECT_FALSE(is_safe_relative_path(".."));
  EXPECT_FALSE(is_safe_relative_path("a//b"));
  EXPECT_FALSE(is_safe_relative_path("a/"));
  EXPECT_FALSE(is_safe_relative_path("a\\b"));
}

TEST(FileTree, SafeComponent) {
  EXPECT_EQ(safe_component("acme-logs.v2"), "acme-logs.v2");
  EXPECT_EQ(safe_component("a/b"), "a_b");
  EXPECT_EQ(safe_component(".."), "_");
  EXPECT_EQ(safe_component(""), "_");
  EXPECT_EQ(safe_component("arn:aws:iam::1:role/x"), "arn_aws_iam__1_role_x");
}

}  // namespace
}  // namespace bslc::driver
