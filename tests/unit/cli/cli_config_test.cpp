// .bslc.yaml and baselines: discovery from the spec's folder up to the
// repository root, per-path rules, flags on top, --no-config; baselines keyed
// by file, bucket and code (never by line), stale entries, bad files.
#include <gtest/gtest.h>

#include <regex>

#include "unit/cli/fixtures.h"
#include "unit/cli/run_bslc.h"

namespace bslc::testing {
namespace {

namespace fs = std::filesystem;

// One W0401 in bucket `data`.
std::string warning_spec(const std::string& bucket = "data") {
  return std::regex_replace(std::string(kWarningSpec), std::regex("bucket data"), "bucket " + bucket);
}

// A scratch repository: a `.git` marks the root, where the config lookup stops.
struct Repo {
  TempDir tmp;
  Repo() { fs::create_directories(tmp.path() / "repo/.git"); }
  fs::path root() const { return tmp.path() / "repo"; }
};

TEST(CliConfig, WerrorAndDisableFromTheNearestFile) {
  Repo repo;
  write_file(repo.root() / "specs/a.bsl", warning_spec());
  write_file(repo.root() / ".bslc.yaml", "werror: true\n");
  EXPECT_EQ(run_bslc({"check", "specs/a.bsl"}, repo.root()).exit_code, 1) << "werror from the file";
  EXPECT_EQ(run_bslc({"check", "--no-config", "specs/a.bsl"}, repo.root()).exit_code, 0);
  EXPECT_EQ(run_bslc({"check", "a.bsl"}, repo.root() / "specs").exit_code, 1) << "found from the spec's folder up";

  // A nearer file wins; a `paths` rule relaxes one folder only.
  write_file(repo.root() / "specs/.bslc.yaml", "werror: true\npaths:\n  - match: \"legacy/**\"\n    werror: false\n");
  write_file(repo.root() / "specs/legacy/old/b.bsl", warning_spec());
  EXPECT_EQ(run_bslc({"check", "specs/legacy/old/b.bsl"}, repo.root()).exit_code, 0);
  EXPECT_EQ(run_bslc({"check", "specs/a.bsl"}, repo.root()).exit_code, 1);
  // A flag adds to the file.
  EXPECT_EQ(run_bslc({"check", "--werror", "specs/legacy/old/b.bsl"}, repo.root()).exit_code, 1);

  write_file(repo.root() / "specs/.bslc.yaml", "disable: [W0401]\n");
  const RunResult r = run_bslc({"check", "specs/a.bsl"}, repo.root());
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, "no problems found\n");
}

TEST(CliConfig, LookupStopsAtTheRepositoryRoot) {
  Repo repo;
  write_file(repo.tmp.path() / ".bslc.yaml", "werror: true\n");  // outside the repository
  write_file(repo.root() / "a.bsl", warning_spec());
  EXPECT_EQ(run_bslc({"check", "a.bsl"}, repo.root()).exit_code, 0);
}

TEST(CliConfig, BadFileIsLocatedE0801) {
  Repo repo;
  write_file(repo.root() / "a.bsl", warning_spec());
  write_file(repo.root() / ".bslc.yaml", "werror: maybe\n");
  const RunResult r = run_bslc({"check", "a.bsl"}, repo.root());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(".bslc.yaml:1:9: error[E0801]: `werror` must be true or false"), std::string::npos) << r.err;
  for (const char* cmd : {"test", "compile"}) {
    std::vector<std::string> args = {cmd, "a.bsl"};
    if (std::string(cmd) == "compile") args.insert(args.end(), {"-o", "out"});
    EXPECT_EQ(run_bslc(args, repo.root()).exit_code, 1) << cmd;
  }
  EXPECT_FALSE(fs::exists(repo.root() / "out"));
}

TEST(CliConfig, BaselineHidesKnownFindingsOnly) {
  Repo repo;
  write_file(repo.root() / "specs/a.bsl", warning_spec());
  const RunResult wrote = run_bslc({"check", "--write-baseline", "baseline.json", "specs/a.bsl"}, repo.root());
  EXPECT_EQ(wrote.exit_code, 0) << wrote.err;
  EXPECT_EQ(wrote.err, "no problems found (1 baselined)\n");
  const std::string text = read_file(repo.root() / "baseline.json");
  EXPECT_NE(text.find(R"({"file":"specs/a.bsl","scope":"bucket data","code":"W0401","count":1})"), std::string::npos)
      << text;

  // Lines moved: still hidden.
  write_file(repo.root() / "specs/a.bsl", "// moved\n\n" + warning_spec());
  EXPECT_EQ(run_bslc({"check", "--baseline", "baseline.json", "specs/a.bsl"}, repo.root()).err,
            "no problems found (1 baselined)\n");
  // The same warning in another file or another bucket is new.
  write_file(repo.root() / "specs/b.bsl", warning_spec());
  write_file(repo.root() / "specs/c.bsl", warning_spec("other"));
  const RunResult r =
      run_bslc({"check", "--baseline", "baseline.json", "specs/a.bsl", "specs/b.bsl", "specs/c.bsl"}, repo.root());
  EXPECT_NE(r.err.find("specs/b.bsl:6:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("specs/c.bsl:6:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("0 errors, 2 warnings, 0 notes (1 baselined)"), std::string::npos) << r.err;

  // Fixed: the entry is stale (W0801), pointing at its line.
  write_file(repo.root() / "specs/a.bsl",
             "role admin = \"arn:aws:iam::111122223333:role/A\"\nbucket data {\n  name \"acme-cli-fixed\"\n  account "
             "\"111122223333\"\n}\n");
  const RunResult stale = run_bslc({"check", "--baseline", "baseline.json", "specs/a.bsl"}, repo.root());
  EXPECT_NE(stale.err.find("baseline.json:4:1: warning[W0801]: baseline entry `W0401` for `bucket data` in "
                           "`specs/a.bsl` matches 0 of its 1 finding"),
            std::string::npos)
      << stale.err;

  // The config's baseline applies without the flag.
  write_file(repo.root() / ".bslc.yaml", "baseline: baseline.json\n");
  EXPECT_NE(run_bslc({"check", "specs/b.bsl"}, repo.root()).err.find("W0401"), std::string::npos);
}

TEST(CliConfig, BadBaselineIsE0802) {
  Repo repo;
  write_file(repo.root() / "a.bsl", warning_spec());
  write_file(repo.root() / "baseline.json", "{\"findings\": 3}\n");
  const RunResult r = run_bslc({"check", "--baseline", "baseline.json", "a.bsl"}, repo.root());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("baseline.json:1:1: error[E0802]"), std::string::npos) << r.err;
}

TEST(CliConfig, AcknowledgedFindingsAreCounted) {
  Repo repo;
  write_file(repo.root() / "a.bsl", std::regex_replace(warning_spec(), std::regex("except admin"),
                                                       "except admin\n  acknowledge W0401 because \"the office VPN\""));
  const RunResult r = run_bslc({"check", "a.bsl"}, repo.root());
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, "no problems found (1 acknowledged)\n");
}

}  // namespace
}  // namespace bslc::testing
