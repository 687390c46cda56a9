// AWS size limits on the documents we emit, checked on the exact JSON the
// writer produces (the bytes that would be uploaded):
//   bucket policy      20 KB = 20,480 bytes of the written JSON   (E0501)
//   identity policy    6,144 characters excluding whitespace      (E0502)
//   KMS key policy     32 KB = 32,768 bytes of the written JSON   (E0503)
//   vault lock policy  20 KB = 20,480 bytes of the written JSON   (E0504)
#include <fmt/format.h>

#include "lower/capabilities.h"
#include "policy/json.h"

namespace bslc::lower::detail {
namespace {

constexpr size_t kBucketPolicyLimit = 20480;
constexpr size_t kIdentityPolicyLimit = 6144;
constexpr size_t kKeyPolicyLimit = 32768;
constexpr size_t kVaultLockLimit = 20480;

}  // namespace

void check_bucket_documents(const ir::Bucket& b, const BucketOutput& out, diag::DiagnosticSink& sink) {
  const size_t bucket_bytes = policy::write_json(out.bucket_policy.document).size();
  if (bucket_bytes > kBucketPolicyLimit)
    sink.report(diag::Code::E0501, b.loc,
                fmt::format("the bucket policy of `{}` is {} bytes, over the {}-byte limit", b.id, bucket_bytes,
                            kBucketPolicyLimit),
                "merge grants that share a level and prefix, or move access into IAM identity policies");

  for (const auto& [grantee, doc] : out.identity_policies) {
    const size_t chars = policy::non_whitespace_size(policy::write_json(doc.document));
    if (chars > kIdentityPolicyLimit)
      sink.report(diag::Code::E0502, b.loc,
                  fmt::format("the identity policy for grantee `{}` of bucket `{}` is {} characters, over the {} limit",
                              grantee, b.id, chars, kIdentityPolicyLimit),
                  "grant fewer prefixes to this grantee, or use a wider prefix");
  }

  if (out.key_policy_kind != KeyPolicyKind::None) {
    const size_t key_bytes = policy::write_json(out.key_policy.document).size();
    if (key_bytes > kKeyPolicyLimit)
      sink.report(diag::Code::E0503, b.loc,
                  fmt::format("the KMS key policy of bucket `{}` is {} bytes, over the {}-byte limit", b.id, key_bytes,
                              kKeyPolicyLimit),
                  "grant the key to fewer separate accounts, for example through an organization");
  }
}

void check_vault_document(const ir::Vault& v, const VaultOutput& out, diag::DiagnosticSink& sink) {
  const size_t bytes = policy::write_json(out.lock_policy.document).size();
  if (bytes > kVaultLockLimit)
    sink.report(
        diag::Code::E0504, v.loc,
        fmt::format("the vault lock policy of `{}` is {} bytes, over the {}-byte limit", v.id, bytes, kVaultLockLimit),
        "simplify the vault lock");
}

}  // namespace bslc::lower::detail
