// aws_s3_bucket and its split configuration resources (provider v4+ style;
// reference §8), one function per BSL setting.
#include <algorithm>

#include "emit/settings.h"
#include "emit/terraform/config.h"

namespace bslc::emit::tf {
namespace {

constexpr const char* kBucket = "aws_s3_bucket";

Block for_bucket(const Config& c, const std::string& type, const ir::Bucket& b) {
  Block block = c.bucket_resource(type, b);
  block.set("bucket", c.bucket_ref(kBucket, b.id, "id"));
  return block;
}

void bucket(Config& c, const ir::Bucket& b) {
  Block block = c.bucket_resource(kBucket, b);
  block.set("bucket", Value::text(b.name));
  // Object lock is turned on by aws_s3_bucket_object_lock_configuration, which
  // works for new and existing buckets; `object_lock_enabled` here would force
  // replacing an existing bucket.
  c.resources.push_back(std::move(block));
}

void ownership(Config& c, const ir::Bucket& b) {
  Block rule("rule");
  rule.set("object_ownership", Value::text(ownership_name(b.ownership)));
  c.resources.push_back(for_bucket(c, "aws_s3_bucket_ownership_controls", b).add(std::move(rule)));
}

void public_access_block(Config& c, const ir::Bucket& b) {
  Block block = for_bucket(c, "aws_s3_bucket_public_access_block", b);
  block.set("block_public_acls", Value::boolean(b.public_access.block_public_acls));
  block.set("block_public_policy", Value::boolean(b.public_access.block_public_policy));
  block.set("ignore_public_acls", Value::boolean(b.public_access.ignore_public_acls));
  block.set("restrict_public_buckets", Value::boolean(b.public_access.restrict_public_buckets));
  c.resources.push_back(std::move(block));
}

void encryption(Config& c, const ir::Bucket& b) {
  Block by_default("apply_server_side_encryption_by_default");
  by_default.set("sse_algorithm", Value::text(sse_algorithm(b.encryption)));
  if (creates_key(b)) {
    by_default.set("kms_master_key_id", Value::reference({"aws_kms_key." + c.names.tf_bucket(b.id), "arn"}));
  } else if (b.encryption.key == ir::KeyKind::Arn && sse_algorithm(b.encryption) != "AES256") {
    by_default.set("kms_master_key_id", Value::text(b.encryption.key_arn));
  }
  Block rule("rule");
  rule.add(std::move(by_default));
  if (b.encryption.bucket_key) rule.set("bucket_key_enabled", Value::boolean(true));
  c.resources.push_back(for_bucket(c, "aws_s3_bucket_server_side_encryption_configuration", b).add(std::move(rule)));
}

void versioning(Config& c, const ir::Bucket& b) {
  const auto status = versioning_status(b);
  if (!status) return;
  Block config("versioning_configuration");
  config.set("status", Value::text(*status));
  Block block = for_bucket(c, "aws_s3_bucket_versioning", b);
  if (b.versioning.mfa_delete) {
    config.set("mfa_delete", Value::text("Enabled"));
    // "<serial> <code>" of the root user's MFA device (see limits.cpp).
    block.set("mfa", Value::reference({std::string("var.") + kMfaVariable, ""}));
  }
  c.resources.push_back(block.add(std::move(config)));
}

void object_lock(Config& c, const ir::Bucket& b) {
  if (!b.object_lock.enabled) return;
  Block block = for_bucket(c, "aws_s3_bucket_object_lock_configuration", b);
  block.set("object_lock_enabled", Value::text("Enabled"));
  if (b.object_lock.mode) {
    Block retention("default_retention");
    retention.set("mode", Value::text(lock_mode_name(*b.object_lock.mode)));
    if (b.object_lock.years > 0) {
      retention.set("years", Value::integer(b.object_lock.years));
    } else {
      retention.set("days", Value::integer(b.object_lock.days));
    }
    block.add(Block("rule").add(std::move(retention)));
  }
  // S3 accepts an object lock configuration only on a versioned bucket.
  block.depends_on.push_back(c.bucket_address("aws_s3_bucket_versioning", b.id));
  c.resources.push_back(std::move(block));
}

void logging(Config& c, const ir::Bucket& b) {
  if (!b.logging) return;
  Block block = for_bucket(c, "aws_s3_bucket_logging", b);
  const ir::Bucket* target = b.logging->target_id.empty() ? nullptr : c.model.find_bucket(b.logging->target_id);
  if (target != nullptr) {
    block.set("target_bucket", c.bucket_ref(kBucket, target->id, "id"));
  } else {
    block.set("target_bucket", Value::text(b.logging->target_name));
  }
  block.set("target_prefix", Value::text(b.logging->prefix));
  // Logs start flowing once the target's policy lets the logging service write.
  if (target != nullptr && bucket_policy(c.docs, target->id) != nullptr)
    block.depends_on.push_back(c.bucket_address("aws_s3_bucket_policy", target->id));
  c.resources.push_back(std::move(block));
}

void cors(Config& c, const ir::Bucket& b) {
  if (b.cors.empty()) return;
  Block block = for_bucket(c, "aws_s3_bucket_cors_configuration", b);
  for (const auto& r : b.cors) {
    Block rule("cors_rule");
    if (!r.id.empty()) rule.set("id", Value::text(r.id));
    Value methods = Value::list();
    for (auto m : r.methods) methods.push(Value::text(http_method_name(m)));
    rule.set("allowed_methods", std::move(methods));
    rule.set("allowed_origins", Value::string_list(r.origins));
    if (!r.headers.empty()) rule.set("allowed_headers", Value::string_list(r.headers));
    if (!r.expose.empty()) rule.set("expose_headers", Value::string_list(r.expose));
    if (r.max_age_seconds) rule.set("max_age_seconds", Value::integer(*r.max_age_seconds));
    block.add(std::move(rule));
  }
  c.resources.push_back(std::move(block));
}

void notifications(Config& c, const ir::Bucket& b) {
  if (b.notifications.empty()) return;
  Block block = for_bucket(c, "aws_s3_bucket_notification", b);
  bool eventbridge = false;
  std::vector<Block> lambdas, queues, topics;
  for (const auto& n : b.notifications) {
    if (n.target == ir::NotifyTarget::EventBridge) {
      eventbridge = true;
      continue;
    }
    const char* type = n.target == ir::NotifyTarget::Sqs   ? "queue"
                       : n.target == ir::NotifyTarget::Sns ? "topic"
                                                           : "lambda_function";
    const char* arn_attr = n.target == ir::NotifyTarget::Sqs   ? "queue_arn"
                           : n.target == ir::NotifyTarget::Sns ? "topic_arn"
                                                               : "lambda_function_arn";
    Block entry(type);
    entry.set(arn_attr, Value::text(n.destination_arn));
    entry.set("events", Value::string_list({n.event}));
    if (!n.prefix.empty()) entry.set("filter_prefix", Value::text(n.prefix));
    if (!n.suffix.empty()) entry.set("filter_suffix", Value::text(n.suffix));
    (n.target == ir::NotifyTarget::Sqs   ? queues
     : n.target == ir::NotifyTarget::Sns ? topics
                                         : lambdas)
        .push_back(std::move(entry));
  }
  if (eventbridge) block.set("eventbridge", Value::boolean(true));
  for (auto* group : {&lambdas, &queues, &topics})
    for (auto& entry : *group) block.add(std::move(entry));
  c.resources.push_back(std::move(block));
}

}  // namespace

void add_bucket_resources(Config& c, const ir::Bucket& b) {
  bucket(c, b);
  ownership(c, b);
  public_access_block(c, b);
  encryption(c, b);
  versioning(c, b);
  object_lock(c, b);
  logging(c, b);
  cors(c, b);
  notifications(c, b);
}

}  // namespace bslc::emit::tf

