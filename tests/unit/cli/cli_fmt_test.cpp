// bslc fmt through the real binary: rewriting in place, --check and --diff,
// stdin, and files that do not parse.
#include <gtest/gtest.h>

#include "unit/cli/fixtures.h"
#include "unit/cli/run_bslc.h"

namespace bslc::testing {
namespace {

constexpr const char* kMessy = "account owner=\"111122223333\"\nbucket b {\nname \"acme-fmt\"\n  account owner\n}\n";
constexpr const char* kFormatted =
    "account owner = \"111122223333\"\nbucket b {\n  name    \"acme-fmt\"\n  account owner\n}\n";

class CliFmt : public ::testing::Test {
 protected:
  void SetUp() override { write_file(dir_.path() / "b.bsl", kMessy); }
  RunResult bslc(const std::vector<std::string>& args) { return run_bslc(args, dir_.path()); }
  TempDir dir_;
};

TEST_F(CliFmt, CheckExitsOneWithADiffAndWritesNothing) {
  const RunResult r = bslc({"fmt", "--check", "b.bsl"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find("b.bsl\n--- b.bsl\n+++ b.bsl (formatted)\n@@ -1,5 +1,5 @@\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\n-name \"acme-fmt\"\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\n+  name    \"acme-fmt\"\n"), std::string::npos) << r.out;
  EXPECT_EQ(read_file(dir_.path() / "b.bsl"), kMessy);
  // --diff alone prints the same diff, writes nothing, and is no failure.
  const RunResult d = bslc({"fmt", "--diff", "b.bsl"});
  EXPECT_EQ(d.exit_code, 0);
  EXPECT_NE(d.out.find("+  name    \"acme-fmt\"\n"), std::string::npos) << d.out;
  EXPECT_EQ(read_file(dir_.path() / "b.bsl"), kMessy);
}

TEST_F(CliFmt, RewritesInPlaceThenHasNothingToDo) {
  const RunResult r = bslc({"fmt", "b.bsl"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "b.bsl\n");
  EXPECT_EQ(read_file(dir_.path() / "b.bsl"), kFormatted);
  const RunResult again = bslc({"fmt", "--check", "b.bsl"});
  EXPECT_EQ(again.exit_code, 0);
  EXPECT_EQ(again.out, "");
}

TEST_F(CliFmt, StdinToStdout) {
  const RunResult r = run_bslc({"fmt", "-"}, dir_.path(), kMessy);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, kFormatted);
}

TEST_F(CliFmt, AFileThatDoesNotParseIsReportedAndLeftAlone) {
  write_file(dir_.path() / "broken.bsl", "bucket b {\n  name\n");
  const RunResult r = bslc({"fmt", "broken.bsl", "b.bsl"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("broken.bsl:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("broken.bsl: not formatted: fix the errors first"), std::string::npos) << r.err;
  EXPECT_EQ(read_file(dir_.path() / "broken.bsl"), "bucket b {\n  name\n");
  EXPECT_EQ(read_file(dir_.path() / "b.bsl"), kFormatted) << "the other file is still formatted";
  EXPECT_EQ(bslc({"fmt", "missing.bsl"}).exit_code, 1);
}

}  // namespace
}  // namespace bslc::testing
