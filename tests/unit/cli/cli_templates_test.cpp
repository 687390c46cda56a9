// templates/ stays accurate: the starter spec compiles and its tests pass,
// the editor grammar is valid JSON, the hooks call real subcommands.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "unit/cli/fixtures.h"
#include "unit/cli/run_bslc.h"

namespace bslc::testing {
namespace {

namespace fs = std::filesystem;

fs::path templates() { return fs::path(BSLC_SOURCE_DIR) / "templates"; }

TEST(CliTemplates, StarterSpecPassesCheckAndTest) {
  const fs::path dir = templates() / "starter";
  const RunResult check = run_bslc({"check", "--werror", "bucket.bsl"}, dir);
  EXPECT_EQ(check.exit_code, 0) << check.err;
  const RunResult test = run_bslc({"test", "bucket.bsl"}, dir);
  EXPECT_EQ(test.exit_code, 0) << test.out << test.err;
  EXPECT_NE(test.out.find(" passed, 0 failed\n"), std::string::npos) << test.out;
}

TEST(CliTemplates, StarterSpecCompiles) {
  TempDir tmp;
  const RunResult r = run_bslc({"compile", "bucket.bsl", "-o", tmp.path().string(), "-q"}, templates() / "starter");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::exists(tmp.path() / "manifest.json"));
}

TEST(CliTemplates, EditorGrammarIsValidJson) {
  const auto grammar = nlohmann::json::parse(read_file(templates() / "editor" / "bsl.tmLanguage.json"));
  EXPECT_EQ(grammar["scopeName"], "source.bsl");
  EXPECT_EQ(grammar["fileTypes"][0], "bsl");
  ASSERT_TRUE(grammar["repository"].is_object());
  // Every `include` names an entry of the repository.
  for (const auto& p : grammar["patterns"]) {
    const std::string ref = p["include"];
    EXPECT_TRUE(grammar["repository"].contains(ref.substr(1))) << ref;
  }
}

TEST(CliTemplates, HooksAndCiSnippetsCallRealSubcommands) {
  for (const char* file : {"pre-commit/.pre-commit-hooks.yaml", "pre-commit/.pre-commit-config.yaml",
                           "ci/github-actions.yml", "ci/gitlab-ci.yml"}) {
    const std::string text = read_file(templates() / file);
    ASSERT_FALSE(text.empty()) << file;
    EXPECT_NE(text.find("bslc check"), std::string::npos) << file;
    EXPECT_NE(text.find("bslc test"), std::string::npos) << file;
  }
  // The flags they use exist.
  EXPECT_EQ(run_bslc({"check", "--werror", "--help"}).exit_code, 0);
}

}  // namespace
}  // namespace bslc::testing
