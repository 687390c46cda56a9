// bslc test and bslc simulate through the real binary.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "unit/cli/fixtures.h"
#include "unit/cli/run_bslc.h"

namespace bslc::testing {
namespace {

namespace fs = std::filesystem;

std::string last_line(std::string text) {
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text.substr(text.rfind('\n') == std::string::npos ? 0 : text.rfind('\n') + 1);
}

class CliSim : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(dir_.path() / "clean.bsl", kCleanSpec);
    write_file(dir_.path() / "failing.bsl", kFailingTestSpec);
    write_file(dir_.path() / "error.bsl", kErrorSpec);
  }
  RunResult bslc(const std::vector<std::string>& args, const std::string& stdin_text = {}) {
    return run_bslc(args, dir_.path(), stdin_text);
  }
  TempDir dir_;
};

TEST_F(CliSim, TestPassesAndEndsWithCounts) {
  const RunResult r = bslc({"test", "clean.bsl"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(last_line(r.out), "2 passed, 0 failed");
  EXPECT_NE(r.out.find("passed  clean.bsl:17"), std::string::npos) << r.out;
}

TEST_F(CliSim, TestFailureIsExplainedAndExitsOne) {
  const RunResult r = bslc({"test", "failing.bsl"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(last_line(r.out), "1 passed, 1 failed");
  EXPECT_NE(r.out.find("FAILED  failing.bsl:10"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("decision: "), std::string::npos) << "a failure carries the simulator's explanation";
}

TEST_F(CliSim, TestOfABrokenSpecExitsOne) {
  const RunResult r = bslc({"test", "clean.bsl", "error.bsl"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("E0201"), std::string::npos);
  EXPECT_EQ(last_line(r.out), "2 passed, 0 failed");
}

TEST_F(CliSim, SimulateOneRequestAgainstASpec) {
  const RunResult r =
      bslc({"simulate", "clean.bsl", "--bucket", "records", "--principal", "arn:aws:iam::444455556666:root", "--action",
            "s3:GetObject", "--key", "exports/x.csv", "--context", "aws:SecureTransport=true"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("decision: allow"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("clean.bsl:7"), std::string::npos) << "deciding statement traced to its spec line\n" << r.out;
}

TEST_F(CliSim, PrincipalMayNameAConstantOfTheSpec) {
  const RunResult r = bslc({"simulate", "clean.bsl", "--bucket", "records", "--principal", "partner", "--action",
                            "s3:GetObject", "--key", "exports/x.csv", "--context", "aws:SecureTransport=true"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("request: arn:aws:iam::444455556666:root s3:GetObject"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("decision: allow"), std::string::npos) << r.out << "\nthe partner's identity policy is attached";
  // Not a constant, and not a principal either: a usage error that says what was expected.
  const RunResult unknown = bslc({"simulate", "clean.bsl", "--bucket", "records", "--principal", "nobody", "--action",
                                  "s3:GetObject", "--key", "x"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("(or a principal constant of the spec)"), std::string::npos) << unknown.err;
}

TEST_F(CliSim, SimulatePlainHttpIsDenied) {
  const RunResult r =
      bslc({"simulate", "clean.bsl", "--bucket", "records", "--principal", "anonymous", "--action", "s3:GetObject",
            "--key", "exports/x.csv", "--context", "aws:SecureTransport=false", "--format", "jsonl"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["decision"], "explicit_deny");
}

TEST_F(CliSim, BatchReportsBadLinesWithNumbersAndExitsOne) {
  ASSERT_EQ(bslc({"compile", "clean.bsl", "-o", "out"}).exit_code, 0);
  const std::string requests =
      R"({"id": "ok", "principal": "arn:aws:iam::444455556666:root", "action": "s3:GetObject", "resource": "arn:aws:s3:::acme-cli-records/exports/a", "context": {"aws:SecureTransport": true}})"
      "\n{broken\n\n"
      R"({"id": "http", "principal": "anonymous", "action": "s3:GetObject", "resource": "arn:aws:s3:::acme-cli-records/a", "context": {"aws:SecureTransport": false}})"
      "\n";
  write_file(dir_.path() / "requests.jsonl", requests);
  const RunResult r = bslc({"simulate", "--policy", "out/acme-cli-records/bucket-policy.json", "--identity",
                            "identities.json", "--requests", "requests.jsonl", "--format", "jsonl"});
  // identities.json does not exist: an input error, nothing evaluated.
  EXPECT_EQ(r.exit_code, 1);

  const RunResult batch = bslc({"simulate", "--policy", "out/acme-cli-records/bucket-policy.json", "--resource-account",
                                "111122223333", "--requests", "requests.jsonl", "--format", "jsonl"});
  EXPECT_EQ(batch.exit_code, 1) << "a bad line makes the run fail";
  EXPECT_NE(batch.err.find("requests.jsonl:2:"), std::string::npos) << batch.err;
  std::vector<nlohmann::json> lines;
  std::istringstream out(batch.out);
  for (std::string line; std::getline(out, line);) lines.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(lines.size(), 2u) << batch.out;
  EXPECT_EQ(lines[0]["id"], "ok");
  EXPECT_EQ(lines[0]["decision"], "allow");
  EXPECT_EQ(lines[1]["decision"], "explicit_deny");
  EXPECT_EQ(lines[1]["statements"][0], "DenyInsecureTransport");
}

TEST_F(CliSim, BatchFromSpecAndStdin) {
  const std::string request =
      R"({"id": "r", "principal": "anonymous", "action": "s3:GetObject", "resource": "arn:aws:s3:::acme-cli-records/a", "context": {"aws:SecureTransport": true}})"
      "\n";
  const RunResult r =
      bslc({"simulate", "clean.bsl", "--bucket", "records", "--requests", "-", "--format", "jsonl"}, request);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["decision"], "implicit_deny");
}

TEST_F(CliSim, SimulateUsageErrors) {
  EXPECT_EQ(bslc({"simulate", "clean.bsl", "--principal", "anonymous", "--action", "s3:GetObject"}).exit_code, 2)
      << "two buckets: --bucket is required";
  EXPECT_EQ(bslc({"simulate", "clean.bsl", "--bucket", "nope", "--principal", "anonymous", "--action", "x"}).exit_code,
            2);
  EXPECT_EQ(bslc({"simulate", "clean.bsl", "--bucket", "records", "--principal", "not-a-principal", "--action",
                  "s3:GetObject"})
                .exit_code,
            2);
  EXPECT_EQ(bslc({"simulate", "clean.bsl", "--bucket", "records", "--principal", "anonymous", "--action",
                  "s3:GetObject", "--context", "novalue"})
                .exit_code,
            2);
  EXPECT_EQ(
      bslc({"simulate", "clean.bsl", "--policy", "p.json", "--principal", "anonymous", "--action", "x"}).exit_code, 2);
}

}  // namespace
}  // namespace bslc::testing
