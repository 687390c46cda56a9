// Consistency checks between targets: the bucket policies inside emitted
// CloudFormation / Terraform, read back with every reference to a bucket or
// vault of the model resolved to its ARN (or name), as plain JSON. A test
// compares each with policy::to_json_value(the lowered bucket policy): they
// must be equal. Reading is independent of the emitters' naming: buckets are
// found by their physical name in the emitted files.
#pragma once
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "emit/emit.h"
#include "ir/model.h"

namespace bslc::emit {

struct Readback {
  std::map<std::string, nlohmann::json> bucket_policies;  // bucket BSL id -> policy
  std::vector<std::string> errors;                        // unreadable files, unknown references
};

Readback read_cloudformation_policies(const ir::Model& model, const Files& files);
Readback read_terraform_policies(const ir::Model& model, const Files& files);

}  // namespace bslc::emit
