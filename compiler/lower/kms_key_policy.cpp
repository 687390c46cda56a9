// The KMS key policy that goes with an SSE-KMS / DSSE-KMS bucket
// (reference §1.2, §5.2). Key policies are the exception to "identity OR
// resource": the key policy itself must allow every principal, directly or
// through the account-root delegation statement.
//
// New key (KeyPolicyKind::NewKey), the complete policy:
//   AllowAccountRootAdministration  the bucket account's root: kms:* on the key.
//       This is the standard statement that delegates to IAM and keeps the
//       key manageable (it passes KMS's policy-lockout safety check).
//   Allow<Grantee>UseKeyViaS3       for every role or user grantee of the
//       bucket's own account, named: a key policy that allowed {"AWS": "*"}
//       with kms:CallerAccount would let every principal of the account
//       decrypt through S3 with no IAM permission for the key, so the only
//       gate left would be S3's (KMS Developer Guide, "Allows access to the AWS
//       account and enables IAM policies",
//       https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html:
//       a key policy statement that names a principal grants on its own). Other
//       principals of the account use the key through IAM policies, which
//       AllowAccountRootAdministration enables. Uses are pinned to S3
//       (kms:ViaService = s3.<region>.amazonaws.com) and to this bucket's
//       objects (kms:EncryptionContext:aws:s3:arn is the object ARN, or the
//       bucket ARN with a Bucket Key; both are listed).
//   Allow<Grantee>UseKeyViaS3       and for every grantee in another account:
//       readers kms:Decrypt, writers kms:GenerateDataKey + kms:Decrypt
//       (multipart uploads decrypt their parts), pinned with kms:ViaService
//       and kms:CallerAccount = the grantee's account. Organizations: {"AWS":
//       "*"} + aws:PrincipalOrgID. Those accounts still need the identity
//       policy of identity_policies.cpp: cross-account use needs both sides.
//   Allow<Distribution>UseKey       CloudFront OAC reads of KMS objects:
//       {"Service": "cloudfront.amazonaws.com"} + ArnLike aws:SourceArn.
// Existing key (KeyPolicyKind::ExistingKey): only what its owner must add —
//   the grantee statements, plus the bucket account's S3 use when the key
//   lives in another account. Nothing to add: KeyPolicyKind::None.
// aws_managed: aws/s3's policy cannot be changed (and cannot serve other
//   accounts; sema reports that), so there is nothing to emit.
#include <fmt/format.h>

#include <algorithm>

#include "lower/capabilities.h"

