// Internal: one authorization call against a compiled Program. The bucket
// simulator makes several per request (the S3 call, the KMS call S3 makes for
// the caller, the governance-bypass permission); Evaluator makes one.
#pragma once
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "sim/detail/condition.h"
#include "sim/detail/context.h"
#include "sim/detail/program.h"
#include "sim/request.h"
#include "sim/result.h"

namespace bslc::sim::detail {

// A context key set by the caller of authorize, overriding the request.
struct Extra {
  uint32_t key;
  std::string_view text;
};

struct Call {
  const PrincipalInfo* principal = nullptr;
  std::string_view action;
  std::string_view resource;
  const std::vector<ContextEntry>* context = nullptr;
  // A call a service makes for the caller (S3 -> KMS): only the caller's global
  // `aws:` keys pass through, minus the network keys that described the hop to
  // S3 [U]; aws:ViaAWSService becomes true.
  bool forwarded = false;
  std::span<const Extra> extras;
  // RestrictPublicBuckets on a public policy: resource-policy Allows count only
  // for the resource account's principals and service principals.
  bool owner_and_services_only = false;
};

struct CallOutcome {
  Decision decision = Decision::ImplicitDeny;
  bool ignored_public_grant = false;  // an Allow was set aside by owner_and_services_only
};

struct Scratch {
  std::vector<ValueView> slots;
  std::string principal_arn;  // derived aws:PrincipalArn when it has to be built
  std::string role_arn;       // path-less role ARN of an assumed-role session
  ConditionScratch condition;
  std::vector<const CompiledStatement*> denies, resource_direct, resource_delegated, identity_allows;
  bool ignored_allow = false;
};

// Evaluates one call: bind, then decide. Appends the deciding statements to
// out.statements and, when `trace` is set, one StatementTrace per relevant
// statement to out.trace.
CallOutcome authorize(const Program& program, const Call& call, Scratch& scratch, Result& out, bool trace);

// The two halves, for callers that make several calls for one request.
// bind fills scratch.slots for every key of `keys` (a program whose key table
// is a superset of the programs decided with these slots, see compile_program).
void bind(const Program& keys, const Call& call, Scratch& scratch);
// Turns slots bound for the caller's request into those of a forwarded call:
// drops keys that do not pass through, sets aws:ViaAWSService and call.extras.
void rebind_forwarded(const Program& keys, const Call& call, Scratch& scratch);
CallOutcome decide(const Program& program, const Call& call, Scratch& scratch, Result& out, bool trace);

// Reads a bound slot after authorize (for the bucket feature checks).
inline const ValueView* bound_value(const Program& program, const Scratch& scratch, std::string_view key) {
  const int id = program.keys.find(key);
  if (id < 0 || static_cast<size_t>(id) >= scratch.slots.size()) return nullptr;
  const ValueView& v = scratch.slots[static_cast<size_t>(id)];
  return v.absent() ? nullptr : &v;
}

}  // namespace bslc::sim::detail
