// Access diff: the requests one configuration of a bucket allows and another
// denies, found by the SMT encoding of both over one request space (every
// representative tells apart what either side's documents tell apart, so an
// empty diff is a proof that access is unchanged). Each change is one
// (caller, IAM action) class of that space — with the resources and key
// values it spans, and a concrete example request that the simulator has
// replayed on both sides; a disagreement throws std::logic_error, as in the
// verifier. The classes of one direction together are exactly the requests
// that changed: the enumeration stops only when the solver proves no other
// request did.
//
// Callers have exactly the identity policies each configuration includes
// (plus `attached_by_account`, as in verify.h): the diff is of the access
// the documents grant.
#pragma once
#include <chrono>
#include <string>
#include <utility>
#include <vector>

#include "policy/document.h"
#include "sim/bucket.h"
#include "sim/request.h"
#include "sim/result.h"

namespace bslc::verify {

struct AccessChange {
  bool added = true;  // allowed after and denied before; false: the reverse
  sim::Request example;
  sim::Decision before = sim::Decision::ImplicitDeny, after = sim::Decision::Allow;
  std::vector<std::string> deciding;  // the statements (Sids) that allow it on the side that allows it
  // The example's action is no document's literal action: it stands for every action no document names.
  bool unnamed_action = false;
  // The class beyond its caller and action: the resources where the change
  // holds ("the bucket", "exports/*", "any key except exports/*", ...), and
  // each key whose values it narrows, beyond what the request's shape already
  // fixes ("aws:SecureTransport = true", "aws:SourceVpce != \"vpce-1\"").
  std::vector<std::string> resources;
  std::vector<std::string> conditions;
};

struct DiffSide {
  sim::BucketConfig config;
  std::vector<std::pair<std::string, policy::Document>> attached_by_account;
};

struct AccessDiff {
  // Added first, then removed, each sorted by action, resource and caller; each (caller, IAM action) class once.
  std::vector<AccessChange> changes;
  // Empty when the diff is exact; else why it may be incomplete (a construct
  // not encoded exactly, a timeout, or more classes than `max_changes`).
  std::string incomplete;
};

struct DiffOptions {
  std::chrono::milliseconds timeout{10000};  // per solver call
  size_t max_changes = 200;                  // per direction
};

AccessDiff diff_access(const DiffSide& before, const DiffSide& after, const std::string& bucket_arn,
                       const DiffOptions& options = {});

// Every (caller, IAM action) class the configuration allows, each with an
// example the simulator allows (`added` is true; `before` is not meaningful):
// the access of one configuration, as `bslc access` shows it.
AccessDiff access_classes(const DiffSide& side, const std::string& bucket_arn, const DiffOptions& options = {});

// Differential testing: random well-formed requests of the joint space, with
// the SMT encoding's verdict on each side (closed world), and the
// configurations the simulator must judge them on (with the identity
// policies attached to the representative callers).
struct DiffSamples {
  sim::BucketConfig before, after;
  struct Sample {
    sim::Request request;
    bool smt_before = false, smt_after = false;
  };
  std::vector<Sample> samples;
};
// `near_changes`: requests a few dimensions away from points where the sides
// differ (uniform samples rarely meet a change); none when nothing changed.
DiffSamples sample_diff(const DiffSide& before, const DiffSide& after, const std::string& bucket_arn, size_t count,
                        uint64_t seed, bool near_changes = false);

}  // namespace bslc::verify
