// bslc check and dump-ast: exit codes, where diagnostics go, --format json,
// --werror, --disable and the closing summary line.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "unit/cli/fixtures.h"
#include "unit/cli/run_bslc.h"

namespace bslc::testing {
namespace {

std::string last_line(const std::string& text) {
  std::string t = text;
  while (!t.empty() && t.back() == '\n') t.pop_back();
  return t.substr(t.rfind('\n') == std::string::npos ? 0 : t.rfind('\n') + 1);
}

class CliCheck : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(dir_.path() / "clean.bsl", kCleanSpec);
    write_file(dir_.path() / "warning.bsl", kWarningSpec);
    write_file(dir_.path() / "error.bsl", kErrorSpec);
    write_file(dir_.path() / "syntax.bsl", kSyntaxErrorSpec);
  }
  RunResult bslc(const std::vector<std::string>& args) { return run_bslc(args, dir_.path()); }
  TempDir dir_;
};

TEST_F(CliCheck, CleanSpecExitsZero) {
  const RunResult r = bslc({"check", "clean.bsl"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(last_line(r.err), "no problems found");
}

TEST_F(CliCheck, ErrorsExitOneWithLocatedCodedDiagnostics) {
  const RunResult r = bslc({"check", "error.bsl"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("error.bsl:3:9: error[E0201]"), std::string::npos) << r.err;
  EXPECT_EQ(last_line(r.err), "1 error, 0 warnings, 0 notes");
  EXPECT_EQ(r.out, "") << "diagnostics belong on stderr";
}

TEST_F(CliCheck, SyntaxErrorsExitOne) {
  const RunResult r = bslc({"check", "syntax.bsl"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("syntax.bsl:"), std::string::npos) << r.err;
}

TEST_F(CliCheck, MissingFileIsAnErrorNotACrash) {
  const RunResult r = bslc({"check", "no-such-file.bsl"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("E0113"), std::string::npos) << r.err;
}

TEST_F(CliCheck, WarningsPassUnlessWerror) {
  const RunResult plain = bslc({"check", "warning.bsl"});
  EXPECT_EQ(plain.exit_code, 0) << plain.err;
  EXPECT_NE(plain.err.find(std::string("warning[") + kWarningCode + "]"), std::string::npos) << plain.err;
  EXPECT_EQ(last_line(plain.err), "0 errors, 1 warning, 0 notes");

  const RunResult werror = bslc({"check", "--werror", "warning.bsl"});
  EXPECT_EQ(werror.exit_code, 1);
  EXPECT_NE(werror.err.find(std::string("error[") + kWarningCode + "]"), std::string::npos) << werror.err;

  const RunResult disabled = bslc({"check", "--werror", "--disable", kWarningCode, "warning.bsl"});
  EXPECT_EQ(disabled.exit_code, 0) << disabled.err;
  EXPECT_EQ(last_line(disabled.err), "no problems found");
}

TEST_F(CliCheck, JsonFormatPrintsOnlyJsonOnStdout) {
  const RunResult r = bslc({"check", "--format", "json", "error.bsl"});
  EXPECT_EQ(r.exit_code, 1);
  const auto j = nlohmann::json::parse(r.out);
  ASSERT_TRUE(j.is_array());
  ASSERT_EQ(j.size(), 1u);
  EXPECT_EQ(j[0]["code"], "E0201");
  EXPECT_EQ(j[0]["file"], "error.bsl");
  EXPECT_EQ(j[0]["line"], 3);
  EXPECT_EQ(last_line(r.err), "1 error, 0 warnings, 0 notes");
}

TEST_F(CliCheck, EachFileIsCheckedAndCountedTogether) {
  const RunResult r = bslc({"check", "clean.bsl", "error.bsl", "warning.bsl"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(last_line(r.err), "1 error, 1 warning, 0 notes");
}

TEST_F(CliCheck, DumpAst) {
  const RunResult ok = bslc({"dump-ast", "clean.bsl"});
  EXPECT_EQ(ok.exit_code, 0) << ok.err;
  EXPECT_NE(ok.out.find("records"), std::string::npos);
  EXPECT_EQ(ok.err, "");
  const RunResult bad = bslc({"dump-ast", "syntax.bsl"});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_EQ(bad.out, "");
}

}  // namespace
}  // namespace bslc::testing
