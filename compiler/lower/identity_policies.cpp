// IAM identity policies for cross-account grantees (reference §1.2): a
// cross-account request needs an Allow on both sides, so for every account,
// role or user grantee outside the bucket's account we emit the policy their
// account must attach. It mirrors the bucket-policy statements (same Sids,
// same actions and exact ARNs, no Principal) and, when objects are
// KMS-encrypted, allows the key actions their level needs:
//   key arn:  Resource = that key ARN;
//   new key:  its ARN is unknown at compile time, so Resource is
//             arn:aws:kms:<region>:<bucket account>:key/*. The grant is
//             still narrow: kms:ViaService limits it to S3 in that Region and
//             kms:EncryptionContext:aws:s3:arn to this bucket's objects, and
//             the key's own policy names the grantee (both sides must allow).
// An organization grantee gets one policy too: the policy every member
// account attaches to the principals that use the share (members are other
// accounts, so they need their own Allow just like a named account).
// Services, CloudFront and public grantees have no identity policy to attach;
// they get none.
//
// With an organization data perimeter (`only_via org acme`) the policy also
// carries the perimeter's identity-side half (AWS whitepaper "Building a data
// perimeter on AWS", resource perimeter; IAM User Guide, aws:ResourceOrgID,
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-resourceorgid):
// DenyGrantedActionsOutsideOrganization denies the actions granted here on
// every S3 resource whose owner is not in the listed organizations
// (StringNotEquals is negated, so a resource of an account in no organization,
// which carries no aws:ResourceOrgID, is refused too). A grantee the
// perimeter exempts (`except`) is outside the organizations and gets none,
// and NotResource keeps this bucket out of it, so the statement can never
// refuse the access it comes with, whichever organization the bucket's account
// is in.
#include <algorithm>

#include "lower/capabilities.h"

namespace bslc::lower::detail {

namespace {
bool needs_identity_policy(const ir::Bucket& b, const ir::Principal& p) {
  return p.kind == ir::PrincipalKind::Org || is_cross_account(b, p);
}

// The organization perimeter's identity-side half for `grantee`, denying
// `granted` outside the perimeter's organizations; nothing when the bucket
// has no such perimeter or it exempts the grantee.
void add_perimeter_half(const ir::Bucket& b, const ir::Principal& grantee, const std::vector<std::string>& granted,
                        DocumentBuilder& doc) {
  std::vector<std::string> orgs;
  const ir::Perimeter* first = nullptr;
  for (const ir::Perimeter& p : b.perimeters) {
    if (p.kind != ir::PerimeterKind::Org) continue;
    for (const ir::Principal& e : p.except)
      if (e.name == grantee.name) return;
    if (!first) first = &p;
    orgs.insert(orgs.end(), p.values.begin(), p.values.end());
  }
  // An organization grantee outside the perimeter is refused by the bucket policy already.
  const bool outside =
      grantee.kind == ir::PrincipalKind::Org && std::find(orgs.begin(), orgs.end(), grantee.value) == orgs.end();
  if (!first || outside || granted.empty()) return;
  auto st = statement(policy::Effect::Deny, std::nullopt, granted, {b.arn(), b.objects_arn()});
  st.not_resource = true;
  add_condition(st, "StringNotEquals", "aws:ResourceOrgID", orgs);
  doc.add("DenyGrantedActionsOutsideOrganization", std::move(st), first->origin);
}
}  // namespace

std::map<std::string, TracedDocument> lower_identity_policies(const BucketContext& ctx) {
  const ir::Bucket& b = ctx.bucket;
  const ir::Encryption& e = b.encryption;
  const bool key_known = uses_kms(e) && (e.key == ir::KeyKind::New || e.key == ir::KeyKind::Arn);

  // Grantee names in order of first grant.
  std::vector<std::string> order;
  for (const ir::Grant& g : b.grants)
    if (needs_identity_policy(b, g.grantee) && std::find(order.begin(), order.end(), g.grantee.name) == order.end())
      order.push_back(g.grantee.name);

  std::map<std::string, TracedDocument> out;
  for (const std::string& name : order) {
    DocumentBuilder doc(b.loc);
    std::vector<std::string> kms_actions, granted_actions;
    const ir::Origin* kms_origin = nullptr;
    const ir::Grant* first_grant = nullptr;
    for (size_t i = 0; i < b.grants.size(); ++i) {
      const ir::Grant& g = b.grants[i];
      if (g.grantee.name != name || !needs_identity_policy(b, g.grantee)) continue;
      const auto accesses = grant_access(b, g);
      const auto sids = ctx.sids.grant.find(i);
      for (size_t k = 0; k < accesses.size(); ++k) {
        auto st = statement(policy::Effect::Allow, std::nullopt, accesses[k].actions, accesses[k].resources);
        st.condition = accesses[k].condition;
        const bool shared = sids != ctx.sids.grant.end() && k < sids->second.size();
        merge_actions(granted_actions, st.actions);
        doc.add(shared ? sids->second[k] : accesses[k].sid_base, std::move(st), g.origin);
      }
      if (!first_grant) first_grant = &g;
      const auto actions = kms_actions_for(g.level);
      if (key_known && !actions.empty()) {
        merge_actions(kms_actions, actions);
        if (!kms_origin) kms_origin = &g.origin;
      }
    }
    if (!kms_actions.empty()) {
      const std::string key = e.key == ir::KeyKind::Arn ? e.key_arn : kms_key_pattern(b);
      auto st = statement(policy::Effect::Allow, std::nullopt, kms_actions, {key});
      add_kms_via_s3(st, b);
      const auto sid = ctx.sids.kms_use.find(name);
      doc.add(sid != ctx.sids.kms_use.end() ? sid->second : "Allow" + camel(name) + "UseKeyViaS3", std::move(st),
              *kms_origin);
    }
    if (first_grant) add_perimeter_half(b, first_grant->grantee, granted_actions, doc);
    out.emplace(name, doc.take());
  }
  return out;
}

}  // namespace bslc::lower::detail
