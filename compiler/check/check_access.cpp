// Who may reach the bucket: public grants against Block Public Access,
// ownership with foreign writers, CORS, tag-based restrictions, pre-signed
// URLs and source-IP perimeters (reference §1.4, §3.3-3.7, §4).
#include <fmt/format.h>

#include <algorithm>

#include "check/policy_facts.h"
#include "check/support.h"
#include "check/values.h"

namespace bslc::check::detail {

namespace {

using diag::Code;

constexpr int64_t kMaxPresignedSeconds = 7 * 24 * 3600;  // SigV4 signatures live at most 7 days

void public_grants(const ir::Bucket& b, diag::DiagnosticSink& sink) {
  const auto& pa = b.public_access;
  for (const auto& g : b.grants) {
    if (g.grantee.kind != ir::PrincipalKind::Public) continue;
    if (pa.block_public_policy) {
      auto& d = report(sink, Code::E0406, b, g.origin,
                       fmt::format("bucket `{}` grants access to everyone, but Block Public Access rejects public "
                                   "bucket policies, so the policy could not be deployed",
                                   b.id),
                       "if the bucket must be public, write `public_access allow policy because \"...\"`; to serve "
                       "files through CloudFront, write `grant cloudfront DIST read` instead");
      note_setting(d, pa.origin, b, "public access is blocked here", "Block Public Access is on by default");
    } else if (pa.restrict_public_buckets) {
      auto& d = report(sink, Code::W0414, b, g.origin,
                       fmt::format("`restrict_public_buckets` stays on for bucket `{}`, so this public grant has no "
                                   "effect and every cross-account grant stops working too",
                                   b.id),
                       "write `public_access allow policy because \"...\"`, which turns off both "
                       "`block_public_policy` and `restrict_public_buckets`");
      note_setting(d, pa.origin, b, "public access is set here", "Block Public Access is on by default");
    }
  }
}

const char* ownership_keyword(ir::Ownership o) {
  return o == ir::Ownership::ObjectWriter ? "object_writer" : "bucket_owner_preferred";
}

void acl_ownership(const ir::Bucket& b, diag::DiagnosticSink& sink) {
  if (b.ownership == ir::Ownership::BucketOwnerEnforced) return;
  for (const auto& g : b.grants) {
    if (!writes_objects(g.level) || !is_cross_account(g.grantee, b)) continue;
    const std::string consequence =
        b.ownership == ir::Ownership::ObjectWriter
            ? "stay owned by the writer's account"
            : "stay owned by the writer's account unless each upload sends `bucket-owner-full-control`";
    auto& d = report(sink, Code::W0406, b, g.origin,
                     fmt::format("objects that {} uploads to bucket `{}` {}; the bucket policy cannot grant access "
                                 "to objects another account owns",
                                 describe(g.grantee), b.id, consequence),
                     "use `ownership bucket_owner_enforced` (the default) so the bucket owner owns every object");
    note_setting(d, b.ownership_origin, b,
                 fmt::format("ACLs are enabled here with `{}`", ownership_keyword(b.ownership)), "ACLs are enabled");
  }
}

bool is_wildcard_origin(const std::string& origin) { return origin == "*" || origin.ends_with("://*"); }

const char* method_name(ir::HttpMethod m) {
  switch (m) {
    case ir::HttpMethod::Get: return "GET";
    case ir::HttpMethod::Put: return "PUT";
    case ir::HttpMethod::Head: return "HEAD";
    case ir::HttpMethod::Post: return "POST";
    case ir::HttpMethod::Delete: return "DELETE";
  }
  return "?";
}

void cors(const ir::Bucket& b, diag::DiagnosticSink& sink) {
  for (const auto& rule : b.cors) {
    const auto origin = std::find_if(rule.origins.begin(), rule.origins.end(), is_wildcard_origin);
    if (origin == rule.origins.end()) continue;
    std::string writes;
    for (auto m : rule.methods) {
      if (m != ir::HttpMethod::Put && m != ir::HttpMethod::Post && m != ir::HttpMethod::Delete) continue;
      writes += writes.empty() ? "" : ", ";
      writes += fmt::format("`{}`", method_name(m));
    }
    if (writes.empty()) continue;
    report(
        sink, Code::W0405, b, rule.origin,
        fmt::format("this CORS rule lets scripts on any website (`{}`) send {} requests to bucket `{}`", *origin,
                    writes, b.id),
        "list the origins that need to write, e.g. `allow origins [\"https://app.example.com\"] methods [GET, PUT]`");
  }
}

bool same_tag_key(const std::string& a, const std::string& b) { return lowercase(a) == lowercase(b); }

void unprotected_tags(const ir::Bucket& b, diag::DiagnosticSink& sink) {
  for (const auto& r : b.tag_restrictions) {
    const bool protected_tag =
        std::any_of(b.protected_tags.begin(), b.protected_tags.end(),
                    [&](const ir::ProtectedTag& p) { return same_tag_key(p.key, r.object_key); });
    if (protected_tag) continue;
    report(sink, Code::W0411, b, r.origin,
           fmt::format("objects tagged `{} = \"{}\"` are restricted, but nothing stops a principal who may tag objects "
                       "from rewriting `{}` to lift the restriction",
                       r.object_key, r.object_value, r.object_key),
           fmt::format("add `protect tag {} except ADMIN` so only named principals can change the tag", r.object_key));
  }
}

void presigned_age(const ir::Bucket& b, diag::DiagnosticSink& sink) {
  const auto& p = b.presigned;
  if (!p.max_age_seconds) return;
  const int64_t age = *p.max_age_seconds;
  if (age > kMaxPresignedSeconds)
    report(sink, Code::E0414, b, p.origin,
           fmt::format("`presigned max_age` is {}, but SigV4 pre-signed URLs expire after at most 7 days, so the limit "
                       "would never apply",
                       human_duration(age)),
           "use a max_age of 7 days or less, e.g. `presigned max_age 1h`; to forbid pre-signed URLs, write "
           "`presigned forbid`");
  else if (age <= 0)
    report(sink, Code::E0414, b, p.origin, fmt::format("`presigned max_age` must be positive, not {} seconds", age),
           "use a positive max_age such as `presigned max_age 10m`, or write `presigned forbid`");
}

void private_source_ips(const ir::Bucket& b, const ir::Origin& at, const std::vector<std::string>& values,
                        diag::DiagnosticSink& sink) {
  for (const auto& v : values) {
    const auto cidr = parse_cidr(v);
    if (!cidr) continue;  // malformed: E0304
    const auto range = private_range(*cidr);
    if (!range) continue;
    report(sink, Code::W0401, b, at,
           fmt::format("`{}` is a {} range, which S3 never sees in `aws:SourceIp`: such traffic arrives through a VPC "
                       "endpoint (no source IP) or a NAT gateway (its public IP)",
                       v, *range),
           "to admit traffic from a VPC, use `only_via vpce \"vpce-...\"` or `only_via vpc \"vpc-...\"`; for traffic "
           "through a NAT gateway, list its public IP");
  }
}

void source_ips(const ir::Bucket& b, diag::DiagnosticSink& sink) {
  for (const auto& p : b.perimeters)
    if (p.kind == ir::PerimeterKind::SourceIp) private_source_ips(b, p.origin, p.values, sink);
  for (const auto& d : b.denies)
    for (const auto& c : d.unless) {
      const std::string k = lowercase(c.key);
      if (k == "aws:sourceip") private_source_ips(b, c.origin.loc.valid() ? c.origin : d.origin, c.values, sink);
    }
}

}  // namespace

void check_access(const ir::Model& model, diag::DiagnosticSink& sink) {
  for (const auto& b : model.buckets) {
    public_grants(b, sink);
    acl_ownership(b, sink);
    cors(b, sink);
    unprotected_tags(b, sink);
    presigned_age(b, sink);
    source_ips(b, sink);
  }
}

}  // namespace bslc::check::detail
