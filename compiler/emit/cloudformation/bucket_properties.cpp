// AWS::S3::Bucket property blocks, one function per BSL setting; shapes as in
// the CloudFormation User Guide (reference §7.1).
#include "emit/cloudformation/template.h"
#include "emit/settings.h"

namespace bslc::emit::cfn {

Value encryption_properties(const Template& t, const ir::Bucket& bucket) {
  Value by_default = Value::map();
  by_default.set("SSEAlgorithm", Value::text(sse_algorithm(bucket.encryption)));
  if (creates_key(bucket)) {
    by_default.set("KMSMasterKeyID", t.get_att(t.names.logical_id(bucket.id, Role::Key), "Arn"));
  } else if (bucket.encryption.key == ir::KeyKind::Arn && sse_algorithm(bucket.encryption) != "AES256") {
    by_default.set("KMSMasterKeyID", Value::text(bucket.encryption.key_arn));
  }
  Value rule = Value::map();
  rule.set("ServerSideEncryptionByDefault", std::move(by_default));
  if (bucket.encryption.bucket_key) rule.set("BucketKeyEnabled", Value::boolean(true));
  // SSE-C is blocked by default on buckets created since April 2026; say it
  // explicitly either way, so existing buckets get the same setting (S3 User
  // Guide, "Blocking or unblocking SSE-C for a general purpose bucket",
  // https://docs.aws.amazon.com/AmazonS3/latest/userguide/blocking-unblocking-s3-c-encryption-gpb.html;
  // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-blockedencryptiontypes.html).
  Value blocked = Value::map();
  blocked.set("EncryptionType", Value::list({Value::text(sse_c_block_value(bucket.encryption))}));
  rule.set("BlockedEncryptionTypes", std::move(blocked));
  Value config = Value::map();
  config.set("ServerSideEncryptionConfiguration", Value::list({std::move(rule)}));
  return config;
}

Value public_access_properties(const ir::PublicAccess& pab) {
  Value config = Value::map();
  config.set("BlockPublicAcls", Value::boolean(pab.block_public_acls));
  config.set("BlockPublicPolicy", Value::boolean(pab.block_public_policy));
  config.set("IgnorePublicAcls", Value::boolean(pab.ignore_public_acls));
  config.set("RestrictPublicBuckets", Value::boolean(pab.restrict_public_buckets));
  return config;
}

Value ownership_properties(ir::Ownership ownership) {
  Value rule = Value::map();
  rule.set("ObjectOwnership", Value::text(ownership_name(ownership)));
  Value config = Value::map();
  config.set("Rules", Value::list({std::move(rule)}));
  return config;
}

Value object_lock_properties(const ir::ObjectLock& lock) {
  Value config = Value::map();
  config.set("ObjectLockEnabled", Value::text("Enabled"));
  if (lock.mode) {
    Value retention = Value::map();
    retention.set("Mode", Value::text(lock_mode_name(*lock.mode)));
    if (lock.years > 0) {
      retention.set("Years", Value::integer(lock.years));
    } else {
      retention.set("Days", Value::integer(lock.days));
    }
    Value rule = Value::map();
    rule.set("DefaultRetention", std::move(retention));
    config.set("Rule", std::move(rule));
  }
  return config;
}

Value logging_properties(const Template& t, const ir::Logging& logging) {
  Value config = Value::map();
  // A target in this template is referenced, which also orders the creation.
  if (!logging.target_id.empty() && t.model.find_bucket(logging.target_id) != nullptr) {
    config.set("DestinationBucketName", t.ref(t.names.logical_id(logging.target_id, Role::Bucket)));
  } else {
    config.set("DestinationBucketName", Value::text(logging.target_name));
  }
  if (!logging.prefix.empty()) config.set("LogFilePrefix", Value::text(logging.prefix));
  return config;
}

Value cors_properties(const std::vector<ir::CorsRule>& rules) {
  Value list = Value::list();
  for (const auto& r : rules) {
    Value rule = Value::map();
    if (!r.id.empty()) rule.set("Id", Value::text(r.id));
    Value methods = Value::list();
    for (auto m : r.methods) methods.push(Value::text(http_method_name(m)));
    rule.set("AllowedMethods", std::move(methods));
    rule.set("AllowedOrigins", Value::string_list(r.origins));
    if (!r.headers.empty()) rule.set("AllowedHeaders", Value::string_list(r.headers));
    if (!r.expose.empty()) rule.set("ExposedHeaders", Value::string_list(r.expose));
    if (r.max_age_seconds) rule.set("MaxAge", Value::integer(*r.max_age_seconds));
    list.push(std::move(rule));
  }
  Value config = Value::map();
  config.set("CorsRules", std::move(list));
  return config;
}

namespace {

Value key_filter(const ir::Notification& n) {
  Value rules = Value::list();
  const auto add = [&](const char* name, const std::string& value) {
    if (value.empty()) return;
    Value rule = Value::map();
    rule.set("Name", Value::text(name));
    rule.set("Value", Value::text(value));
    rules.push(std::move(rule));
  };
  add("prefix", n.prefix);
  add("suffix", n.suffix);
  Value s3key = Value::map();
  s3key.set("Rules", std::move(rules));
  Value filter = Value::map();
  filter.set("S3Key", std::move(s3key));
  return filter;
}

}  // namespace

Value notification_properties(const std::vector<ir::Notification>& notifications) {
  Value queues = Value::list(), topics = Value::list(), functions = Value::list();
  bool eventbridge = false;
  for (const auto& n : notifications) {
    if (n.target == ir::NotifyTarget::EventBridge) {
      eventbridge = true;  // EventBridge receives every event; filtering is done by rules there
      continue;
    }
    Value entry = Value::map();
    entry.set("Event", Value::text(n.event));
    if (!n.prefix.empty() || !n.suffix.empty()) entry.set("Filter", key_filter(n));
    switch (n.target) {
      case ir::NotifyTarget::Sqs:
        entry.set("Queue", Value::text(n.destination_arn));
        queues.push(std::move(entry));
        break;
      case ir::NotifyTarget::Sns:
        entry.set("Topic", Value::text(n.destination_arn));
        topics.push(std::move(entry));
        break;
      case ir::NotifyTarget::Lambda:
        entry.set("Function", Value::text(n.destination_arn));
        functions.push(std::move(entry));
        break;
      case ir::NotifyTarget::EventBridge: break;
    }
  }
  Value config = Value::map();
  if (eventbridge) {
    Value eb = Value::map();
    eb.set("EventBridgeEnabled", Value::boolean(true));
    config.set("EventBridgeConfiguration", std::move(eb));
  }
  if (!functions.items().empty()) config.set("LambdaConfigurations", std::move(functions));
  if (!queues.items().empty()) config.set("QueueConfigurations", std::move(queues));
  if (!topics.items().empty()) config.set("TopicConfigurations", std::move(topics));
  return config;
}

}  // namespace bslc::emit::cfn
