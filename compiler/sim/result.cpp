#include "sim/result.h"

#include <fmt/format.h>

namespace bslc::sim {

std::string_view to_string(Decision d) {
  switch (d) {
    case Decision::Allow: return "allow";
    case Decision::ExplicitDeny: return "explicit_deny";
    case Decision::ImplicitDeny: return "implicit_deny";
  }
  return "implicit_deny";
}

std::string_view to_string(Reason r) {
  switch (r) {
    case Reason::Policy: return "policy";
    case Reason::InvalidRequest: return "invalid_request";
    case Reason::PublicAccessBlock: return "public_access_block";
    case Reason::AclNotSupported: return "acl_not_supported";
    case Reason::KmsKeyPolicy: return "kms_key_policy";
    case Reason::EncryptionRequiresTls: return "encryption_requires_tls";
    case Reason::ObjectLock: return "object_lock";
    case Reason::MfaDelete: return "mfa_delete";
    case Reason::SseCBlocked: return "sse_c_blocked";
    case Reason::OwnerRootPolicyAccess: return "owner_root_policy_access";
  }
  return "policy";
}

std::string StatementRef::label() const {
  if (!sid.empty()) return std::string(sid);
  return fmt::format("{}#{}", document, index);
}

void Result::clear() {
  decision = Decision::ImplicitDeny;
  reason = Reason::Policy;
  statements.clear();
  encryption.reset();
  error.clear();
  trace.clear();
  notes.clear();
}

std::string explain(const Result& r) {
  std::string out = fmt::format("decision: {}", to_string(r.decision));
  if (r.reason != Reason::Policy) out += fmt::format(" ({})", to_string(r.reason));
  out += "\n";
  if (!r.error.empty()) out += fmt::format("error: {}\n", r.error);
  if (!r.statements.empty()) {
    out += "decided by:\n";
    for (const auto& s : r.statements)
      out += fmt::format("  {} (statement {} of {})\n", s.label(), s.index, s.document);
  }
  if (r.encryption) {
    out += fmt::format("encryption: {}", to_string(r.encryption->algorithm));
    if (!r.encryption->kms_key_arn.empty()) out += fmt::format(" with {}", r.encryption->kms_key_arn);
    if (r.encryption->bucket_key) out += " (bucket key)";
    if (r.encryption->from_bucket_default) out += " (bucket default)";
    out += "\n";
  }
  for (const auto& note : r.notes) out += fmt::format("note: {}\n", note);
  std::string_view call;
  for (const auto& t : r.trace) {
    if (t.call != call) {
      call = t.call;
      out += fmt::format("{}:\n", call);
    }
    const char* effect = t.effect == policy::Effect::Allow ? "Allow" : "Deny";
    // A statement for other actions is not relevant: one line says why.
    const ClauseTrace* action = nullptr;
    for (const auto& c : t.clauses) {
      if (c.clause == "action") action = &c;
    }
    if (action && !action->matched) {
      out += fmt::format("  {} {} [{}]: not relevant, {}\n", t.statement.document, t.statement.label(), effect,
                         action->detail);
      continue;
    }
    out += fmt::format("  {} {} [{}]: {}\n", t.statement.document, t.statement.label(), effect,
                       t.applies ? "applies" : "does not apply");
    for (const auto& c : t.clauses) {
      out += fmt::format("    {} {}: {}\n", c.matched ? "+" : "-", c.clause, c.detail);
    }
  }
  return out;
}

}  // namespace bslc::sim
