// bslc compile: the output layout, manifest, determinism, atomicity and
// stale-file handling, through the real binary.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "driver/sha256.h"
#include "unit/cli/fixtures.h"
#include "unit/cli/run_bslc.h"

namespace bslc::testing {
namespace {

namespace fs = std::filesystem;

class CliCompile : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(dir_.path() / "clean.bsl", kCleanSpec);
    write_file(dir_.path() / "one.bsl", kOneBucketSpec);
    write_file(dir_.path() / "error.bsl", kErrorSpec);
    write_file(dir_.path() / "warning.bsl", kWarningSpec);
  }
  RunResult bslc(const std::vector<std::string>& args) { return run_bslc(args, dir_.path()); }
  fs::path path(const std::string& rel) const { return dir_.path() / rel; }
  TempDir dir_;
};

TEST_F(CliCompile, WritesTheDocumentedLayout) {
  const RunResult r = bslc({"compile", "clean.bsl", "-o", "out"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* f : {"acme-cli-records/bucket-policy.json", "acme-cli-records/sources.json",
                        "acme-cli-records/iam/partner.json", "acme-cli-scratch/bucket-policy.json",
                        "cloudformation/template.yaml", "terraform/main.tf", "terraform/versions.tf", "manifest.json"})
    EXPECT_TRUE(fs::is_regular_file(path("out") / f)) << f << "\n" << r.out;
  EXPECT_NE(r.out.find("compiled "), std::string::npos);
}

TEST_F(CliCompile, JsonTargetFormats) {
  const RunResult r = bslc({"compile", "clean.bsl", "-o", "out", "--cfn-format", "json", "--tf-format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::is_regular_file(path("out/cloudformation/template.json")));
  EXPECT_TRUE(fs::is_regular_file(path("out/terraform/main.tf.json")));
  EXPECT_FALSE(fs::exists(path("out/cloudformation/template.yaml")));
  EXPECT_FALSE(fs::exists(path("out/terraform/main.tf")));
  EXPECT_TRUE(nlohmann::json::parse(read_file(path("out/cloudformation/template.json"))).is_object());
}

TEST_F(CliCompile, ManifestListsEveryOtherFileWithItsHash) {
  ASSERT_EQ(bslc({"compile", "clean.bsl", "-o", "out"}).exit_code, 0);
  const auto manifest = nlohmann::json::parse(read_file(path("out/manifest.json")));
  auto files = snapshot(path("out"));
  std::vector<std::string> listed;
  for (const auto& entry : manifest["files"]) {
    const std::string p = entry["path"];
    listed.push_back(p);
    ASSERT_TRUE(files.count(p)) << p;
    EXPECT_EQ(entry["sha256"], driver::sha256_hex(files[p])) << p;
  }
  EXPECT_TRUE(std::is_sorted(listed.begin(), listed.end()));
  std::vector<std::string> on_disk;
  for (const auto& [p, bytes] : files)
    if (!p.ends_with("/") && p != "manifest.json") on_disk.push_back(p);
  EXPECT_EQ(listed, on_disk);
}

TEST_F(CliCompile, OutputIsByteIdenticalAcrossRuns) {
  ASSERT_EQ(bslc({"compile", "clean.bsl", "-o", "a"}).exit_code, 0);
  ASSERT_EQ(bslc({"compile", "clean.bsl", "-o", "b"}).exit_code, 0);
  EXPECT_EQ(read_file(path("a/manifest.json")), read_file(path("b/manifest.json")));
  EXPECT_EQ(snapshot(path("a")), snapshot(path("b")));
  // Compiled again in place: nothing changes, nothing is rewritten.
  const RunResult again = bslc({"compile", "clean.bsl", "-o", "a"});
  EXPECT_EQ(again.exit_code, 0);
  EXPECT_NE(again.out.find("(0 written"), std::string::npos) << again.out;
  EXPECT_EQ(snapshot(path("a")), snapshot(path("b")));
}

TEST_F(CliCompile, OutputsNeverContainAbsolutePaths) {
  const std::string abs_spec = path("clean.bsl").string();
  ASSERT_EQ(run_bslc({"compile", abs_spec, "-o", path("out").string()}, "/").exit_code, 0);
  for (const auto& [p, bytes] : snapshot(path("out"))) {
    EXPECT_EQ(bytes.find(dir_.path().string()), std::string::npos) << p << " mentions the checkout folder";
  }
  const auto sources = nlohmann::json::parse(read_file(path("out/acme-cli-records/sources.json")));
  ASSERT_FALSE(sources.empty());
  for (const auto& [sid, where] : sources.items()) {
    EXPECT_TRUE(std::string(where).starts_with("clean.bsl:")) << sid << " -> " << where;
  }
}

TEST_F(CliCompile, AFailingSpecLeavesTheOutputFolderByteIdentical) {
  ASSERT_EQ(bslc({"compile", "clean.bsl", "-o", "out"}).exit_code, 0);
  write_file(path("out/notes.txt"), "a user's file");
  const auto before = snapshot(path("out"));
  const RunResult r = bslc({"compile", "error.bsl", "-o", "out"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("nothing written"), std::string::npos) << r.err;
  EXPECT_EQ(snapshot(path("out")), before);
}

TEST_F(CliCompile, AFailingSpecCreatesNoOutputFolder) {
  EXPECT_EQ(bslc({"compile", "error.bsl", "-o", "fresh"}).exit_code, 1);
  EXPECT_FALSE(fs::exists(path("fresh")));
}

TEST_F(CliCompile, WerrorWritesNothing) {
  EXPECT_EQ(bslc({"compile", "warning.bsl", "-o", "out", "--werror"}).exit_code, 1);
  EXPECT_FALSE(fs::exists(path("out")));
  EXPECT_EQ(bslc({"compile", "warning.bsl", "-o", "out"}).exit_code, 0);
}

TEST_F(CliCompile, StaleOutputsAreRemovedButUserFilesStay) {
  ASSERT_EQ(bslc({"compile", "clean.bsl", "-o", "out"}).exit_code, 0);
  ASSERT_TRUE(fs::exists(path("out/acme-cli-scratch/bucket-policy.json")));
  write_file(path("out/acme-cli-scratch/NOTES.md"), "mine");
  const RunResult r = bslc({"compile", "one.bsl", "-o", "out"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(fs::exists(path("out/acme-cli-scratch/bucket-policy.json")));
  EXPECT_TRUE(fs::exists(path("out/acme-cli-scratch/NOTES.md")));
  EXPECT_TRUE(fs::exists(path("out/acme-cli-records/bucket-policy.json")));
  const auto manifest = read_file(path("out/manifest.json"));
  EXPECT_EQ(manifest.find("acme-cli-scratch"), std::string::npos);
}

TEST_F(CliCompile, StaleOutputsEditedByHandAreKept) {
  ASSERT_EQ(bslc({"compile", "clean.bsl", "-o", "out"}).exit_code, 0);
  write_file(path("out/acme-cli-scratch/bucket-policy.json"), "edited");
  const RunResult r = bslc({"compile", "one.bsl", "-o", "out"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(read_file(path("out/acme-cli-scratch/bucket-policy.json")), "edited");
  EXPECT_NE(r.err.find("left in place"), std::string::npos) << r.err;
}

TEST_F(CliCompile, JsonDiagnosticsKeepStdoutPureJson) {
  const RunResult r = bslc({"compile", "warning.bsl", "-o", "out", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  ASSERT_TRUE(j.is_array());
  EXPECT_EQ(j[0]["code"], kWarningCode);
  EXPECT_NE(r.err.find("compiled "), std::string::npos) << r.err;
}

TEST_F(CliCompile, OutputPathThatIsAFileIsAnErrorAndUntouched) {
  write_file(path("out"), "not a folder");
  const RunResult r = bslc({"compile", "clean.bsl", "-o", "out"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(read_file(path("out")), "not a folder");
}

}  // namespace
}  // namespace bslc::testing
