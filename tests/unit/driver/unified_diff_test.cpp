// The unified diff `bslc fmt --check` prints: diff -u's format, hunks with
// three lines of context, and inputs too large for the alignment table
// replaced as one block instead of exhausting memory.
#include "driver/unified_diff.h"

#include <gtest/gtest.h>

#include <string>

namespace bslc::driver {
namespace {

std::string lines(int from, int to, const std::string& tag = "") {
  std::string out;
  for (int i = from; i <= to; ++i) out += tag + std::to_string(i) + "\n";
  return out;
}

TEST(UnifiedDiff, OneChangedLineWithThreeLinesOfContext) {
  const std::string before = lines(1, 10);
  std::string after = before;
  after.replace(after.find("5\n"), 2, "five\n");
  EXPECT_EQ(unified_diff(before, after, "a", "b"),
            "--- a\n+++ b\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
  EXPECT_EQ(unified_diff(before, before, "a", "b"), "");
}

TEST(UnifiedDiff, DistantChangesMakeTwoHunks) {
  const std::string before = lines(1, 20);
  std::string after = before;
  after.replace(after.find("2\n"), 2, "two\n");
  after.replace(after.find("18\n"), 3, "eighteen\n");
  const std::string d = unified_diff(before, after, "a", "b");
  EXPECT_NE(d.find("@@ -1,5 +1,5 @@\n"), std::string::npos) << d;
  EXPECT_NE(d.find("@@ -15,6 +15,6 @@\n"), std::string::npos) << d;
}

TEST(UnifiedDiff, AMissingFinalNewlineIsSaid) {
  EXPECT_EQ(unified_diff("a", "a\n", "x", "y"),
            "--- x\n+++ y\n@@ -1,1 +1,1 @@\n-a\n\\ No newline at end of file\n+a\n");
}

// 3000 x 3000 differing lines would need a 9-million-cell table: replaced as one block.
TEST(UnifiedDiff, LargeInputsAreOneReplacedBlock) {
  const std::string before = "head\n" + lines(1, 3000, "old") + "tail\n";
  const std::string after = "head\n" + lines(1, 3000, "new") + "tail\n";
  const std::string d = unified_diff(before, after, "a", "b");
  EXPECT_EQ(d.rfind("--- a\n+++ b\n@@ -1,3002 +1,3002 @@\n head\n-old1\n", 0), 0u) << d.substr(0, 200);
  EXPECT_NE(d.find("-old3000\n+new1\n"), std::string::npos);
  EXPECT_EQ(d.substr(d.size() - 15), "+new3000\n tail\n");
}

}  // namespace
}  // namespace bslc::driver
