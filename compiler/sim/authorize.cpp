// authorize: bind the request context, find the statements that apply, and
// combine them with the decision rule of evaluator.h.
#include <fmt/format.h>

#include "sim/detail/engine.h"
#include "sim/detail/match.h"

namespace bslc::sim::detail {
namespace {

void set_if_absent(ValueView& v, std::string_view text) {
  if (v.absent()) {
    v.state = ValueView::State::Scalar;
    v.text = text;
  }
}

void set(ValueView& v, std::string_view text) {
  v.state = ValueView::State::Scalar;
  v.text = text;
}

// Path-less role ARN of a role or session principal, built in a reused buffer.
std::string_view role_arn_of(const PrincipalInfo& p, Scratch& s) {
  s.role_arn.clear();
  s.role_arn.append("arn:").append(p.partition).append(":iam::").append(p.account).append(":role/").append(p.name);
  return s.role_arn;
}

// The identities entry of a role or session's role, if identities name it.
const IdentityEntry* role_entry_of(const Program& program, const PrincipalInfo& p) {
  if (p.kind != PrincipalKind::Role && p.kind != PrincipalKind::AssumedRole) return nullptr;
  return program.identities.find(IdentityEntry::Kind::Role, p.account, p.name);
}

}  // namespace

void bind(const Program& program, const Call& call, Scratch& s) {
  const IdentityEntry* role_entry = role_entry_of(program, *call.principal);
  s.slots.assign(program.keys.size(), ValueView{});
  if (call.context) {
    for (const auto& entry : *call.context) {
      const int id = program.keys.find(entry.key);
      if (id < 0) continue;  // no policy reads it
      ValueView& v = s.slots[static_cast<size_t>(id)];
      if (entry.value.kind == ContextValue::Kind::List) {
        v.state = ValueView::State::List;
        v.items = &entry.value.items;
      } else {
        set(v, entry.value.text);
      }
    }
  }
  // Keys derived from the principal; the request may override them.
  const PrincipalInfo& p = *call.principal;
  const WellKnownKeys& k = program.k;
  switch (p.kind) {
    case PrincipalKind::Anonymous:
      if (!program.anonymous_account.empty()) set_if_absent(s.slots[k.principal_account], program.anonymous_account);
      break;
    case PrincipalKind::Service: set_if_absent(s.slots[k.principal_is_service], "true"); break;
    default: {
      std::string_view arn = p.text;
      if (p.kind == PrincipalKind::AssumedRole) {
        // The role ARN as identities wrote it (with its path), else rebuilt from the session ARN.
        arn = role_entry ? std::string_view(role_entry->arn) : role_arn_of(p, s);
      } else if (p.kind == PrincipalKind::Root && !p.text.starts_with("arn:")) {
        s.principal_arn.clear();
        s.principal_arn.append("arn:aws:iam::").append(p.account).append(":root");
        arn = s.principal_arn;
      }
      set_if_absent(s.slots[k.principal_arn], arn);
      set_if_absent(s.slots[k.principal_account], p.account);
      set_if_absent(s.slots[k.principal_is_service], "false");
      if (p.kind == PrincipalKind::User) set_if_absent(s.slots[k.username], p.name);
      break;
    }
  }
  if (call.forwarded) {
    rebind_forwarded(program, call, s);
  } else {
    for (const auto& extra : call.extras) set(s.slots[extra.key], extra.text);
  }
}

void rebind_forwarded(const Program& program, const Call& call, Scratch& s) {
  for (size_t id = 0; id < s.slots.size() && id < program.forwarded_key.size(); ++id) {
    if (!program.forwarded_key[id]) s.slots[id] = ValueView{};
  }
  // Derived keys come from the principal, which does not change across the hop.
  set(s.slots[program.k.via_aws_service], "true");
  for (const auto& extra : call.extras) set(s.slots[extra.key], extra.text);
}

namespace {

StatementRef ref_of(const Program& program, const CompiledStatement& s) {
  return StatementRef{program.documents[s.document].name, s.sid, s.index};
}

// Clause-by-clause explanation of one statement; evaluates every clause even
// after one fails so the trace shows them all.
StatementTrace trace_statement(const Program& program, const CompiledStatement& st, const Call& call, Scratch& s,
                               bool identity) {
  const Slots slots(s.slots);
  StatementTrace t;
  t.call = fmt::format("{} on {}", call.action, call.resource);
  t.statement = ref_of(program, st);
  t.effect = st.effect;
  bool all = st.usable;
  if (!st.usable) t.clauses.push_back({"statement", false, "has a compile error (see compile issues); never applies"});
  if (!identity) {
    const Grant g = principal_grant(st.principal, *call.principal, st.effect);
    all = all && g != Grant::None;
    t.clauses.push_back({"principal", g != Grant::None, describe_principal(st.principal, *call.principal, g)});
  }
  const bool action = action_matches(st, call.action);
  all = all && action;
  t.clauses.push_back({"action", action, describe_patterns(st.actions, st.not_action, call.action, "Action", slots)});
  const bool resource = resource_matches(st, call.resource, slots);
  all = all && resource;
  t.clauses.push_back(
      {"resource", resource, describe_patterns(st.resources, st.not_resource, call.resource, "Resource", slots)});
  for (const auto& c : st.conditions) {
    const bool ok = evaluate_condition(c, slots, s.condition);
    all = all && ok;
    t.clauses.push_back({fmt::format("condition {} {}", c.op_text, c.key_text), ok, describe_condition(c, slots, ok)});
  }
  t.applies = all;
  return t;
}

void collect_resource(const Program& program, const Call& call, Scratch& s, Result& out, bool trace) {
  if (program.resource_document < 0) return;
  const Slots slots(s.slots);
  const PrincipalInfo& p = *call.principal;
  const bool owner_or_service =
      p.kind == PrincipalKind::Service || (!p.account.empty() && p.account == program.resource_account);
  const auto doc = static_cast<uint32_t>(program.resource_document);
  const uint64_t* applicable = program.actions.bits(call.action, doc);
  const auto& statements = program.documents[doc].statements;
  for (size_t i = 0; i < statements.size(); ++i) {
    const CompiledStatement& st = statements[i];
    if (trace) out.trace.push_back(trace_statement(program, st, call, s, false));
    if (applicable ? !ActionIndex::test(applicable, i) : !st.usable || !action_matches(st, call.action)) continue;
    const Grant g = principal_grant(st.principal, p, st.effect);
    if (g == Grant::None || !resource_matches(st, call.resource, slots) || !conditions_hold(st, slots, s.condition)) {
      continue;
    }
    if (st.effect == policy::Effect::Deny) {
      s.denies.push_back(&st);
    } else if (call.owner_and_services_only && !owner_or_service) {
      s.ignored_allow = true;
    } else {
      (g == Grant::Direct ? s.resource_direct : s.resource_delegated).push_back(&st);
    }
  }
}

void collect_identity_document(const Program& program, uint32_t doc, const Call& call, Scratch& s, Result& out,
                               bool trace) {
  const Slots slots(s.slots);
  const uint64_t* applicable = program.actions.bits(call.action, doc);
  const auto& statements = program.documents[doc].statements;
  for (size_t i = 0; i < statements.size(); ++i) {
    const CompiledStatement& st = statements[i];
    if (trace) out.trace.push_back(trace_statement(program, st, call, s, true));
    if (applicable ? !ActionIndex::test(applicable, i) : !st.usable || !action_matches(st, call.action)) continue;
    if (!resource_matches(st, call.resource, slots) || !conditions_hold(st, slots, s.condition)) continue;
    (st.effect == policy::Effect::Deny ? s.denies : s.identity_allows).push_back(&st);
  }
}

void collect_identity_entry(const Program& program, const IdentityEntry* entry, const Call& call, Scratch& s,
                            Result& out, bool trace) {
  if (!entry) return;
  for (uint32_t doc : entry->documents) collect_identity_document(program, doc, call, s, out, trace);
}

void collect_identity(const Program& program, const Call& call, const IdentityEntry* role_entry, Scratch& s,
                      Result& out, bool trace) {
  const PrincipalInfo& p = *call.principal;
  using K = IdentityEntry::Kind;
  switch (p.kind) {
    case PrincipalKind::User:
      collect_identity_entry(program, program.identities.find(K::User, p.account, p.name), call, s, out, trace);
      break;
    case PrincipalKind::FederatedUser:
      collect_identity_entry(program, program.identities.find(K::FederatedUser, p.account, p.name), call, s, out,
                             trace);
      break;
    case PrincipalKind::AssumedRole:
      collect_identity_entry(program, program.identities.find(K::Session, p.account, p.name, p.session), call, s, out,
                             trace);
      [[fallthrough]];
    case PrincipalKind::Role: collect_identity_entry(program, role_entry, call, s, out, trace); break;
    default: break;  // root: implicit; anonymous and services: none
  }
}

void append(const Program& program, const std::vector<const CompiledStatement*>& from, Result& out) {
  for (const auto* st : from) {
    const StatementRef ref = ref_of(program, *st);
    bool seen = false;
    for (const auto& r : out.statements) seen = seen || r == ref;
    if (!seen) out.statements.push_back(ref);
  }
}

}  // namespace

CallOutcome authorize(const Program& program, const Call& call, Scratch& s, Result& out, bool trace) {
  bind(program, call, s);
  return decide(program, call, s, out, trace);
}

CallOutcome decide(const Program& program, const Call& call, Scratch& s, Result& out, bool trace) {
  const IdentityEntry* role_entry = role_entry_of(program, *call.principal);
  s.denies.clear();
  s.resource_direct.clear();
  s.resource_delegated.clear();
  s.identity_allows.clear();
  s.ignored_allow = false;

  collect_resource(program, call, s, out, trace);
  collect_identity(program, call, role_entry, s, out, trace);

  CallOutcome outcome;
  if (!s.denies.empty()) {
    outcome.decision = Decision::ExplicitDeny;
    append(program, s.denies, out);
    return outcome;
  }
  const PrincipalInfo& p = *call.principal;
  const bool has_identity_side = p.kind != PrincipalKind::Anonymous && p.kind != PrincipalKind::Service;
  const bool same_account = !p.account.empty() && p.account == program.resource_account;
  // The root user holds every identity-side permission of its own account.
  const bool identity = p.kind == PrincipalKind::Root || !s.identity_allows.empty();
  const bool direct = !s.resource_direct.empty();
  const bool delegated = !s.resource_delegated.empty();

  bool allowed = false;
  if (!has_identity_side) {
    allowed = direct;
  } else if (program.grant_rule == GrantRule::IdentityOrResource) {
    allowed = same_account ? identity || direct : identity && (direct || delegated);
  } else {  // ResourceMustGrant (KMS): the key policy must grant, directly or by delegation.
    allowed = same_account ? direct || (delegated && identity) : (direct || delegated) && identity;
  }
  if (allowed) {
    outcome.decision = Decision::Allow;
    append(program, s.resource_direct, out);
    // An account grant decided only if the identity policies completed it (not in
    // the same account under IdentityOrResource, where identity alone suffices).
    const bool delegation_counted = identity && (!same_account || program.grant_rule == GrantRule::ResourceMustGrant);
    if (delegation_counted) append(program, s.resource_delegated, out);
    if (has_identity_side) append(program, s.identity_allows, out);
  } else {
    outcome.ignored_public_grant = s.ignored_allow;
  }
  return outcome;
}

}  // namespace bslc::sim::detail
