// Internal: whether one compiled statement applies to a bound call, clause by
// clause. The fast path (authorize) and the trace use the same functions.
#pragma once
#include <string>
#include <string_view>

#include "sim/detail/condition.h"
#include "sim/detail/program.h"
#include "sim/request.h"

namespace bslc::sim::detail {

// How a resource-policy statement's principal clause covers the caller.
enum class Grant : uint8_t {
  None,       // not covered
  Direct,     // named directly (ARN, service, "*", or excluded from nothing by NotPrincipal)
  Delegated,  // only through the caller's account: identity policies must allow too (§1.3)
};

Grant principal_grant(const PrincipalClause& clause, const PrincipalInfo& p, policy::Effect effect);
bool action_matches(const CompiledStatement& s, std::string_view action);
bool resource_matches(const CompiledStatement& s, std::string_view resource, Slots slots);
bool conditions_hold(const CompiledStatement& s, Slots slots, ConditionScratch& scratch);

// Trace texts for each clause.
std::string describe_principal(const PrincipalClause& clause, const PrincipalInfo& p, Grant grant);
std::string describe_patterns(const std::vector<Pattern>& patterns, bool negated, std::string_view value,
                              std::string_view element, Slots slots);

}  // namespace bslc::sim::detail
