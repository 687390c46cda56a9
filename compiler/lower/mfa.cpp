// MFA requirements (reference §3.6). aws:MultiFactorAuthPresent exists only
// for temporary credentials; with long-term access keys it is absent. A Deny
// with BoolIfExists ... false therefore also refuses long-term keys (and
// anonymous callers), where a plain Bool would let them through.
//
// `mfa required for delete` covers object deletion: DeleteObject (which on a
// versioned bucket adds a delete marker) and DeleteObjectVersion (permanent).
// Listed actions are split by resource type so that bucket-level actions
// target the bucket ARN and object-level actions the object ARN.
#include "lower/capabilities.h"

namespace bslc::lower::detail {
namespace {

policy::Statement mfa_deny(std::vector<std::string> actions, std::vector<std::string> resources) {
  auto st = deny_everyone(std::move(actions), std::move(resources));
  add_condition(st, "BoolIfExists", "aws:MultiFactorAuthPresent", {"false"});
  return st;
}

}  // namespace

void lower_mfa(const BucketContext& ctx, DocumentBuilder& doc) {
  const ir::Bucket& b = ctx.bucket;
  for (const ir::MfaRequirement& m : b.mfa) {
    if (m.for_delete)
      doc.add("DenyDeleteWithoutMfa", mfa_deny({"s3:DeleteObject", "s3:DeleteObjectVersion"}, {b.objects_arn()}),
              m.origin);
    if (m.actions.empty()) continue;

    std::vector<std::string> bucket_actions, object_actions, any_actions;
    for (const auto& a : m.actions) {
      switch (action_scope(a)) {
        case ActionScope::Bucket: bucket_actions.push_back(a); break;
        case ActionScope::Object: object_actions.push_back(a); break;
        case ActionScope::Any: any_actions.push_back(a); break;
      }
    }
    const auto words = [](const std::vector<std::string>& actions, std::string_view many) {
      return actions.size() == 1 ? action_words(actions.front()) : std::string(many);
    };
    if (!bucket_actions.empty())
      doc.add("Deny" + words(bucket_actions, "BucketActions") + "WithoutMfa", mfa_deny(bucket_actions, {b.arn()}),
              m.origin);
    if (!object_actions.empty())
      doc.add("Deny" + words(object_actions, "ObjectActions") + "WithoutMfa",
              mfa_deny(object_actions, {b.objects_arn()}), m.origin);
    if (!any_actions.empty())
      doc.add("Deny" + words(any_actions, "ListedActions") + "WithoutMfa",
              mfa_deny(any_actions, {b.arn(), b.objects_arn()}), m.origin);
  }
}

}  // namespace bslc::lower::detail
