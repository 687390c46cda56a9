// AWS::CloudTrail::Trail recording the S3 data events of an audited bucket.
#include "emit/cloudformation/template.h"
#include "emit/settings.h"

namespace bslc::emit::cfn {

void add_trail(Template& t, const ir::Bucket& bucket) {
  if (!bucket.audit) return;
  const ir::Audit& audit = *bucket.audit;
  const ir::Bucket* target = audit.trail_bucket_id.empty() ? nullptr : t.model.find_bucket(audit.trail_bucket_id);
  const std::string target_name = trail_bucket_name(t.model, audit);
  if (target == nullptr && target_name.empty()) return;  // nowhere to deliver; sema reports this

  std::vector<std::string> depends_on;
  Value props = Value::map();
  props.set("TrailName", Value::text(trail_name(bucket)));
  props.set("IsLogging", Value::boolean(true));
  if (target != nullptr) {
    props.set("S3BucketName", t.ref(t.names.logical_id(target->id, Role::Bucket)));
    // CloudTrail checks the delivery policy when the trail is created.
    if (bucket_policy(t.docs, target->id) != nullptr)
      depends_on.push_back(t.names.logical_id(target->id, Role::BucketPolicy));
  } else {
    props.set("S3BucketName", Value::text(target_name));
  }
  props.set("EnableLogFileValidation", Value::boolean(true));
  props.set("IncludeGlobalServiceEvents", Value::boolean(false));
  props.set("IsMultiRegionTrail", Value::boolean(false));

  Value data_resource = Value::map();
  data_resource.set("Type", Value::text("AWS::S3::Object"));
  // "<bucket ARN>/" selects every object of the bucket.
  data_resource.set("Values",
                    Value::list({Value::parts({TextPart{"", Ref{t.names.logical_id(bucket.id, Role::Bucket), "Arn"}},
                                               TextPart{"/", std::nullopt}})}));
  Value selector = Value::map();
  selector.set("ReadWriteType", Value::text(read_write_type(audit.scope)));
  selector.set("IncludeManagementEvents", Value::boolean(false));
  selector.set("DataResources", Value::list({std::move(data_resource)}));
  props.set("EventSelectors", Value::list({std::move(selector)}));
  t.add_resource(t.names.logical_id(bucket.id, Role::Trail), "AWS::CloudTrail::Trail", std::move(props), depends_on);
}

}  // namespace bslc::emit::cfn
