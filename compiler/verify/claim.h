// What the verifier is asked: a claim about every request in a scope. The
// scope is a set of actions, the bucket (or one prefix of it), who asks, and
// predicates on the request; a claim holds when
//   never    — no request in the scope is allowed,
//   always   — every request in the scope is allowed,
//   possible — some request in the scope is allowed (e.g. "an administrator
//              can still change the bucket policy").
// Claims are target-neutral: BSL `property` blocks, the built-in properties
// and `bslc verify --property` all become Claims.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "sim/object.h"

namespace bslc::verify {

// One party a claim can name in `by`.
struct Party {
  enum class Kind {
    Anonymous,       // unsigned requests
    Account,         // every principal of the account (root, users, roles, sessions)
    AccountNonRoot,  // every principal of the account except its root user
    Principal,       // one IAM user, one role (with all its sessions) or one service principal, by ARN / host
    Organization,    // callers whose aws:PrincipalOrgID is this id
  };
  Kind kind = Kind::Anonymous;
  std::string value;  // account id, ARN, service host or organization id
};

struct Who {
  bool outside = false;        // "anyone outside": none of the parties
  std::vector<Party> parties;  // empty and !outside: anyone
};

struct Predicate {
  enum class Kind {
    Condition,          // a policy condition: `op` over `key` with `values` (e.g. StringEquals, Bool, NumericLessThan)
    Prefix,             // the object key starts with `prefix`
    AppliedEncryption,  // a permitted PutObject stores the object with `algorithm` (and `kms_key`, when set)
  };
  Kind kind = Kind::Condition;
  bool negated = false;
  std::string op, key;
  std::vector<std::string> values;
  std::string prefix;
  sim::SseAlgorithm algorithm = sim::SseAlgorithm::SseS3;
  std::string kms_key;  // AppliedEncryption: required key ARN; empty = any key
};

struct Claim {
  enum class Kind { Never, Always, Possible };
  Kind kind = Kind::Never;
  std::vector<std::string> actions;   // IAM action patterns (case-insensitive, `*` and `?`); empty = every action
  std::optional<std::string> prefix;  // object keys under this prefix only (no bucket-level requests)
  Who who;
  std::vector<Predicate> where;  // all must hold
  // true: callers have exactly the identity policies the documents include
  // ("what the spec grants"); false: their accounts may attach any identity
  // policy besides (verify.h, "open world").
  bool emitted_identities_only = false;
  // true: leave out the requests no policy can refuse — the bucket owner's
  // root user reading, replacing or deleting the bucket policy (AWS's lockout
  // escape). The built-in properties set it: a warning nobody can fix is noise.
  bool beyond_the_lockout_escape = false;
};

}  // namespace bslc::verify
