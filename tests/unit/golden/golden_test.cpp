// The golden suite: every tests/golden/<topic>/<case>.bsl is one test that
// runs the real bslc in the case's folder (so outputs carry relative paths)
// and compares with the expectations beside it. Layout and conventions:
// tests/golden/README.md.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>

#include "unit/cli/run_bslc.h"
#include "unit/driver/temp_dir.h"
#include "unit/golden/expectations.h"

namespace bslc::testing {
namespace {

namespace fs = std::filesystem;

struct GoldenCase {
  fs::path spec;     // absolute path of <case>.bsl
  std::string name;  // "<topic>/<case>", for messages
  std::string id;    // the same as a GoogleTest-safe name
};

void PrintTo(const GoldenCase& c, std::ostream* os) { *os << c.name; }

fs::path golden_root() { return fs::path(BSLC_SOURCE_DIR) / "tests" / "golden"; }

// A case is a .bsl file whose name does not start with '_' (helpers that cases
// import) and that does not sit inside an expected-output folder.
std::vector<GoldenCase> discover() {
  std::vector<GoldenCase> cases;
  if (!fs::is_directory(golden_root())) return cases;
  for (auto it = fs::recursive_directory_iterator(golden_root()); it != fs::recursive_directory_iterator(); ++it) {
    const fs::path& p = it->path();
    if (it->is_directory() && p.filename().string().find(".out") != std::string::npos) {
      it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file() || p.extension() != ".bsl" || p.filename().string().starts_with("_")) continue;
    std::string name = fs::relative(p, golden_root()).replace_extension().generic_string();
    std::string id = name;
    for (char& c : id)
      if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    cases.push_back(GoldenCase{p, name, id});
  }
  std::sort(cases.begin(), cases.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  // Names that sanitise alike ("a-b" and "a_b") still need distinct test ids.
  for (size_t i = 1; i < cases.size(); ++i)
    if (cases[i].id == cases[i - 1].id) cases[i].id += "_" + std::to_string(i);
  return cases;
}

bool is_error_case(const GoldenCase& c) { return c.spec.filename().string().starts_with("error."); }

fs::path beside(const GoldenCase& c, const std::string& suffix) {
  return c.spec.parent_path() / (c.spec.stem().string() + suffix);
}

class Golden : public ::testing::TestWithParam<GoldenCase> {};

TEST_P(Golden, Matches) {
  const GoldenCase& c = GetParam();
  const fs::path dir = c.spec.parent_path();
  const std::string file = c.spec.filename().string();

  // Diagnostics: always. error.* cases must fail; the others must pass (warnings allowed).
  const RunResult check = run_bslc({"check", file}, dir);
  ASSERT_LT(check.exit_code, 2) << "bslc check crashed or misused:\n" << check.err;
  if (is_error_case(c)) {
    EXPECT_EQ(check.exit_code, 1) << c.name << " is named error.* but `bslc check` accepts it:\n" << check.err;
  } else {
    EXPECT_EQ(check.exit_code, 0) << c.name << " must pass `bslc check` (rename it error.* if it should fail):\n"
                                  << check.err;
  }
  expect_file(beside(c, ".diag"), check.err);

  if (fs::exists(beside(c, ".ast"))) {
    const RunResult dump = run_bslc({"dump-ast", file}, dir);
    EXPECT_LT(dump.exit_code, 2) << dump.err;
    expect_file(beside(c, ".ast"), dump.out);
  }

  // Compile outputs; for an error case: compile fails and writes nothing at all.
  TempDir tmp;
  if (is_error_case(c)) {
    const RunResult compile = run_bslc({"compile", file, "-o", (tmp.path() / "out").string(), "-q"}, dir);
    EXPECT_EQ(compile.exit_code, 1) << compile.err;
    EXPECT_FALSE(fs::exists(tmp.path() / "out")) << "a failing compile must not create its output folder";
  }
  const std::pair<const char*, std::vector<std::string>> variants[] = {
      {".out", {}}, {".out-json", {"--cfn-format", "json", "--tf-format", "json"}}};
  for (const auto& [suffix, flags] : variants) {
    if (!fs::is_directory(beside(c, suffix))) continue;
    const fs::path out = tmp.path() / (std::string("compiled") + suffix);
    std::vector<std::string> args = {"compile", file, "-o", out.string(), "-q"};
    args.insert(args.end(), flags.begin(), flags.end());
    const RunResult compile = run_bslc(args, dir);
    ASSERT_EQ(compile.exit_code, 0) << compile.err;
    expect_tree(beside(c, suffix), out);
  }

  if (fs::exists(beside(c, ".test"))) {
    const RunResult test = run_bslc({"test", file}, dir);
    EXPECT_LT(test.exit_code, 2) << test.err;
    const bool all_passed = test.out.find(" 0 failed\n") != std::string::npos;
    EXPECT_EQ(test.exit_code, all_passed ? 0 : 1) << "exit code disagrees with the closing line:\n" << test.out;
    expect_file(beside(c, ".test"), test.out);
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, Golden, ::testing::ValuesIn(discover()),
                         [](const ::testing::TestParamInfo<GoldenCase>& info) { return info.param.id; });
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(Golden);

TEST(GoldenSuite, HasCases) {
  if (discover().empty()) GTEST_SKIP() << "no golden cases under " << golden_root().generic_string() << " yet";
  SUCCEED();
}

// An expectation file whose .bsl was deleted or renamed is dead weight.
TEST(GoldenSuite, NoOrphanExpectations) {
  if (!fs::is_directory(golden_root())) GTEST_SKIP() << "no tests/golden folder";
  for (auto it = fs::recursive_directory_iterator(golden_root()); it != fs::recursive_directory_iterator(); ++it) {
    const fs::path& p = it->path();
    const std::string ext = p.extension().string();
    const bool expectation = ext == ".diag" || ext == ".ast" || ext == ".test" ||
                             (it->is_directory() && (ext == ".out" || ext == ".out-json"));
    if (it->is_directory() && (ext == ".out" || ext == ".out-json")) it.disable_recursion_pending();
    if (!expectation) continue;
    fs::path spec = p;
    spec.replace_extension(".bsl");
    EXPECT_TRUE(fs::exists(spec)) << p.generic_string() << " has no " << spec.filename().generic_string();
  }
}

}  // namespace
}  // namespace bslc::testing
