// aws_kms_key (+ aws_kms_alias) for `encryption kms { key new ... }`.
#include "emit/settings.h"
#include "emit/terraform/config.h"

namespace bslc::emit::tf {

void add_kms_key(Config& c, const ir::Bucket& b) {
  if (!creates_key(b)) return;
  Block key = c.bucket_resource("aws_kms_key", b);
  key.set("description", Value::text("Default encryption key of S3 bucket " + b.name));
  key.set("enable_key_rotation", Value::boolean(true));
  key.set("deletion_window_in_days", Value::integer(30));
  const auto* out = bucket_docs(c.docs, b.id);
  if (out != nullptr && out->key_policy_kind == lower::KeyPolicyKind::NewKey &&
      !out->key_policy.document.statements.empty()) {
    // No cycle here (the bucket does not refer to the key; the encryption
    // configuration does), so bucket ARNs may be references.
    key.set("policy", Value::call("jsonencode", {policy_value(out->key_policy.document, c.arns)}));
  }
  c.resources.push_back(std::move(key));
  if (b.encryption.key_alias.empty()) return;
  Block alias = c.bucket_resource("aws_kms_alias", b);
  alias.set("name", Value::text(b.encryption.key_alias));
  alias.set("target_key_id", c.bucket_ref("aws_kms_key", b.id, "key_id"));
  c.resources.push_back(std::move(alias));
}

}  // namespace bslc::emit::tf
