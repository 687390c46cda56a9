// E03xx: every identifier, name and address in the model has the shape AWS
// accepts. A malformed value would otherwise surface only at deploy time,
// or worse, as a policy condition that silently never matches.
#include <fmt/format.h>

#include <set>
#include <tuple>

#include "check/policy_facts.h"
#include "check/support.h"
#include "check/values.h"

namespace bslc::check::detail {

namespace {

using diag::Code;

class ValueChecker {
 public:
  explicit ValueChecker(diag::DiagnosticSink& sink) : sink_(sink) {}

  void bucket(const ir::Bucket& b) {
    if (auto p = bucket_name_problem(b.name)) {
      if (b.name_origin.defaulted)
        once(Code::E0301, b.loc, fmt::format("bucket `{}` has no `name`, and `{}` {}", b.id, b.name, *p),
             "add `name \"...\"` with a valid bucket name, e.g. `name \"acme-patient-records\"`");
      else
        once(Code::E0301, where(b.name_origin, b), fmt::format("bucket name `{}` {}", b.name, *p),
             "use 3 to 63 lowercase letters, digits, `.` and `-`, e.g. `acme-patient-records`");
    }
    region(b.region, where(b.region_origin, b));
    if (!b.account.empty()) account(b.account, where(b.account_origin, b));
    encryption(b);
    if (b.transport.min_tls)
      if (auto p = tls_version_problem(*b.transport.min_tls))
        once(Code::E0310, where(b.transport.min_tls_origin, b),
             fmt::format("`min_version {}` {}", *b.transport.min_tls, *p),
             "write `min_version 1.2` (or `1.3`): S3 negotiates TLS 1.0 to 1.3 only");
    for (const auto& g : b.grants) principal(g.grantee, where(g.origin, b));
    for (const auto& p : b.object_lock.bypass_principals) principal(p, where(b.object_lock.bypass_origin, b));
    for (const auto& p : b.object_lock.legal_hold_principals) principal(p, where(b.object_lock.legal_hold_origin, b));
    for (const auto& t : b.protected_tags)
      for (const auto& p : t.except) principal(p, where(t.origin, b));
    for (const auto& per : b.perimeters) perimeter(per, b);
    for (const auto& d : b.denies) deny(d, b);
    for (const auto& n : b.notifications) notification(n, b);
    if (b.logging && b.logging->target_id.empty() && !b.logging->target_name.empty())
      if (auto p = bucket_name_problem(b.logging->target_name))
        once(Code::E0301, where(b.logging->origin, b),
             fmt::format("log target bucket name `{}` {}", b.logging->target_name, *p),
             "name the log target by its physical bucket name, or by the id of a bucket declared in this spec");
    if (b.audit && !b.audit->trail_bucket_name.empty())
      if (auto p = bucket_name_problem(b.audit->trail_bucket_name))
        once(Code::E0301, where(b.audit->origin, b),
             fmt::format("trail bucket name `{}` {}", b.audit->trail_bucket_name, *p),
             "name the trail bucket by its physical bucket name, or by the id of a bucket declared in this spec");
  }

  void vault(const ir::Vault& v) {
    if (auto p = vault_name_problem(v.name))
      once(Code::E0313, v.loc, fmt::format("vault name `{}` {}", v.name, *p),
           "use 1 to 255 letters, digits, `_`, `-` and `.`, e.g. `acme-claims-archive`");
    region(v.region, v.loc);
    if (!v.account.empty()) account(v.account, v.loc);
  }

 private:
  // A constant used in many places is reported once, at its definition.
  void once(Code code, const Location& at, std::string message, std::string help) {
    const std::string file = at.source ? at.source->name() : std::string();
    if (!seen_.insert({static_cast<int>(code), file, at.span.begin, message}).second) return;
    sink_.report(code, at, std::move(message), std::move(help));
  }

  void region(const std::string& r, const Location& at) {
    if (auto p = region_problem(r)) {
      once(Code::E0309, at, fmt::format("region `{}` {}", r, *p),
           "write a region code such as `us-east-1` or `eu-west-2`");
    } else if (!is_known_region(r)) {
      once(Code::W0301, at, fmt::format("region `{}` is not one that bslc knows", r),
           "check the spelling (e.g. `eu-west-1`); if the region is new, write `acknowledge W0301 because \"...\"`");
    }
  }

