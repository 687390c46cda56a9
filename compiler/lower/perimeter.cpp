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
// Each `only_via` is its own statement, so several perimeters must all hold
// (a request must satisfy every one of them); each has its own exceptions.
#include "lower/capabilities.h"

namespace bslc::lower::detail {

void lower_perimeters(const BucketContext& ctx, DocumentBuilder& doc) {
  const ir::Bucket& b = ctx.bucket;
  for (const ir::Perimeter& p : b.perimeters) {
    auto st = deny_everyone({"s3:*"}, {b.arn(), b.objects_arn()});
    const char* sid = "";
    switch (p.kind) {
      case ir::PerimeterKind::VpcEndpoint:
        add_condition(st, "StringNotEquals", "aws:SourceVpce", p.values);
        sid = "DenyOutsideVpcEndpoint";
        break;
      case ir::PerimeterKind::Vpc:
        add_condition(st, "StringNotEquals", "aws:SourceVpc", p.values);
        sid = "DenyOutsideVpc";
        break;
      case ir::PerimeterKind::SourceIp:
        add_condition(st, "NotIpAddress", "aws:SourceIp", p.values);
        sid = "DenyOutsideSourceIp";
        break;
    }
    add_condition(st, "BoolIfExists", "aws:PrincipalIsAWSService", {"false"});
    if (!exempt_principals(st, p.except)) continue;  // `except public`: nothing left to deny
    doc.add(sid, std::move(st), p.origin);
  }
}

}  // namespace bslc::lower::detail
