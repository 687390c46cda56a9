// Reports for CI: --format sarif|github on check and compile, --format
// junit|json|github on test. SARIF is validated against the SARIF 2.1.0
// schema (tests/validate/sarif-validate.js; skipped visibly when
// tests/validate/setup.sh has not installed it).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "unit/cli/fixtures.h"
#include "unit/cli/run_bslc.h"

namespace bslc::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// Two buckets with the same warning (W0401) and a test block with one failing expectation.
constexpr const char* kTwoWarnings = R"bsl(role admin = "arn:aws:iam::111122223333:role/SecurityAdmin"
account partner = "444455556666"

bucket alpha {
  name "acme-report-alpha"
  account "111122223333"
  only_via source_ip "10.0.0.0/8" except admin
}

bucket beta {
  name "acme-report-beta"
  account "111122223333"
  only_via source_ip "10.0.0.0/8" except admin, partner
  grant partner read prefix "exports/"
}

test "partner" {
  expect allow partner s3:GetObject "beta/exports/a.csv" with { aws:SecureTransport = true }
  expect allow partner s3:GetObject "beta/charts/a.csv" with { aws:SecureTransport = true }
}
)bsl";

json sarif_of(const std::string& spec, const std::string& name = "spec.bsl") {
  TempDir tmp;
  write_file(tmp.path() / name, spec);
  const RunResult r = run_bslc({"check", "--format", "sarif", name}, tmp.path());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return json::parse(r.out);
}

std::vector<std::string> fingerprints_of(const json& log) {
  std::vector<std::string> out;
  for (const auto& r : log["runs"][0]["results"]) out.push_back(r["partialFingerprints"]["bslc/v1"]);
  return out;
}

TEST(CliReports, SarifCarriesRulesLocationsAndFingerprints) {
  const json log = sarif_of(kTwoWarnings);
  EXPECT_EQ(log["version"], "2.1.0");
  const json& run = log["runs"][0];
  EXPECT_EQ(run["tool"]["driver"]["name"], "bslc");
  ASSERT_EQ(run["results"].size(), 2u) << run.dump(2);
  const json& rule = run["tool"]["driver"]["rules"][0];
  EXPECT_EQ(rule["id"], "W0401");
  EXPECT_FALSE(rule["shortDescription"]["text"].get<std::string>().empty());
  EXPECT_FALSE(rule["help"]["text"].get<std::string>().empty());
  EXPECT_TRUE(rule["helpUri"].get<std::string>().ends_with("diagnostics.md#w0401")) << rule["helpUri"];
  const json& first = run["results"][0];
  EXPECT_EQ(first["ruleId"], "W0401");
  EXPECT_EQ(first["level"], "warning");
  EXPECT_EQ(first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "spec.bsl");
  EXPECT_EQ(first["locations"][0]["physicalLocation"]["region"]["startLine"], 7);
  const auto prints = fingerprints_of(log);
  EXPECT_NE(prints[0], prints[1]) << "same code in two buckets must not collide";
}

TEST(CliReports, FingerprintsIgnoreLineMovesButNotFilesOrBuckets) {
  const auto base = fingerprints_of(sarif_of(kTwoWarnings));
  // Lines moved: a comment block on top and an extra setting inside a bucket.
  std::string moved = "// a\n// b\n// c\n" + std::string(kTwoWarnings);
  moved =
      std::regex_replace(moved, std::regex("name \"acme-report-beta\""), "name \"acme-report-beta\"\n  versioning on");
  EXPECT_EQ(fingerprints_of(sarif_of(moved)), base);
  // Another file: other fingerprints, so a finding there is never mistaken for this one.
  EXPECT_NE(fingerprints_of(sarif_of(kTwoWarnings, "other.bsl")), base);
  // A renamed bucket is another finding.
  const auto renamed = fingerprints_of(
      sarif_of(std::regex_replace(std::string(kTwoWarnings), std::regex("bucket alpha"), "bucket gamma")));
  EXPECT_NE(renamed[0], base[0]);
  EXPECT_EQ(renamed[1], base[1]);
}

