// The one place that makes compiler-chosen names for emitted resources:
// CloudFormation logical ids (CamelCase of the BSL id plus a role suffix:
// `RecordsBucket`, `RecordsBucketPolicy`, `RecordsKey`) and Terraform
// resource/output names (snake_case of the BSL id: `aws_s3_bucket.records`).
// Invariant: every name is allocated up front, in model order, so a name does
// not depend on which emitter asks first, and no two things share a name (a
// clash, e.g. `a_b` and `aB` both giving `AB`, gets a numeric suffix).
#pragma once
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "ir/model.h"

namespace bslc::emit {

enum class Role {
  Bucket,
  BucketPolicy,
  Key,
  KeyAlias,
  Trail,
  Vault,
  OutputBucketName,
  OutputBucketArn,
  OutputKeyArn,
  OutputVaultArn,
};

// "patient_records" -> "PatientRecords" (only [A-Za-z0-9] kept).
std::string camel_case(std::string_view id);
// "PatientRecords" / "patient-records" -> "patient_records"; never starts with a digit.
std::string snake_case(std::string_view id);

class Names {
 public:
  explicit Names(const ir::Model& model);

  // CloudFormation logical id (resources and outputs share one namespace).
  const std::string& logical_id(const std::string& bsl_id, Role role) const;
  // Terraform resource name for every resource of a bucket or vault.
  const std::string& tf_bucket(const std::string& bsl_id) const;
  const std::string& tf_vault(const std::string& vault_id) const;
  // Terraform output name.
  const std::string& tf_output(const std::string& bsl_id, Role role) const;

 private:
  static std::string unique(std::set<std::string>& taken, const std::string& wanted);
  std::map<std::pair<std::string, Role>, std::string> logical_;
  std::map<std::string, std::string> tf_buckets_;
  std::map<std::string, std::string> tf_vaults_;
  std::map<std::pair<std::string, Role>, std::string> tf_outputs_;
};

}  // namespace bslc::emit
