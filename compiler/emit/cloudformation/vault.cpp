// Glacier vaults: CloudFormation has no resource type for them (the
// registry that AWS's validator bundles has no AWS::Glacier::* type), so a
// vault is created and locked with the CLI steps that limits.cpp writes. This
// file writes the lock policy in the shape `initiate-vault-lock --policy
// file://...` takes: {"Policy": "<policy JSON as a string>"}.
#include <nlohmann/json.hpp>

#include "emit/cloudformation/template.h"
#include "emit/settings.h"
#include "policy/json.h"

namespace bslc::emit::cfn {

std::string vault_lock_file_name(const ir::Vault& vault) { return "vault-lock-" + snake_case(vault.id) + ".json"; }

void add_vault(Template& t, const ir::Vault& vault) {
  const auto* out = vault_docs(t.docs, vault.id);
  if (!vault.lock_min_age_days || out == nullptr || out->lock_policy.document.statements.empty()) return;
  nlohmann::ordered_json wrapper = {{"Policy", policy::write_json(out->lock_policy.document)}};
  t.extra_files[vault_lock_file_name(vault)] =
      wrapper.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace bslc::emit::cfn
