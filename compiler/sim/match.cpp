#include "sim/detail/match.h"

#include <fmt/format.h>

namespace bslc::sim::detail {
namespace {

using Kind = PrincipalEntry::Kind;

bool matches_account(const PrincipalEntry& e, const PrincipalInfo& p) {
  return e.kind == Kind::Account && !p.account.empty() && e.account == p.account;
}

// The caller's own identity (not its account) is named by this entry.
bool matches_identity(const PrincipalEntry& e, const PrincipalInfo& p) {
  switch (e.kind) {
    case Kind::User: return p.kind == PrincipalKind::User && e.exact == p.text;
    case Kind::Role:
      return (p.kind == PrincipalKind::Role || p.kind == PrincipalKind::AssumedRole) && e.account == p.account &&
             e.name == p.name;
    case Kind::Session: return p.kind == PrincipalKind::AssumedRole && e.exact == p.text;
    case Kind::FederatedUser: return p.kind == PrincipalKind::FederatedUser && e.exact == p.text;
    case Kind::OtherArn: return e.exact == p.text;
    case Kind::Service: return p.kind == PrincipalKind::Service && iequals(e.exact, p.name);
    default: return false;
  }
}

// NotPrincipal: the identity layers AWS may check, each either listed or not
// (§1.7). Layers: anonymous | service | [session,] [role | user | federated,] account.
struct Layers {
  bool any = false;  // some layer is listed
  bool all = true;   // every layer is listed
};

Layers listed_layers(const PrincipalClause& clause, const PrincipalInfo& p) {
  bool everyone = false;
  for (const auto& e : clause.entries) everyone = everyone || e.kind == Kind::Everyone;
  if (everyone) return {true, true};
  Layers l;
  auto layer = [&](bool listed) {
    l.any = l.any || listed;
    l.all = l.all && listed;
  };
  auto listed_if = [&](auto&& pred) {
    for (const auto& e : clause.entries) {
      if (pred(e)) return true;
    }
    return false;
  };
  switch (p.kind) {
    case PrincipalKind::Anonymous: layer(false); break;  // only "*" lists anonymous callers
    case PrincipalKind::Service:
      layer(listed_if([&](const PrincipalEntry& e) { return matches_identity(e, p); }));
      break;
    case PrincipalKind::AssumedRole:
      layer(listed_if([&](const PrincipalEntry& e) { return e.kind == Kind::Session && e.exact == p.text; }));
      layer(listed_if(
          [&](const PrincipalEntry& e) { return e.kind == Kind::Role && e.account == p.account && e.name == p.name; }));
      layer(listed_if([&](const PrincipalEntry& e) { return matches_account(e, p); }));
      break;
    case PrincipalKind::Root: layer(listed_if([&](const PrincipalEntry& e) { return matches_account(e, p); })); break;
    default:  // user, role, federated user: the identity and its account
      layer(listed_if([&](const PrincipalEntry& e) { return matches_identity(e, p); }));
      layer(listed_if([&](const PrincipalEntry& e) { return matches_account(e, p); }));
      break;
  }
  return l;
}

}  // namespace

Grant principal_grant(const PrincipalClause& clause, const PrincipalInfo& p, policy::Effect effect) {
  switch (clause.mode) {
    case PrincipalClause::Mode::Absent: return Grant::Direct;  // identity policy: it is the caller's own
    case PrincipalClause::Mode::NotPrincipal: {
      // [U] Deny applies unless every layer is listed; Allow applies only if no layer is listed.
      const Layers l = listed_layers(clause, p);
      const bool applies = effect == policy::Effect::Deny ? !l.all : !l.any;
      return applies ? Grant::Direct : Grant::None;
    }
    case PrincipalClause::Mode::Principal: break;
  }
  Grant best = Grant::None;
  for (const auto& e : clause.entries) {
    if (e.kind == Kind::Everyone || matches_identity(e, p)) return Grant::Direct;
    if (matches_account(e, p)) best = Grant::Delegated;
  }
  return best;
}

bool action_matches(const CompiledStatement& s, std::string_view action) {
  bool any = false;
  for (const auto& a : s.actions) {
    if (a.match(action, {})) {
      any = true;
      break;
    }
  }
  return any != s.not_action;
}

bool resource_matches(const CompiledStatement& s, std::string_view resource, Slots slots) {
  if (!s.has_resource) return false;
  bool any = false;
  for (const auto& r : s.resources) {
    if (r.match(resource, slots)) {
      any = true;
      break;
    }
  }
  return any != s.not_resource;
}

bool conditions_hold(const CompiledStatement& s, Slots slots, ConditionScratch& scratch) {
  for (const uint16_t i : s.condition_order) {
    if (!evaluate_condition(s.conditions[i], slots, scratch)) return false;
  }
  return true;
}

std::string describe_principal(const PrincipalClause& clause, const PrincipalInfo& p, Grant grant) {
  const std::string who = p.kind == PrincipalKind::Anonymous ? std::string("anonymous caller")
                                                             : fmt::format("`{}` ({})", p.text, to_string(p.kind));
  if (clause.mode == PrincipalClause::Mode::Absent) return "identity policy of the caller";
  std::string listed;
  for (const auto& e : clause.entries) {
    listed += fmt::format("{}`{}`", listed.empty() ? "" : ", ", e.text);
    if (e.kind == Kind::Never) listed += fmt::format(" ({})", e.note);
  }
  if (clause.mode == PrincipalClause::Mode::NotPrincipal) {
    return fmt::format("NotPrincipal [{}]: {} {}", listed, who,
                       grant == Grant::None ? "is exempt" : "is not exempt, so the statement covers it");
  }
  switch (grant) {
    case Grant::Direct: return fmt::format("[{}] names {}", listed, who);
    case Grant::Delegated:
      return fmt::format("[{}] names the account {} of {}: a delegation, its identity policies must allow too", listed,
                         p.account, who);
    case Grant::None: break;
  }
  return fmt::format("[{}] does not name {}", listed, who);
}

std::string describe_patterns(const std::vector<Pattern>& patterns, bool negated, std::string_view value,
                              std::string_view element, Slots slots) {
  std::string hit, all;
  for (const auto& p : patterns) {
    all += fmt::format("{}`{}`", all.empty() ? "" : ", ", p.source());
    if (hit.empty() && p.match(value, slots)) hit = p.source();
  }
  if (negated) {
    return hit.empty() ? fmt::format("`{}` is not listed in Not{} [{}]", value, element, all)
                       : fmt::format("`{}` is excluded by Not{} `{}`", value, element, hit);
  }
  return hit.empty() ? fmt::format("`{}` matches none of [{}]", value, all)
                     : fmt::format("`{}` matches `{}`", value, hit);
}

}  // namespace bslc::sim::detail
