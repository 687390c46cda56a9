// What today's AWS does to settings that look right on paper (issue 12):
//  - W0304: CloudFront forwards to an S3 (non-website) origin with the
//    viewer's protocol, so a TLS-only bucket refuses origin fetches for HTTP
//    viewers unless the distribution's viewer protocol policy is
//    `redirect-to-https` or `https-only` (CloudFront Developer Guide, "How
//    CloudFront processes HTTP and HTTPS requests",
//    https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/HTTPandHTTPSRequests.html).
//  - W0305: standalone S3 Glacier (vaults) no longer accepts new customers;
//    new archives belong in S3 Glacier storage classes, with Object Lock for
//    WORM retention (S3 Glacier Developer Guide, introduction,
//    https://docs.aws.amazon.com/amazonglacier/latest/dev/introduction.html).
//  - W0306: a hand-written organization perimeter (`deny everyone ... unless
//    aws:PrincipalOrgID = ...`) also refuses AWS service principals, which
//    carry no organization id: log delivery, CloudTrail, CloudFront.
//    `only_via org` exempts them.
#include <fmt/format.h>

#include <algorithm>

#include "check/policy_facts.h"
#include "check/support.h"

namespace bslc::check::detail {

namespace {

using diag::Code;

void cloudfront_over_tls(const ir::Bucket& b, diag::DiagnosticSink& sink) {
  if (!b.transport.tls_only) return;
  for (const auto& g : b.grants) {
    if (g.grantee.kind != ir::PrincipalKind::CloudFront) continue;
    report(sink, Code::W0304, b, g.origin,
           fmt::format("bucket `{}` accepts only HTTPS, and CloudFront fetches from it with the viewer's protocol: "
                       "if distribution `{}` lets viewers use HTTP, every cache miss for them gets 403",
                       b.id, g.grantee.name),
           "set the distribution's viewer protocol policy to `redirect-to-https` or `https-only` (the generated "
           "README has the step), then acknowledge W0304");
  }
}

// Service principals this bucket serves: they carry no aws:PrincipalOrgID.
std::string served_service(const ir::Model& model, const ir::Bucket& b) {
  for (const auto& g : b.grants)
    if (g.grantee.kind == ir::PrincipalKind::Service || g.grantee.kind == ir::PrincipalKind::CloudFront)
      return g.grantee.kind == ir::PrincipalKind::CloudFront ? "CloudFront" : g.grantee.value;
  for (const auto& other : model.buckets) {
    if (other.logging && other.logging->target_id == b.id) return "server access log delivery";
    if (other.audit && other.audit->trail_bucket_id == b.id) return "CloudTrail";
  }
  return {};
}

void hand_written_org_perimeter(const ir::Model& model, const ir::Bucket& b, diag::DiagnosticSink& sink) {
  const std::string service = served_service(model, b);
  if (service.empty()) return;
  for (const auto& d : b.denies) {
    if (!d.everyone && !d.who.empty()) continue;
    for (const auto& c : d.unless) {
      if (lowercase(c.key) != "aws:principalorgid") continue;
      if (c.op != ir::CompareOp::Eq && c.op != ir::CompareOp::In && c.op != ir::CompareOp::Like) continue;
      report(sink, Code::W0306, b, c.origin.loc.valid() ? c.origin : d.origin,
             fmt::format("this deny also refuses {} on bucket `{}`: AWS service principals carry no "
                         "`aws:PrincipalOrgID`",
                         service, b.id),
             "write `only_via org <org>` instead, which exempts AWS service principals (and takes `except "
             "<names>`)");
    }
  }
}

}  // namespace

void check_fidelity(const ir::Model& model, diag::DiagnosticSink& sink) {
  for (const auto& b : model.buckets) {
    cloudfront_over_tls(b, sink);
    hand_written_org_perimeter(model, b, sink);
  }
  for (const auto& v : model.vaults) {
    sink.report(Code::W0305, v.loc,
                fmt::format("vault `{}` uses S3 Glacier vaults, which no longer accept new customers", v.id),
                "keep archives in an S3 bucket with `object_lock compliance ...` and an archive storage class (S3 "
                "Glacier Flexible Retrieval or Deep Archive); acknowledge W0305 for an existing vault");
  }
}

}  // namespace bslc::check::detail
