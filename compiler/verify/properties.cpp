#include "verify/properties.h"

#include <fmt/format.h>

#include "sim/detail/scalar.h"
#include "sim/detail/text.h"

namespace bslc::verify {
namespace {

using ir::CompareOp;

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
  return out;
}

bool ends_with_i(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && sim::detail::iequals(s.substr(s.size() - suffix.size()), suffix);
}

// The policy operator that means `key <op> values` for values of this kind.
// Returns "" (and says why) when the comparison has no meaning.
std::string operator_for(const ir::PropertyPredicate& p, std::string& why) {
  const bool ip = ends_with_i(p.key, "SourceIp");
  int64_t ms = 0;
  const bool dates = !p.values.empty() && sim::detail::parse_date(p.values.front(), ms) &&
                     p.value_kind == ir::ContextValue::Kind::String;
  auto ordered = [&](std::string_view name) -> std::string {
    if (p.value_kind == ir::ContextValue::Kind::Number) return fmt::format("Numeric{}", name);
    if (dates) return fmt::format("Date{}", name);
    why = fmt::format("`{}` compares numbers or dates, not `{}`", name, join(p.values));
    return "";
  };
  switch (p.op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
    case CompareOp::In:
    case CompareOp::NotIn:
      if (p.value_kind == ir::ContextValue::Kind::Bool) return "Bool";
      if (p.value_kind == ir::ContextValue::Kind::Number) return "NumericEquals";
      if (ip) return "IpAddress";
      return "StringEquals";
    case CompareOp::Like:
    case CompareOp::NotLike: return "StringLike";
    case CompareOp::Lt: return ordered("LessThan");
    case CompareOp::Le: return ordered("LessThanEquals");
    case CompareOp::Gt: return ordered("GreaterThan");
    case CompareOp::Ge: return ordered("GreaterThanEquals");
  }
  return "";
}

bool negating(CompareOp op) { return op == CompareOp::Ne || op == CompareOp::NotIn || op == CompareOp::NotLike; }

Party party_of(const ir::Principal& p) {
  switch (p.kind) {
    case ir::PrincipalKind::Account: return {Party::Kind::Account, p.value};
    case ir::PrincipalKind::Org: return {Party::Kind::Organization, p.value};
    case ir::PrincipalKind::CloudFront: return {Party::Kind::Principal, "cloudfront.amazonaws.com"};
    case ir::PrincipalKind::Public: return {Party::Kind::Anonymous, ""};
    case ir::PrincipalKind::Role:
    case ir::PrincipalKind::User:
    case ir::PrincipalKind::Service: break;
  }
  return {Party::Kind::Principal, p.value};
}

NamedClaim written(const ir::Property& property, const ir::PropertyClaim& c) {
  NamedClaim out;
  out.title = property.name;
  out.loc = c.loc;
  Claim& claim = out.claim;
  claim.kind = c.never ? Claim::Kind::Never : Claim::Kind::Always;
  claim.emitted_identities_only = true;
  claim.actions = c.actions;
  claim.prefix = c.prefix;
  if (c.by) {
    claim.who.outside = c.by->outside;
    if (c.by->anonymous) claim.who.parties.push_back({Party::Kind::Anonymous, ""});
    for (const auto& p : c.by->who) claim.who.parties.push_back(party_of(p));
  }
  for (const auto& p : c.where) {
    Predicate pred;
    pred.negated = p.negated;
    if (p.is_prefix) {
      pred.kind = Predicate::Kind::Prefix;
      pred.prefix = p.prefix;
    } else {
      std::string why;
      pred.op = operator_for(p, why);
      if (pred.op.empty()) {
        out.problem = why;
        out.problem_loc = p.loc;
        continue;
      }
      pred.negated = p.negated != negating(p.op);
      pred.key = p.key;
      pred.values = p.values;
    }
    claim.where.push_back(std::move(pred));
  }
  return out;
}

NamedClaim builtin(diag::Code code, std::string title, const ir::Bucket& b, Claim claim) {
  NamedClaim out;
  out.builtin = code;
  out.title = std::move(title);
  out.loc = b.loc;
  out.claim = std::move(claim);
  out.claim.beyond_the_lockout_escape = true;
  return out;
}

Predicate condition(std::string op, std::string key, std::vector<std::string> values, bool negated = false) {
  Predicate p;
  p.op = std::move(op);
  p.key = std::move(key);
  p.values = std::move(values);
  p.negated = negated;
  return p;
}

sim::SseAlgorithm algorithm_of(ir::EncryptionMode mode) {
  switch (mode) {
    case ir::EncryptionMode::SseKms: return sim::SseAlgorithm::SseKms;
    case ir::EncryptionMode::DsseKms: return sim::SseAlgorithm::DsseKms;
    case ir::EncryptionMode::SseC: return sim::SseAlgorithm::SseC;
    case ir::EncryptionMode::SseS3:
    case ir::EncryptionMode::ClientSide: break;
  }
  return sim::SseAlgorithm::SseS3;
}

void builtins(const ir::Model& model, const ir::Bucket& b, std::vector<NamedClaim>& out) {
  bool public_grant = false;
  for (const auto& g : b.grants) public_grant = public_grant || g.grantee.kind == ir::PrincipalKind::Public;
  if (!public_grant) {
    out.push_back(builtin(diag::Code::W0701, "no anonymous access", b,
                          Claim{Claim::Kind::Never, {}, {}, Who{false, {{Party::Kind::Anonymous, ""}}}, {}}));
  }
  if (b.transport.tls_only) {
    out.push_back(
        builtin(diag::Code::W0702, "nothing is allowed over plain HTTP", b,
                Claim{Claim::Kind::Never, {}, {}, {}, {condition("Bool", "aws:SecureTransport", {"false"})}}));
    if (b.transport.min_tls) {
      out.push_back(builtin(diag::Code::W0703, fmt::format("nothing is allowed below TLS {}", *b.transport.min_tls), b,
                            Claim{Claim::Kind::Never,
                                  {},
                                  {},
                                  {},
                                  {condition("NumericLessThan", "s3:TlsVersion", {*b.transport.min_tls})}}));
    }
  }
  if (!public_grant) {
    Who outsiders{true, {}};
    if (!b.account.empty()) outsiders.parties.push_back({Party::Kind::Account, b.account});
    for (const auto& g : b.grants) outsiders.parties.push_back(party_of(g.grantee));
    // A written statement's named principals are grantees too; `everyone` is left to the proof.
    for (const auto& s : b.statements)
      if (s.allow && !s.not_principal)
        for (const auto& p : s.who) outsiders.parties.push_back(party_of(p));
    for (const auto& other : model.buckets) {
      if (other.logging && other.logging->target_id == b.id)
        outsiders.parties.push_back({Party::Kind::Principal, "logging.s3.amazonaws.com"});
      if (other.audit && other.audit->trail_bucket_id == b.id)
        outsiders.parties.push_back({Party::Kind::Principal, "cloudtrail.amazonaws.com"});
    }
    out.push_back(builtin(diag::Code::W0704, "nobody outside the bucket account and the grantees is allowed anything",
                          b, Claim{Claim::Kind::Never, {}, {}, outsiders, {}}));
  }
  if (b.encryption.require_header && b.encryption.mode != ir::EncryptionMode::ClientSide) {
    Predicate stored;
    stored.kind = Predicate::Kind::AppliedEncryption;
    stored.negated = true;
    stored.algorithm = algorithm_of(b.encryption.mode);
    if (b.encryption.key == ir::KeyKind::Arn) stored.kms_key = b.encryption.key_arn;
    // A key the spec creates: the JSON policy admits any key of the account
    // and Region (only the IaC outputs know the key's ARN), so the property
    // asks for the algorithm and leaves the key to the key-pinning deny.
    out.push_back(builtin(diag::Code::W0705,
                          fmt::format("every upload is stored with {}", ir::to_string(b.encryption.mode)), b,
                          Claim{Claim::Kind::Never, {"s3:PutObject"}, {}, {}, {stored}}));
  }
  for (const auto& t : b.tag_restrictions) {
    out.push_back(
        builtin(diag::Code::W0706,
                fmt::format("objects tagged {} = \"{}\" are read only with principal tag {} = \"{}\"", t.object_key,
                            t.object_value, t.principal_key, t.principal_value),
                b,
                Claim{Claim::Kind::Never,
                      {"s3:GetObject", "s3:GetObjectVersion"},
                      {},
                      {},
                      {condition("StringEquals", "s3:ExistingObjectTag/" + t.object_key, {t.object_value}),
                       condition("StringEquals", "aws:PrincipalTag/" + t.principal_key, {t.principal_value}, true)}}));
  }
  if (!b.account.empty()) {
    for (const char* action : {"s3:PutBucketPolicy", "s3:DeleteBucketPolicy"}) {
      out.push_back(builtin(
          diag::Code::W0707, fmt::format("a principal of the bucket account other than root can call {}", action), b,
          Claim{Claim::Kind::Possible, {action}, {}, Who{false, {{Party::Kind::AccountNonRoot, b.account}}}, {}}));
    }
  }
}

}  // namespace

std::vector<NamedClaim> claims_for(const ir::Model& model, const ir::Bucket& bucket) {
  std::vector<NamedClaim> out;
  for (const auto& property : model.properties) {
    for (const auto& c : property.claims) {
      if (c.bucket_id == bucket.id) out.push_back(written(property, c));
    }
  }
  builtins(model, bucket, out);
  return out;
}

}  // namespace bslc::verify
