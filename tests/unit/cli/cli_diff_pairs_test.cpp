// tests/diff/<case>/{old,new}.bsl: `bslc diff old.bsl new.bsl` prints exactly
// expected.txt (BSLC_UPDATE_GOLDEN=1 rewrites it). Every example request in a
// diff was replayed by the simulator on both sides before it was printed (a
// disagreement would exit 3), and only the no-op case may show no change.
#include <gtest/gtest.h>

#include <cstdlib>

#include "unit/cli/fixtures.h"
#include "unit/cli/run_bslc.h"

namespace bslc::testing {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> cases() {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(fs::path(BSLC_SOURCE_DIR) / "tests" / "diff"))
    if (e.is_directory()) out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

class DiffPairs : public ::testing::TestWithParam<std::string> {};

TEST_P(DiffPairs, MatchesExpected) {
  const fs::path dir = fs::path(BSLC_SOURCE_DIR) / "tests" / "diff" / GetParam();
  const RunResult r = run_bslc({"diff", "old.bsl", "new.bsl"}, dir);
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  const bool noop = GetParam().starts_with("noop");
  EXPECT_EQ(r.out.find("no access change (proved)\n(") != std::string::npos, noop) << r.out;
  EXPECT_EQ(r.out.find("widens access") != std::string::npos, !noop) << r.out;
  const fs::path expected = dir / "expected.txt";
  if (std::getenv("BSLC_UPDATE_GOLDEN")) write_file(expected, r.out);
  EXPECT_EQ(r.out, detail::slurp(expected)) << "regenerate with tests/golden/update.sh";
  // The same request classes in JSON, none of them unexplained.
  const RunResult j = run_bslc({"diff", "--format", "json", "old.bsl", "new.bsl"}, dir);
  EXPECT_EQ(j.exit_code, 0) << j.err;
  EXPECT_NE(j.out.find("\"exact\": true"), std::string::npos) << j.out;
}

INSTANTIATE_TEST_SUITE_P(Cases, DiffPairs, ::testing::ValuesIn(cases()));

}  // namespace
}  // namespace bslc::testing
