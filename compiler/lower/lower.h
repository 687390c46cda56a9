// Lowering: the resolved intent model -> AWS policy documents (bucket policy,
// KMS key policy, IAM identity policies for cross-account grantees, Glacier
// vault lock policy). Pure function of the model: deterministic statement
// order and stable, descriptive Sids (`DenyInsecureTransport`,
// `AllowPartnerReadExports`).
//
// Invariants of the Output:
//  * every statement has a Sid, unique within its document, alphanumeric, and
//    an entry in `sources` (defaulted settings point at the bucket's name);
//  * bucket-policy order: transport, encryption, perimeters, pre-signed URLs,
//    MFA, object lock, tags, custom denies, grants, log/trail delivery
//    (compiler/lower/capabilities.h);
//  * no Allow has Principal "*" without a pinning condition (org id, ...)
//    unless the model has an explicit public grant;
//  * key_policy is empty when key_policy_kind is None; identity_policies holds
//    only cross-account account/role/user grantees; vaults holds only vaults
//    with a lock. A Sid that appears in several documents of one bucket
//    (identity policies mirror bucket-policy and key-policy statements) always
//    maps to the same source location.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "ir/model.h"
#include "policy/document.h"

namespace bslc::lower {

// A document plus, for each of its Sids, the spec location that produced it.
struct TracedDocument {
  policy::Document document;
  std::map<std::string, Location> sources;  // Sid -> spec location
};

enum class KeyPolicyKind {
  None,
  NewKey,       // the complete key policy of the key bslc asks to create
  ExistingKey,  // statements the owner of an existing key must add
};

struct BucketOutput {
  std::string bucket_id;
  TracedDocument bucket_policy;
  KeyPolicyKind key_policy_kind = KeyPolicyKind::None;
  TracedDocument key_policy;
  // Grantee BSL name -> the identity policy their account must attach.
  std::map<std::string, TracedDocument> identity_policies;
};

struct VaultOutput {
  std::string vault_id;
  TracedDocument lock_policy;
};

struct Output {
  std::vector<BucketOutput> buckets;  // model order
  std::vector<VaultOutput> vaults;
};

// Lowers every bucket and vault. Size limits (bucket policy 20 KB, identity
// policy 6,144 non-whitespace characters) are reported as errors here.
Output lower(const ir::Model& model, diag::DiagnosticSink& sink);

// The bucket-policy statement `g` lowers to in bucket `b` (Sid left empty):
// what `bslc import` compares a written statement with to recognise a grant.
policy::Statement grant_policy_statement(const ir::Bucket& b, const ir::Grant& g);

// The ARN pattern that stands for a key bslc creates (`key new`) in the JSON
// bucket policy: arn:aws:kms:<region>:<account or *>:key/*. Emitters that
// create the key replace it by the key's real ARN.
std::string new_key_arn_pattern(const ir::Bucket& bucket);

}  // namespace bslc::lower
