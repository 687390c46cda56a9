// bslc import through the real binary: a bucket policy becomes a spec with
// settings and grants where bslc would write the same statements, written
// statements elsewhere, and the spec is proved to allow the same requests.
#include <gtest/gtest.h>

#include "unit/cli/fixtures.h"
#include "unit/cli/run_bslc.h"

namespace bslc::testing {
namespace {

constexpr const char* kPolicy = R"({
  "Version": "2012-10-17",
  "Statement": [
    {"Sid": "TlsOnly", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
     "Resource": ["arn:aws:s3:::acme-imported", "arn:aws:s3:::acme-imported/*"],
     "Condition": {"Bool": {"aws:SecureTransport": "false"}}},
    {"Sid": "PartnerReads", "Effect": "Allow", "Principal": {"AWS": "444455556666"}, "Action": "s3:GetObject",
     "Resource": "arn:aws:s3:::acme-imported/exports/*"},
    {"Sid": "AuditorLists", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/Auditor"},
     "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::acme-imported"},
    {"Sid": "OfficeOnlyDeletes", "Effect": "Deny", "Principal": "*", "Action": ["s3:DeleteObject"],
     "Resource": "arn:aws:s3:::acme-imported/*",
     "Condition": {"NotIpAddress": {"aws:SourceIp": ["203.0.113.0/24"]}}},
    {"Sid": "Writers", "Effect": "Allow",
     "Principal": {"AWS": ["arn:aws:iam::111122223333:role/Writer", "arn:aws:iam::111122223333:role/Ingest"]},
     "Action": ["s3:PutObject"], "Resource": "arn:aws:s3:::acme-imported/in/*"}
  ]
})";

class CliImport : public ::testing::Test {
 protected:
  void SetUp() override { write_file(dir_.path() / "policy.json", kPolicy); }
  RunResult bslc(const std::vector<std::string>& args) { return run_bslc(args, dir_.path()); }
  TempDir dir_;
};

TEST_F(CliImport, RecognisesWhatBslcWritesKeepsTheRestAndProvesIt) {
  const RunResult r = bslc({"import", "policy.json", "--account", "111122223333", "-o", "imported.bsl"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("proved: the spec allows exactly what policy.json allows; 3 statements recognised as settings "
                       "or grants, 2 kept as written"),
            std::string::npos)
      << r.err;
  const std::string spec = read_file(dir_.path() / "imported.bsl");
  EXPECT_NE(spec.find("account account_444455556666 = \"444455556666\""), std::string::npos) << spec;
  EXPECT_NE(spec.find("role    auditor"), std::string::npos) << spec;
  EXPECT_NE(spec.find("grant account_444455556666 read prefix \"exports/\""), std::string::npos) << spec;
  EXPECT_NE(spec.find("grant auditor list"), std::string::npos) << spec;
  EXPECT_EQ(spec.find("TlsOnly"), std::string::npos) << "the TLS deny is the default setting:\n" << spec;
  EXPECT_NE(spec.find("// kept as written: no setting writes this deny\n  statement \"OfficeOnlyDeletes\" {"),
            std::string::npos)
      << spec;
  EXPECT_NE(spec.find("condition NotIpAddress aws:SourceIp [\"203.0.113.0/24\"]"), std::string::npos) << spec;
  EXPECT_NE(spec.find("// kept as written: it names several principals at once"), std::string::npos) << spec;
  EXPECT_NE(spec.find("principal [writer, ingest]"), std::string::npos) << spec;
  // The spec is formatted and checks clean; its own compile, diffed against the policy, changes nothing.
  EXPECT_EQ(bslc({"fmt", "--check", "imported.bsl"}).exit_code, 0);
  const RunResult check = bslc({"check", "imported.bsl"});
  EXPECT_EQ(check.exit_code, 0) << check.err;
}

TEST_F(CliImport, WhatThePolicyLeavesOutIsWrittenAsAWeakenedDefault) {
  write_file(dir_.path() / "http.json", R"({"Version": "2012-10-17", "Statement": [
    {"Sid": "PartnerReads", "Effect": "Allow", "Principal": {"AWS": "444455556666"}, "Action": "s3:GetObject",
     "Resource": "arn:aws:s3:::acme-imported/*"}]})");
  write_file(dir_.path() / "settings.json", R"({"region": "eu-west-1", "versioning": true,
    "public_access_block": {"block_public_acls": true, "ignore_public_acls": true,
                            "block_public_policy": false, "restrict_public_buckets": false}})");
  const RunResult r = bslc({"import", "http.json", "--account", "111122223333", "--settings", "settings.json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("transport allow_http because"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("public_access allow policy because"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("versioning on"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("region  \"eu-west-1\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("grant account_444455556666 read\n"), std::string::npos) << r.out;
}

TEST_F(CliImport, WhatBslCannotWriteIsRefusedAndNothingIsWritten) {
  write_file(dir_.path() / "acl.json", R"({"Version": "2012-10-17", "Statement": [
    {"Sid": "Legacy", "Effect": "Allow", "Principal": {"CanonicalUser": "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"},
     "Action": "s3:GetObject", "Resource": "arn:aws:s3:::acme-imported/*"}]})");
  const RunResult r = bslc({"import", "acl.json", "--account", "111122223333", "-o", "out.bsl"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("CanonicalUser"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir_.path() / "out.bsl"));
  EXPECT_EQ(bslc({"import", "policy.json"}).exit_code, 2) << "the account is required";
  write_file(dir_.path() / "no-arn.json", R"({"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Principal": {"AWS": "444455556666"}, "Action": "s3:GetObject", "Resource": "*"}]})");
  EXPECT_EQ(bslc({"import", "no-arn.json", "--account", "111122223333"}).exit_code, 2);
}

}  // namespace
}  // namespace bslc::testing
