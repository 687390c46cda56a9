#include "driver/bucket_summary.h"

#include <fmt/format.h>

#include <algorithm>

namespace bslc::driver {
namespace {

// Who the emitted key policy lets use or manage the key: every principal of its Allow statements.
std::string key_policy_grantees(const lower::BucketOutput& docs) {
  if (docs.key_policy_kind == lower::KeyPolicyKind::None || docs.key_policy.document.statements.empty())
    return "no key policy emitted";
  std::vector<std::string> who;
  for (const auto& st : docs.key_policy.document.statements) {
    if (st.effect != policy::Effect::Allow || !st.principal) continue;
    const auto& p = *st.principal;
    if (p.star) who.push_back("*");
    for (const auto* list : {&p.aws, &p.service, &p.canonical_user, &p.federated})
      who.insert(who.end(), list->begin(), list->end());
  }
  std::sort(who.begin(), who.end());
  who.erase(std::unique(who.begin(), who.end()), who.end());
  std::string out;
  for (const auto& w : who) out += (out.empty() ? "" : ", ") + w;
  return out.empty() ? "none" : out;
}

}  // namespace

BucketSummary bucket_summary(const ir::Bucket& b, const lower::BucketOutput& docs) {
  auto yes = [](bool v) { return std::string(v ? "on" : "off"); };
  BucketSummary f;
  std::string enc = ir::to_string(b.encryption.mode);
  if (b.encryption.key == ir::KeyKind::New)
    enc += " (new key" + (b.encryption.key_alias.empty() ? "" : " " + b.encryption.key_alias) + ")";
  if (b.encryption.key == ir::KeyKind::Arn) enc += " (key " + b.encryption.key_arn + ")";
  f.emplace_back("encryption", enc);
  f.emplace_back("encryption header required", yes(b.encryption.require_header));
  f.emplace_back("bucket key", yes(b.encryption.bucket_key));
  f.emplace_back("KMS key policy grantees", key_policy_grantees(docs));
  f.emplace_back("TLS only", yes(b.transport.tls_only));
  f.emplace_back("minimum TLS", b.transport.min_tls.value_or("none"));
  f.emplace_back("block public ACLs", yes(b.public_access.block_public_acls));
  f.emplace_back("ignore public ACLs", yes(b.public_access.ignore_public_acls));
  f.emplace_back("block public policy", yes(b.public_access.block_public_policy));
  f.emplace_back("restrict public buckets", yes(b.public_access.restrict_public_buckets));
  const char* ownership = b.ownership == ir::Ownership::BucketOwnerEnforced    ? "bucket_owner_enforced"
                          : b.ownership == ir::Ownership::BucketOwnerPreferred ? "bucket_owner_preferred"
                                                                               : "object_writer";
  f.emplace_back("object ownership", ownership);
  const char* versioning = b.versioning.state == ir::VersioningState::Enabled     ? "enabled"
                           : b.versioning.state == ir::VersioningState::Suspended ? "suspended"
                                                                                  : "unset";
  f.emplace_back("versioning", versioning);
  f.emplace_back("MFA delete", yes(b.versioning.mfa_delete));
  std::string lock = b.object_lock.enabled ? "enabled" : "off";
  if (b.object_lock.mode) {
    lock += *b.object_lock.mode == ir::LockMode::Compliance ? ", compliance " : ", governance ";
    lock +=
        b.object_lock.days ? fmt::format("{} days", b.object_lock.days) : fmt::format("{} years", b.object_lock.years);
  }
  f.emplace_back("object lock", lock);
  f.emplace_back("access logging", b.logging ? b.logging->target_name + "/" + b.logging->prefix : "off");
  f.emplace_back("audit trail", b.audit ? b.audit->trail_bucket_name : "off");
  f.emplace_back("CORS rules", std::to_string(b.cors.size()));
  f.emplace_back("notifications", std::to_string(b.notifications.size()));
  return f;
}

}  // namespace bslc::driver