  void account(const std::string& id, const Location& at) {
    if (auto p = account_id_problem(id))
      once(Code::E0302, at, fmt::format("account id `{}` {}", id, *p),
           "write the 12-digit account id, e.g. `\"111122223333\"`");
  }

  void encryption(const ir::Bucket& b) {
    const auto& e = b.encryption;
    if (e.key == ir::KeyKind::Arn && !is_kms_alias_arn(e.key_arn))  // alias ARNs: W0403 in check_encryption
      if (auto p = arn_problem(e.key_arn, ArnKind::KmsKey))
        once(Code::E0303, where(e.key_origin, b), fmt::format("the KMS key `{}` {}", e.key_arn, *p),
             "write the key ARN, e.g. `key arn "
             "\"arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab\"`");
    if (e.key == ir::KeyKind::New && !e.key_alias.empty())
      if (auto p = kms_alias_problem(e.key_alias))
        once(Code::E0308, where(e.key_origin, b), fmt::format("the KMS alias `{}` {}", e.key_alias, *p),
             "write an alias such as `key new \"alias/patient-records\"`");
  }

  void principal(const ir::Principal& p, const Location& fallback) {
    const Location at = p.origin.loc.valid() ? p.origin.loc : fallback;
    switch (p.kind) {
      case ir::PrincipalKind::Account: account(p.value, at); break;
      case ir::PrincipalKind::Role:
        if (auto prob = arn_problem(p.value, ArnKind::IamRole))
          once(Code::E0303, at, fmt::format("role `{}` {}", p.value, *prob),
               "write the role ARN, e.g. `\"arn:aws:iam::111122223333:role/SecurityAdmin\"`");
        break;
      case ir::PrincipalKind::User:
        if (auto prob = arn_problem(p.value, ArnKind::IamUser))
          once(Code::E0303, at, fmt::format("user `{}` {}", p.value, *prob),
               "write the user ARN, e.g. `\"arn:aws:iam::111122223333:user/alice\"`");
        break;
      case ir::PrincipalKind::Org:
        if (auto prob = org_id_problem(p.value))
          once(Code::E0307, at, fmt::format("organization id `{}` {}", p.value, *prob),
               "write the organization id, e.g. `\"o-a1b2c3d4e5\"`");
        break;
      case ir::PrincipalKind::Service:
        if (auto prob = service_principal_problem(p.value))
          once(Code::E0311, at, fmt::format("`{}` {}", p.value, *prob),
               "write the service's host name, e.g. `\"logging.s3.amazonaws.com\"`");
        break;
      case ir::PrincipalKind::CloudFront:
        if (auto prob = arn_problem(p.value, ArnKind::CloudFrontDistribution))
          once(Code::E0303, at, fmt::format("distribution `{}` {}", p.value, *prob),
               "write the distribution ARN, e.g. `\"arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE\"`");
        break;
      case ir::PrincipalKind::Public: break;
    }
  }

  void perimeter(const ir::Perimeter& per, const ir::Bucket& b) {
    const Location at = where(per.origin, b);
    for (const auto& v : per.values) {
      switch (per.kind) {
        case ir::PerimeterKind::VpcEndpoint:
          if (auto p = vpc_endpoint_id_problem(v))
            once(Code::E0306, at, fmt::format("the VPC endpoint id `{}` {}", v, *p),
                 "write the endpoint id, e.g. `\"vpce-1a2b3c4d\"`");
          break;
        case ir::PerimeterKind::Vpc:
          if (auto p = vpc_id_problem(v))
            once(Code::E0305, at, fmt::format("the VPC id `{}` {}", v, *p),
                 "write the VPC id, e.g. `\"vpc-0a1b2c3d\"`");
          break;
        case ir::PerimeterKind::SourceIp:
          if (auto p = cidr_problem(v))
            once(Code::E0304, at, fmt::format("`{}` {}", v, *p),
                 "write a CIDR such as `\"203.0.113.0/24\"` or `\"2001:db8::/32\"`");
          break;
        case ir::PerimeterKind::Org:
          if (auto p = org_id_problem(v))
            once(Code::E0307, at, fmt::format("organization id `{}` {}", v, *p),
                 "write the organization id, e.g. `\"o-a1b2c3d4e5\"`");
          break;
      }
    }
    for (const auto& p : per.except) principal(p, at);
  }

