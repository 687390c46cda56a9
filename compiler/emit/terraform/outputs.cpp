// Outputs: bucket names and ARNs, key ARNs, vault ARNs.
#include "emit/settings.h"
#include "emit/terraform/config.h"

namespace bslc::emit::tf {
namespace {

void add_output(Config& c, const std::string& name, const std::string& description, Value value) {
  Block output("output", {name});
  output.set("description", Value::text(description));
  output.set("value", std::move(value));
  c.outputs.push_back(std::move(output));
}

}  // namespace

void add_outputs(Config& c) {
  for (const auto& b : c.model.buckets) {
    add_output(c, c.names.tf_output(b.id, Role::OutputBucketName), "Name of bucket " + b.id,
               c.bucket_ref("aws_s3_bucket", b.id, "bucket"));
    add_output(c, c.names.tf_output(b.id, Role::OutputBucketArn), "ARN of bucket " + b.id,
               c.bucket_ref("aws_s3_bucket", b.id, "arn"));
    if (creates_key(b))
      add_output(c, c.names.tf_output(b.id, Role::OutputKeyArn), "ARN of the KMS key of bucket " + b.id,
                 c.bucket_ref("aws_kms_key", b.id, "arn"));
  }
  for (const auto& v : c.model.vaults)
    add_output(c, c.names.tf_output(v.id, Role::OutputVaultArn), "ARN of vault " + v.id,
               Value::reference({"aws_glacier_vault." + c.names.tf_vault(v.id), "arn"}));
}

}  // namespace bslc::emit::tf
