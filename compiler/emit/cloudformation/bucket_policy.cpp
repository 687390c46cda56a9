// AWS::S3::BucketPolicy: the lowered bucket policy, with the ARNs of buckets
// in this template written as !GetAtt / !Sub so the template never hard-codes
// a bucket it creates. The log target's delivery statements are part of the
// target's lowered policy, so they arrive here too.
#include "emit/cloudformation/template.h"
#include "emit/settings.h"

namespace bslc::emit::cfn {

void add_bucket_policy(Template& t, const ir::Bucket& bucket) {
  const policy::Document* doc = bucket_policy(t.docs, bucket.id);
  if (doc == nullptr) return;
  Value props = Value::map();
  props.set("Bucket", t.ref(t.names.logical_id(bucket.id, Role::Bucket)));
  // A key this template creates is pinned by its real ARN, not the JSON's
  // "any key of this account and Region" pattern (lower/encryption.cpp).
  // (A layer per such bucket: two buckets of one account and Region share the pattern.)
  if (creates_key(bucket)) {
    ArnReferences refs = ArnReferences::over(t.arns);
    refs.add(lower::new_key_arn_pattern(bucket), {t.names.logical_id(bucket.id, Role::Key), "Arn"});
    props.set("PolicyDocument", policy_value(*doc, refs));
  } else {
    props.set("PolicyDocument", policy_value(*doc, t.arns));
  }
  t.add_resource(t.names.logical_id(bucket.id, Role::BucketPolicy), "AWS::S3::BucketPolicy", std::move(props));
}

}  // namespace bslc::emit::cfn
