// The verifier: proves or refutes Claims (claim.h) about one bucket's emitted
// documents by encoding AWS authorization — the simulator's compiled programs,
// rule for rule — into SMT (Z3) over a symbolic request. The request space is
// finite but exact: every dimension (principal, action, resource, each
// condition key, the object version touched) ranges over representatives
// that stand for all values (string_classes.h, space.h), so UNSAT is a proof.
//
// Verdicts: Proved, Violated (with a concrete counterexample that the
// simulator has replayed and confirmed) or Unknown (timeout, or a construct
// that is not encoded, named in `reason`). A disagreement between the
// counterexample and the simulator throws std::logic_error: the two engines
// check each other, and a disagreement is a bug in bslc.
//
// Identity policies: the documents in BucketConfig::identities are encoded
// exactly. Beyond them a caller's account may attach any identity policy
// ("open world", the default): a `never` claim must then hold whatever those
// policies allow, and a counterexample that needs one says so and is replayed
// with it attached. `closed_world` uses exactly the given identities, as the
// simulator does (the differential tests compare the two that way).
#pragma once
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "policy/document.h"
#include "sim/bucket.h"
#include "sim/request.h"
#include "sim/result.h"
#include "verify/claim.h"

namespace bslc::verify {

enum class Verdict { Proved, Violated, Unknown };
std::string_view to_string(Verdict v);  // "PROVED", "VIOLATED", "UNKNOWN"

struct Counterexample {
  sim::Request request;
  std::vector<std::string> absent_keys;  // condition keys the documents read that the request does not carry
  // Open world: the identity-policy actions the caller's own account must allow
  // for the counterexample (attached to the replay); empty when none is needed.
  std::vector<std::string> assumed_identity_actions;
  sim::Decision decision = sim::Decision::ImplicitDeny;  // the simulator's replay
  std::vector<std::string> deciding;                     // Sids (or document#index) that decided the replay
  std::string explanation;                               // the replay, explained
};

struct Outcome {
  Verdict verdict = Verdict::Unknown;
  std::string reason;                            // Unknown: why; Violated/Proved: a one-line summary
  std::optional<Counterexample> counterexample;  // Violated (or the witness of a proved `possible`)
  double millis = 0;
};

struct Options {
  std::chrono::milliseconds timeout{10000};  // per claim
  bool closed_world = false;
  // Identity policies every principal of an account attaches ({account id,
  // document}; "" = every account but the bucket's), as `bslc test` attaches
  // an account grantee's emitted policy to that account's callers.
  std::vector<std::pair<std::string, policy::Document>> attached_by_account;
};

class Verifier {
 public:
  // `bucket_arn`: "arn:aws:s3:::name", the resource the claims speak about.
  Verifier(const sim::BucketConfig& config, std::string bucket_arn, std::vector<Claim> claims, Options options = {});
  ~Verifier();
  Verifier(Verifier&&) noexcept;

  size_t size() const;
  Outcome check(size_t claim);

  // Differential testing: the verdict of the SMT encoding for one concrete
  // request drawn from the representatives (closed world), and the request.
  struct Sample {
    sim::Request request;
    bool smt_allows = false;
  };
  Sample sample(uint64_t seed);
  // The configuration the claims are proved on: the given one, plus the
  // account-wide identity policies attached to every representative caller.
  const sim::BucketConfig& config() const;
  // Construct problems that make proofs incomplete (policy variables, ...); empty when exact.
  const std::vector<std::string>& limitations() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace bslc::verify