  void deny(const ir::CustomDeny& d, const ir::Bucket& b) {
    for (const auto& p : d.who) principal(p, where(d.origin, b));
    for (const auto& p : d.except) principal(p, where(d.origin, b));
    for (const auto& c : d.unless) {
      const Location at = where(c.origin.loc.valid() ? c.origin : d.origin, b);
      if (auto p = condition_key_problem(c.key)) {
        once(Code::E0312, at, fmt::format("condition key `{}` {}", c.key, *p),
             "write a key such as `aws:SourceVpce` or `s3:ExistingObjectTag/Classification`");
        continue;
      }
      condition_values(c, at);
    }
  }

  // Values of well-known keys must have the shape the key carries, or the
  // condition can never match.
  void condition_values(const ir::DenyCondition& c, const Location& at) {
    const std::string k = lowercase(c.key);
    for (const auto& v : c.values) {
      if (v.find("${") != std::string::npos) continue;  // policy variables are resolved by AWS
      if (k == "aws:sourceip" || k == "aws:vpcsourceip") {
        if (auto p = cidr_problem(v))
          once(Code::E0304, at, fmt::format("`{}` {}", v, *p), "write a CIDR such as `\"203.0.113.0/24\"`");
      } else if (k == "aws:sourcevpce") {
        if (auto p = vpc_endpoint_id_problem(v))
          once(Code::E0306, at, fmt::format("the VPC endpoint id `{}` {}", v, *p),
               "write the endpoint id, e.g. `\"vpce-1a2b3c4d\"`");
      } else if (k == "aws:sourcevpc") {
        if (auto p = vpc_id_problem(v))
          once(Code::E0305, at, fmt::format("the VPC id `{}` {}", v, *p), "write the VPC id, e.g. `\"vpc-0a1b2c3d\"`");
      } else if (k == "aws:principalorgid") {
        if (auto p = org_id_problem(v))
          once(Code::E0307, at, fmt::format("organization id `{}` {}", v, *p),
               "write the organization id, e.g. `\"o-a1b2c3d4e5\"`");
      } else if (k == "aws:principalaccount" || k == "aws:sourceaccount" || k == "kms:calleraccount" ||
                 k == "aws:resourceaccount" || k == "s3:resourceaccount") {
        account(v, at);
      } else if (k == "s3:tlsversion") {
        if (auto p = tls_version_problem(v))
          once(Code::E0310, at, fmt::format("the TLS version `{}` {}", v, *p),
               "compare `s3:TlsVersion` with 1.0, 1.1, 1.2 or 1.3");
      }
    }
  }

  void notification(const ir::Notification& n, const ir::Bucket& b) {
    std::optional<ArnKind> kind;
    switch (n.target) {
      case ir::NotifyTarget::Sqs: kind = ArnKind::SqsQueue; break;
      case ir::NotifyTarget::Sns: kind = ArnKind::SnsTopic; break;
      case ir::NotifyTarget::Lambda: kind = ArnKind::LambdaFunction; break;
      case ir::NotifyTarget::EventBridge: break;
    }
    if (kind && !n.destination_arn.empty())
      if (auto p = arn_problem(n.destination_arn, *kind))
        once(Code::E0303, where(n.origin, b), fmt::format("notification destination `{}` {}", n.destination_arn, *p),
             fmt::format("give {} for this target", describe(*kind)));
  }

  diag::DiagnosticSink& sink_;
  std::set<std::tuple<int, std::string, uint32_t, std::string>> seen_;
};

}  // namespace

void check_values(const ir::Model& model, diag::DiagnosticSink& sink) {
  ValueChecker checker(sink);
  for (const auto& b : model.buckets) checker.bucket(b);
  for (const auto& v : model.vaults) checker.vault(v);
}

}  // namespace bslc::check::detail
