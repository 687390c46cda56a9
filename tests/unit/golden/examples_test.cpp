// Every examples/<name>/ passes `bslc check` and `bslc test`, and its
// checked-in compiled output (examples/<name>/out/) is exactly what
// `bslc compile` produces today. BSLC_UPDATE_GOLDEN=1 refreshes out/.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>

#include "unit/cli/run_bslc.h"
#include "unit/driver/temp_dir.h"
#include "unit/golden/expectations.h"

namespace bslc::testing {
namespace {

namespace fs = std::filesystem;

struct Example {
  fs::path dir;
  std::vector<std::string> specs;  // root specs: the folder's *.bsl not starting with '_'
  std::string id;
};

void PrintTo(const Example& e, std::ostream* os) { *os << e.dir.filename().string(); }

std::vector<Example> discover_examples() {
  std::vector<Example> out;
  const fs::path root = fs::path(BSLC_SOURCE_DIR) / "examples";
  if (!fs::is_directory(root)) return out;
  for (const auto& entry : fs::directory_iterator(root)) {
    if (!entry.is_directory()) continue;
    Example ex{entry.path(), {}, entry.path().filename().string()};
    for (const auto& f : fs::directory_iterator(entry.path()))
      if (f.is_regular_file() && f.path().extension() == ".bsl" && !f.path().filename().string().starts_with("_"))
        ex.specs.push_back(f.path().filename().string());
    if (ex.specs.empty()) continue;
    std::sort(ex.specs.begin(), ex.specs.end());
    for (char& c : ex.id)
      if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    out.push_back(std::move(ex));
  }
  std::sort(out.begin(), out.end(), [](const Example& a, const Example& b) { return a.dir < b.dir; });
  return out;
}

std::vector<std::string> with(std::vector<std::string> head, const std::vector<std::string>& tail) {
  head.insert(head.end(), tail.begin(), tail.end());
  return head;
}

class Examples : public ::testing::TestWithParam<Example> {};

TEST_P(Examples, PassCheck) {
  const Example& ex = GetParam();
  const RunResult r = run_bslc(with({"check"}, ex.specs), ex.dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

TEST_P(Examples, TheirTestsPass) {
  const Example& ex = GetParam();
  const RunResult r = run_bslc(with({"test"}, ex.specs), ex.dir);
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find(" passed, 0 failed\n"), std::string::npos) << r.out;
}

TEST_P(Examples, CheckedInOutputIsCurrent) {
  const Example& ex = GetParam();
  TempDir tmp;
  const RunResult r = run_bslc(with({"compile"}, with(ex.specs, {"-o", (tmp.path() / "out").string(), "-q"})), ex.dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  if (!fs::is_directory(ex.dir / "out") && !update_mode()) {
    FAIL() << (ex.dir / "out").generic_string() << " is missing: compile the example into it "
           << "(tests/golden/update.sh does) and check it in";
  }
  expect_tree(ex.dir / "out", tmp.path() / "out");
}

INSTANTIATE_TEST_SUITE_P(All, Examples, ::testing::ValuesIn(discover_examples()),
                         [](const ::testing::TestParamInfo<Example>& info) { return info.param.id; });
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(Examples);

TEST(ExamplesSuite, HasExamples) {
  if (discover_examples().empty()) GTEST_SKIP() << "no examples under examples/ yet";
  SUCCEED();
}

}  // namespace
}  // namespace bslc::testing
