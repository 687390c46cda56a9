#include "emit/naming.h"

#include <gtest/gtest.h>

namespace bslc::emit {
namespace {

ir::Model model_with(std::vector<std::string> bucket_ids, std::vector<std::string> vault_ids = {}) {
  ir::Model m;
  for (auto& id : bucket_ids) {
    ir::Bucket b;
    b.id = id;
    b.name = "n-" + id;
    m.buckets.push_back(b);
  }
  for (auto& id : vault_ids) {
    ir::Vault v;
    v.id = id;
    m.vaults.push_back(v);
  }
  return m;
}

TEST(Naming, CamelAndSnakeCase) {
  EXPECT_EQ(camel_case("records"), "Records");
  EXPECT_EQ(camel_case("patient_records"), "PatientRecords");
  EXPECT_EQ(camel_case("patient-records"), "PatientRecords");
  EXPECT_EQ(camel_case("patientRecords"), "PatientRecords");
  EXPECT_EQ(camel_case("__"), "Resource");
  EXPECT_EQ(snake_case("PatientRecords"), "patient_records");
  EXPECT_EQ(snake_case("patient-records"), "patient_records");
  EXPECT_EQ(snake_case("logs2"), "logs2");
  EXPECT_EQ(snake_case("2fa"), "r_2fa");
}

TEST(Naming, LogicalIdsCarryRoleSuffixes) {
  const Names names(model_with({"records"}, {"archive"}));
  EXPECT_EQ(names.logical_id("records", Role::Bucket), "RecordsBucket");
  EXPECT_EQ(names.logical_id("records", Role::BucketPolicy), "RecordsBucketPolicy");
  EXPECT_EQ(names.logical_id("records", Role::Key), "RecordsKey");
  EXPECT_EQ(names.logical_id("records", Role::KeyAlias), "RecordsKeyAlias");
  EXPECT_EQ(names.logical_id("records", Role::OutputBucketArn), "RecordsBucketArn");
  EXPECT_EQ(names.logical_id("archive", Role::Vault), "ArchiveVault");
  EXPECT_EQ(names.tf_bucket("records"), "records");
  EXPECT_EQ(names.tf_output("records", Role::OutputKeyArn), "records_key_arn");
}

TEST(Naming, ClashingIdsGetDistinctNames) {
  // `a_b` and `aB` both camel-case to `AB`; `x` + "BucketPolicy" vs `x_bucket` + "Policy"...
  const Names names(model_with({"a_b", "aB", "x", "x_bucket"}));
  EXPECT_EQ(names.logical_id("a_b", Role::Bucket), "ABBucket");
  EXPECT_EQ(names.logical_id("aB", Role::Bucket), "ABBucket2");
  EXPECT_EQ(names.tf_bucket("a_b"), "a_b");
  EXPECT_EQ(names.tf_bucket("aB"), "a_b2");
  std::set<std::string> all;
  size_t count = 0;
  for (const char* id : {"a_b", "aB", "x", "x_bucket"}) {
    for (Role r : {Role::Bucket, Role::BucketPolicy, Role::Key, Role::KeyAlias, Role::Trail, Role::OutputBucketName,
                   Role::OutputBucketArn, Role::OutputKeyArn}) {
      all.insert(names.logical_id(id, r));
      ++count;
    }
  }
  EXPECT_EQ(all.size(), count);
}

TEST(Naming, UnknownIdIsAnInternalError) {
  const Names names(model_with({"a"}));
  EXPECT_THROW(names.logical_id("nope", Role::Bucket), std::logic_error);
}

}  // namespace
}  // namespace bslc::emit