namespace bslc::lower::detail {
namespace {

// The account field of an ARN (arn:partition:service:region:ACCOUNT:resource).
std::string arn_account(const std::string& arn) {
  size_t pos = 0;
  for (int field = 0; field < 4; ++field) {
    pos = arn.find(':', pos);
    if (pos == std::string::npos) return {};
    ++pos;
  }
  const size_t end = arn.find(':', pos);
  return end == std::string::npos ? std::string() : arn.substr(pos, end - pos);
}

policy::Statement account_use_via_s3(const ir::Bucket& b, const std::string& account) {
  auto st = statement(policy::Effect::Allow, aws_principals({"*"}), {"kms:GenerateDataKey", "kms:Decrypt"}, {"*"});
  add_condition(st, "StringEquals", "kms:CallerAccount", {account});
  add_kms_via_s3(st, b);
  return st;
}

struct GranteeKeyUse {
  const ir::Principal* who = nullptr;
  const ir::Origin* origin = nullptr;  // the first grant that needs the key
  std::vector<std::string> actions;
};

// Grantees that the key policy must name, in order of first grant.
std::vector<GranteeKeyUse> grantees_needing_key_policy(const ir::Bucket& b) {
  std::vector<GranteeKeyUse> uses;
  for (const ir::Grant& g : b.grants) {
    const auto actions = kms_actions_for(g.level);
    if (actions.empty()) continue;
    const ir::PrincipalKind k = g.grantee.kind;
    const bool same_account_named =
        b.encryption.key == ir::KeyKind::New && (k == ir::PrincipalKind::Role || k == ir::PrincipalKind::User);
    const bool needs = k == ir::PrincipalKind::Org || k == ir::PrincipalKind::CloudFront ||
                       k == ir::PrincipalKind::Service || is_cross_account(b, g.grantee) || same_account_named;
    // The bucket account itself: AllowAccountRootAdministration delegates to
    // its IAM policies. Public: anonymous callers cannot use KMS.
    if (!needs) continue;
    auto it =
        std::find_if(uses.begin(), uses.end(), [&](const GranteeKeyUse& u) { return u.who->name == g.grantee.name; });
    if (it == uses.end()) {
      uses.push_back(GranteeKeyUse{&g.grantee, &g.origin, {}});
      it = uses.end() - 1;
    }
    merge_actions(it->actions, actions);
  }
  return uses;
}

policy::Statement grantee_statement(const ir::Bucket& b, const GranteeKeyUse& use) {
  const ir::Principal& p = *use.who;
  policy::Statement st = statement(policy::Effect::Allow, std::nullopt, use.actions, {"*"});
  switch (p.kind) {
    case ir::PrincipalKind::Org:
      st.principal = aws_principals({"*"});
      add_condition(st, "StringEquals", "aws:PrincipalOrgID", {p.value});
      add_kms_via_s3(st, b);
      break;
    case ir::PrincipalKind::CloudFront:
      st.principal = service_principals({"cloudfront.amazonaws.com"});
      add_condition(st, "ArnLike", "aws:SourceArn", {p.value});
      break;
    case ir::PrincipalKind::Service:
      st.principal = service_principals({p.value});
      if (!b.account.empty()) add_condition(st, "StringEquals", "aws:SourceAccount", {b.account});
      break;
    default:
      st.principal = aws_principals({p.principal_arn()});
      if (!p.account.empty()) add_condition(st, "StringEquals", "kms:CallerAccount", {p.account});
      add_kms_via_s3(st, b);
      break;
  }
  return st;
}

}  // namespace

KeyPolicyKind lower_key_policy(BucketContext& ctx, DocumentBuilder& doc, diag::DiagnosticSink& sink) {
  const ir::Bucket& b = ctx.bucket;
  const ir::Encryption& e = b.encryption;
  if (!uses_kms(e) || (e.key != ir::KeyKind::New && e.key != ir::KeyKind::Arn)) return KeyPolicyKind::None;
  const ir::Origin& key_origin = e.key_origin.loc.valid() ? e.key_origin : e.origin;

  if (e.key == ir::KeyKind::New) {
    if (b.account.empty()) {
      sink.report(diag::Code::E0505, key_origin.loc.valid() ? key_origin.loc : b.loc,
                  fmt::format("the policy of the new KMS key for bucket `{}` needs the bucket's account id", b.id),
                  "add `account \"<12-digit id>\"` to the bucket so the key policy can name its administrators");
      return KeyPolicyKind::None;
    }
    auto admin =
        statement(policy::Effect::Allow, aws_principals({"arn:aws:iam::" + b.account + ":root"}), {"kms:*"}, {"*"});
    doc.add("AllowAccountRootAdministration", std::move(admin), key_origin);
  } else {
    const std::string key_account = arn_account(e.key_arn);
    if (!b.account.empty() && !key_account.empty() && key_account != b.account)
      doc.add("AllowS3UseByBucketAccountPrincipals", account_use_via_s3(b, b.account), key_origin);
  }

  for (const GranteeKeyUse& use : grantees_needing_key_policy(b)) {
    const bool via_s3 = use.who->kind != ir::PrincipalKind::CloudFront && use.who->kind != ir::PrincipalKind::Service;
    const std::string sid = doc.add("Allow" + camel(use.who->name) + (via_s3 ? "UseKeyViaS3" : "UseKey"),
                                    grantee_statement(b, use), *use.origin);
    ctx.sids.kms_use[use.who->name] = sid;
  }

  if (doc.empty()) return KeyPolicyKind::None;
  return e.key == ir::KeyKind::New ? KeyPolicyKind::NewKey : KeyPolicyKind::ExistingKey;
}

}  // namespace bslc::lower::detail
