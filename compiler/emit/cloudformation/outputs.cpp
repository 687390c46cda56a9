// Outputs: bucket names and ARNs and key ARNs, for other stacks and for the
// README's CLI steps. (Vaults are not in the template: see vault.cpp.)
#include "emit/cloudformation/template.h"
#include "emit/settings.h"

namespace bslc::emit::cfn {
namespace {

void add_output(Template& t, const std::string& id, const std::string& description, Value value) {
  Value output = Value::map();
  output.set("Description", Value::text(description));
  output.set("Value", std::move(value));
  t.outputs.set(id, std::move(output));
}

}  // namespace

void add_outputs(Template& t) {
  for (const auto& b : t.model.buckets) {
    const std::string bucket_id = t.names.logical_id(b.id, Role::Bucket);
    add_output(t, t.names.logical_id(b.id, Role::OutputBucketName), "Name of bucket " + b.id, t.ref(bucket_id));
    add_output(t, t.names.logical_id(b.id, Role::OutputBucketArn), "ARN of bucket " + b.id,
               t.get_att(bucket_id, "Arn"));
    if (creates_key(b))
      add_output(t, t.names.logical_id(b.id, Role::OutputKeyArn), "ARN of the KMS key of bucket " + b.id,
                 t.get_att(t.names.logical_id(b.id, Role::Key), "Arn"));
  }
}

}  // namespace bslc::emit::cfn
