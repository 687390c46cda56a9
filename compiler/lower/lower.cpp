// Lowering entry point: composes the capability files in the fixed order of
// capabilities.h, then the companion documents, then the size checks.
#include "lower/lower.h"

#include "lower/capabilities.h"

namespace bslc::lower {
namespace {

BucketOutput lower_bucket(const ir::Model& model, const ir::Bucket& b, diag::DiagnosticSink& sink) {
  detail::BucketContext ctx = detail::make_context(model, b);
  BucketOutput out;
  out.bucket_id = b.id;

  detail::DocumentBuilder policy(b.loc);
  // Denies first, then allows: a reader sees the guard rails before the grants.
  detail::lower_transport(ctx, policy);
  detail::lower_encryption(ctx, policy);
  detail::lower_perimeters(ctx, policy);
  detail::lower_presigned(ctx, policy);
  detail::lower_mfa(ctx, policy);
  detail::lower_object_lock(ctx, policy);
  detail::lower_tags(ctx, policy);
  detail::lower_custom_denies(ctx, policy);
  detail::lower_grants(ctx, policy, sink);
  detail::lower_log_delivery(ctx, policy);
  detail::lower_trail_delivery(ctx, policy, sink);
  // Last, under exactly the Sids the spec wrote.
  detail::lower_raw_statements(ctx, policy, sink);
  out.bucket_policy = policy.take();

  // The key policy names the KMS Sids that the identity policies reuse.
  detail::DocumentBuilder key(b.loc);
  out.key_policy_kind = detail::lower_key_policy(ctx, key, sink);
  out.key_policy = key.take();
  out.identity_policies = detail::lower_identity_policies(ctx);

  detail::check_bucket_documents(b, out, sink);
  return out;
}

}  // namespace

policy::Statement grant_policy_statement(const ir::Bucket& b, const ir::Grant& g) {
  policy::Statement st = detail::grant_statement(b, g.grantee, detail::grant_access(b, g).front());
  st.sid.clear();
  return st;
}

Output lower(const ir::Model& model, diag::DiagnosticSink& sink) {
  Output out;
  for (const ir::Bucket& b : model.buckets) out.buckets.push_back(lower_bucket(model, b, sink));
  for (const ir::Vault& v : model.vaults) {
    if (auto vault = detail::lower_vault_lock(v, sink)) {
      detail::check_vault_document(v, *vault, sink);
      out.vaults.push_back(std::move(*vault));
    }
  }
  return out;
}

std::string new_key_arn_pattern(const ir::Bucket& bucket) { return detail::kms_key_pattern(bucket); }

}  // namespace bslc::lower