namespace bslc::emit::tf {

// S3's bucket owner condition makes each call fail unless the bucket belongs
// to the expected account, so a name collision with another account's bucket
// cannot be configured by mistake:
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-owner-condition.html
// The AWS provider exposes it as expected_bucket_owner on these resources.
void guard_bucket_owner(Config& c) {
  static const char* const kTypes[] = {"aws_s3_bucket_versioning", "aws_s3_bucket_server_side_encryption_configuration",
                                       "aws_s3_bucket_logging", "aws_s3_bucket_object_lock_configuration",
                                       "aws_s3_bucket_cors_configuration"};
  for (Block& block : c.resources) {
    if (block.type != "resource" || block.labels.size() != 2) continue;
    if (std::find(std::begin(kTypes), std::end(kTypes), block.labels[0]) == std::end(kTypes)) continue;
    for (const auto& b : c.model.buckets) {
      if (b.account.empty() || c.names.tf_bucket(b.id) != block.labels[1]) continue;
      auto at = std::find_if(block.attributes.begin(), block.attributes.end(),
                             [](const auto& a) { return a.first == "bucket"; });
      if (at != block.attributes.end()) ++at;
      block.attributes.insert(at, {"expected_bucket_owner", Value::text(b.account)});
    }
  }
}

}  // namespace bslc::emit::tf
