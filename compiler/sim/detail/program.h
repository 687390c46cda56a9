// Internal: a policy set compiled for evaluation. Everything that can be
// decided without a request is decided here: patterns are tokenised, values
// parsed, keys interned, principals classified, identity documents indexed by
// principal ARN. Invariant: a Program is immutable after compile_program.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "policy/document.h"
#include "sim/detail/action_index.h"
#include "sim/detail/condition.h"
#include "sim/detail/context.h"
#include "sim/detail/identity_index.h"
#include "sim/detail/pattern.h"
#include "sim/evaluator.h"

namespace bslc::sim::detail {

struct PrincipalEntry {
  enum class Kind : uint8_t { Everyone, Account, User, Role, Session, FederatedUser, OtherArn, Service, Never };
  Kind kind = Kind::Never;
  std::string text;     // as written
  std::string account;  // Account, Role
  std::string name;     // Role: role name (the path is not part of a session's identity)
  std::string exact;    // User, Session, FederatedUser, OtherArn: the ARN; Service: the service name
  std::string note;     // Never: why it cannot match
};

struct PrincipalClause {
  enum class Mode : uint8_t { Absent, Principal, NotPrincipal };
  Mode mode = Mode::Absent;
  std::vector<PrincipalEntry> entries;
};

struct CompiledStatement {
  uint32_t document = 0;
  uint32_t index = 0;
  std::string sid;
  policy::Effect effect = policy::Effect::Allow;
  bool usable = true;  // false: a compile error makes the statement unsafe to apply; it never applies
  PrincipalClause principal;
  std::vector<Pattern> actions;  // folded to lower case
  bool not_action = false;
  std::vector<Pattern> resources;
  bool not_resource = false;
  bool has_resource = false;
  std::vector<Condition> conditions;      // policy order (the trace shows this)
  std::vector<uint16_t> condition_order;  // cheapest first, for the fast path (AND is order-free)
};

struct CompiledDocument {
  std::string name;
  bool identity = false;
  std::vector<CompiledStatement> statements;
};

// Keys the evaluator derives or sets itself.
struct WellKnownKeys {
  uint32_t principal_arn, principal_account, username, principal_is_service, via_aws_service;
};

struct Program {
  KeyTable keys;
  WellKnownKeys k{};
  // Per key id: does the key pass into a forwarded call (S3 -> KMS)? See engine.h.
  std::vector<char> forwarded_key;
  std::vector<CompiledDocument> documents;
  int resource_document = -1;
  IdentityIndex identities;
  ActionIndex actions;
  std::string resource_account;
  GrantRule grant_rule = GrantRule::IdentityOrResource;
  std::string anonymous_account;
};

// `seed`: start from this key table, so its ids stay valid in the new program
// (one binding can then serve both programs; the new table is a superset).
std::shared_ptr<const Program> compile_program(const PolicySet& set, std::vector<CompileIssue>& issues,
                                               const KeyTable* seed = nullptr);

}  // namespace bslc::sim::detail
