// bslc diff through the real binary: access added and removed per bucket,
// settings changed, the formats, exit codes and --git-base.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

#include "unit/cli/fixtures.h"
#include "unit/cli/run_bslc.h"

namespace bslc::testing {
namespace {

constexpr const char* kOld = R"bsl(account partner = "444455556666"
bucket records {
  name "acme-diff-records"
  account "111122223333"
  grant partner read prefix "exports/"
}
)bsl";

constexpr const char* kWidened = R"bsl(account partner = "444455556666"
bucket records {
  name "acme-diff-records"
  account "111122223333"
  versioning enabled
  grant partner read_write prefix "exports/"
}
)bsl";

// kOld with the grant in a profile: other statements' text, the same access.
constexpr const char* kRefactored = R"bsl(account partner = "444455556666"
profile partner_exports {
  grant partner read prefix "exports/"
}
bucket records {
  name "acme-diff-records"
  account "111122223333"
  use partner_exports
}
)bsl";

class CliDiff : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(dir_.path() / "old.bsl", kOld);
    write_file(dir_.path() / "new.bsl", kWidened);
    write_file(dir_.path() / "refactored.bsl", kRefactored);
  }
  RunResult bslc(const std::vector<std::string>& args) { return run_bslc(args, dir_.path()); }
  TempDir dir_;
};

