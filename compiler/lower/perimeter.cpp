// Network perimeters (reference §2.2, §3.4): deny every request that does not
// arrive through the allowed network path, except for named principals.
//
// Operator choice, by what is absent where:
//  * aws:SourceVpce / aws:SourceVpc exist only through a VPC endpoint.
//    StringNotEquals is negated, so it is true when the key is absent: traffic
//    from the internet (no endpoint) is denied, as intended.
//  * aws:SourceIp is absent through a VPC endpoint, and NotIpAddress is
//    negated: a source-IP perimeter also denies all VPC-endpoint traffic. That
//    is the documented meaning of `only_via source_ip` (public ranges only).
//  * AWS service principals (log delivery, CloudFront OAC) never come through
//    the customer's network; they can only act where this policy grants them,
//    so they are exempt: BoolIfExists aws:PrincipalIsAWSService false. The
//    IfExists matters: the key is absent for anonymous requests, and a plain
//    Bool would be false there and let anonymous callers through the perimeter.
//
// All `only_via` settings of a bucket become ONE statement: a request is
// inside the perimeter when it arrives by ANY allowed route (the listed
// endpoint, the listed VPC, or a listed source range). Each route's negated
// condition is true for requests that did not take it, and IAM ANDs the
// conditions of one statement, so the deny applies only when no route was
// taken. (Separate statements would demand every route at once, which no
// request can satisfy: a VPC-endpoint request carries no aws:SourceIp.)
// The exceptions of every perimeter are merged for the same reason.
//
// The organization data perimeter (`only_via org acme`) is a separate
// statement, because it holds in addition to the network path, not as an
// alternative: DenyOutsideOrganization denies s3:* when aws:PrincipalOrgID
// is not one of the listed organizations (StringNotEquals is negated, so an
// anonymous caller, who has no aws:PrincipalOrgID, is denied too) and the
// caller is not an AWS service principal (BoolIfExists
// aws:PrincipalIsAWSService false: log delivery, CloudTrail and CloudFront
// carry no organization id and act only where this policy grants them).
// This is the resource-based half of AWS's data-perimeter pattern (AWS
// whitepaper "Building a data perimeter on AWS",
// https://docs.aws.amazon.com/whitepapers/latest/building-a-data-perimeter-on-aws/perimeter-implementation.html;
// IAM User Guide, aws:PrincipalOrgID and aws:PrincipalIsAWSService,
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html).
// Named exceptions are exempt as in the network perimeter.
#include "lower/capabilities.h"

namespace bslc::lower::detail {
namespace {

void lower_org_perimeter(const ir::Bucket& b, DocumentBuilder& doc) {
  std::vector<std::string> orgs;
  std::vector<ir::Principal> exceptions;
  const ir::Perimeter* first = nullptr;
  for (const ir::Perimeter& p : b.perimeters) {
    if (p.kind != ir::PerimeterKind::Org) continue;
    if (!first) first = &p;
    orgs.insert(orgs.end(), p.values.begin(), p.values.end());
    exceptions.insert(exceptions.end(), p.except.begin(), p.except.end());
  }
  if (!first) return;
  auto st = deny_everyone({"s3:*"}, {b.arn(), b.objects_arn()});
  add_condition(st, "StringNotEquals", "aws:PrincipalOrgID", orgs);
  add_condition(st, "BoolIfExists", "aws:PrincipalIsAWSService", {"false"});
  if (!exempt_principals(st, exceptions)) return;  // `except public`: nothing left to deny
  doc.add("DenyOutsideOrganization", std::move(st), first->origin);
}

}  // namespace

void lower_perimeters(const BucketContext& ctx, DocumentBuilder& doc) {
  const ir::Bucket& b = ctx.bucket;
  lower_org_perimeter(b, doc);
  const ir::Perimeter* first = nullptr;
  for (const ir::Perimeter& p : b.perimeters)
    if (!first && p.kind != ir::PerimeterKind::Org) first = &p;
  if (!first) return;
  auto st = deny_everyone({"s3:*"}, {b.arn(), b.objects_arn()});
  std::vector<ir::Principal> exceptions;
  const char* sid = "DenyOutsideNetworkPerimeter";
  const ir::PerimeterKind first_kind = first->kind;
  bool one_kind = true;
  for (const ir::Perimeter& p : b.perimeters) {
    if (p.kind == ir::PerimeterKind::Org) continue;
    one_kind = one_kind && p.kind == first_kind;
    switch (p.kind) {
      case ir::PerimeterKind::VpcEndpoint: add_condition(st, "StringNotEquals", "aws:SourceVpce", p.values); break;
      case ir::PerimeterKind::Vpc: add_condition(st, "StringNotEquals", "aws:SourceVpc", p.values); break;
      case ir::PerimeterKind::SourceIp: add_condition(st, "NotIpAddress", "aws:SourceIp", p.values); break;
      case ir::PerimeterKind::Org: break;
    }
    exceptions.insert(exceptions.end(), p.except.begin(), p.except.end());
  }
  if (one_kind) {
    sid = first_kind == ir::PerimeterKind::VpcEndpoint ? "DenyOutsideVpcEndpoint"
          : first_kind == ir::PerimeterKind::Vpc       ? "DenyOutsideVpc"
                                                       : "DenyOutsideSourceIp";
  }
  add_condition(st, "BoolIfExists", "aws:PrincipalIsAWSService", {"false"});
  if (!exempt_principals(st, exceptions)) return;  // `except public`: nothing left to deny
  doc.add(sid, std::move(st), first->origin);
}

}  // namespace bslc::lower::detail
