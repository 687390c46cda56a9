// aws_glacier_vault + aws_glacier_vault_lock.
#include "emit/settings.h"
#include "emit/terraform/config.h"

namespace bslc::emit::tf {

void add_vault(Config& c, const ir::Vault& v) {
  const std::string name = c.names.tf_vault(v.id);
  Block vault("resource", {"aws_glacier_vault", name});
  vault.provider = c.provider_for(v.region);
  vault.set("name", Value::text(v.name));
  c.resources.push_back(std::move(vault));

  const auto* out = vault_docs(c.docs, v.id);
  if (!v.lock_min_age_days || out == nullptr || out->lock_policy.document.statements.empty()) return;
  Block lock("resource", {"aws_glacier_vault_lock", name});
  lock.comments = {"complete_lock = true makes the lock permanent at the first apply: the policy can never be",
                   "changed or removed. Apply once with false to test it (it expires after 24 hours)."};
  lock.provider = c.provider_for(v.region);
  lock.set("vault_name", Value::reference({"aws_glacier_vault." + name, "name"}));
  lock.set("complete_lock", Value::boolean(true));
  lock.set("policy", Value::call("jsonencode", {policy_value(out->lock_policy.document, c.arns)}));
  c.resources.push_back(std::move(lock));
}

}  // namespace bslc::emit::tf
