// Internal: what the verifier and the diff both do with a point of the
// request space — attach account-wide identity policies to the
// representative callers, and turn an assignment back into a request the
// simulator can replay.
#pragma once
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "policy/document.h"
#include "sim/bucket.h"
#include "sim/request.h"
#include "verify/encoder.h"
#include "verify/space.h"

namespace bslc::verify::detail {

// The ARN identity policies are attached to for this caller (a session's role).
std::string identity_holder(const sim::PrincipalInfo& p);

// Attaches each {account, document} ("" = every account but the bucket's) to
// every representative IAM caller it covers; true when anything was added
// (the space must then be rebuilt: the callers are identity holders now).
bool attach_identities(const Space& space, sim::BucketConfig& config,
                       const std::vector<std::pair<std::string, policy::Document>>& by_account);

// A random point of the space (not necessarily well-formed): the differential tests' requests.
Assignment random_assignment(const Space& space, std::mt19937_64& rng);

// The concrete request of an assignment: the action as written, every present key with its value.
sim::Request request_of(const Space& space, const Encoder& encoder, const Assignment& a);

}  // namespace bslc::verify::detail
