// aws_cloudtrail recording the S3 data events of an audited bucket.
#include "emit/settings.h"
#include "emit/terraform/config.h"

namespace bslc::emit::tf {

void add_trail(Config& c, const ir::Bucket& b) {
  if (!b.audit) return;
  const ir::Bucket* target = b.audit->trail_bucket_id.empty() ? nullptr : c.model.find_bucket(b.audit->trail_bucket_id);
  const std::string target_name = trail_bucket_name(c.model, *b.audit);
  if (target == nullptr && target_name.empty()) return;

  Block trail = c.bucket_resource("aws_cloudtrail", b);
  trail.set("name", Value::text(trail_name(b)));
  trail.set("s3_bucket_name",
            target != nullptr ? c.bucket_ref("aws_s3_bucket", target->id, "id") : Value::text(target_name));
  trail.set("enable_log_file_validation", Value::boolean(true));
  trail.set("include_global_service_events", Value::boolean(false));
  trail.set("is_multi_region_trail", Value::boolean(false));

  Block data_resource("data_resource");
  data_resource.set("type", Value::text("AWS::S3::Object"));
  // "<bucket ARN>/" selects every object of the bucket.
  data_resource.set("values",
                    Value::list({Value::parts({TextPart{"", Ref{c.bucket_address("aws_s3_bucket", b.id), "arn"}},
                                               TextPart{"/", std::nullopt}})}));
  Block selector("event_selector");
  selector.set("read_write_type", Value::text(read_write_type(b.audit->scope)));
  selector.set("include_management_events", Value::boolean(false));
  selector.add(std::move(data_resource));
  trail.add(std::move(selector));
  // CloudTrail checks the delivery policy when the trail is created.
  if (target != nullptr && bucket_policy(c.docs, target->id) != nullptr)
    trail.depends_on.push_back(c.bucket_address("aws_s3_bucket_policy", target->id));
  c.resources.push_back(std::move(trail));
}

}  // namespace bslc::emit::tf
