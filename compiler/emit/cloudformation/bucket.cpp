// AWS::S3::Bucket: every bucket-level setting of the model in one resource.
#include "emit/cloudformation/template.h"
#include "emit/settings.h"

namespace bslc::emit::cfn {

void add_bucket(Template& t, const ir::Bucket& bucket) {
  Value props = Value::map();
  props.set("BucketName", Value::text(bucket.name));
  props.set("BucketEncryption", encryption_properties(t, bucket));
  props.set("PublicAccessBlockConfiguration", public_access_properties(bucket.public_access));
  props.set("OwnershipControls", ownership_properties(bucket.ownership));
  if (auto status = versioning_status(bucket)) {
    Value versioning = Value::map();
    // MfaDelete has no CloudFormation property: see limits.cpp.
    versioning.set("Status", Value::text(*status));
    props.set("VersioningConfiguration", std::move(versioning));
  }
  if (bucket.object_lock.enabled) {
    props.set("ObjectLockEnabled", Value::boolean(true));
    props.set("ObjectLockConfiguration", object_lock_properties(bucket.object_lock));
  }
  if (bucket.logging) props.set("LoggingConfiguration", logging_properties(t, *bucket.logging));
  if (!bucket.cors.empty()) props.set("CorsConfiguration", cors_properties(bucket.cors));
  if (!bucket.notifications.empty())
    props.set("NotificationConfiguration", notification_properties(bucket.notifications));
  t.add_resource(t.names.logical_id(bucket.id, Role::Bucket), "AWS::S3::Bucket", std::move(props), {}, true);
}

}  // namespace bslc::emit::cfn