TEST_F(CliDiff, AWidenedGrantIsAddedAccessWithExamples) {
  const RunResult r = bslc({"diff", "old.bsl", "new.bsl"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("+ s3:PutObject on exports/*\n      when aws:SecureTransport = true"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("e.g. arn:aws:s3:::acme-diff-records/exports/"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("arn:aws:iam::444455556666:root"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("\n  - "), std::string::npos) << "nothing was removed:\n" << r.out;
  EXPECT_NE(r.out.find("~ versioning: unset -> enabled"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("widens access"), std::string::npos) << r.out;
  // The reverse removes exactly that.
  const RunResult back = bslc({"diff", "new.bsl", "old.bsl"});
  EXPECT_NE(back.out.find("- s3:PutObject on exports/*"), std::string::npos) << back.out;
  EXPECT_EQ(back.out.find("\n  + "), std::string::npos) << back.out;
}

TEST_F(CliDiff, FailOnWidenExitsOneOnlyWhenAccessWidens) {
  EXPECT_EQ(bslc({"diff", "--fail-on-widen", "old.bsl", "new.bsl"}).exit_code, 1);
  EXPECT_EQ(bslc({"diff", "--fail-on-widen", "new.bsl", "old.bsl"}).exit_code, 0);
}

TEST_F(CliDiff, ARefactoringIsProvedToChangeNoAccess) {
  const RunResult r = bslc({"diff", "--fail-on-widen", "old.bsl", "refactored.bsl"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("no access change (proved)"), std::string::npos) << r.out;
}

TEST_F(CliDiff, JsonAndMarkdown) {
  const RunResult j = bslc({"diff", "--format", "json", "old.bsl", "new.bsl"});
  ASSERT_EQ(j.exit_code, 0) << j.err;
  const auto doc = nlohmann::json::parse(j.out);
  ASSERT_EQ(doc.size(), 1u);
  EXPECT_EQ(doc[0]["bucket"], "acme-diff-records");
  EXPECT_TRUE(doc[0]["exact"].get<bool>());
  ASSERT_FALSE(doc[0]["added"].empty());
  EXPECT_EQ(doc[0]["added"][0]["after"], "allow");
  EXPECT_EQ(doc[0]["added"][0]["resources"], nlohmann::json::array({"exports/*"}));
  EXPECT_EQ(doc[0]["added"][0]["conditions"], nlohmann::json::array({"aws:SecureTransport = true"}));
  EXPECT_TRUE(doc[0]["removed"].empty());
  const RunResult m = bslc({"diff", "--format", "markdown", "old.bsl", "new.bsl"});
  EXPECT_EQ(m.out.rfind("### ⚠ bslc diff: widens access for 3 principals: ", 0), 0u) << m.out;
  EXPECT_NE(m.out.find("| ➕ added |"), std::string::npos) << m.out;
}

TEST_F(CliDiff, SarifResultsAreLocatedAtTheDecidingSpecLine) {
  const RunResult r = bslc({"diff", "--format", "sarif", "old.bsl", "new.bsl"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto log = nlohmann::json::parse(r.out);
  EXPECT_EQ(log["version"], "2.1.0");
  const auto& run = log["runs"][0];
  EXPECT_EQ(run["tool"]["driver"]["rules"][0]["id"], "access-added");
  size_t added = 0, settings = 0;
  std::set<std::string> prints;
  for (const auto& result : run["results"]) {
    prints.insert(result["partialFingerprints"]["bslc/v1"].get<std::string>());
    if (result["ruleId"] == "access-added") {
      ++added;
      EXPECT_EQ(result["level"], "warning");
      const auto& where = result["locations"][0]["physicalLocation"];
      EXPECT_EQ(where["artifactLocation"]["uri"], "new.bsl");
      EXPECT_EQ(where["region"]["startLine"], 6) << "the grant's line";
    }
    if (result["ruleId"] == "setting-changed") {
      ++settings;
      EXPECT_NE(result["message"]["text"].get<std::string>().find("versioning: unset -> enabled"), std::string::npos);
    }
  }
  EXPECT_GT(added, 0u);
  EXPECT_EQ(settings, 1u);
  EXPECT_EQ(prints.size(), run["results"].size()) << "every result has its own fingerprint";
}

TEST_F(CliDiff, CompiledFoldersAndSpecFoldersAreSides) {
  ASSERT_EQ(bslc({"compile", "-q", "old.bsl", "-o", "old-out"}).exit_code, 0);
  ASSERT_EQ(bslc({"compile", "-q", "new.bsl", "-o", "new-out"}).exit_code, 0);
  const RunResult specs = bslc({"diff", "old.bsl", "new.bsl"});
  // A compiled folder is judged exactly as the spec it came from: the same classes, settings and spec lines.
  const RunResult folders = bslc({"diff", "old-out", "new-out"});
  EXPECT_EQ(folders.exit_code, 0) << folders.err;
  EXPECT_EQ(folders.out, specs.out);
  const RunResult mixed = bslc({"diff", "old-out", "new.bsl"});
  EXPECT_EQ(mixed.out, specs.out) << mixed.err;
  EXPECT_NE(bslc({"diff", "--fail-on-widen", "old-out", "old.bsl"}).out.find("no access change (proved)"),
            std::string::npos);
  // A folder of specs: each compiled on its own.
  std::filesystem::create_directories(dir_.path() / "specs");
  write_file(dir_.path() / "specs" / "records.bsl", kWidened);
  write_file(dir_.path() / "specs" / "other.bsl", R"bsl(account partner = "444455556666"
bucket other {
  name "acme-diff-other"
  account "111122223333"
}
)bsl");
  const RunResult folder = bslc({"diff", "old.bsl", "specs"});
  EXPECT_NE(folder.out.find("bucket acme-diff-other (added)"), std::string::npos) << folder.out << folder.err;
  EXPECT_NE(folder.out.find("+ s3:PutObject on exports/*"), std::string::npos) << folder.out;
  // Declaring one bucket twice on a side is an error, not a guess.
  write_file(dir_.path() / "specs" / "again.bsl", kOld);
  const RunResult twice = bslc({"diff", "old.bsl", "specs"});
  EXPECT_EQ(twice.exit_code, 1);
  EXPECT_NE(twice.err.find("bucket `acme-diff-records` is declared twice"), std::string::npos) << twice.err;
  // A folder that is neither.
  std::filesystem::create_directories(dir_.path() / "empty");
  EXPECT_EQ(bslc({"diff", "old.bsl", "empty"}).exit_code, 1);
  EXPECT_EQ(bslc({"diff", "old.bsl", "missing"}).exit_code, 2);
}

TEST_F(CliDiff, KeyPolicyGranteesAreASetting) {
  const std::string kms = R"bsl(account partner = "444455556666"
bucket records {
  name "acme-diff-records"
  account "111122223333"
  encryption sse_kms { key new }
  grant partner read prefix "exports/"
}
)bsl";
  write_file(dir_.path() / "kms-old.bsl", kms);
  std::string without = kms;
  without.replace(without.find("  grant partner"), std::string("  grant partner read prefix \"exports/\"\n").size(),
                  "");
  write_file(dir_.path() / "kms-new.bsl", without);
  const RunResult r = bslc({"diff", "kms-old.bsl", "kms-new.bsl"});
  EXPECT_NE(r.out.find("~ KMS key policy grantees: arn:aws:iam::111122223333:root, arn:aws:iam::444455556666:root -> "
                       "arn:aws:iam::111122223333:root"),
            std::string::npos)
      << r.out << r.err;
}

TEST_F(CliDiff, UsageAndSpecErrors) {
  EXPECT_EQ(bslc({"diff", "old.bsl"}).exit_code, 2);
  write_file(dir_.path() / "broken.bsl", "bucket {");
  const RunResult r = bslc({"diff", "old.bsl", "broken.bsl"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("not compared"), std::string::npos) << r.err;
}

TEST_F(CliDiff, PolicyFilesWithTheirSpecLines) {
  // Compiled outputs are policy files too: their sources.json names the spec line of each statement.
  ASSERT_EQ(bslc({"compile", "-q", "old.bsl", "-o", "old-out"}).exit_code, 0);
  ASSERT_EQ(bslc({"compile", "-q", "new.bsl", "-o", "new-out"}).exit_code, 0);
  const RunResult r =
      bslc({"diff", "--resource-account", "111122223333", "old-out/acme-diff-records/bucket-policy.json",
            "new-out/acme-diff-records/bucket-policy.json"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("bucket acme-diff-records\n"), std::string::npos) << r.out;
  // Without the grantee's identity policy the account grant is a delegation: the bucket policy alone
  // adds what the owner's root may now do, and names the spec line that wrote the statement.
  EXPECT_NE(r.out.find("widens access"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("new.bsl:"), std::string::npos) << r.out;
  write_file(dir_.path() / "no-arn.json",
             R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject",
                 "Resource": "*"}]})");
  EXPECT_EQ(bslc({"diff", "no-arn.json", "no-arn.json"}).exit_code, 2);
  EXPECT_EQ(bslc({"diff", "--bucket-name", "b", "no-arn.json", "no-arn.json"}).exit_code, 0);
}

TEST_F(CliDiff, GitBaseComparesTheCommittedSpecWithTheWorkingTree) {
  auto sh = [&](const std::string& cmd) {
    return std::system(("cd '" + dir_.path().string() + "' && " + cmd + " >/dev/null 2>&1").c_str());
  };
  ASSERT_EQ(sh("git init -q . && git config user.email t@example.com && git config user.name t && "
               "cp old.bsl spec.bsl && git add spec.bsl && git commit -qm base"),
            0);
  write_file(dir_.path() / "spec.bsl", kWidened);
  const RunResult r = bslc({"diff", "--git-base", "HEAD", "spec.bsl"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("+ s3:PutObject"), std::string::npos) << r.out;
  EXPECT_EQ(bslc({"diff", "--git-base", "no-such-rev", "spec.bsl"}).exit_code, 1);
  // Going back: the removed access names the statement at the revision, not a temporary folder.
  ASSERT_EQ(sh("git add spec.bsl && git commit -qm widen"), 0);
  write_file(dir_.path() / "spec.bsl", kOld);
  const RunResult back = bslc({"diff", "--git-base", "HEAD", "spec.bsl"});
  EXPECT_NE(back.out.find("was allowed by AllowPartnerReadWriteExports at HEAD:spec.bsl:"), std::string::npos)
      << back.out;
  EXPECT_EQ(back.out.find("/tmp"), std::string::npos) << back.out;
}

}  // namespace
}  // namespace bslc::testing
