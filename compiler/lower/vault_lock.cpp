// Glacier vault lock policy (reference §6.3): deny glacier:DeleteArchive for
// archives younger than N days. The SAR types glacier:ArchiveAgeInDays as a
// String, yet AWS's own examples compare it with NumericLessThan; the value
// is written quoted, as those examples do. Resource is the vault's ARN, which
// needs the vault's account.
#include <fmt/format.h>

#include "lower/capabilities.h"

namespace bslc::lower::detail {

std::optional<VaultOutput> lower_vault_lock(const ir::Vault& v, diag::DiagnosticSink& sink) {
  if (!v.lock_min_age_days) return std::nullopt;
  const Location& where = v.lock_origin.loc.valid() ? v.lock_origin.loc : v.loc;
  if (v.account.empty()) {
    sink.report(diag::Code::E0505, where,
                fmt::format("the vault lock policy of vault `{}` needs the vault's account id", v.id),
                "add `account \"<12-digit id>\"` to the vault: its ARN names the account");
    return std::nullopt;
  }
  DocumentBuilder doc(v.loc);
  auto st = deny_everyone({"glacier:DeleteArchive"}, {v.arn()});
  add_condition(st, "NumericLessThan", "glacier:ArchiveAgeInDays", {std::to_string(*v.lock_min_age_days)});
  doc.add("DenyArchiveDeletionYoungerThan" + duration_words(*v.lock_min_age_days * 86400), std::move(st),
          v.lock_origin);
  return VaultOutput{v.id, doc.take()};
}

}  // namespace bslc::lower::detail
