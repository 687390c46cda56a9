// W0601: an S3 action never matches a resource of the wrong level: object
// actions need `arn:aws:s3:::b/...`, bucket actions `arn:aws:s3:::b`, and
// account-level actions `"*"` (reference §1.9-1.10). Such a statement grants
// (or denies) nothing for that action.
#include <fmt/format.h>

#include "check/lint_detail.h"
#include "check/policy_facts.h"
#include "check/values.h"

namespace bslc::check::detail {

namespace {

using diag::Code;

struct ResourceLevels {
  bool bucket = false, object = false, any = false;  // any: `*`
  bool s3 = false;                                   // some resource is an S3 resource
  std::string bucket_example, object_example;
};

ResourceLevels classify(const std::vector<std::string>& resources) {
  ResourceLevels r;
  for (const auto& res : resources) {
    if (res == "*") {
      r.any = r.bucket = r.object = r.s3 = true;
      continue;
    }
    const auto arn = parse_arn(res);
    if (!arn || arn->service != "s3") continue;
    r.s3 = true;
    if (!arn->region.empty() || !arn->account.empty()) {  // access points: both levels
      r.bucket = r.object = true;
      continue;
    }
    const std::string& rest = arn->resource;
    if (rest.find('/') != std::string::npos) {
      r.object = true;
      if (r.object_example.empty()) r.object_example = res;
    } else if (rest.find_first_of("*?") != std::string::npos) {
      r.bucket = r.object = true;  // `*` also crosses `/`
    } else {
      r.bucket = true;
      if (r.bucket_example.empty()) r.bucket_example = res;
    }
  }
  return r;
}

std::string join(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += fmt::format("{}`{}`", out.empty() ? "" : ", ", n);
  return out;
}

}  // namespace

void lint_resources(LintContext& ctx, size_t i) {
  const auto& s = ctx.doc.statements[i];
  if (s.not_action || s.not_resource || s.resources.empty()) return;
  const ResourceLevels r = classify(s.resources);
  if (!r.s3) return;
  std::vector<std::string> object_only, bucket_only, account_only;
  for (const auto& a : s.actions) {
    const auto scope = s3_action_scope(a);
    if (!scope) continue;
    if (*scope == ActionScope::Object && !r.object) object_only.push_back(a);
    if (*scope == ActionScope::Bucket && !r.bucket) bucket_only.push_back(a);
    if (*scope == ActionScope::NoResource && !r.any) account_only.push_back(a);
  }
  const char* verb = s.effect == policy::Effect::Allow ? "grants" : "denies";
  if (!object_only.empty())
    ctx.add(
        Code::W0601, i,
        fmt::format("{} names object actions ({}) but only bucket resources such as `{}`, so it {} nothing for them",
                    ctx.label(i), join(object_only), r.bucket_example, verb),
        fmt::format("add the object resource `{}/*` (or a prefix of it)", r.bucket_example));
  if (!bucket_only.empty())
    ctx.add(
        Code::W0601, i,
        fmt::format("{} names bucket actions ({}) but only object resources such as `{}`, so it {} nothing for them",
                    ctx.label(i), join(bucket_only), r.object_example, verb),
        fmt::format("add the bucket resource `{}`", r.object_example.substr(0, r.object_example.find('/'))));
  if (!account_only.empty())
    ctx.add(Code::W0601, i,
            fmt::format("{} names account-level actions ({}) that match only `\"Resource\": \"*\"`, so it {} nothing "
                        "for them",
                        ctx.label(i), join(account_only), verb),
            "move them to a statement with `\"Resource\": \"*\"`");
}

}  // namespace bslc::check::detail
