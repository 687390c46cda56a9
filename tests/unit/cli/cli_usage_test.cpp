// The CLI contract: --help, --version, subcommands and exit codes
// (0 clean, 1 findings, 2 usage). Runs the real binary.
#include <gtest/gtest.h>

#include "unit/cli/fixtures.h"
#include "unit/cli/run_bslc.h"

namespace bslc::testing {
namespace {

TEST(CliUsage, HelpListsEverySubcommandWithADescription) {
  const RunResult r = run_bslc({"--help"});
  EXPECT_EQ(r.exit_code, 0);
  for (const char* sub : {"check", "dump-ast", "compile", "simulate", "test", "explain"}) {
    const size_t at = r.out.find(std::string("\n  ") + sub + " ");
    ASSERT_NE(at, std::string::npos) << sub << " missing from:\n" << r.out;
    const std::string line = r.out.substr(at + 3, r.out.find('\n', at + 1) - at - 3);
    EXPECT_GT(line.size(), std::string(sub).size() + 10) << "no description for " << sub;
  }
}

TEST(CliUsage, SubcommandHelp) {
  const RunResult r = run_bslc({"compile", "--help"});
  EXPECT_EQ(r.exit_code, 0);
  for (const char* flag : {"-o", "--cfn-format", "--tf-format", "--werror", "--disable", "--format"})
    EXPECT_NE(r.out.find(flag), std::string::npos) << flag;
}

TEST(CliUsage, Version) {
  const RunResult r = run_bslc({"--version"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_TRUE(r.out.starts_with("bslc ")) << r.out;
  EXPECT_TRUE(std::isdigit(static_cast<unsigned char>(r.out[5]))) << r.out;
}

TEST(CliUsage, UsageErrorsExitTwo) {
  const std::vector<std::vector<std::string>> cases = {
      {},
      {"frobnicate"},
      {"check"},
      {"check", "--no-such-flag", "a.bsl"},
      {"check", "--format", "xml", "a.bsl"},
      {"check", "--disable", "X9999", "a.bsl"},
      {"check", "--disable", "E0101", "a.bsl"},
      {"compile", "a.bsl"},
      {"compile", "a.bsl", "-o", "out", "--cfn-format", "toml"},
      {"dump-ast"},
      {"explain"},
      {"explain", "Z0000"},
      {"simulate"},
      {"simulate", "--principal", "anonymous", "--action", "s3:GetObject"},
      {"test"},
  };
  for (const auto& args : cases) {
    const RunResult r = run_bslc(args);
    std::string joined;
    for (const auto& a : args) joined += a + " ";
    EXPECT_EQ(r.exit_code, 2) << "bslc " << joined << "\nstdout: " << r.out << "\nstderr: " << r.err;
    EXPECT_FALSE(r.err.empty()) << "no message for: bslc " << joined;
  }
}

TEST(CliUsage, DidYouMeanForSubcommandsAndFlags) {
  const RunResult sub = run_bslc({"chek", "a.bsl"});
  EXPECT_EQ(sub.exit_code, 2);
  EXPECT_NE(sub.err.find("bslc: did you mean `check`?"), std::string::npos) << sub.err;
  const RunResult flag = run_bslc({"check", "--werorr", "a.bsl"});
  EXPECT_EQ(flag.exit_code, 2);
  EXPECT_NE(flag.err.find("bslc: did you mean `--werror`?"), std::string::npos) << flag.err;
  const RunResult other = run_bslc({"compile", "a.bsl", "-o", "out", "--cfn-fromat", "json"});
  EXPECT_NE(other.err.find("did you mean `--cfn-format`?"), std::string::npos) << other.err;
  // Nothing close: no guess.
  EXPECT_EQ(run_bslc({"zzzzzzzz"}).err.find("did you mean"), std::string::npos);
}

TEST(CliUsage, HelpShowsExamplesAndExitCodes) {
  const RunResult r = run_bslc({"--help"});
  EXPECT_NE(r.out.find("\nExamples:\n  bslc check "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\nExit codes:\n  0  clean"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\n  3  internal error"), std::string::npos) << r.out;
  const RunResult test = run_bslc({"test", "--help"});
  EXPECT_NE(test.out.find("  bslc test --format junit"), std::string::npos) << test.out;
  EXPECT_NE(test.out.find("Exit codes:"), std::string::npos) << test.out;
}

TEST(CliUsage, VersionNamesTheGitRevision) {
  const RunResult r = run_bslc({"--version"});
  EXPECT_NE(r.out.find(" (git "), std::string::npos) << r.out;
}

TEST(CliUsage, ExplainKnownCode) {
  const RunResult r = run_bslc({"explain", "E0201"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_TRUE(r.out.starts_with("E0201: ")) << r.out;
  EXPECT_GT(r.out.size(), 100u) << "expected a long explanation:\n" << r.out;
  EXPECT_EQ(run_bslc({"explain", "e0201"}).exit_code, 0) << "codes are case-insensitive";
}

}  // namespace
}  // namespace bslc::testing