TEST(CliReports, SarifValidatesAgainstTheSchema) {
  const fs::path build = fs::path(BSLC_BINARY).parent_path();
  const fs::path modules = build / "validate-tools" / "node_modules";
  if (!fs::exists(modules / "@microsoft/sarif-multitool-linux/sarif-2.1.0.json") ||
      std::system("node --version >/dev/null 2>&1") != 0)
    GTEST_SKIP() << "SARIF schema or node not installed: run tests/validate/setup.sh " << build;
  TempDir tmp;
  write_file(tmp.path() / "warn.bsl", kTwoWarnings);
  write_file(tmp.path() / "error.bsl", kErrorSpec);
  write_file(tmp.path() / "syntax.bsl", kSyntaxErrorSpec);
  write_file(tmp.path() / "dir with space/ünï.bsl", kWarningSpec);
  std::vector<std::string> files;
  const std::vector<std::vector<std::string>> runs = {
      {"check", "--format", "sarif", "warn.bsl", "error.bsl", "syntax.bsl", "dir with space/ünï.bsl"},
      {"check", "--format", "sarif", "warn.bsl"},
      {"compile", "--format", "sarif", "warn.bsl", "-o", "out"},
      {"check", "--format", "sarif", "--werror", "warn.bsl"},
  };
  for (size_t i = 0; i < runs.size(); ++i) {
    const RunResult r = run_bslc(runs[i], tmp.path());
    const std::string name = "log" + std::to_string(i) + ".sarif";
    write_file(tmp.path() / name, r.out);
    files.push_back(name);
  }
  std::string command = "cd '" + tmp.path().string() + "' && node '" + BSLC_SOURCE_DIR +
                        "/tests/validate/sarif-validate.js' '" + modules.string() + "'";
  for (const auto& f : files) command += " " + f;
  const RunResult listing = run_bslc({"check", "--format", "sarif", "warn.bsl", "error.bsl"}, tmp.path());
  EXPECT_NE(listing.out.find("\"E0201\""), std::string::npos) << "the error spec's finding is in the log";
  std::string output;
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  char buf[4096];
  while (size_t n = fread(buf, 1, sizeof buf, pipe)) output.append(buf, n);
  const int rc = ::pclose(pipe);
  EXPECT_EQ(rc, 0) << output;
}

TEST(CliReports, GithubAnnotations) {
  TempDir tmp;
  write_file(tmp.path() / "spec.bsl", kTwoWarnings);
  const RunResult r = run_bslc({"check", "--format", "github", "spec.bsl"}, tmp.path());
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_TRUE(r.out.starts_with("::warning file=spec.bsl,line=7,col=3,")) << r.out;
  EXPECT_NE(r.out.find("title=W0401 "), std::string::npos) << r.out;
  // One line per finding: newlines inside a message are escaped.
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 2) << r.out;
  EXPECT_NE(r.out.find("%0Ahelp: "), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("0 errors, 2 warnings"), std::string::npos) << "summary stays on stderr: " << r.err;
}

TEST(CliReports, TestAsJunit) {
  TempDir tmp;
  write_file(tmp.path() / "spec.bsl", kTwoWarnings);
  write_file(tmp.path() / "broken.bsl", kErrorSpec);
  const RunResult r = run_bslc({"test", "--format", "junit", "spec.bsl", "broken.bsl"}, tmp.path());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(
      r.out.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"bslc test\" tests=\"3\" "
                        "failures=\"1\" errors=\"1\""))
      << r.out;
  EXPECT_NE(r.out.find("<testsuite name=\"spec.bsl\" tests=\"2\" failures=\"1\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("<testcase classname=\"partner\" name=\"allow partner s3:GetObject "
                       "arn:aws:s3:::acme-report-beta/exports/a.csv with { aws:SecureTransport = true }\" "
                       "file=\"spec.bsl\" line=\"18\"/>"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("<failure message=\"expected allow, the emitted policies give implicit_deny\">"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("<error message=\"not tested: the spec has errors\">"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("1 passed, 1 failed"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("[E0201]"), std::string::npos) << "diagnostics stay readable in the CI log: " << r.err;
}

TEST(CliReports, TestAsJsonAndGithub) {
  TempDir tmp;
  write_file(tmp.path() / "spec.bsl", kTwoWarnings);
  const RunResult r = run_bslc({"test", "--format", "json", "spec.bsl"}, tmp.path());
  EXPECT_EQ(r.exit_code, 1);
  const json doc = json::parse(r.out);
  ASSERT_EQ(doc["tests"].size(), 2u);
  EXPECT_EQ(doc["tests"][0]["outcome"], "passed");
  EXPECT_EQ(doc["tests"][1]["outcome"], "failed");
  EXPECT_EQ(doc["tests"][1]["line"], 19);
  EXPECT_EQ(doc["diagnostics"].size(), 2u);

  const RunResult g = run_bslc({"test", "--format", "github", "spec.bsl"}, tmp.path());
  EXPECT_NE(g.out.find("::error file=spec.bsl,line=19,title=bslc test%3A partner::allow partner"), std::string::npos)
      << g.out;
  EXPECT_EQ(run_bslc({"test", "--format", "sarif", "spec.bsl"}, tmp.path()).exit_code, 2);
}

}  // namespace
}  // namespace bslc::testing
