// README.md stays true: its example spec compiles and its tests pass, CI runs
// the README's test command, and the CLI reference names every subcommand.
#include <gtest/gtest.h>

#include <regex>

#include "unit/cli/fixtures.h"
#include "unit/cli/run_bslc.h"

namespace bslc::testing {
namespace {

namespace fs = std::filesystem;

std::string readme() { return read_file(fs::path(BSLC_SOURCE_DIR) / "README.md"); }

// The bodies of the README's fenced blocks of one language, in order.
std::vector<std::string> fenced(const std::string& text, const std::string& lang) {
  std::vector<std::string> blocks;
  const std::string open = "```" + lang + "\n";
  for (size_t at = text.find(open); at != std::string::npos; at = text.find(open, at)) {
    at += open.size();
    const size_t end = text.find("```", at);
    blocks.push_back(text.substr(at, end - at));
    at = end;
  }
  return blocks;
}

TEST(CliReadme, OpensWithTheTwoCommandsAndCiRunsTheSecond) {
  const auto commands = fenced(readme(), "sh");
  ASSERT_GE(commands.size(), 2u);
  EXPECT_NE(commands[0].find("bslc compile examples/"), std::string::npos) << commands[0];
  EXPECT_NE(commands[1].find("ctest --test-dir build"), std::string::npos) << commands[1];
  const std::string ci = read_file(fs::path(BSLC_SOURCE_DIR) / ".ci" / "run");
  EXPECT_NE(ci.find(commands[1]), std::string::npos) << ".ci/run must run the README's test command:\n" << commands[1];
  // Nothing but a title comes before them.
  const std::string text = readme();
  EXPECT_LT(text.find("```sh"), text.find('\n') + 3) << "the README must open with the commands";
}

TEST(CliReadme, TheFirstCommandsExampleExists) {
  const auto commands = fenced(readme(), "sh");
  ASSERT_FALSE(commands.empty());
  std::smatch m;
  ASSERT_TRUE(std::regex_search(commands[0], m, std::regex("bslc compile (\\S+)")));
  EXPECT_TRUE(fs::exists(fs::path(BSLC_SOURCE_DIR) / m[1].str())) << m[1];
}

TEST(CliReadme, ExampleSpecPassesCheckAndTest) {
  const auto specs = fenced(readme(), "bsl");
  ASSERT_FALSE(specs.empty());
  TempDir tmp;
  write_file(tmp.path() / "readme.bsl", specs[0]);
  const RunResult check = run_bslc({"check", "readme.bsl"}, tmp.path());
  EXPECT_EQ(check.exit_code, 0) << check.err;
  const RunResult test = run_bslc({"test", "readme.bsl"}, tmp.path());
  EXPECT_EQ(test.exit_code, 0) << test.out << test.err;
}

TEST(CliReadme, ReferenceNamesEverySubcommand) {
  const RunResult help = run_bslc({"--help"});
  const std::string text = readme();
  std::istringstream lines(help.out.substr(help.out.find("Subcommands:")));
  std::string line;
  std::getline(lines, line);
  int seen = 0;
  while (std::getline(lines, line) && !line.empty()) {  // the list ends at the footer's blank line
    std::istringstream words(line);
    std::string sub;
    if (!(words >> sub)) continue;
    ++seen;
    EXPECT_NE(text.find("### bslc " + sub), std::string::npos) << "README has no section for `" << sub << "`";
  }
  EXPECT_GE(seen, 6);
}

}  // namespace
}  // namespace bslc::testing
