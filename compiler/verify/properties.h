// The claims to prove about one bucket, from the resolved model: every
// `property` claim that names the bucket, and the built-in properties every
// bucket gets without spec text (each reported under its own warning code, so
// a spec can acknowledge it with a reason):
//   W0701 no anonymous access (unless the spec grants public access)
//   W0702 nothing over plain HTTP (TLS-only buckets)
//   W0703 nothing below the minimum TLS version
//   W0704 nobody outside the bucket account and the grantees
//   W0705 no upload stored without the required encryption (`require header`)
//   W0706 no read of a tag-restricted object without the principal tag
//   W0707 the bucket account keeps s3:PutBucketPolicy / s3:DeleteBucketPolicy
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "ir/model.h"
#include "verify/claim.h"

namespace bslc::verify {

struct NamedClaim {
  Claim claim;
  std::string title;                  // the property's name, or what the built-in property says
  Location loc;                       // the claim, or the bucket for built-ins
  std::optional<diag::Code> builtin;  // nullopt: written in the spec
  std::string problem;                // non-empty: the claim cannot be encoded as written (reported as E0703)
  Location problem_loc;
};

std::vector<NamedClaim> claims_for(const ir::Model& model, const ir::Bucket& bucket);

}  // namespace bslc::verify
