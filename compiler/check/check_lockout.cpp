// Lockout analysis (E0416): a deny that leaves no IAM principal able to
// change or delete the bucket policy. Only the account's root user can then
// remove the policy (reference §1.5; peers (c)1). Perimeters (VPC endpoint,
// VPC, source IP), MFA requirements and custom denies are each examined: a
// deny on `s3:PutBucketPolicy`/`s3:DeleteBucketPolicy` for everyone is a
// lockout unless some IAM principal is exempt under conditions an
// administrator can meet from anywhere.
#include <fmt/format.h>

#include <algorithm>

#include "check/policy_facts.h"
#include "check/support.h"

namespace bslc::check::detail {

namespace {

using diag::Code;

// Principals that can call PutBucketPolicy with their own credentials.
bool can_administer(const ir::Principal& p) {
  return p.kind == ir::PrincipalKind::Role || p.kind == ir::PrincipalKind::User || p.kind == ir::PrincipalKind::Account;
}

const char* perimeter_name(ir::PerimeterKind k) {
  switch (k) {
    case ir::PerimeterKind::VpcEndpoint: return "only_via vpce";
    case ir::PerimeterKind::Vpc: return "only_via vpc";
    case ir::PerimeterKind::SourceIp: return "only_via source_ip";
    case ir::PerimeterKind::Org: return "only_via org";
  }
  return "only_via";
}

const char* outside_phrase(ir::PerimeterKind k) {
  switch (k) {
    case ir::PerimeterKind::VpcEndpoint: return "every request that does not come through the listed VPC endpoints";
    case ir::PerimeterKind::Vpc: return "every request that does not come from the listed VPCs";
    case ir::PerimeterKind::SourceIp:
      return "every request from outside the listed addresses, including all traffic through VPC endpoints";
    case ir::PerimeterKind::Org: return "every principal outside the listed organizations";
  }
  return "every request from outside the perimeter";
}

constexpr const char* kAckHelp = "if this is intended, write `acknowledge E0416 because \"...\"`";

void perimeters(const ir::Bucket& b, diag::DiagnosticSink& sink) {
  for (const auto& p : b.perimeters) {
    // The bucket's own administrators belong to the organization it trusts.
    if (p.kind == ir::PerimeterKind::Org) continue;
    if (std::any_of(p.except.begin(), p.except.end(), can_administer)) continue;
    report(sink, Code::E0416, b, p.origin,
           fmt::format("`{}` denies {} to bucket `{}`, including `s3:PutBucketPolicy`, with no administrator "
                       "exception; only the account's root user could then fix the bucket policy",
                       perimeter_name(p.kind), outside_phrase(p.kind), b.id),
           fmt::format("add `except ADMIN` naming the role that deploys this bucket, e.g. `{} ... except admin`; {}",
                       perimeter_name(p.kind), kAckHelp));
  }
}

// Conditions an administrator cannot meet from an ordinary session (console,
// CI runner): network origin, MFA, service-made requests, access points.
bool pins_network_mfa_or_service(const std::string& key) {
  const std::string k = lowercase(key);
  return k == "aws:sourcevpce" || k == "aws:sourcevpc" || k == "aws:sourceip" || k == "aws:vpcsourceip" ||
         k == "aws:multifactorauthpresent" || k == "aws:multifactorauthage" || k == "aws:sourcearn" ||
         k == "aws:sourceaccount" || k == "aws:viaawsservice" || k == "aws:calledvia" || k == "aws:calledviafirst" ||
         k == "aws:calledvialast" || k.starts_with("s3:dataaccesspoint");
}

bool covers_everyone(const ir::CustomDeny& d, const ir::Bucket& b) {
  if (d.everyone) return true;
  return std::any_of(d.who.begin(), d.who.end(), [&](const ir::Principal& p) {
    return p.kind == ir::PrincipalKind::Public ||
           (p.kind == ir::PrincipalKind::Account && !b.account.empty() && p.value == b.account);
  });
}

void custom_denies(const ir::Bucket& b, diag::DiagnosticSink& sink) {
  for (const auto& d : b.denies) {
    if (!d.prefix.empty() || !covers_everyone(d, b)) continue;  // a prefix scopes the deny to objects
    if (std::any_of(d.except.begin(), d.except.end(), can_administer)) continue;
    const auto action =
        std::find_if(d.actions.begin(), d.actions.end(), [](const std::string& a) { return touches_bucket_policy(a); });
    if (action == d.actions.end()) continue;
    // `unless` conditions combine with AND: one that no ordinary session meets keeps everyone denied.
    const auto pin = std::find_if(d.unless.begin(), d.unless.end(),
                                  [](const ir::DenyCondition& c) { return pins_network_mfa_or_service(c.key); });
    if (!d.unless.empty() && pin == d.unless.end()) continue;
    const std::string why =
        d.unless.empty() ? std::string("unconditionally")
                         : fmt::format("unless `{}` holds, which no console or CI session without it meets", pin->key);
    report(sink, Code::E0416, b, d.origin,
           fmt::format("this deny blocks `{}` for every principal {}; only the account's root user could then change "
                       "or delete the policy of bucket `{}`",
                       *action, why, b.id),
           fmt::format("exempt the administrator, e.g. `unless principal = admin`, or leave the bucket policy actions "
                       "out of the deny; {}",
                       kAckHelp));
  }
}

void mfa_requirements(const ir::Bucket& b, diag::DiagnosticSink& sink) {
  for (const auto& m : b.mfa) {
    const auto action =
        std::find_if(m.actions.begin(), m.actions.end(), [](const std::string& a) { return touches_bucket_policy(a); });
    if (action == m.actions.end()) continue;
    report(
        sink, Code::E0416, b, m.origin,
        fmt::format("requiring MFA for `{}` locks out every principal without an MFA session, such as deploy "
                    "roles and CloudFormation; only the root user could then fix the policy of bucket `{}`",
                    *action, b.id),
        fmt::format("leave `s3:PutBucketPolicy` and `s3:DeleteBucketPolicy` out of the MFA requirement; {}", kAckHelp));
  }
}

}  // namespace

void check_lockout(const ir::Model& model, diag::DiagnosticSink& sink) {
  for (const auto& b : model.buckets) {
    perimeters(b, sink);
    custom_denies(b, sink);
    mfa_requirements(b, sink);
  }
}

}  // namespace bslc::check::detail
