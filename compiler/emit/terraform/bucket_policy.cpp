// aws_s3_bucket_policy: the lowered bucket policy as jsonencode({...}), with
// the ARNs of buckets in this configuration written as references.
#include "emit/settings.h"
#include "emit/terraform/config.h"

namespace bslc::emit::tf {

void add_bucket_policy(Config& c, const ir::Bucket& b) {
  const policy::Document* doc = bucket_policy(c.docs, b.id);
  if (doc == nullptr) return;
  Block block = c.bucket_resource("aws_s3_bucket_policy", b);
  block.set("bucket", c.bucket_ref("aws_s3_bucket", b.id, "id"));
  // A key this configuration creates is pinned by its real ARN, not the
  // JSON's "any key of this account and Region" pattern (lower/encryption.cpp).
  // (A layer per such bucket: two buckets of one account and Region share the pattern.)
  if (creates_key(b)) {
    ArnReferences refs = ArnReferences::over(c.arns);
    refs.add(lower::new_key_arn_pattern(b), {c.bucket_address("aws_kms_key", b.id), "arn"});
    block.set("policy", Value::call("jsonencode", {policy_value(*doc, refs)}));
  } else {
    block.set("policy", Value::call("jsonencode", {policy_value(*doc, c.arns)}));
  }
  // S3 refuses a policy that Block Public Access forbids: let BPA settle first.
  block.depends_on.push_back(c.bucket_address("aws_s3_bucket_public_access_block", b.id));
  c.resources.push_back(std::move(block));
}

}  // namespace bslc::emit::tf
