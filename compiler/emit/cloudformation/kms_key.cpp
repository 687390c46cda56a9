// AWS::KMS::Key (+ AWS::KMS::Alias) for `encryption kms { key new ... }`.
#include "emit/cloudformation/template.h"
#include "emit/settings.h"

namespace bslc::emit::cfn {

void add_kms_key(Template& t, const ir::Bucket& bucket) {
  if (!creates_key(bucket)) return;
  const std::string key_id = t.names.logical_id(bucket.id, Role::Key);
  Value props = Value::map();
  props.set("Description", Value::text("Default encryption key of S3 bucket " + bucket.name));
  props.set("EnableKeyRotation", Value::boolean(true));
  const auto* out = bucket_docs(t.docs, bucket.id);
  if (out != nullptr && out->key_policy_kind == lower::KeyPolicyKind::NewKey &&
      !out->key_policy.document.statements.empty()) {
    // Bucket ARNs stay literal here: the bucket refers to the key
    // (KMSMasterKeyID), so a reference back would be a circular dependency.
    props.set("KeyPolicy", policy_value(out->key_policy.document, ArnReferences{}));
  }
  t.add_resource(key_id, "AWS::KMS::Key", std::move(props), {}, true);

  if (bucket.encryption.key_alias.empty()) return;
  Value alias = Value::map();
  alias.set("AliasName", Value::text(bucket.encryption.key_alias));
  alias.set("TargetKeyId", t.ref(key_id));
  t.add_resource(t.names.logical_id(bucket.id, Role::KeyAlias), "AWS::KMS::Alias", std::move(alias));
}

}  // namespace bslc::emit::cfn
